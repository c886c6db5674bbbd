import { expect, expectAccessible, test } from './fixtures'
import { AppPage } from './pages/app-page'

/** The placeholders a stored value fills: none may reach the screen. */
const STORED_VALUE_PLACEHOLDER =
  /<(domain|tenant|onPremHost|onPremIps|certificateDomain|domainKey|hybridEndpoint)>/

test.describe('commands ready to paste', () => {
  test('no step shows a placeholder; a missing value links to its field and fills the command', async ({
    page
  }) => {
    test.slow() // every step of a domain expanded, two pages of fields
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.goToDomain('contoso.com')

    const steps = page.locator('article.step')
    const count = await steps.count()
    expect(count).toBeGreaterThan(5)
    for (let index = 0; index < count; index++) {
      const step = steps.nth(index)
      await step.getByRole('button', { expanded: false }).click()
      await expect(step.getByLabel('Status')).toBeVisible()
      expect(await step.innerText()).not.toMatch(STORED_VALUE_PLACEHOLDER)
    }

    // The sample project has no hybrid endpoint: the move step says so and links to the field.
    const move = app.step('Create or move mailboxes to Exchange Online')
    const note = move.getByRole('note', { name: 'Do it: values needed' })
    await expect(note).toContainText('fill in Hybrid endpoint (project profile)')
    await expect(move).toContainText(
      'through the on-premises migration endpoint (the hybrid endpoint)'
    )
    await expectAccessible(page, 'a checklist with a value missing')
    await note.getByRole('link', { name: 'Hybrid endpoint' }).click()
    const field = page.getByLabel('Hybrid endpoint')
    await expect(field).toBeFocused()
    await field.fill('Hybrid.Contoso.com')
    await page.getByRole('button', { name: 'Save profile' }).click()
    await expect(page.getByText('Project profile saved').first()).toBeVisible()

    await app.goToDomain('contoso.com')
    const filled = await app.expandStep('Create or move mailboxes to Exchange Online')
    await expect(filled).toContainText("-RemoteHostName 'hybrid.contoso.com'")
    await expect(filled.getByRole('note')).toHaveCount(0)
  })

  test('the checklist and the Connectors page show the same command for a connector step', async ({
    page
  }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.sidebar().getByRole('link', { name: 'Project profile' }).click()
    await page.getByLabel('Certificate domain').fill('smtp.contoso.com')
    await page.getByRole('button', { name: 'Save profile' }).click()
    await expect(page.getByText('Project profile saved').first()).toBeVisible()

    await app.sidebar().getByRole('link', { name: 'Connectors' }).click()
    const region = page.getByRole('region', {
      name: 'Connector from on-premises servers to Microsoft 365 (certificate) for contoso.com'
    })
    const commands = region.locator('pre')
    // Read the commands only once the page shows them filled from the saved profile.
    await expect(
      commands.filter({ hasText: "-TlsSenderCertificateName 'smtp.contoso.com'" })
    ).toHaveCount(1)
    const onConnectorsPage = (await commands.allInnerTexts()).map((text) => text.trim())

    await app.goToDomain('contoso.com')
    const step = await app.expandStep(
      'Connector from on-premises servers to Microsoft 365 (certificate)'
    )
    await expect(step.locator('pre')).toHaveText(onConnectorsPage)
  })
})

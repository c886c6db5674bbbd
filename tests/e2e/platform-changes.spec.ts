import { expect, expectAccessible, test } from './fixtures'
import { AppPage } from './pages/app-page'

test.describe('platform changes', () => {
  test('lists what changed at Microsoft, dated and sourced, and notes it on the steps it touches', async ({
    page
  }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.sidebar().getByRole('link', { name: 'Platform changes' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Platform changes' })).toBeVisible()
    await expect(page).toHaveURL(/#\/p\/[^/]+\/platform-changes$/)

    const certificates = page.getByRole('article', {
      name: 'Public TLS certificates last at most 200 days'
    })
    const dates = certificates.getByRole('list', { name: 'Dates' })
    await expect(dates.locator('time[datetime="2026-03-15"]')).toHaveText('15 March 2026')
    await expect(dates).toContainText('Maximum validity 200 days.')
    await expect(
      certificates.getByRole('link', { name: /TLS Certificates in Exchange Hybrid/ })
    ).toHaveAttribute('href', /^https:\/\/techcommunity\.microsoft\.com\//)
    // The sample's four domains all have the certificate renewal step.
    for (const name of ['contoso.com', 'fabrikam.com', 'litwareinc.com', 'tailspintoys.com']) {
      await expect(certificates.getByRole('link', { name, exact: true })).toBeVisible()
    }

    // A date Microsoft has not confirmed says so; message center ids are text beside the links.
    const dnssec = page.getByRole('article', { name: /MX hosts under mx\.microsoft/ })
    await expect(dnssec.getByRole('list', { name: 'Dates' })).toContainText('Date not confirmed')
    await expect(dnssec).toContainText('Microsoft 365 message center: MC1048624')

    // The tenant-wide limit concerns relaying through Exchange Online: not tailspintoys.com (S3).
    const limit = page.getByRole('article', { name: 'Tenant-wide limit on external recipients' })
    await expect(limit.getByRole('link', { name: 'contoso.com', exact: true })).toBeVisible()
    await expect(limit.getByRole('link', { name: 'tailspintoys.com', exact: true })).toHaveCount(0)

    await expectAccessible(page, 'the Platform changes page')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'the Platform changes page in the dark theme')
    await page.emulateMedia({ colorScheme: 'light' })

    // The same change, on the step it touches, with its date and source.
    await limit.getByRole('link', { name: 'contoso.com', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'contoso.com' })).toBeVisible()
    const step = await app.expandStep('Renew the on-premises SMTP certificate')
    const notes = step.getByRole('list', { name: 'Platform changes for this step' })
    await expect(notes).toContainText(
      'Platform change: Public TLS certificates last at most 200 days.'
    )
    await expect(notes.locator('time[datetime="2026-03-15"]')).toHaveText('15 March 2026')
    await expect(notes).toContainText('Platform change: Reject Direct Send.')
    await expect(notes).toContainText('Message center MC1093237')
    await expectAccessible(page, 'a step with its platform notes')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'a step with its platform notes in the dark theme')

    await notes.getByRole('link', { name: 'All dates' }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: 'Platform changes' })).toBeVisible()
  })
})

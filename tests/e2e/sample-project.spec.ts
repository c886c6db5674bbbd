import { expect, expectAccessible, test } from './fixtures'
import { AppPage } from './pages/app-page'

test.describe('sample project', () => {
  test('opens Contoso with four domains and what needs attention', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    const table = page.getByRole('table')
    for (const [domain, scenario] of [
      ['contoso.com', 'Scenario 1'],
      ['fabrikam.com', 'Scenario 2'],
      ['tailspintoys.com', 'Scenario 3'],
      ['litwareinc.com', 'Scenario 4']
    ] as const)
      await expect(table.getByRole('row').filter({ hasText: domain })).toContainText(scenario)
    const attention = page.getByRole('region', { name: 'Needs attention' })
    await expect(
      attention.getByRole('listitem').filter({ hasText: 'Enable centralized mail transport' })
    ).toContainText('Blocked')
    await expectAccessible(page, 'the project overview')
  })

  test('shows a domain checklist with the reason, explanation and PowerShell of a step', async ({
    page
  }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.goToDomain('fabrikam.com')
    await expect(page.getByText('Scenario 2: MX to Microsoft 365')).toBeVisible()
    const step = await app.expandStep('Enable centralized mail transport')
    await expect(step).toContainText('Required in scenario 2')
    await expect(step).toContainText('RouteAllMessagesViaOnPremises')
    await expect(step.getByLabel('What blocks it')).toHaveValue(/Compliance team/)
    await expectAccessible(page, 'a domain checklist')
  })

  test('filters the checklist by status, owner and category', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.goToDomain('contoso.com')
    const steps = page.locator('article')
    const all = await steps.count()
    const filters = page.getByRole('group', { name: 'Filter steps' })
    await filters.getByLabel('Status').selectOption({ label: 'Done' })
    await expect(steps).toHaveCount(4)
    await filters.getByLabel('Owner').selectOption('Alex Wilber')
    await expect(steps).toHaveCount(2)
    await filters.getByLabel('Category').selectOption({ label: 'DNS' })
    await expect(page.getByText('No step matches these filters')).toBeVisible()
    await filters.getByLabel('Status').selectOption({ label: 'All' })
    await filters.getByLabel('Owner').selectOption({ label: 'Anyone' })
    await filters.getByLabel('Category').selectOption({ label: 'All' })
    await expect(steps).toHaveCount(all)
  })

  test('lists every change in the activity log and the profile page is accessible', async ({
    page
  }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.sidebar().getByRole('link', { name: 'Activity' }).click()
    await expect(page.getByText('Created project Contoso hybrid migration')).toBeVisible()
    await expect(
      page.getByText(/“Enable centralized mail transport” on fabrikam\.com: To do → Blocked/)
    ).toBeVisible()
    await page.getByLabel('Domain', { exact: true }).selectOption({ label: 'tailspintoys.com' })
    await expect(page.getByText('Created project Contoso hybrid migration')).toHaveCount(0)
    await expect(
      page.getByText('Added tailspintoys.com in scenario 3', { exact: false })
    ).toBeVisible()
    await expectAccessible(page, 'the activity log')
    await app.sidebar().getByRole('link', { name: 'Project profile' }).click()
    await expect(page.getByLabel('On-premises public IP addresses')).toHaveValue('131.107.21.231')
    await expectAccessible(page, 'the project profile')
  })
})

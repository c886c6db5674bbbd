import { seedDashboardData } from '../support/dashboard-seed.mjs'
import { expect, expectAccessible, test } from './fixtures'
import { DashboardPage } from './pages/dashboard-page'
import { PAGES_PREFETCHED_MARK } from '../../src-renderer/lib/ui/layout/marks'

test.describe('progress dashboard', () => {
  test('charts the sample checklists and says what to do without mailboxes', async ({ page }) => {
    const dashboard = new DashboardPage(page)
    await dashboard.app.open()
    await dashboard.app.openSample()
    await dashboard.open()
    await dashboard.chartsDrawn()

    await expect(
      page.getByRole('img', { name: 'Stacked bar chart of required steps per domain by status' })
    ).toBeVisible()
    await expect(
      page.getByRole('img', { name: 'Bar chart of overdue and blocked steps per domain' })
    ).toBeVisible()
    await expect(dashboard.card('Mailboxes by lifecycle')).toContainText('No mailboxes yet')
    await expect(dashboard.card('Mailboxes by lifecycle')).toContainText(
      'Import mailboxes to see their progress'
    )
    await expect(dashboard.card('Required steps done over time')).toContainText(
      'The history starts today'
    )
    const forecast = dashboard.card('Forecast')
    await expect(forecast).toContainText('too little history to say')
    await expect(forecast).toContainText('Too little history to say when the 45 remaining')

    const table = await dashboard.showTable(
      'Required steps by domain',
      'Required steps per domain by status'
    )
    expect(await dashboard.cell(table, 'contoso.com', 'Done')).toBe('3')
    expect(await dashboard.cell(table, 'contoso.com', 'Total')).toBe('12')
    expect(await dashboard.cell(table, 'fabrikam.com', 'Blocked')).toBe('1')
    await expectAccessible(page, 'the dashboard of the sample project')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'the dashboard of the sample project, dark')
  })

  test('draws mailbox progress, the burn-up, the forecast and batch forecasts', async ({
    page
  }) => {
    const dashboard = new DashboardPage(page)
    await dashboard.app.open()
    await dashboard.app.openSample()
    const seeded = await seedDashboardData(page, { mailboxes: 1000, days: 30, batches: 4 })
    expect(seeded).toMatchObject({ mailboxes: 1000, completed: 620, events: 620 })
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Contoso hybrid migration' }).waitFor()
    await dashboard.open()
    await dashboard.chartsDrawn()

    await expect(
      page.getByRole('img', { name: 'Doughnut chart of mailboxes by lifecycle stage' })
    ).toBeVisible()
    await expect(
      page.getByRole('img', {
        name: 'Line chart of completed mailboxes per day against the total'
      })
    ).toBeVisible()
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('620/1000')
    const forecast = dashboard.card('Forecast')
    await expect(forecast).toContainText(
      /over the last 14 days.*the remaining 380 mailboxes finish around \d+ \w+ \(between/
    )

    const lifecycle = await dashboard.showTable('Mailboxes by lifecycle', 'Mailboxes by lifecycle')
    expect(await dashboard.cell(lifecycle, 'Completed', 'Mailboxes')).toBe('599')
    expect(await dashboard.cell(lifecycle, 'Completed with warnings', 'Mailboxes')).toBe('21')
    const burnUp = await dashboard.showTable(
      'Mailboxes completed over time',
      'Mailboxes completed per day'
    )
    // A header row, then one row a day from the first day with data (which a weekend can move).
    await expect(burnUp.getByRole('row')).toHaveCount(1 + seeded.historyDays)
    expect(await burnUp.getByRole('row').last().getByRole('cell').first().innerText()).toBe('620')
    // Hidden again, the table stays for screen readers (and axe has fewer cells to check).
    await dashboard
      .card('Mailboxes completed over time')
      .getByRole('button', { name: 'Show as table' })
      .click()
    await expect(burnUp).not.toBeInViewport()

    const batches = dashboard.card('Batch forecasts')
    await expect(batches.getByRole('row', { name: /Pilot/ })).toContainText('Done')
    await expect(batches.getByRole('row', { name: /Wave 3/ })).toContainText(
      'Too little history to say'
    )
    await expectAccessible(page, 'the dashboard with mailboxes and tables shown')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'the dashboard with mailboxes, dark')
  })

  test('opens the dashboard and a domain without fetching code once the overview is idle', async ({
    page
  }) => {
    const dashboard = new DashboardPage(page)
    await dashboard.app.open()
    await dashboard.app.openSample()
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      PAGES_PREFETCHED_MARK
    )
    const fetchedCode = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => /\.(js|css)$/.test(path))
      )
    const prefetched = await fetchedCode()
    expect(prefetched.some((path) => /\/DashboardPage-[^/]+\.js$/.test(path))).toBe(true)
    expect(prefetched.some((path) => /\/chart-runtime-[^/]+\.js$/.test(path))).toBe(true)

    await dashboard.open()
    await dashboard.chartsDrawn()
    await dashboard.app.goToDomain('contoso.com')
    expect(await fetchedCode()).toEqual(prefetched)
  })

  test("shows a domain's own charts and forecast on its progress tab", async ({ page }) => {
    const dashboard = new DashboardPage(page)
    await dashboard.app.open()
    await dashboard.app.openSample()
    await seedDashboardData(page, { mailboxes: 400, days: 20, batches: 2 })
    await page.reload()
    await dashboard.app.goToDomain('contoso.com')
    await page.getByRole('link', { name: 'Progress' }).click()
    await expect(page.getByRole('heading', { name: 'Forecast for contoso.com' })).toBeVisible()
    await expect(
      page.getByRole('img', { name: "Doughnut chart of this domain's required steps by status" })
    ).toBeVisible()
    await expect(
      page.getByRole('img', {
        name: "Doughnut chart of this domain's mailboxes by lifecycle stage"
      })
    ).toBeVisible()
    await expect(dashboard.card('Forecast for contoso.com')).toContainText(
      /mailboxes in contoso\.com finish around/
    )
    const table = await dashboard.showTable(
      'Required steps by status',
      'Required steps per domain by status'
    )
    expect(await dashboard.cell(table, 'contoso.com', 'Total')).toBe('12')
    await expectAccessible(page, 'a domain progress tab')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'a domain progress tab, dark')
  })

  test('follows changes made in another window live', async ({ page, context }) => {
    const dashboard = new DashboardPage(page)
    await dashboard.app.open()
    await dashboard.app.openSample()
    await dashboard.open()
    const summary = page.getByRole('region', { name: 'Summary' })
    await expect(summary).toContainText('7/52')

    const other = await context.newPage()
    await other.goto(page.url().replace('/dashboard', ''))
    await other.getByRole('heading', { level: 1, name: 'Contoso hybrid migration' }).waitFor()
    const app = new DashboardPage(other).app
    await app.goToDomain('litwareinc.com')
    await app.setStepStatus('Add the domain to Microsoft 365', 'Done')
    await expect(summary).toContainText('8/52')
    await other.close()
  })

  test('shows DNS and connector problems beside the figures and links to where they are fixed', async ({
    page
  }) => {
    const dashboard = new DashboardPage(page)
    await dashboard.app.open()
    await dashboard.app.openSample()
    await dashboard.open()

    // The sample records no DNS check and no connector: every record is unchecked and each
    // connector step a domain's scenario requires is missing, as the status report counts them.
    const dns = page.getByRole('region', { name: 'DNS problems' })
    for (const domain of ['contoso.com', 'fabrikam.com', 'litwareinc.com', 'tailspintoys.com']) {
      await expect(dns.getByRole('listitem').filter({ hasText: domain })).toContainText(
        '7 not checked'
      )
    }
    await expect(dns).not.toContainText('failing')
    const connectors = page.getByRole('region', { name: 'Connector problems' })
    await expect(connectors).toContainText(/0\s*warnings\s*9\s*missing/)
    await expectAccessible(page, 'the dashboard problems of the sample project')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'the dashboard problems of the sample project, dark')

    await dns.getByRole('link', { name: 'fabrikam.com' }).click()
    await expect(page).toHaveURL(/\/d\/[^/]+\/dns$/)
    await expect(page.getByRole('heading', { level: 1, name: 'fabrikam.com' })).toBeVisible()
    await dashboard.open()
    await connectors.getByRole('link', { name: 'Review on the Connectors page' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Connectors' })).toBeVisible()
    await expect(page.getByRole('region', { name: /^Warnings \(9\)$/ })).toBeVisible()
  })

  test('says all clear when no domain has a DNS or connector problem', async ({ page }) => {
    const dashboard = new DashboardPage(page)
    await dashboard.app.open()
    await page.getByRole('link', { name: 'New project' }).click()
    await page.getByLabel('Project name').fill('Northwind migration')
    await page.getByLabel('Tenant name').fill('northwind.onmicrosoft.com')
    await page.getByRole('button', { name: 'Create project' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Northwind migration' })).toBeVisible()
    await dashboard.open()

    await expect(page.getByRole('region', { name: 'DNS problems' })).toContainText('All clear')
    await expect(page.getByRole('region', { name: 'Connector problems' })).toContainText(
      'All clear'
    )
    await expect(
      page.getByRole('region', { name: 'Connector problems' }).getByRole('link')
    ).toHaveCount(0)
  })
})

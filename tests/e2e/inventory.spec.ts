import { expect, expectAccessible, test } from './fixtures'
import { AppPage } from './pages/app-page'
import { budget } from './support/budgets'
import { inventoryDoc, utf16leWithBom } from '../support/inventory-fixtures'

/** The two collector files of one tenant: Exchange Online as 5.1 writes it, on-premises as 7 does. */
function collectorFiles(): { name: string; mimeType: string; buffer: Buffer }[] {
  const online = inventoryDoc()
  delete online.onPremises
  const onPremises = inventoryDoc({}, { collectedAt: '2026-03-02T08:40:00.000Z', tenantId: null })
  delete onPremises.exchangeOnline
  return [
    {
      name: 'hybrid-mailflow-inventory-ExchangeOnline.json',
      mimeType: 'application/json',
      buffer: Buffer.from(utf16leWithBom(JSON.stringify(online, null, 2)))
    },
    {
      name: 'hybrid-mailflow-inventory-OnPremises.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(onPremises, null, 2), 'utf8')
    }
  ]
}

test.describe('tenant inventory', () => {
  test('imports an inventory, detects the scenarios, and accepted steps reach the report', async ({
    page
  }) => {
    // A long journey with five accessibility scans on a machine shared with other test runs.
    test.setTimeout(budget(180_000))
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.sidebar().getByRole('link', { name: 'Tenant inventory' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Tenant inventory' })).toBeVisible()
    await expect(page.getByText('No inventory yet.')).toBeVisible()
    await expectAccessible(page, 'the empty Tenant inventory page')

    const downloaded = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Get the collector script' }).click()
    const script = await downloaded
    expect(script.suggestedFilename()).toBe('Collect-HybridMailflowInventory.ps1')

    await page.getByLabel('Inventory files').setInputFiles(collectorFiles())
    const preview = page.getByTestId('inventory-preview')
    await expect(preview).toContainText('tenant 2a9e6b0f-61d8-4f5c-9f6b-0d5d7c3f1a11')
    await expect(
      preview.getByRole('row', { name: /Exchange Online Get-InboundConnector 1/ })
    ).toBeVisible()
    const fabrikam = preview.locator('[data-domain="fabrikam.com"]')
    await expect(fabrikam).toContainText('Differs from the plan')
    await expect(fabrikam).toContainText('Centralized mail transport is off')
    await expect(preview.locator('[data-domain="contoso.com"]')).toContainText('Matches the plan')
    await expectAccessible(page, 'the inventory import preview')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectAccessible(page, 'the inventory import preview in the dark theme')
    await page.emulateMedia({ colorScheme: 'light' })

    await page.getByRole('button', { name: 'Import inventory' }).click()
    await expect(page.getByText('Inventory of 2026-03-02 imported').first()).toBeVisible()
    await expect(
      page.getByRole('heading', { name: /Planned and detected scenarios/ })
    ).toBeVisible()
    await expect(page.getByText('2a9e6b0f-61d8-4f5c-9f6b-0d5d7c3f1a11')).toBeVisible()

    await app.sidebar().getByRole('link', { name: 'Overview' }).click()
    const mismatches = page.getByRole('region', { name: 'Domains not in their planned scenario' })
    await expect(mismatches).toContainText('fabrikam.com')
    await expect(mismatches).not.toContainText('contoso.com')

    await app.goToDomain('contoso.com')
    const detected = page.getByRole('region', { name: 'Planned and detected scenario' })
    await expect(detected).toContainText('Matches the plan')
    await expect(detected).toContainText('MX points to Exchange Online Protection')
    const spf = app.step('Publish the SPF record')
    await expect(spf).toContainText('Verified from configuration on')
    await expect(spf).toContainText('To do')
    await expectAccessible(page, 'a checklist with proposed steps')

    await page.getByRole('button', { name: /^Accept all \d+$/ }).click()
    await expect(page.getByText(/\d+ steps marked done from the evidence/).first()).toBeVisible()
    await expect(spf).toContainText('Done')
    await expect(page.getByRole('button', { name: /^Accept all/ })).toHaveCount(0)
    await expect(app.step('Point the MX record to Exchange Online Protection')).toContainText(
      'Done'
    )

    await app.sidebar().getByRole('link', { name: 'Status report' }).click()
    const report = page.getByTestId('report-preview')
    await expect(
      report.getByRole('heading', { name: 'Verified from configuration' }).first()
    ).toBeVisible()
    await expect(report).toContainText('verified from configuration on 2026-03-02')
  })

  test('refuses a file that is not an inventory and stores nothing', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.sidebar().getByRole('link', { name: 'Tenant inventory' }).click()
    await page.getByLabel('Inventory files').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'hybrid-mailflow-tracker-backup' }))
    })
    await expect(
      page.getByText('backup.json: The file is not an inventory of this app')
    ).toBeVisible()
    await expect(page.getByRole('button', { name: 'Import inventory' })).toHaveCount(0)
    await expect(page.getByText('No inventory yet.')).toBeVisible()
  })
})

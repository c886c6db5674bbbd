import { expect, test } from './fixtures'
import { AppPage } from './pages/app-page'

test.describe('a migration project from scratch', () => {
  test('create a project and a domain, check off steps, reload and find everything as left', async ({
    page
  }) => {
    const app = new AppPage(page)
    await app.open()
    await page.getByRole('link', { name: 'New project' }).click()

    await page.getByLabel('Project name').fill('Northwind migration')
    await page.getByLabel('On-premises public IP addresses').fill('203.0.113.10\n2001:db8::/300')
    await page.getByLabel('On-premises mail host').fill('mail northwind.com')
    await page.getByRole('button', { name: 'Create project' }).click()
    await expect(page.getByText(/2001:db8::\/300/)).toBeVisible()
    await expect(page.getByText(/contains a space/)).toBeVisible()
    await expect(page.getByRole('heading', { name: 'New migration project' })).toBeVisible()

    await page.getByLabel('On-premises public IP addresses').fill('203.0.113.10\n2001:db8::/48')
    await page.getByLabel('On-premises mail host').fill('Mail.Northwind.com.')
    await page.getByLabel('Tenant name').fill('northwind.onmicrosoft.com')
    await page.getByRole('button', { name: 'Create project' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Northwind migration' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Add the first domain' })).toBeVisible()

    await page.getByRole('main').getByRole('button', { name: 'Add domain' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Add a domain' })
    await dialog.getByLabel('Domain name').fill('northwind.com')
    await dialog.getByText('Scenario 3: MX to on-premises').click()
    await dialog.getByText('Sends as domains the organisation doesn’t own').click()
    await dialog.getByRole('button', { name: 'Add domain' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'northwind.com' })).toBeVisible()
    await expect(
      app.step('Accept mail for the domain only from on-premises IP addresses')
    ).toContainText('Required')

    await app.setStepStatus('Add the domain to Microsoft 365', 'Done')
    await app.setStepStatus('Verify ownership of the domain', 'Blocked', 'Registrar access pending')
    const spf = await app.expandStep('Publish the SPF record')
    await spf.getByLabel('Owner').fill('Dana')
    await spf.getByLabel('Due date').fill('2030-01-15')
    await spf.getByLabel('Notes').fill('Include the bank relay')
    await spf.getByRole('button', { name: 'Save step' }).click()
    await expect(page.getByText('Step saved').first()).toBeVisible()

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'northwind.com' })).toBeVisible()
    await expect(app.step('Add the domain to Microsoft 365')).toContainText('Done')
    await expect(app.step('Verify ownership of the domain')).toContainText('Blocked')
    const reloaded = await app.expandStep('Publish the SPF record')
    await expect(reloaded.getByLabel('Owner')).toHaveValue('Dana')
    await expect(reloaded.getByLabel('Due date')).toHaveValue('2030-01-15')
    await expect(reloaded.getByLabel('Notes')).toHaveValue('Include the bank relay')

    await app.sidebar().getByRole('link', { name: 'Overview' }).click()
    await expect(page.getByRole('row').filter({ hasText: 'northwind.com' })).toContainText('1/')
  })

  test('changing the scenario keeps history and retires what no longer applies', async ({
    page
  }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.goToDomain('tailspintoys.com')
    await page.getByRole('button', { name: 'Edit domain' }).click()
    const dialog = page.getByRole('dialog', { name: 'Edit tailspintoys.com' })
    await dialog.getByText('Scenario 2: MX to Microsoft 365').click()
    await expect(dialog.getByRole('status')).toContainText('regenerates the checklist')
    await dialog.getByRole('button', { name: 'Save domain' }).click()
    await expect(page.getByText('Scenario 2', { exact: true })).toBeVisible()
    await expect(app.step('Enable centralized mail transport')).toBeVisible()
    await expect(app.step('Add the domain to Microsoft 365')).toContainText('Done')
    await page.getByText(/Retired steps \(\d+\)/).click()
    await expect(app.step('Point the MX record to the on-premises server')).toBeVisible()
    await app.sidebar().getByRole('link', { name: 'Activity' }).click()
    await expect(
      page.getByText('Moved tailspintoys.com from scenario 3 to scenario 2')
    ).toBeVisible()
  })

  test('questions a private address in the profile without refusing it', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await page.getByRole('link', { name: 'New project' }).click()
    const ips = page.getByLabel('On-premises public IP addresses')
    await ips.fill('192.168.10.5')
    await expect(ips).toHaveAccessibleDescription(/private range/)
    await ips.fill('203.0.113.10')
    await expect(ips).not.toHaveAccessibleDescription(/private range/)
    await page.getByLabel('Third-party senders').fill('0.0.0.0/0')
    await expect(page.getByText(/0\.0\.0\.0\/0 is every address/)).toBeVisible()
    await page.getByLabel('Project name').fill('Northwind migration')
    await page.getByLabel('On-premises mail host').fill('mail.northwind.com')
    await page.getByLabel('Tenant name').fill('northwind.onmicrosoft.com')
    await page.getByRole('button', { name: 'Create project' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Northwind migration' })).toBeVisible()
  })

  test('refuses a duplicate domain at the field and saves nothing', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await page.getByRole('main').getByRole('button', { name: 'Add domain' }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Add a domain' })
    await dialog.getByLabel('Domain name').fill('Contoso.com')
    await dialog.getByRole('button', { name: 'Add domain' }).click()
    await expect(dialog.getByRole('alert')).toHaveText('contoso.com is already in this project.')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(app.sidebar().getByRole('link', { name: /^contoso\.com/ })).toHaveCount(1)
  })

  test('deleting a project asks first and leaves a record', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.sidebar().getByRole('link', { name: 'Project profile' }).click()
    await page.getByRole('button', { name: 'Delete project…' }).click()
    const confirm = page.getByRole('dialog', { name: 'Delete Contoso hybrid migration?' })
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('heading', { name: 'Project profile' })).toBeVisible()
    await page.getByRole('button', { name: 'Delete project…' }).click()
    await confirm.getByRole('button', { name: 'Delete project' }).click()
    await expect(
      page.getByRole('heading', { name: 'Track your Exchange hybrid mail-flow migration' })
    ).toBeVisible()
    await page.reload()
    await expect(page.getByRole('button', { name: 'Open sample project' })).toBeVisible()
  })
})

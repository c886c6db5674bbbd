import type { Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'
import { AppPage } from './pages/app-page'
import { DashboardPage } from './pages/dashboard-page'
import { DnsPage } from './pages/dns-page'
import { csvFile, MailboxesPage } from './pages/mailboxes-page'
import { ReportsPage } from './pages/reports-page'
import { TransitionPage } from './pages/transition-page'

/** How far the document itself can scroll: 0 when only the content pane scrolls. */
async function documentOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    return root.scrollHeight - root.clientHeight
  })
}

/** Scrolls with the wheel over the sidebar and answers where the window ended up. */
async function wheelOverSidebar(app: AppPage): Promise<number> {
  const box = await app.sidebar().boundingBox()
  if (!box) throw new Error('no sidebar')
  await app.page.mouse.move(box.x + box.width / 2, box.y + box.height - 20)
  await app.page.mouse.wheel(0, 2000)
  return app.page.evaluate(() => window.scrollY)
}

test.describe('the shell keeps everything in sight at 1024x700', () => {
  test.use({ viewport: { width: 1024, height: 700 } })

  test('only the content pane scrolls on the DNS, dashboard, report and transition pages', async ({
    page
  }) => {
    test.slow() // four pages, one with every chart drawn
    const dns = new DnsPage(page)
    await dns.openWithSample('contoso.com')
    const app = dns.app
    await expect(page.getByText(/record of contoso\.com/).first()).toBeAttached()
    expect(await documentOverflow(page)).toBe(0)
    expect(await wheelOverSidebar(app)).toBe(0)

    const transition = new TransitionPage(page)
    await transition.open()
    expect(await documentOverflow(page)).toBe(0)

    const dashboard = new DashboardPage(page)
    await dashboard.open()
    await dashboard.chartsDrawn()
    expect(await documentOverflow(page)).toBe(0)

    const reports = new ReportsPage(page)
    await reports.open()
    expect(await documentOverflow(page)).toBe(0)
    expect(await wheelOverSidebar(app)).toBe(0)
    await expect(page.getByRole('banner')).toBeInViewport()
  })

  test('a skip link leads past the header and sidebar to the page', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    // A fresh load puts the keyboard at the start of the document, as when the app opens.
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Contoso hybrid migration' }).waitFor()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page.locator('main#main')).toBeFocused()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Contoso hybrid migration' })
    ).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(page.locator('main#main :focus')).toHaveCount(1)
  })

  test('the overview table fits its card and the add-domain dialog starts on its first field', async ({
    page
  }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    const table = page.getByRole('table').filter({ hasText: 'Next due' })
    const card = page.getByRole('region', { name: 'Domains' })
    const tableBox = await table.boundingBox()
    const cardBox = await card.boundingBox()
    expect(tableBox && cardBox && tableBox.x + tableBox.width).toBeLessThanOrEqual(
      (cardBox?.x ?? 0) + (cardBox?.width ?? 0)
    )
    await expect(page.getByRole('columnheader', { name: 'Next due' })).toBeInViewport()

    await page.getByRole('main').getByRole('button', { name: 'Add domain' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add a domain' })
    await expect(dialog.getByLabel('Domain name')).toBeFocused()
    await expectAccessible(page, 'the add-domain dialog at 1024x700')
  })

  test('the mailbox table shows a useful number of rows without scrolling the page', async ({
    page
  }) => {
    test.slow() // an import and an accessibility check
    const mailboxes = new MailboxesPage(page)
    await mailboxes.openWithSample()
    const rows = ['DisplayName,PrimarySmtpAddress,Alias,BatchName,Status']
    for (let i = 10; i < 50; i++) rows.push(`User ${i},user${i}@contoso.com,u${i},Wave 1,Queued`)
    await mailboxes.importFile(csvFile('many.csv', rows.join('\r\n')))
    await expect(mailboxes.rows().first()).toBeVisible()
    const inSight = await mailboxes
      .rows()
      .evaluateAll(
        (elements) =>
          elements.filter((element) => element.getBoundingClientRect().bottom <= innerHeight).length
      )
    expect(inSight).toBeGreaterThanOrEqual(6)
    await expectAccessible(page, 'the mailbox page at 1024x700')
  })
})

test.describe('mailboxes say what is known and ask before emptying a batch', () => {
  test('a mailbox without an address is not called “Not a project domain”', async ({ page }) => {
    const mailboxes = new MailboxesPage(page)
    await mailboxes.openWithSample()
    await mailboxes.importFile(
      csvFile(
        'odd.csv',
        'DisplayName,PrimarySmtpAddress,Alias,Status\r\nNo Address,,noaddr,Queued\r\nStranger,str@elsewhere.org,str,Queued\r\n'
      )
    )
    await mailboxes.row('No Address').locator('td.address button').click()
    const detail = mailboxes.dialog()
    await expect(detail).toContainText('Not known yet (no address)')
    await expect(detail).not.toContainText('Not a project domain')
    await detail.getByRole('button', { name: 'Close' }).click()
    await mailboxes.row('str@elsewhere.org').locator('td.address button').click()
    await expect(mailboxes.dialog()).toContainText('Not a project domain (elsewhere.org)')
  })

  test('“Move to batch” waits for a batch to be chosen; “No batch” is picked on purpose', async ({
    page
  }) => {
    const mailboxes = new MailboxesPage(page)
    await mailboxes.openWithSample()
    await mailboxes.importFile(
      csvFile(
        'wave.csv',
        'DisplayName,PrimarySmtpAddress,Alias,BatchName,Status\r\nAnn Lee,ann@contoso.com,ann,Wave 01,Queued\r\n'
      )
    )
    await mailboxes.row('Ann Lee').locator('td.name').click()
    const bar = mailboxes.bulkBar()
    await bar.getByLabel('What to change').selectOption({ label: 'Move to batch' })
    await expect(bar.getByLabel('New batch')).toHaveValue('')
    await expect(bar.getByRole('button', { name: 'Apply' })).toBeDisabled()
    await expect(mailboxes.row('Ann Lee').locator('td.batch')).toHaveText('Wave 01')
    await bar
      .getByLabel('New batch')
      .selectOption({ label: 'No batch (take them out of their batch)' })
    await bar.getByRole('button', { name: 'Apply' }).click()
    await expect(mailboxes.row('Ann Lee').locator('td.batch')).toHaveText('')
  })
})

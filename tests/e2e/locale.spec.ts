import { expect, test } from './fixtures'
import { AppPage } from './pages/app-page'
import { csvFile, MailboxesPage } from './pages/mailboxes-page'

test.describe('in a German locale', () => {
  test.use({ locale: 'de-DE' })

  test('dates and counts are written the German way', async ({ page }) => {
    const app = new AppPage(page)
    await app.open()
    await app.openSample()
    await app.goToDomain('contoso.com')
    // “12. Dez. 2026”, not “Dec 12, 2026”.
    const nextDue = page.getByRole('definition').filter({ hasText: 'Publish the SPF record' })
    await expect(nextDue).toHaveText(/· \d{1,2}\. \p{Lu}\p{Ll}+\.? \d{4}$/u)

    const mailboxes = new MailboxesPage(page)
    await app.sidebar().getByRole('link', { name: 'Mailboxes' }).click()
    const rows = Array.from({ length: 1200 }, (_, index) => `user${index}@contoso.com`)
    await mailboxes.importFile(
      csvFile('many.csv', `PrimarySmtpAddress\r\n${rows.join('\r\n')}\r\n`)
    )
    await expect(mailboxes.subtitle()).toContainText('1.200 mailboxes')

    // What the app writes down is in the user's locale too: the bulk change's activity entry.
    await page.getByRole('checkbox', { name: 'Select all 1.200 mailboxes shown' }).check()
    const bar = mailboxes.bulkBar()
    await bar.getByLabel('New lifecycle').selectOption({ label: 'Completed' })
    await bar.getByRole('button', { name: 'Apply' }).click()
    await app.sidebar().getByRole('link', { name: 'Activity' }).click()
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Bulk change of 1.200 mailboxes' })
    ).toHaveCount(1)
  })
})

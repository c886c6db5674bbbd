import { makeMoveRequestStatisticsCsv } from '../support/mailbox-fixtures'
import { expect, test } from './fixtures'
import { budget } from './support/budgets'
import { MailboxesPage, csvFile } from './pages/mailboxes-page'
import { prefixImportWorker, quotaFaultScript, tableStates } from './support/idb-faults'

const ROWS = 20_000
const FAIL_AT = 5_000

test('a full disk at row 5,000 of an import: the page says so and nothing is imported', async ({
  page,
  problems
}) => {
  test.setTimeout(budget(120_000))
  await prefixImportWorker(page, quotaFaultScript(FAIL_AT))
  const mailboxes = new MailboxesPage(page)
  await mailboxes.openWithSample()
  // Mailboxes already there, so "nothing imported" also means "nothing of them changed".
  await mailboxes.importFile(
    csvFile(
      'first.csv',
      'PrimarySmtpAddress,DisplayName,Status\r\nann@contoso.com,Ann Lee,Completed\r\nbob@contoso.com,Bob Kelly,Queued\r\n'
    )
  )
  await expect(mailboxes.subtitle()).toContainText('2 mailboxes')
  const before = await tableStates(page)

  await mailboxes.choose(csvFile('moves.csv', makeMoveRequestStatisticsCsv(ROWS, 42)))
  await mailboxes
    .dialog()
    .getByRole('button', { name: /^Import 20,000 rows$/ })
    .click({ timeout: budget(60_000) })
  const failure = page.getByRole('alert').filter({ hasText: 'moves.csv was not imported.' })
  await expect(failure).toContainText(
    'The disk is full, nothing was imported. Free some space and import the file again.',
    { timeout: budget(60_000) }
  )
  // Only the injected fault raises a QuotaExceededError, and only once 5,000 rows were written,
  // so this message proves the transaction failed part-way. Not one of those rows remains.
  expect(await tableStates(page)).toEqual(before)
  await expect(mailboxes.subtitle()).toContainText('2 mailboxes')

  // After a dismissal the app keeps working: a small file imports (the fault is for row 5,000).
  await failure.getByRole('button', { name: 'Dismiss' }).click()
  await mailboxes.importFile(csvFile('ok.csv', 'PrimarySmtpAddress\r\ncy@contoso.com\r\n'))
  await expect(mailboxes.subtitle()).toContainText('3 mailboxes')
  expect(problems).toEqual([])
})

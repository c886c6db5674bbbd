import { writeFile } from 'node:fs/promises'
import { makeMoveRequestStatisticsCsv } from '../support/mailbox-fixtures'
import { expect, test } from './fixtures'
import { budget } from './support/budgets'
import { MailboxesPage, csvFile, storedMailboxCount } from './pages/mailboxes-page'
import {
  blankPageOfApp,
  crashRenderer,
  differences,
  reopenApp,
  tableStates
} from './support/idb-faults'

test.describe('files that cannot be imported as they are', () => {
  test('invalid rows are listed by line; nothing is written unless the valid rows only are chosen', async ({
    page,
    problems
  }) => {
    const mailboxes = new MailboxesPage(page)
    await mailboxes.openWithSample()
    const file = csvFile(
      'with-errors.csv',
      [
        'PrimarySmtpAddress,DisplayName,Status',
        'ann@contoso.com,Ann Lee,Completed',
        'ann at contoso,Broken,Completed',
        'bob@contoso.com,Bob Kelly,InProgress',
        ',,Queued',
        'cy@contoso.com,Cy,Queued'
      ].join('\r\n')
    )
    await mailboxes.choose(file)
    const dialog = mailboxes.dialog()
    await expect(mailboxes.previewCount('invalid')).toContainText('2')
    await expect(dialog).toContainText(
      'line 3: “ann at contoso” in PrimarySmtpAddress is not an e-mail address'
    )
    await expect(dialog).toContainText('line 5: the row has no address, alias or display name')
    await expect(dialog.getByRole('button', { name: 'Import 3 rows' })).toBeDisabled()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    expect(await storedMailboxCount(page)).toBe(0)
    await expect(page.getByRole('heading', { name: 'No mailboxes yet' })).toBeVisible()

    await mailboxes.choose(file)
    await dialog.getByRole('button', { name: 'Import the valid rows only' }).click()
    await expect(mailboxes.subtitle()).toContainText('3 mailboxes')
    expect(await storedMailboxCount(page)).toBe(3)
    const history = page.getByRole('region', { name: 'Recent imports' })
    await expect(history.getByRole('row').nth(1)).toContainText('with-errors.csv')
    expect(problems).toEqual([])
  })

  const hopeless = [
    {
      name: 'empty.csv',
      text: '',
      message: '. The file is empty: it has no header line and no rows.'
    },
    {
      name: 'header-only.csv',
      text: 'PrimarySmtpAddress,DisplayName\r\n',
      message: '. Line 1: the file has column headers but no mailbox rows.'
    },
    {
      name: 'all-invalid.csv',
      text: 'PrimarySmtpAddress,DisplayName\r\nnope,A\r\nstill nope,B\r\n',
      message: ': none of its 2 rows is valid.'
    }
  ]
  for (const { name, text, message } of hopeless) {
    test(`${name}: a clear message, no way to import, nothing written`, async ({
      page,
      problems
    }) => {
      const mailboxes = new MailboxesPage(page)
      await mailboxes.openWithSample()
      await mailboxes.choose(csvFile(name, text))
      const dialog = mailboxes.dialog()
      await expect(dialog.getByRole('alert')).toHaveText(
        `Nothing in this file can be imported${message}`
      )
      await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled()
      await expect(dialog.getByRole('button', { name: 'Import the valid rows only' })).toHaveCount(
        0
      )
      await dialog.getByRole('button', { name: 'Cancel' }).click()
      expect(await storedMailboxCount(page)).toBe(0)
      // The app keeps working: the next file imports.
      await mailboxes.importFile(csvFile('ok.csv', 'PrimarySmtpAddress\r\nann@contoso.com\r\n'))
      await expect(mailboxes.subtitle()).toContainText('1 mailbox')
      expect(problems).toEqual([])
    })
  }
})

test('a 50 MB single field: a clear message, nothing written, the app keeps working', async ({
  page,
  problems
}, testInfo) => {
  test.setTimeout(budget(180_000))
  const path = testInfo.outputPath('huge-field.csv')
  await writeFile(
    path,
    `PrimarySmtpAddress,DisplayName\r\nann@contoso.com,"${'x'.repeat(50 * 1024 * 1024)}"\r\n`
  )
  const mailboxes = new MailboxesPage(page)
  await mailboxes.openWithSample()
  await mailboxes.choose(path)
  const dialog = mailboxes.dialog()
  await expect(dialog.getByRole('alert')).toHaveText(
    'Nothing in this file can be imported. Line 2: a field is longer than 1 MB; this is not a mailbox export or the file is damaged, so reading stopped here.',
    { timeout: budget(90_000) }
  )
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(await storedMailboxCount(page)).toBe(0)
  await mailboxes.importFile(csvFile('ok.csv', 'PrimarySmtpAddress\r\nann@contoso.com\r\n'))
  await expect(mailboxes.subtitle()).toContainText('1 mailbox')
  expect(problems).toEqual([])
})

test.describe('a crash while an import is written', () => {
  // A crashed renderer cannot report its console; `problems` watches the pages opened after it.
  // What matters is what the next page finds in IndexedDB.
  test('leaves all 100,000 rows or none', async ({ page, context }, testInfo) => {
    test.setTimeout(budget(300_000))
    const path = testInfo.outputPath('moves-100k.csv')
    await writeFile(path, makeMoveRequestStatisticsCsv(100_000, 99))
    const mailboxes = new MailboxesPage(page)
    await mailboxes.openWithSample()
    const before = await tableStates(page)
    await mailboxes.choose(path)
    const dialog = mailboxes.dialog()
    await dialog
      .getByRole('button', { name: 'Import 100,000 rows' })
      .click({ timeout: budget(150_000) })
    await expect(
      page.getByRole('status').filter({ hasText: /^Writing moves-100k\.csv/ })
    ).toBeVisible({ timeout: budget(90_000) })
    // Progress is reported from inside the write transaction, after rows were written.
    await expect(
      page.getByRole('status').filter({ hasText: /Writing .*: [1-9][\d,]* of/ })
    ).toBeVisible({
      timeout: budget(90_000)
    })
    await crashRenderer(page)

    const after = await tableStates(await blankPageOfApp(context))
    expect([0, 100_000]).toContain(after.mailboxes?.count)
    if (after.mailboxes?.count === 0)
      expect(differences(after, before), 'nothing of the import may remain').toEqual({})
    const next = await reopenApp(context)
    await expect(next.getByRole('link', { name: /Contoso hybrid migration/ })).toBeVisible()
    expect(await storedMailboxCount(next)).toBe(after.mailboxes?.count)
  })
})

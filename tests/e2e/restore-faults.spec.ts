import { writeFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { budget } from './support/budgets'
import { AppPage } from './pages/app-page'
import { DataPage } from './pages/data-page'
import { backupFileText, downloadBackup, withMailboxes } from './support/big-backup'
import {
  blankPageOfApp,
  crashRenderer,
  differences,
  hashRows,
  installWriteProbe,
  reopenApp,
  resetWriteProbe,
  storedRows,
  tableStates,
  waitForWriteInProgress,
  type DatabaseState
} from './support/idb-faults'

const MAILBOXES = 60_000

// The page that crashes cannot report its console; `problems` watches the pages opened after it.
test('a crash while a restore is written leaves the old data or the restored data, never a mix', async ({
  page,
  context
}, testInfo) => {
  test.setTimeout(budget(180_000))
  await installWriteProbe(page)
  const app = new AppPage(page)
  await app.open()
  await app.openSample()
  const backup = withMailboxes(await downloadBackup(page), MAILBOXES)
  const path = testInfo.outputPath('big-backup.json')
  await writeFile(path, backupFileText(backup))

  // The old data differs from the backup in every table the sample fills: a step is done.
  await app.page.getByRole('link', { name: 'Hybrid Mail-Flow Tracker' }).click()
  await app.page.getByRole('link', { name: /Contoso hybrid migration/ }).click()
  await app.goToDomain('litwareinc.com')
  await app.setStepStatus('Add the domain to Microsoft 365', 'Done')
  const data = new DataPage(page)
  await data.open()
  const old = await tableStates(page)
  expect(old.mailboxes?.count).toBe(0)

  await data.fileInput().setInputFiles(path)
  const dialog = data.confirmDialog()
  await expect(dialog.getByRole('row', { name: /^Mailboxes/ })).toContainText('60,000', {
    timeout: budget(60_000)
  })
  await resetWriteProbe(page)
  await dialog.getByRole('button', { name: 'Replace with the backup' }).click()
  // Inside the restore's transaction: some of the mailboxes are written, far from all of them,
  // and the transaction has neither committed nor aborted.
  const probe = await waitForWriteInProgress(page, 'mailboxes', { from: 1_000, to: 54_000 })
  expect(probe.completed).toBe(0)
  await crashRenderer(page)

  const check = await blankPageOfApp(context)
  const after = await tableStates(check)
  const afterWithoutRestoreEvent = await tableStates(check, [
    { store: 'events', field: 'action', value: 'restored' }
  ])
  const restored: DatabaseState = {}
  for (const [name, rows] of Object.entries(backup.tables))
    restored[name] = { count: rows.length, hash: hashRows(rows) }

  const keptOld = differences(after, old)
  const { events: _events, restorePoints: _points, ...restoredTables } = after
  const { events: backupEvents, ...backupTables } = restored
  const tookBackup = {
    ...differences(restoredTables, backupTables),
    ...differences(
      { events: afterWithoutRestoreEvent.events ?? { count: 0, hash: '' } },
      { events: backupEvents ?? { count: 0, hash: '' } }
    )
  }
  testInfo.annotations.push({
    type: 'outcome',
    description: `crashed after ${probe.done.mailboxes} of ${MAILBOXES} mailbox rows; the data is ${Object.keys(keptOld).length === 0 ? 'the old data' : 'the restored data'}`
  })
  if (Object.keys(keptOld).length > 0) {
    // Not the old data, so it must be the whole restore: every table as in the backup, one
    // 'restored' event more, and a restore point holding exactly the old data.
    expect(tookBackup, 'neither the old data nor the restored data').toEqual({})
    expect(after.events?.count).toBe((backupEvents?.count ?? 0) + 1)
    const points = await storedRows(check, 'restorePoints')
    expect(points).toHaveLength(1)
    const kept = JSON.parse(String(points[0]?.backup)) as { tables: Record<string, unknown[]> }
    for (const [name, rows] of Object.entries(kept.tables))
      expect(hashRows(rows), `restore point table ${name}`).toBe(old[name]?.hash)
  }
  // The crash landed before the commit (rows were still to be written), so it is the old data.
  expect(keptOld, 'the crash landed mid-write, so nothing of the restore may remain').toEqual({})

  // The app opens on the data it finds.
  const next = await reopenApp(context)
  await expect(next.getByRole('link', { name: /Contoso hybrid migration/ })).toBeVisible()
})

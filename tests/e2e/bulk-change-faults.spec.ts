import { writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { budget } from './support/budgets'
import { DataPage } from './pages/data-page'
import { MailboxesPage } from './pages/mailboxes-page'
import { backupFileText, downloadBackup, withMailboxes } from './support/big-backup'
import {
  DATABASE_NAME,
  blankPageOfApp,
  crashRenderer,
  differences,
  installWriteProbe,
  reopenApp,
  resetWriteProbe,
  tableStates,
  waitForWriteInProgress
} from './support/idb-faults'

const MAILBOXES = 50_000

/** How many stored mailboxes have each lifecycle and each revision, read with the raw API. */
function mailboxTally(page: Page): Promise<{ lifecycle: Record<string, number>; rev: number[] }> {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const request = db.transaction('mailboxes').objectStore('mailboxes').getAll()
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            db.close()
            const lifecycle: Record<string, number> = {}
            const revs = new Set<number>()
            for (const row of request.result as { lifecycle: string; rev: number }[]) {
              lifecycle[row.lifecycle] = (lifecycle[row.lifecycle] ?? 0) + 1
              revs.add(row.rev)
            }
            resolve({ lifecycle, rev: [...revs].sort() })
          }
        }
      }),
    DATABASE_NAME
  )
}

// The page that crashes cannot report its console; `problems` watches the pages opened after it.
test('a crash during a bulk change of 50,000 mailboxes changes all of them or none', async ({
  page,
  context
}, testInfo) => {
  test.setTimeout(budget(180_000))
  await installWriteProbe(page)
  const mailboxes = new MailboxesPage(page)
  await mailboxes.app.open()
  await mailboxes.app.openSample()
  // 50,000 Queued mailboxes, put in by restoring a backup that holds them.
  const path = testInfo.outputPath('many-mailboxes.json')
  await writeFile(path, backupFileText(withMailboxes(await downloadBackup(page), MAILBOXES)))
  const data = new DataPage(page)
  await data.fileInput().setInputFiles(path)
  await data.confirmRestore()

  await page.getByRole('link', { name: 'Hybrid Mail-Flow Tracker' }).click()
  await page.getByRole('link', { name: /Contoso hybrid migration/ }).click()
  await mailboxes.app.sidebar().getByRole('link', { name: 'Mailboxes' }).click()
  const selectAll = page.getByRole('checkbox', { name: 'Select all 50,000 mailboxes shown' })
  await expect(selectAll).toBeEnabled({ timeout: budget(60_000) })
  await expect(page.getByText(/^Reading all /)).toHaveCount(0, { timeout: budget(60_000) })
  await selectAll.check()
  const bar = mailboxes.bulkBar()
  await expect(bar).toContainText('50,000 mailboxes selected')
  await bar.getByLabel('New lifecycle').selectOption({ label: 'Completed' })

  const old = await tableStates(page)
  expect(old.mailboxes?.count).toBe(MAILBOXES)
  await resetWriteProbe(page)
  await bar.getByRole('button', { name: 'Apply' }).click()
  // Inside the bulk change's transaction: some mailboxes rewritten, most still to go.
  const probe = await waitForWriteInProgress(page, 'mailboxes', { from: 2_500, to: 25_000 })
  expect(probe.completed).toBe(0)
  await crashRenderer(page)

  const check = await blankPageOfApp(context)
  const after = await tableStates(check)
  const tally = await mailboxTally(check)
  const { mailboxes: _m, events: _e, ...otherTables } = after
  const { mailboxes: _om, events: _oe, ...oldOtherTables } = old
  expect(differences(otherTables, oldOtherTables), 'tables a bulk change does not touch').toEqual(
    {}
  )
  testInfo.annotations.push({
    type: 'outcome',
    description: `crashed after ${probe.done.mailboxes} of ${MAILBOXES} mailbox rows; lifecycles after: ${JSON.stringify(tally.lifecycle)}`
  })
  // Never a mix: all Queued at revision 1 (nothing changed) or all Completed at revision 2.
  expect([
    { lifecycle: { queued: MAILBOXES }, rev: [1] },
    { lifecycle: { completed: MAILBOXES }, rev: [2] }
  ]).toContainEqual(tally)
  // The crash came with most rows still to write, before any commit: nothing changed at all.
  expect(differences(after, old), 'the crash landed mid-write, so nothing may be changed').toEqual(
    {}
  )

  const next = await reopenApp(context)
  await expect(next.getByRole('link', { name: /Contoso hybrid migration/ })).toBeVisible()
})

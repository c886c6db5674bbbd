// Benchmark module: the backup figures of issue 7, measured through the Data screen (#/data) of the
// built renderer, for a project with 100,000 mailboxes, 20 domains and 90 days of history (the
// dashboard's seed, tests/support/dashboard-seed.mjs).
//   backup_100k_ms   "Download a backup" pressed → the backup text and its checksum are ready
//                    (the app's marks backup:start → backup:created: every table read in one
//                    transaction, JSON text, SHA-256), median of 3
//   restore_100k_ms  that file chosen at "Backup file" → checked (restore:start → restore:checked),
//                    plus "Replace with the backup" pressed → committed (restore:confirmed →
//                    restore:written: the second validation, the restore point of the current data
//                    and the one transaction replacing every table); the time the confirmation
//                    dialog waits for the click is left out. Median of 3
// The functions given to page.evaluate run in the page, where these are defined.
/* global document, indexedDB */
import { rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seedDashboardData } from '../support/dashboard-seed.mjs'

const RUNS = 3
const MAILBOXES = 100_000

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function between(page, from, to) {
  return page.evaluate(
    ({ from, to }) =>
      performance.getEntriesByName(to)[0].startTime -
      performance.getEntriesByName(from)[0].startTime,
    { from, to }
  )
}

function waitForMark(page, name) {
  return page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout: 300_000,
    polling: 100
  })
}

function countMailboxes(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('hybrid-mailflow-tracker')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const count = db.transaction('mailboxes').objectStore('mailboxes').count()
          count.onerror = () => reject(count.error)
          count.onsuccess = () => {
            db.close()
            resolve(count.result)
          }
        }
      })
  )
}

async function openDataPage(page) {
  await page.evaluate(() => (globalThis.location.hash = '#/data'))
  await page.getByRole('button', { name: 'Download a backup' }).waitFor()
  // The button is enabled once the row counts are read.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('button')].some(
        (button) => button.textContent?.trim() === 'Download a backup' && !button.disabled
      ),
    null,
    { timeout: 120_000 }
  )
}

/** One backup through the button; returns its time and the downloaded file's path. */
async function backupOnce(page, run) {
  await page.evaluate(() => performance.clearMarks())
  const download = page.waitForEvent('download', { timeout: 300_000 })
  await page.getByRole('button', { name: 'Download a backup' }).click()
  const file = join(tmpdir(), `tracker-bench-backup-100k-${run}.json`)
  await (await download).saveAs(file)
  await waitForMark(page, 'backup:created')
  return { ms: await between(page, 'backup:start', 'backup:created'), file }
}

/** One restore of `file` through the file input and the confirmation dialog. */
async function restoreOnce(page, file) {
  await page.evaluate(() => performance.clearMarks())
  await page.getByLabel('Backup file').setInputFiles(file)
  const dialog = page.getByRole('dialog', { name: 'Replace all data with this backup?' })
  await dialog.getByRole('button', { name: 'Replace with the backup' }).click({ timeout: 300_000 })
  await waitForMark(page, 'restore:written')
  const error = await page.locator('#restore-file-input').getAttribute('aria-invalid')
  if (error === 'true') throw new Error('The restore was refused.')
  const check = await between(page, 'restore:start', 'restore:checked')
  const write = await between(page, 'restore:confirmed', 'restore:written')
  return { check, write, ms: check + write }
}

/**
 * @param {{ page: import('playwright-core').Page, baseUrl: string, log: (line: string) => void }}
 *   options a fresh page (empty IndexedDB), the URL the built renderer is served at, a logger
 * @returns {Promise<{ backup_100k_ms: number, restore_100k_ms: number }>}
 */
export async function measureBackup({ page, baseUrl, log }) {
  await page.goto(baseUrl)
  await page.getByRole('button', { name: 'Open sample project' }).click()
  await page.getByRole('heading', { level: 1, name: 'Contoso hybrid migration' }).waitFor()
  const seeded = await seedDashboardData(page, {
    mailboxes: MAILBOXES,
    days: 90,
    batches: 8,
    domains: 20
  })
  log(`backup: seeded ${seeded.mailboxes} mailboxes, ${seeded.events} events`)
  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Contoso hybrid migration' }).waitFor()
  await openDataPage(page)

  const backups = []
  for (let run = 0; run < RUNS; run++) backups.push(await backupOnce(page, run))
  const [{ file }] = backups
  log(
    `backup: ${backups.map((b) => Math.round(b.ms)).join(', ')} ms; file ${(statSync(file).size / 2 ** 20).toFixed(1)} MB`
  )

  const restores = []
  for (let run = 0; run < RUNS; run++) {
    restores.push(await restoreOnce(page, file))
    const count = await countMailboxes(page)
    if (count !== MAILBOXES) throw new Error(`The restore left ${count} mailboxes.`)
  }
  log(
    `restore: ${restores.map((r) => `${Math.round(r.ms)} (check ${Math.round(r.check)} + write ${Math.round(r.write)})`).join(', ')} ms`
  )
  for (const backup of backups) rmSync(backup.file, { force: true })

  return {
    backup_100k_ms: Math.round(median(backups.map((b) => b.ms))),
    restore_100k_ms: Math.round(median(restores.map((r) => r.ms)))
  }
}

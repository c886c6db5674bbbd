// Benchmark module: the mailbox figures of issue 4, measured in one page of the built renderer.
//   import_100k_total_ms         file chosen → import committed (the app's performance marks)
//   import_100k_baseline_ms      a plain IndexedDB put loop of the same 100,000 records in one
//                                transaction, in the same page, same indexes
//   import_100k_ratio            total / baseline
//   import_100k_longest_task_ms  longest main-thread task (PerformanceObserver 'longtask')
//                                between the file being chosen and the import committed
//   filter_100k_p95_ms           keystroke (keydown) to the next frame after the table updated,
//                                p95 over 32 keystrokes in the search box
//   heap_100k_mb                 JS heap after the import, after a forced garbage collection
//   startup_100k_interactive_ms  reload → the mailbox table shows its first rows (the app's
//                                'mailboxes:first-rows' mark), median of 3 reloads
// The input is a Get-MoveRequestStatistics export made by tests/support/mailbox-fixtures.ts, the
// generator the tests use (loaded with ./typescript-module.mjs).
// The functions given to page.evaluate run in the page, where these are defined.
/* global window, document, indexedDB, requestAnimationFrame */
import { statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { importTypeScript } from './typescript-module.mjs'

const ROWS = 100_000
const KEYS = [...'tanaka', ...Array(6).fill('Backspace'), ...'smith', ...Array(5).fill('Backspace')]
const KEYS_AGAIN = [...'kelly', ...Array(5).fill('Backspace')]

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]
}

async function writeExport(log) {
  const fixtures = await importTypeScript('tests/support/mailbox-fixtures.ts')
  const file = join(tmpdir(), 'tracker-bench-move-statistics-100k.csv')
  // PowerShell 5.1's Export-Csv -Encoding UTF8 writes a BOM; so does this file.
  writeFileSync(
    file,
    fixtures.utf8Bytes(fixtures.makeMoveRequestStatisticsCsv(ROWS, 20250314), true)
  )
  log(`mailboxes: input ${file}, ${(statSync(file).size / 2 ** 20).toFixed(1)} MB, ${ROWS} rows`)
  return file
}

async function openMailboxPage(page, baseUrl) {
  await page.goto(baseUrl)
  await page.getByRole('button', { name: 'Open sample project' }).click()
  await page.getByRole('heading', { level: 1, name: 'Contoso hybrid migration' }).waitFor()
  await page
    .getByRole('navigation', { name: 'Project' })
    .getByRole('link', { name: 'Mailboxes' })
    .click()
  await page.getByRole('heading', { name: 'No mailboxes yet' }).waitFor()
}

async function importFile(page, file) {
  await page.evaluate(() => {
    window.__benchLongTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask' })
  })
  await page.getByLabel('CSV file to import').setInputFiles(file)
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Import 100,000 rows' })
    .click({ timeout: 300_000 })
  await page.waitForFunction(
    () => performance.getEntriesByName('mailbox-import:committed').length > 0,
    null,
    { timeout: 600_000, polling: 250 }
  )
  const timing = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0].startTime
    const start = at('mailbox-import:start')
    const committed = at('mailbox-import:committed')
    const during = window.__benchLongTasks.filter(
      (task) => task.start + task.duration >= start && task.start <= committed
    )
    const preview = at('mailbox-import:preview')
    const top = [...during]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 5)
      .map(
        (task) => `${Math.round(task.duration)} ms ${task.start < preview ? 'reading' : 'writing'}`
      )
    return {
      total: committed - start,
      preview: preview - start,
      longest: Math.max(0, ...during.map((task) => task.duration)),
      tasks: during.length,
      top
    }
  })
  await page
    .locator('.page-header .subtitle')
    .getByText('100,000 mailboxes')
    .waitFor({ timeout: 120_000 })
  await page.locator('table.grid tbody tr[data-position]').first().waitFor()
  const after = await page.evaluate(
    (committed) =>
      Math.max(
        0,
        ...window.__benchLongTasks.filter((t) => t.start > committed).map((t) => t.duration)
      ),
    timing.total
  )
  return { ...timing, longestAfter: after }
}

async function measureFilter(page) {
  await page.evaluate(() => {
    const input = document.getElementById('mailbox-search')
    window.__benchLatencies = []
    let pressed = 0
    input.addEventListener('keydown', (event) => (pressed = event.timeStamp), true)
    input.addEventListener('input', () => {
      const since = pressed
      // The frame after the one the update lands in has been painted.
      requestAnimationFrame(() =>
        setTimeout(() => window.__benchLatencies.push(performance.now() - since), 0)
      )
    })
  })
  await page.getByLabel('Search').click()
  for (const key of [...KEYS, ...KEYS_AGAIN]) {
    const before = await page.evaluate(() => window.__benchLatencies.length)
    await page.keyboard.press(key)
    await page.waitForFunction((n) => window.__benchLatencies.length > n, before, { polling: 20 })
  }
  return page.evaluate(() => window.__benchLatencies)
}

async function measureHeap(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 2 ** 20
}

/** The same records, put one by one in one transaction of a fresh database with the same indexes. */
async function measureBaseline(page) {
  return page.evaluate(async () => {
    const request = (r) =>
      new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    const app = await request(indexedDB.open('hybrid-mailflow-tracker'))
    const records = await request(app.transaction('mailboxes').objectStore('mailboxes').getAll())
    app.close()
    const name = `tracker-bench-baseline-${Date.now()}`
    const open = indexedDB.open(name, 1)
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('mailboxes', { keyPath: 'id' })
      store.createIndex('projectId', 'projectId')
      store.createIndex('[projectId+address]', ['projectId', 'address'], { unique: true })
      store.createIndex('[projectId+lifecycle]', ['projectId', 'lifecycle'])
      store.createIndex('[projectId+batchId]', ['projectId', 'batchId'])
    }
    const db = await request(open)
    const start = performance.now()
    await new Promise((resolve, reject) => {
      const tx = db.transaction('mailboxes', 'readwrite')
      const store = tx.objectStore('mailboxes')
      for (const record of records) store.put(record)
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
    const elapsed = performance.now() - start
    db.close()
    await request(indexedDB.deleteDatabase(name))
    return { elapsed, count: records.length }
  })
}

async function measureStartup(page) {
  const samples = []
  const complete = []
  for (let i = 0; i < 3; i++) {
    await page.reload()
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('mailboxes:first-rows')[0]?.startTime ?? null,
      null,
      { timeout: 60_000, polling: 50 }
    )
    samples.push(await handle.jsonValue())
    // For the log: when every row is read and filters, sorting and selection work.
    await page.getByText(/Click a row to select it/).waitFor({ timeout: 60_000 })
    complete.push(await page.evaluate(() => performance.now()))
  }
  return { samples, complete }
}

/**
 * @param {{ page: import('playwright-core').Page, baseUrl: string, log?: (line: string) => void }} options
 *   a fresh page (empty IndexedDB) and the URL the built renderer is served at
 */
export async function measureMailboxes({ page, baseUrl, log = console.log }) {
  const file = await writeExport(log)
  await openMailboxPage(page, baseUrl)
  const imported = await importFile(page, file)
  log(
    `mailboxes: preview after ${Math.round(imported.preview)} ms, committed after ${Math.round(imported.total)} ms; ` +
      `${imported.tasks} long tasks during the import, longest after it (table refresh) ${Math.round(imported.longestAfter)} ms`
  )
  log(`mailboxes: longest tasks during the import: ${imported.top.join(', ')}`)
  const latencies = await measureFilter(page)
  log(`mailboxes: filter latencies (ms) ${latencies.map((ms) => Math.round(ms)).join(' ')}`)
  await page.getByLabel('Search').fill('')
  const heap = await measureHeap(page)
  const baseline = await measureBaseline(page)
  log(
    `mailboxes: baseline put loop of ${baseline.count} records: ${Math.round(baseline.elapsed)} ms`
  )
  const { samples: startups, complete } = await measureStartup(page)
  log(`mailboxes: reload to first rows (ms) ${startups.map((ms) => Math.round(ms)).join(', ')}`)
  log(
    `mailboxes: reload to all rows read, filters ready (ms, about) ${complete.map((ms) => Math.round(ms)).join(', ')}`
  )
  return {
    import_100k_total_ms: Math.round(imported.total),
    import_100k_baseline_ms: Math.round(baseline.elapsed),
    import_100k_ratio: Math.round((imported.total / baseline.elapsed) * 100) / 100,
    import_100k_longest_task_ms: Math.round(imported.longest),
    filter_100k_p95_ms: Math.round(percentile(latencies, 0.95)),
    heap_100k_mb: Math.round(heap * 10) / 10,
    startup_100k_interactive_ms: Math.round(median(startups))
  }
}

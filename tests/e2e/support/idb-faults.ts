/**
 * Tools for the fault tests: what IndexedDB holds (a hash per table, read with the raw API, no app
 * code involved), a renderer crash through the DevTools protocol, a probe that shows a write
 * transaction is running, and a quota failure injected into the import worker.
 */
import { createHash } from 'node:crypto'
import type { BrowserContext, Page } from '@playwright/test'
import { budget } from './budgets'

/** The app's IndexedDB database. */
export const DATABASE_NAME = 'hybrid-mailflow-tracker'

/** One table as stored: its row count and a SHA-256 of its rows in key order. */
export type TableState = { count: number; hash: string }

/** Every object store of the database by name. */
export type DatabaseState = Record<string, TableState>

/** Rows left out of a hash: those whose `field` equals `value` (e.g. the event a restore adds). */
export type RowFilter = { store: string; field: string; value: string }

/** SHA-256 of rows as JSON, the same digest tableStates computes in the page. */
export function hashRows(rows: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex')
}

/**
 * Reads every object store in one read-only transaction (so one consistent state) and hashes
 * each. Stores whose rows match a filter are hashed without those rows.
 */
export async function tableStates(page: Page, leaveOut: RowFilter[] = []): Promise<DatabaseState> {
  return page.evaluate(
    async ({ name, filters }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => resolve(open.result)
      })
      try {
        const stores = Array.from(db.objectStoreNames)
        if (stores.length === 0) return {}
        const transaction = db.transaction(stores, 'readonly')
        const all = await Promise.all(
          stores.map(
            (store) =>
              new Promise<unknown[]>((resolve, reject) => {
                const request = transaction.objectStore(store).getAll()
                request.onerror = () => reject(request.error)
                request.onsuccess = () => resolve(request.result as unknown[])
              })
          )
        )
        const states: Record<string, { count: number; hash: string }> = {}
        for (const [i, store] of stores.entries()) {
          const rows = (all[i] ?? []).filter(
            (row) =>
              !filters.some(
                (filter) =>
                  filter.store === store &&
                  (row as Record<string, unknown>)[filter.field] === filter.value
              )
          )
          const bytes = new TextEncoder().encode(JSON.stringify(rows))
          const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
          const hash = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
          states[store] = { count: rows.length, hash }
        }
        return states
      } finally {
        db.close()
      }
    },
    { name: DATABASE_NAME, filters: leaveOut }
  )
}

/** The rows of one store, read with the raw API (for small stores). */
export async function storedRows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    ({ name, store }) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const request = db.transaction(store).objectStore(store).getAll()
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            db.close()
            resolve(request.result as Record<string, unknown>[])
          }
        }
      }),
    { name: DATABASE_NAME, store }
  )
}

/**
 * Crashes the page's renderer process (CDP Page.crash) and waits until Playwright sees it die.
 * IndexedDB loses the connection and rolls back any transaction that had not committed.
 */
export async function crashRenderer(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const crashed = page.waitForEvent('crash')
  // The command never answers: the renderer that would answer is gone.
  void cdp.send('Page.crash').catch(() => undefined)
  await crashed
}

/** Opens the app in a new page of the same context (so the same IndexedDB) after a crash. */
export async function reopenApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto('./')
  await page.getByRole('link', { name: 'Hybrid Mail-Flow Tracker' }).waitFor()
  return page
}

/**
 * A page of the app's origin that runs no app code: IndexedDB read from it shows exactly what a
 * crash left, before the app opens the database again.
 */
export async function blankPageOfApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.route('**/fault-check.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Fault check</title>' })
  )
  await page.goto('./fault-check.html')
  return page
}

/** The stores whose state differs between two reads, with both states, for a readable failure. */
export function differences(
  actual: DatabaseState,
  expected: DatabaseState
): Record<string, { actual?: TableState; expected?: TableState }> {
  const diff: Record<string, { actual?: TableState; expected?: TableState }> = {}
  for (const store of new Set([...Object.keys(actual), ...Object.keys(expected)])) {
    const a = actual[store]
    const e = expected[store]
    if (a?.hash !== e?.hash || a?.count !== e?.count) diff[store] = { actual: a, expected: e }
  }
  return diff
}

/** What the write probe has seen since it was installed or last reset. */
export type WriteProbe = {
  /** add/put requests issued, by object store. */
  issued: Record<string, number>
  /** add/put requests that succeeded (the row is in the transaction), by object store. */
  done: Record<string, number>
  /** Read-write transactions started, completed (committed) and aborted. */
  started: number
  completed: number
  aborted: number
}

type ProbeWindow = { writeProbe: WriteProbe }

/**
 * Counts IndexedDB writes in the page (main thread) from its first script on: add/put requests
 * per store, issued and succeeded, and read-write transactions started, committed, aborted. The
 * counts prove that a crash landed inside a write transaction: rows written, nothing committed.
 */
export async function installWriteProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probe: WriteProbe = { issued: {}, done: {}, started: 0, completed: 0, aborted: 0 }
    Object.assign(window, { writeProbe: probe })
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method]
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown]) {
        const request = original.apply(this, args)
        const store = this.name
        probe.issued[store] = (probe.issued[store] ?? 0) + 1
        request.addEventListener('success', () => {
          probe.done[store] = (probe.done[store] ?? 0) + 1
        })
        return request
      }
    }
    const transaction = IDBDatabase.prototype.transaction
    IDBDatabase.prototype.transaction = function (
      this: IDBDatabase,
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      const opened = transaction.apply(this, args)
      if (opened.mode === 'readwrite') {
        probe.started += 1
        opened.addEventListener('complete', () => (probe.completed += 1))
        opened.addEventListener('abort', () => (probe.aborted += 1))
      }
      return opened
    }
  })
}

/** Starts the probe's counts afresh (before the write a test crashes). */
export async function resetWriteProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const { writeProbe } = window as unknown as ProbeWindow
    Object.assign(writeProbe, { issued: {}, done: {}, started: 0, completed: 0, aborted: 0 })
  })
}

/** The probe's counts now. */
export function readWriteProbe(page: Page): Promise<WriteProbe> {
  return page.evaluate(() => (window as unknown as ProbeWindow).writeProbe)
}

/**
 * Waits until a read-write transaction is open (started, neither committed nor aborted) and has
 * written between `from` and `to` rows of `store`, then returns the counts. Crashing right after
 * this lands inside the transaction: it cannot commit before its remaining rows are written.
 */
export async function waitForWriteInProgress(
  page: Page,
  store: string,
  rows: { from: number; to: number },
  timeout = budget(60_000)
): Promise<WriteProbe> {
  const handle = await page.waitForFunction(
    ({ store, from, to }) => {
      const probe = (window as unknown as ProbeWindow).writeProbe
      const done = probe.done[store] ?? 0
      const open = probe.started - probe.completed - probe.aborted
      return open > 0 && done >= from && done <= to ? probe : null
    },
    { store, ...rows },
    { polling: 10, timeout }
  )
  return (await handle.jsonValue()) as WriteProbe
}

/**
 * A script to run in the import worker before its own code: after `failAt` mailbox rows were
 * written, the write transaction aborts with a QuotaExceededError, as Chromium aborts it when the
 * storage quota is used up (IndexedDB's quota check fails, the transaction is torn down with
 * kQuotaError: requests still pending get AbortError, the transaction's error is a
 * QuotaExceededError). The abort comes in a task of its own, as the browser's message would.
 */
export function quotaFaultScript(failAt: number): string {
  function inject(limit: number): void {
    let written = 0
    let injected = false
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method]
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown]) {
        const request = original.apply(this, args)
        if (this.name !== 'mailboxes' || injected) return request
        written += 1
        if (written < limit) return request
        injected = true
        const transaction = this.transaction
        const error = new DOMException(
          'The storage quota was used up (injected by the test).',
          'QuotaExceededError'
        )
        Object.defineProperty(transaction, 'error', { configurable: true, get: () => error })
        setTimeout(() => transaction.abort())
        return request
      }
    }
  }
  return `(${inject.toString()})(${JSON.stringify(failAt)});\n`
}

/** Serves the import worker's script with `prefix` run before it (the worker is a module). */
export async function prefixImportWorker(page: Page, prefix: string): Promise<void> {
  await page.route(/\/assets\/mailbox-import\.worker-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, body: prefix + (await response.text()) })
  })
}

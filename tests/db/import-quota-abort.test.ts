// A full disk as Chromium reports it: IndexedDB aborts the write transaction with a
// QuotaExceededError; the requests still pending fail with AbortError, and only the
// transaction's own error says why. The import must still say that the disk is full.
import { afterEach, beforeEach, expect, it } from 'vitest'
import { DiskFullError, commitImport } from '../../src-renderer/lib/db/repositories/mailbox-imports'
import { TABLE_NAMES, type TrackerDb } from '../../src-renderer/lib/db/schema'
import { parseMailboxExport } from '../../src-renderer/lib/domain/mailboxes/import'
import { planImport } from '../../src-renderer/lib/domain/mailboxes/plan'
import type { Domain, Project } from '../../src-renderer/lib/domain/types'
import { contextSequence, openTestDb, seedProjectWithDomain } from '../support/db'
import { makeMoveRequestStatisticsCsv } from '../support/mailbox-fixtures'

let db: TrackerDb
let project: Project
let domain: Domain
const at = contextSequence()
const store = globalThis.IDBObjectStore.prototype
const { add, put } = store

beforeEach(async () => {
  db = await openTestDb()
  ;({ project, domain } = await seedProjectWithDomain(db, at))
})
afterEach(async () => {
  store.add = add
  store.put = put
  await db.delete()
})

async function everything(): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {}
  for (const name of TABLE_NAMES) dump[name] = await db.table(name).toArray()
  return dump
}

/** After `limit` mailbox rows, IndexedDB aborts the transaction the way a used-up quota does. */
function abortWithQuotaErrorAt(limit: number): () => number {
  let rows = 0
  function aborting<T extends typeof add>(original: T): T {
    return function (this: IDBObjectStore, ...args: Parameters<T>) {
      const request = original.apply(this, args)
      if (this.name === 'mailboxes' && ++rows === limit) {
        const transaction = this.transaction
        const error = new DOMException('Quota exceeded', 'QuotaExceededError')
        Object.defineProperty(transaction, 'error', { configurable: true, get: () => error })
        setTimeout(() => transaction.abort())
      }
      return request
    } as T
  }
  store.add = aborting(add)
  store.put = aborting(put)
  return () => rows
}

it('a transaction aborted with QuotaExceededError at row 1,200: the disk is full, nothing written', async () => {
  const context = at('2026-03-02T10:00:00.000Z')
  const planned = planImport(
    parseMailboxExport(makeMoveRequestStatisticsCsv(3_000, 11)),
    [],
    [domain],
    [],
    { projectId: project.id, importId: 'import-1', fileName: 'moves.csv', ...context }
  )
  const before = await everything()
  const rows = abortWithQuotaErrorAt(1_200)
  await expect(
    commitImport(db, project.id, planned, { validOnly: false, chunkSize: 500 }, context)
  ).rejects.toThrow(new DiskFullError())
  expect(rows()).toBeGreaterThanOrEqual(1_200)
  store.add = add
  store.put = put
  expect(await everything()).toEqual(before)
})

it('an abort for another reason is not reported as a full disk', async () => {
  const context = at('2026-03-02T10:00:00.000Z')
  const planned = planImport(
    parseMailboxExport(makeMoveRequestStatisticsCsv(3_000, 11)),
    [],
    [domain],
    [],
    { projectId: project.id, importId: 'import-1', fileName: 'moves.csv', ...context }
  )
  let rows = 0
  store.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
    const request = add.apply(this, args)
    const transaction = this.transaction
    if (this.name === 'mailboxes' && ++rows === 1_200) setTimeout(() => transaction.abort())
    return request
  }
  const failure = commitImport(
    db,
    project.id,
    planned,
    { validOnly: false, chunkSize: 500 },
    context
  )
  await expect(failure).rejects.toThrow()
  await expect(failure).rejects.not.toThrow(new DiskFullError())
})

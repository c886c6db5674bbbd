/**
 * Writing an import plan: every row of it or none. One transaction over mailboxes, batches,
 * imports and events; rows go in chunks back to back (nothing else is awaited inside, so the
 * transaction stays active), and no error is caught inside it, so any failure, a full disk or a
 * crash aborts the whole of it.
 */
import type { HeaderMapping, ImportRecord } from '../../domain/mailboxes/model'
import type { MailboxField } from '../../domain/mailboxes/formats'
import { LIFECYCLE_LABELS } from '../../domain/mailboxes/lifecycle'
import { importBlocker } from '../../domain/mailboxes/plan'
import type { ImportPlan } from '../../domain/mailboxes/plan'
import { countOf } from '../../domain/numbers'
import type { EventRecord } from '../../domain/types'
import type { TrackerDb } from '../schema'
import { NotFoundError, type WriteContext } from '../write-context'
import { appendEvent } from './events'
import { refreshDailySnapshot, snapshotTables } from './snapshots'

/** The plan cannot be written as chosen (invalid rows, or nothing to import). */
export class ImportBlockedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportBlockedError'
  }
}

/** The mailboxes changed (another window, another import) between the preview and the write. */
export class StaleImportError extends Error {
  constructor() {
    super(
      'The mailboxes changed since this preview, so nothing was imported. Choose the file again to see an up-to-date preview.'
    )
    this.name = 'StaleImportError'
  }
}

/** The disk (or the browser's storage quota) is full; the transaction was rolled back. */
export class DiskFullError extends Error {
  constructor() {
    super('The disk is full, nothing was imported. Free some space and import the file again.')
    this.name = 'DiskFullError'
  }
}

/** The user cancelled while the rows were being written; the transaction was rolled back. */
export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled; nothing was imported.')
    this.name = 'ImportCancelledError'
  }
}

/** The message for a failed import: every path says that nothing was imported. */
export function importFailure(error: unknown): string {
  if (
    error instanceof DiskFullError ||
    error instanceof StaleImportError ||
    error instanceof ImportBlockedError ||
    error instanceof ImportCancelledError
  )
    return error.message
  if (isQuotaExceeded(error)) return new DiskFullError().message
  const detail = error instanceof Error ? error.message : String(error)
  return `Nothing was imported: ${detail}`
}

/** Whether an error is a full disk: Chromium reports it as an AbortError whose inner error says so. */
export function isQuotaExceeded(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (error.name === 'QuotaExceededError') return true
  const inner = (error as Error & { inner?: unknown }).inner
  if (inner instanceof Error || (typeof inner === 'object' && inner !== null && 'name' in inner))
    return (inner as { name: unknown }).name === 'QuotaExceededError' || isQuotaExceeded(inner)
  return false
}

/** Why IndexedDB aborted a transaction, or null (also when reading it is not possible). */
function transactionError(transaction: IDBTransaction | null): unknown {
  try {
    return transaction?.error ?? null
  } catch {
    return null
  }
}

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (error.name === 'ConstraintError') return true
  const failures = (error as Error & { failures?: unknown }).failures
  return (
    error.name === 'BulkError' &&
    Array.isArray(failures) &&
    failures.some(
      (failure: unknown) => failure instanceof Error && failure.name === 'ConstraintError'
    )
  )
}

export type CommitOptions = {
  /** Write the new and updated rows even though some rows are invalid or conflicting. */
  validOnly: boolean
  /** Rows per bulk request (default 500). */
  chunkSize?: number
  /** Called after each chunk, with rows written so far and rows to write. */
  onProgress?: (written: number, total: number) => void
}

/** “Imported moves.csv: 3 new, 2 updated, 40 unchanged, 1 invalid left out”. */
export function importSummary(plan: ImportPlan, validOnly: boolean): string {
  const { counts } = plan
  const parts = [
    `${counts.created} new`,
    `${counts.updated} updated`,
    `${counts.unchanged} unchanged`
  ]
  const left = counts.invalid + counts.conflicts
  if (validOnly && left > 0) parts.push(`${countOf(left, 'row', 'rows')} left out`)
  return `Imported ${plan.fileName}: ${parts.join(', ')}`
}

function lifecycleEvents(plan: ImportPlan, context: WriteContext): EventRecord[] {
  return plan.lifecycleChanges.map((change) => ({
    id: context.newId(),
    projectId: plan.projectId,
    domainId: change.domainId,
    at: context.now,
    actor: context.actor,
    entity: 'mailbox',
    entityId: change.mailboxId,
    action: `lifecycle:${change.to}`,
    summary: `${change.label}: ${LIFECYCLE_LABELS[change.from]} → ${LIFECYCLE_LABELS[change.to]} (import of ${plan.fileName})`,
    before: { lifecycle: change.from },
    after: { lifecycle: change.to, rawStatus: change.rawStatus }
  }))
}

/** Throws StaleImportError when a mailbox the plan updates changed (or went) since planning. */
async function assertNotStale(db: TrackerDb, plan: ImportPlan): Promise<void> {
  if (plan.updated.length === 0) return
  const stored = await db.mailboxes.bulkGet(plan.updated.map((update) => update.before.id))
  const stale = stored.some(
    (row, i) => row === undefined || row.rev !== plan.updated[i]?.before.rev
  )
  if (stale) throw new StaleImportError()
}

/** The plan's new and updated mailboxes, in chunks, inside the caller's transaction. */
async function writeMailboxes(
  db: TrackerDb,
  plan: ImportPlan,
  chunkSize: number,
  onProgress: CommitOptions['onProgress']
): Promise<void> {
  const total = plan.created.length + plan.updated.length
  // Two requests in flight: while the database stores one chunk, the next one is being
  // prepared, and the page still gets a turn between chunks.
  const writes: (() => Promise<unknown>)[] = []
  for (let start = 0; start < plan.created.length; start += chunkSize) {
    const chunk = plan.created.slice(start, start + chunkSize)
    writes.push(() => db.mailboxes.bulkAdd(chunk))
  }
  for (let start = 0; start < plan.updated.length; start += chunkSize) {
    const chunk = plan.updated.slice(start, start + chunkSize).map((update) => update.after)
    writes.push(() => db.mailboxes.bulkPut(chunk))
  }
  onProgress?.(0, total)
  let written = 0
  let previous: Promise<unknown> | null = null
  for (const write of writes) {
    const current = write()
    // Handled here too: when an earlier chunk fails, this one is never awaited.
    current.catch(() => undefined)
    if (previous !== null) {
      await previous
      written = Math.min(total, written + chunkSize)
      onProgress?.(written, total)
    }
    previous = current
  }
  if (previous !== null) await previous
  onProgress?.(total, total)
}

/**
 * Writes an import plan in one transaction and records the import. Nothing is written when the
 * plan has invalid or conflicting rows, unless `validOnly` (then those rows are left out), when
 * the stored mailboxes changed since the plan was made, or when anything fails on the way.
 */
export async function commitImport(
  db: TrackerDb,
  projectId: string,
  plan: ImportPlan,
  options: CommitOptions,
  context: WriteContext
): Promise<ImportRecord> {
  if (plan.projectId !== projectId) throw new Error('This import plan belongs to another project.')
  const blocker = importBlocker(plan, options.validOnly)
  if (blocker !== null) throw new ImportBlockedError(blocker)
  const chunkSize = options.chunkSize ?? 500
  const record: ImportRecord = {
    id: plan.importId,
    projectId,
    at: context.now,
    actor: context.actor,
    fileName: plan.fileName,
    format: plan.format,
    counts: { ...plan.counts }
  }
  // When IndexedDB aborts the transaction itself (Chromium does on a used-up quota), the requests
  // still pending fail with AbortError and only the transaction's error says why.
  let idbTransaction: IDBTransaction | null = null
  try {
    return await db.transaction(
      'rw',
      [db.batches, db.imports, db.events, ...snapshotTables(db)],
      async (transaction) => {
        idbTransaction = transaction.idbtrans
        if (!(await db.projects.get(projectId))) throw new NotFoundError('This project')
        await assertNotStale(db, plan)
        if (plan.newBatches.length > 0) await db.batches.bulkAdd(plan.newBatches)
        await writeMailboxes(db, plan, chunkSize, options.onProgress)
        const events = lifecycleEvents(plan, context)
        for (let start = 0; start < events.length; start += chunkSize)
          await db.events.bulkAdd(events.slice(start, start + chunkSize))
        await db.imports.add(record)
        await appendEvent(db, context, {
          projectId,
          entity: 'import',
          entityId: record.id,
          action: 'imported',
          summary: importSummary(plan, options.validOnly),
          after: { fileName: record.fileName, format: record.format, counts: record.counts }
        })
        await refreshDailySnapshot(db, projectId, context)
        return record
      }
    )
  } catch (error) {
    if (isQuotaExceeded(error) || isQuotaExceeded(transactionError(idbTransaction)))
      throw new DiskFullError()
    if (isUniqueViolation(error)) throw new StaleImportError()
    throw error
  }
}

/** The mapping remembered for files with these headers (see headerSignature), if any. */
export async function readMapping(
  db: TrackerDb,
  signature: string
): Promise<HeaderMapping | undefined> {
  return db.mappings.get(signature)
}

/** Remembers a column mapping for files with the same headers. */
export async function saveMapping(
  db: TrackerDb,
  signature: string,
  mapping: Record<string, MailboxField>,
  context: WriteContext
): Promise<HeaderMapping> {
  const row: HeaderMapping = { signature, mapping: { ...mapping }, updatedAt: context.now }
  await db.mappings.put(row)
  return row
}

/**
 * Mailbox reads and edits: the paged read of a project's mailboxes, a change to one mailbox, and
 * bulk changes with an undo. Every change is one transaction; a change to one mailbox records one
 * event, a bulk change (or its undo) one event that lists every mailbox it changed.
 */
import { countOf } from '../../domain/numbers'
import {
  applyMailboxPatch,
  describeBulkChange,
  editAction,
  editSummary,
  planBulkChange,
  planUndo,
  validateMailboxPatch
} from '../../domain/mailboxes/edits'
import type { BulkChange, BulkUndo, MailboxEdit, MailboxPatch } from '../../domain/mailboxes/edits'
import type { Mailbox } from '../../domain/mailboxes/model'
import { mailboxLabel } from '../../domain/mailboxes/identity'
import type { EventRecord } from '../../domain/types'
import { ValidationError } from '../../domain/validation'
import type { TrackerDb } from '../schema'
import { rowToUpdate, type WriteContext } from '../write-context'
import { refreshDailySnapshot, snapshotTables } from './snapshots'

/** Rows per read or write request: small enough that no single step holds the main thread long. */
export const PAGE_SIZE = 2_500

/**
 * All mailboxes of a project, sorted by address, read in pages along the unique
 * [projectId+address] index: each page is one short task instead of one long one. The pages are
 * read in one read-only transaction, so they show one state of the table; that also keeps Dexie
 * from caching (and deep-cloning) 100,000 rows when this runs inside a liveQuery.
 */
export async function readProjectMailboxes(
  db: TrackerDb,
  projectId: string,
  pageSize = PAGE_SIZE,
  onPage?: (rowsSoFar: readonly Mailbox[]) => void
): Promise<Mailbox[]> {
  return db.transaction('r', db.mailboxes, async () => {
    const all: Mailbox[] = []
    let after: string | null = null
    for (;;) {
      const range = db.mailboxes
        .where('[projectId+address]')
        .between([projectId, after ?? ''], [projectId, '\uffff'], after === null, true)
      const page: Mailbox[] = await range.limit(pageSize).toArray()
      for (const row of page) all.push(row)
      onPage?.(all)
      const last = page[page.length - 1]
      if (page.length < pageSize || last === undefined) return all
      after = last.address
    }
  })
}

/** The project's batches. */
export async function readProjectBatchIds(db: TrackerDb, projectId: string): Promise<Set<string>> {
  const keys = await db.batches.where('projectId').equals(projectId).primaryKeys()
  return new Set(keys)
}

/** An event for one changed mailbox, to be added with the change in the same transaction. */
export function mailboxEvent(
  edit: MailboxEdit,
  context: WriteContext,
  summary = editSummary(edit)
): EventRecord {
  return {
    id: context.newId(),
    projectId: edit.next.projectId,
    domainId: edit.next.domainId,
    at: context.now,
    actor: context.actor,
    entity: 'mailbox',
    entityId: edit.next.id,
    action: editAction(edit),
    summary,
    before: edit.before,
    after: edit.after
  }
}

async function writeEdits(
  db: TrackerDb,
  edits: readonly MailboxEdit[],
  context: WriteContext
): Promise<void> {
  for (let start = 0; start < edits.length; start += PAGE_SIZE) {
    const chunk = edits.slice(start, start + PAGE_SIZE)
    await db.mailboxes.bulkPut(chunk.map((edit) => edit.next))
    await db.events.bulkAdd(chunk.map((edit) => mailboxEvent(edit, context)))
  }
}

/**
 * Writes the edits of a bulk change (or its undo) and one event for all of them: its summary says
 * what changed and how many mailboxes, its items list each mailbox with its values before and
 * after, and itemIds (indexed) let one mailbox's history find it.
 */
async function writeBulkEdits(
  db: TrackerDb,
  projectId: string,
  edits: readonly MailboxEdit[],
  context: WriteContext,
  fields: { action: string; summary: string; after: Record<string, unknown> }
): Promise<void> {
  if (edits.length === 0) return
  for (let start = 0; start < edits.length; start += PAGE_SIZE)
    await db.mailboxes.bulkPut(edits.slice(start, start + PAGE_SIZE).map((edit) => edit.next))
  // A change within one domain belongs to that domain's log (and its burn-up); one across domains
  // to the project's alone.
  const domains = new Set(edits.map((edit) => edit.next.domainId))
  const event: EventRecord = {
    id: context.newId(),
    projectId,
    domainId: domains.size === 1 ? (edits[0]?.next.domainId ?? null) : null,
    at: context.now,
    actor: context.actor,
    entity: 'mailbox',
    entityId: context.newId(),
    action: fields.action,
    summary: fields.summary,
    before: null,
    after: fields.after,
    items: edits.map((edit) => ({
      id: edit.next.id,
      label: mailboxLabel(edit.next),
      before: edit.before,
      after: edit.after
    })),
    itemIds: edits.map((edit) => edit.next.id)
  }
  await db.events.add(event)
}

function mailboxCount(count: number): string {
  return countOf(count, 'mailbox', 'mailboxes')
}

/** Saves a change to one mailbox (lifecycle, batch, owner, location) with its event. */
export async function updateMailbox(
  db: TrackerDb,
  id: string,
  patch: MailboxPatch,
  context: WriteContext,
  expectedRev?: number
): Promise<Mailbox> {
  return db.transaction('rw', [db.batches, db.events, ...snapshotTables(db)], async () => {
    const current = rowToUpdate(
      await db.mailboxes.get(id),
      'This mailbox',
      expectedRev,
      (row) => `Mailbox ${row.displayName || row.alias || row.address}`
    )
    const checked = validateMailboxPatch(patch, await readProjectBatchIds(db, current.projectId))
    if (!checked.ok) throw new ValidationError(checked.errors)
    const edit = applyMailboxPatch(current, checked.value, context.now)
    if (edit === null) return current
    await writeEdits(db, [edit], context)
    await refreshDailySnapshot(db, current.projectId, context)
    return edit.next
  })
}

export type BulkChangeResult = { changed: number; undo: BulkUndo }

/**
 * Applies one change to many mailboxes of a project in one transaction with one event listing
 * them, and returns what it takes to undo it. Ids of other projects are ignored.
 */
export async function bulkChangeMailboxes(
  db: TrackerDb,
  projectId: string,
  ids: readonly string[],
  change: BulkChange,
  context: WriteContext
): Promise<BulkChangeResult> {
  return db.transaction('rw', [db.batches, db.events, ...snapshotTables(db)], async () => {
    const batchIds = await readProjectBatchIds(db, projectId)
    const checked = validateMailboxPatch(change, batchIds)
    if (!checked.ok) throw new ValidationError(checked.errors)
    const rows = (await db.mailboxes.bulkGet([...ids])).filter(
      (row): row is Mailbox => row !== undefined && row.projectId === projectId
    )
    const batchName =
      checked.value.batchId === undefined || checked.value.batchId === null
        ? undefined
        : (await db.batches.get(checked.value.batchId))?.name
    const plan = planBulkChange(rows, checked.value, { projectId, now: context.now, batchName })
    await writeBulkEdits(db, projectId, plan.edits, context, {
      action: 'bulk-change',
      summary: `Bulk change of ${mailboxCount(plan.edits.length)}: ${describeBulkChange(checked.value, batchName)}`,
      after: { ...checked.value }
    })
    if (plan.edits.length > 0) await refreshDailySnapshot(db, projectId, context)
    return { changed: plan.edits.length, undo: plan.undo }
  })
}

/**
 * Restores the values a bulk change replaced, in one transaction with one event listing them.
 * Mailboxes changed again since keep their newer values and are counted as skipped.
 */
export async function undoBulkChange(
  db: TrackerDb,
  undo: BulkUndo,
  context: WriteContext
): Promise<{ restored: number; skipped: number }> {
  return db.transaction('rw', [db.events, ...snapshotTables(db)], async () => {
    const current = await db.mailboxes.bulkGet(undo.entries.map((entry) => entry.id))
    const plan = planUndo(current, undo, context.now)
    await writeBulkEdits(db, undo.projectId, plan.edits, context, {
      action: 'bulk-undo',
      summary: `Undid the bulk change “${undo.summary}”: ${mailboxCount(plan.edits.length)} restored`,
      after: {}
    })
    if (plan.edits.length > 0) await refreshDailySnapshot(db, undo.projectId, context)
    return { restored: plan.edits.length, skipped: plan.skipped }
  })
}

/**
 * The events of one mailbox, newest first: its own (through the [entityId+at] index) and the bulk
 * changes that listed it (through the itemIds index).
 */
export async function readMailboxHistory(
  db: TrackerDb,
  mailbox: Pick<Mailbox, 'id' | 'projectId' | 'createdAt'>,
  limit = 200
): Promise<EventRecord[]> {
  return db.transaction('r', db.events, async () => {
    const own = await db.events
      .where('[entityId+at]')
      .between([mailbox.id, ''], [mailbox.id, '\uffff'])
      .reverse()
      .filter((event) => event.entity === 'mailbox')
      .limit(limit)
      .toArray()
    const bulk = await db.events.where('itemIds').equals(mailbox.id).toArray()
    return [...own, ...bulk].sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit)
  })
}

import type { Table } from 'dexie'
import { snapshotFor } from '../../domain/dashboard'
import type { ProgressSnapshot } from '../../domain/snapshots'
import { countMailboxesByLifecycle } from '../dashboard-inputs'
import type { TrackerDb } from '../schema'
import type { WriteContext } from '../write-context'

import { localDayOf } from '../local-days'

export { localDayOf }

function sameSnapshot(a: ProgressSnapshot, b: ProgressSnapshot): boolean {
  return (
    a.requiredStepsDone === b.requiredStepsDone &&
    a.requiredStepsTotal === b.requiredStepsTotal &&
    JSON.stringify(a.mailboxesByLifecycle) === JSON.stringify(b.mailboxesByLifecycle)
  )
}

/**
 * Stores (or refreshes) the project's progress snapshot of `today`, a local YYYY-MM-DD date (use
 * `localDayOf(context.now)`): one row per project and day, so the history survives deleted or
 * re-imported mailboxes. It runs on start (recordSnapshotsOfDay) and inside every write that
 * changes step or mailbox figures (refreshDailySnapshot); a day the app was not used has no
 * snapshot, and its history comes from the activity log alone. Call it on its own, or inside a
 * transaction that includes snapshotTables.
 *
 * A snapshot is derived data, not a user's change: it records no activity-log entry, and an
 * unchanged snapshot is not rewritten (so live queries reading snapshots do not wake up for it).
 * Returns null when the project does not exist.
 */
export async function recordDailySnapshot(
  db: TrackerDb,
  projectId: string,
  today: string,
  _context: WriteContext
): Promise<ProgressSnapshot | null> {
  return db.transaction('rw', [db.projects, db.mailboxes, db.steps, db.snapshots], async () => {
    if (!(await db.projects.get(projectId))) return null
    const counts = await countMailboxesByLifecycle(db, projectId)
    const steps = await db.steps.where('projectId').equals(projectId).toArray()
    const next = snapshotFor(projectId, today, counts, steps)
    const existing = await db.snapshots.where('[projectId+day]').equals([projectId, today]).first()
    if (existing && sameSnapshot(existing, next)) return existing
    const saved = existing ? { ...next, id: existing.id } : next
    await db.snapshots.put(saved)
    return saved
  })
}

/** The tables a write's transaction must include to refresh the day's snapshot inside it. */
export function snapshotTables(db: TrackerDb): [Table, Table, Table, Table] {
  return [db.projects, db.mailboxes, db.steps, db.snapshots]
}

/**
 * Refreshes the project's snapshot of the write's local day, inside the write's own transaction
 * (which must include snapshotTables): the history is recorded every day the app is used, and as
 * part of the change, so it commits or rolls back with it and never lands on its own later.
 */
export async function refreshDailySnapshot(
  db: TrackerDb,
  projectId: string,
  context: WriteContext
): Promise<void> {
  await recordDailySnapshot(db, projectId, localDayOf(context.now), context)
}

/**
 * Records today's snapshot of every project: on start, awaited before the app shows anything, so a
 * day the app is opened has its snapshot even when nothing is changed.
 */
export async function recordSnapshotsOfDay(
  db: TrackerDb,
  today: string,
  context: WriteContext
): Promise<void> {
  const projectIds = await db.projects.toCollection().primaryKeys()
  for (const projectId of projectIds) await recordDailySnapshot(db, projectId, today, context)
}

import { snapshotFor } from '../../domain/dashboard'
import type { ProgressSnapshot } from '../../domain/snapshots'
import { countMailboxesByLifecycle } from '../dashboard-inputs'
import type { TrackerDb } from '../schema'
import type { WriteContext } from '../write-context'

export { localDayOf } from '../local-days'

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
 * re-imported mailboxes. The dashboard calls it when it opens; a day without a visit has no
 * snapshot, and its history comes from the activity log alone. Call it after a write's
 * transaction, or inside one that includes the projects, mailboxes, steps and snapshots tables.
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

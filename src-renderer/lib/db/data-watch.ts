/**
 * What the backup features need to know about the database: how many rows each table holds,
 * when anything changed, and whether a restore can be undone.
 */
import { Dexie, liveQuery, type Observable } from 'dexie'
import { restorePointTime } from './backup'
import { db } from './database'
import { TABLE_NAMES, type TrackerDb } from './schema'

/** Rows per data table, counted in one read transaction so the counts belong together. */
export async function countRows(database: TrackerDb = db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  await database.transaction('r', TABLE_NAMES, async () => {
    for (const name of TABLE_NAMES) counts[name] = await database.table(name).count()
  })
  return counts
}

/** Rows per data table, kept current as the data changes. */
export function liveRowCounts(database: TrackerDb = db): Observable<Record<string, number>> {
  return liveQuery(() => countRows(database))
}

/** The time of the restore point an undo would return to (null when none), kept current. */
export function liveRestorePointTime(database: TrackerDb = db): Observable<string | null> {
  return liveQuery(() => restorePointTime(database))
}

/**
 * Calls `listener` after every committed write to `database`, in this window or another one
 * (Dexie's 'storagemutated' is broadcast between windows). Returns the unsubscribe function.
 */
export function watchDataChanges(listener: () => void, database: TrackerDb = db): () => void {
  const prefix = `idb://${database.name}/`
  const restorePoints = `${prefix}restorePoints/`
  function onMutated(parts: Record<string, unknown>): void {
    // A write to restorePoints alone is not a change of the user's data.
    const keys = Object.keys(parts)
    if (keys.some((key) => key.startsWith(prefix) && !key.startsWith(restorePoints))) listener()
  }
  Dexie.on('storagemutated', onMutated)
  return () => Dexie.on('storagemutated').unsubscribe(onMutated)
}

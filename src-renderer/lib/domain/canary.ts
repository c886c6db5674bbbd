/**
 * The canary: what the data looked like at the last automatic backup, kept in a file outside
 * IndexedDB. Chromium may reset a database silently (electron/electron#41877: after a full disk
 * it deletes the data and the next open looks like a first start); comparing the canary with
 * what IndexedDB holds tells such a reset apart from a new user.
 */

/** What IndexedDB holds: rows per table. */
export type RowCounts = Record<string, number>

/** The canary's content (the desktop shell stores it as is). */
export type CanaryRecord = {
  projectCount: number
  rowCounts: RowCounts
  /** The newest automatic backup's file name, or null. */
  lastBackup: string | null
  schemaVersion: number
  writtenAt: string
}

/** A reset found: what the canary remembers. */
export type CanaryMismatch = {
  projectCount: number
  /** Rows the canary counted in all tables. */
  rowCount: number
  /** When the canary was written (the last automatic backup). */
  writtenAt: string
  lastBackup: string | null
}

// Settings rows are not the user's tracking data: a theme switch on an empty database writes one.
const NOT_DATA = new Set(['settings'])

/** Rows of tracking data in all tables (settings aside). */
export function dataRowCount(counts: RowCounts): number {
  let total = 0
  for (const [table, count] of Object.entries(counts)) if (!NOT_DATA.has(table)) total += count
  return total
}

/**
 * Compares the canary with the database's row counts. A mismatch is when the canary says there
 * was data (a project or any rows) and the database holds none: the activity log is never
 * emptied by the app (deleting a project keeps its history, a restore adds an entry), so an
 * empty database after data existed means it was reset or deleted outside the app. Returns null
 * when there is no canary (first start, or the browser) or nothing is missing.
 */
export function canaryMismatch(
  canary: CanaryRecord | null,
  counts: RowCounts
): CanaryMismatch | null {
  if (canary === null) return null
  const remembered = dataRowCount(canary.rowCounts)
  if (canary.projectCount === 0 && remembered === 0) return null
  if (dataRowCount(counts) > 0) return null
  return {
    projectCount: canary.projectCount,
    rowCount: remembered,
    writtenAt: canary.writtenAt,
    lastBackup: canary.lastBackup
  }
}

/** The canary for a backup of `rowCounts`, written at `writtenAt`. */
export function makeCanary(
  rowCounts: RowCounts,
  lastBackup: string | null,
  schemaVersion: number,
  writtenAt: string
): CanaryRecord {
  return {
    projectCount: rowCounts.projects ?? 0,
    rowCounts: { ...rowCounts },
    lastBackup,
    schemaVersion,
    writtenAt
  }
}

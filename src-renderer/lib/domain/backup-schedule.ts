/**
 * When the desktop app writes its automatic backup: at most every 15 minutes while there are
 * changes, and not in the middle of a burst of edits. Times are milliseconds since 1970.
 */

/** Shortest time between two automatic backups of changes. */
export const AUTO_BACKUP_INTERVAL_MS = 15 * 60_000
/** How long after a change the backup waits at least, so a burst of edits gives one backup. */
export const AUTO_BACKUP_SETTLE_MS = 30_000

export type BackupTiming = { intervalMs: number; settleMs: number }

export const DEFAULT_BACKUP_TIMING: BackupTiming = {
  intervalMs: AUTO_BACKUP_INTERVAL_MS,
  settleMs: AUTO_BACKUP_SETTLE_MS
}

/**
 * The time the automatic backup of changes made since `changedAt` is due: `settleMs` after the
 * first unsaved change, and no sooner than `intervalMs` after the last backup. A last backup
 * dated after `now` (the clock was ahead when it was written) is ignored, so a skewed clock
 * never postpones backups for as long as the skew.
 */
export function autoBackupDueAt(
  changedAt: number,
  lastBackupAt: number | null,
  now: number,
  timing: BackupTiming = DEFAULT_BACKUP_TIMING
): number {
  const settled = changedAt + timing.settleMs
  if (lastBackupAt === null || lastBackupAt > now) return settled
  return Math.max(settled, lastBackupAt + timing.intervalMs)
}

/**
 * Performance marks the backup screen sets, so the benchmark (tests/bench/backup.mjs) times a
 * backup and a restore exactly as a user runs them, without the time the user spends confirming.
 */
import { markAfresh } from './performance-marks'

export const BACKUP_MARKS = {
  /** "Save a backup" pressed: reading the tables starts. */
  backupStart: 'backup:start',
  /** The backup text and its checksum are ready (before the save dialog or download). */
  backupCreated: 'backup:created',
  /** A file was chosen for a restore: reading and checking it starts. */
  restoreStart: 'restore:start',
  /** The file is checked completely and the confirmation is shown. */
  restoreChecked: 'restore:checked',
  /** The user confirmed the restore. */
  restoreConfirmed: 'restore:confirmed',
  /** The restore transaction committed (or was refused). */
  restoreWritten: 'restore:written'
} as const

/** Sets a mark afresh, so a second backup or restore in the same page is timed on its own. */
export function markBackup(name: (typeof BACKUP_MARKS)[keyof typeof BACKUP_MARKS]): void {
  markAfresh(name)
}

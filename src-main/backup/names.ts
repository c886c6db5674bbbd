// The names of automatic backup files. A name carries the backup's time (UTC, to the
// millisecond) and why it was written, so sorting names sorts backups by time and the list needs
// no index file: tracker-backup-2026-03-01T09-00-00-000Z-before-import.json.
import { BACKUP_REASONS } from '../shared/ipc-contract'
import type { BackupReason } from '../shared/ipc-contract'

const NAME_PATTERN =
  /^tracker-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z]+(?:-[a-z]+)*)\.json$/

/** What a backup file name says. */
export type ParsedBackupName = {
  /** ISO time, e.g. '2026-03-01T09:00:00.000Z'. */
  createdAt: string
  /** createdAt in milliseconds since 1970. */
  time: number
  reason: BackupReason
}

function isReason(value: string | undefined): value is BackupReason {
  return BACKUP_REASONS.some((reason) => reason === value)
}

/** The file name of a backup written at `time` for `reason`. */
export function backupName(time: Date, reason: BackupReason): string {
  const stamp = time.toISOString().replace(/[:.]/g, '-')
  return `tracker-backup-${stamp}-${reason}.json`
}

/**
 * Reads a backup file name, or null when it is not exactly one this app writes: anything else
 * in the folder (temporary files, copies, paths) is ignored and can never be read back.
 */
export function parseBackupName(name: string): ParsedBackupName | null {
  const match = NAME_PATTERN.exec(name)
  if (!match) return null
  const [, day, hours, minutes, seconds, millis, reason] = match
  if (!isReason(reason)) return null
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`
  const time = Date.parse(createdAt)
  // Date.parse accepts 2026-02-30; the round trip refuses such impossible dates.
  if (Number.isNaN(time) || new Date(time).toISOString() !== createdAt) return null
  return { createdAt, time, reason }
}

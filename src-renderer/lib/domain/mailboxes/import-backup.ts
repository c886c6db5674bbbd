/**
 * What the user is told about the automatic backup the desktop app writes before an import.
 * A backup that could not be written does not stop the import (the user chose to import, and a
 * full disk or a locked folder should not hold their work hostage), but it must not go unnoticed:
 * this import cannot be undone from a backup taken just before it.
 */

/** The outcome of the automatic backup before an import, as lib/state/backups reports it. */
export type BeforeImportBackup =
  { status: 'written' } | { status: 'skipped' } | { status: 'failed'; message: string }

/** The notice to show before the rows are written, or null when there is nothing to say. */
export function beforeImportBackupNotice(
  fileName: string,
  backup: BeforeImportBackup
): string | null {
  if (backup.status !== 'failed') return null
  const reason = backup.message.trim().replace(/[.\s]+$/, '')
  return `No automatic backup could be saved before importing ${fileName}${reason === '' ? '' : ` (${reason})`}. The import goes ahead; save a backup on the Backup and restore screen once it is done.`
}

/**
 * Backups the user handles: saving one as a file, and restoring one (from a file or an automatic
 * backup) in steps the screen follows: check the file, confirm what it replaces, keep a backup of
 * the current data, replace everything at once. Undoing the last restore goes the same way.
 */
import { createBackup, restoreBackup, undoRestore } from '../db/app/backup'
import { countRows, schemaVersion } from '../db/app'
import type { BackupFileInfo } from '../../../src-main/shared/ipc-contract'
import { checkBackup, type RestoreCheck } from '../db/backup'
import type { WriteContext } from '../db/write-context'
import { backupFileName, DEFAULT_BACKUP_LIMITS } from '../domain/backup'
import { platform } from '../platform'
import { BACKUP_MARKS, markBackup } from './backup-marks'
import { appVersion, backupBefore, backups } from './backups.svelte'
import { describeError, session } from './session.svelte'
import { toasts } from './toasts.svelte'

/** A backup checked and waiting for the user to confirm the restore. */
export type PendingRestore = {
  text: string
  /** Where it comes from, for the dialog: a file name or "the automatic backup". */
  source: string
  /** When the backup was made (ISO). */
  createdAt: string
  backupCounts: Record<string, number>
  currentCounts: Record<string, number>
}

/** Where a restore is: 'saving' keeps a backup of the current data, 'restoring' replaces it. */
export type RestorePhase = 'idle' | 'checking' | 'confirm' | 'saving' | 'restoring'

/** The outcome of a restore or an undo, for the screen's message. */
export type RestoreOutcome = { ok: true; createdAt: string } | { ok: false }

/** A file saved with saveBackupFile. */
export type SavedBackup = { saved: boolean; fileName: string; rowCounts: Record<string, number> }

/** Saves a backup of all data where the user chooses (desktop) or as a download (browser). */
export async function saveBackupFile(): Promise<SavedBackup> {
  const now = session.context().now
  const version = await appVersion()
  markBackup(BACKUP_MARKS.backupStart)
  const backup = await createBackup(version, now)
  markBackup(BACKUP_MARKS.backupCreated)
  const fileName = backupFileName(now)
  const result = await platform.saveFile({
    suggestedName: fileName,
    mimeType: 'application/json',
    data: backup.text
  })
  return { saved: result.saved, fileName, rowCounts: backup.rowCounts }
}

class RestoreFlow {
  phase: RestorePhase = $state('idle')
  pending: PendingRestore | null = $state(null)
  /** Why the chosen file cannot be restored, shown at the file input; '' when none. */
  fileError = $state('')

  get busy(): boolean {
    return this.phase === 'checking' || this.phase === 'saving' || this.phase === 'restoring'
  }

  /** Checks a file the user picked; valid ones wait for confirmation, others set fileError. */
  async chooseFile(file: File): Promise<void> {
    markBackup(BACKUP_MARKS.restoreStart)
    await this.#prepare(file.name, async () =>
      file.size > DEFAULT_BACKUP_LIMITS.maxChars
        ? {
            refused: `The file is ${Math.round(file.size / 1_000_000)} MB, larger than any backup this app makes.`
          }
        : { text: await file.text() }
    )
  }

  /** Checks an automatic backup; a valid one waits for confirmation. */
  async chooseAutomatic(backup: BackupFileInfo): Promise<void> {
    const files = platform.backups
    if (!files) return
    await this.#prepare('the automatic backup', async () => ({
      text: await files.read(backup.name)
    }))
  }

  async #prepare(
    source: string,
    read: () => Promise<{ text: string } | { refused: string }>
  ): Promise<void> {
    if (this.busy) return
    this.phase = 'checking'
    this.fileError = ''
    this.pending = null
    try {
      const result = await read()
      if ('refused' in result) return this.#refuse(result.refused)
      await this.#check(source, result.text)
    } catch (error) {
      this.#refuse(`The backup could not be read: ${describeError(error)}`)
    }
  }

  async #check(source: string, text: string): Promise<void> {
    const checked = await checkBackup(text, schemaVersion())
    if (!checked.ok) return this.#refuse(checked.message)
    this.pending = {
      text,
      source,
      createdAt: checked.createdAt,
      backupCounts: checked.rowCounts,
      currentCounts: await countRows()
    }
    this.phase = 'confirm'
    markBackup(BACKUP_MARKS.restoreChecked)
  }

  #refuse(message: string): void {
    this.fileError = `${message} Nothing was changed.`
    this.phase = 'idle'
  }

  /** The user said no: nothing happens. */
  cancel(): void {
    if (this.phase !== 'confirm') return
    this.pending = null
    this.phase = 'idle'
  }

  /** Restores the pending backup, after an automatic backup of the current data (desktop). */
  async confirm(): Promise<RestoreOutcome> {
    const pending = this.pending
    if (!pending || this.phase !== 'confirm') return { ok: false }
    markBackup(BACKUP_MARKS.restoreConfirmed)
    return this.#run(pending.createdAt, async (version, context) =>
      restoreBackup(pending.text, version, context)
    )
  }

  /** Returns to the data as it was before the last restore. */
  async undo(): Promise<RestoreOutcome> {
    if (this.busy) return { ok: false }
    this.pending = null
    return this.#run(null, (version, context) => undoRestore(version, context))
  }

  async #run(
    createdAt: string | null,
    replace: (version: string, context: WriteContext) => Promise<RestoreCheck>
  ): Promise<RestoreOutcome> {
    this.fileError = ''
    this.phase = 'saving'
    const kept = await backupBefore('before-restore')
    if (kept.status === 'failed')
      toasts.show(
        'info',
        `No automatic backup could be saved first (${kept.message}); the restore can still be undone.`
      )
    this.phase = 'restoring'
    const version = await appVersion()
    const result = await session.write((context) => replace(version, context))
    markBackup(BACKUP_MARKS.restoreWritten)
    this.phase = 'idle'
    this.pending = null
    if (!result.ok) return { ok: false }
    if (!result.value.ok) {
      this.fileError = `${result.value.message} Nothing was changed.`
      return { ok: false }
    }
    // The restored data has its own settings (name, theme).
    await session.load()
    await backups.noteDataReplaced()
    return { ok: true, createdAt: createdAt ?? result.value.createdAt }
  }
}

export const restoreFlow = new RestoreFlow()

/**
 * Automatic backups in the desktop app: a backup file at most every 15 minutes while there are
 * changes, and before every import, restore and schema upgrade; the canary that notices a
 * database Chromium reset; and the notice that another window upgraded the database. In the
 * browser there are no automatic backups (a backup is a download the user keeps), but the
 * version-change notice works the same.
 */
import { createBackup } from '../db/app/backup'
import { countRows, keepBackupsBeforeUpgrades, onVersionChange, schemaVersion } from '../db/app'
import type { BackupFileInfo, BackupReason } from '../../../src-main/shared/ipc-contract'
import { watchDataChanges } from '../db/data-watch'
import { autoBackupDueAt } from '../domain/backup-schedule'
import { canaryMismatch, dataRowCount, makeCanary, type CanaryMismatch } from '../domain/canary'
import { platform } from '../platform'
import { describeError } from './session.svelte'
import { toasts } from './toasts.svelte'

/** What happened to a backup asked for with backupBefore. */
export type BackupOutcome =
  | { status: 'written'; file: BackupFileInfo }
  /** The browser keeps no automatic backups. */
  | { status: 'skipped' }
  | { status: 'failed'; message: string }

/** The canary found the database reset: what it remembers, and the newest backup to offer. */
export type RecoveryOffer = { mismatch: CanaryMismatch; newest: BackupFileInfo | null }

let appVersionPromise: Promise<string> | null = null

/** The app's version, asked of the platform once. */
export function appVersion(): Promise<string> {
  appVersionPromise ??= platform.getAppInfo().then((info) => info.version)
  return appVersionPromise
}

class Backups {
  /** True in the desktop app, where automatic backups are kept. */
  readonly automatic = platform.backups !== null
  /** The automatic backups, newest first (desktop). */
  files: BackupFileInfo[] = $state([])
  /** The last automatic backup that failed, as a sentence; '' when the last one worked. */
  lastError = $state('')
  /** Set when the canary says the database was reset; the banner offers the newest backup. */
  recovery: RecoveryOffer | null = $state(null)
  /** Another window upgraded or deleted the database: this one must reload. */
  versionChanged = $state(false)

  #started = false
  #changedAt: number | null = null
  /** The last backup written or tried: a failing disk is not retried more often than backups. */
  #lastAttemptAt: number | null = null
  #timer: ReturnType<typeof setTimeout> | null = null
  #queue: Promise<unknown> = Promise.resolve()

  /**
   * Starts watching, after the database opened and the session loaded: compares the canary
   * with the database, then backs up changes as they come. Never throws: a failure is a toast.
   */
  async start(): Promise<void> {
    if (this.#started) return
    this.#started = true
    onVersionChange(() => (this.versionChanged = true))
    const files = platform.backups
    if (!files) return
    try {
      const [canary, list, counts] = await Promise.all([
        files.readCanary(),
        files.list(),
        countRows()
      ])
      this.files = list
      const newest = list[0]
      this.#lastAttemptAt = newest ? Date.parse(newest.createdAt) : null
      const mismatch = canaryMismatch(canary, counts)
      if (mismatch) this.recovery = { mismatch, newest: newest ?? null }
      watchDataChanges(() => this.#changed())
      // Data without any backup yet (the first start of a version with automatic backups).
      if (!mismatch && !newest && dataRowCount(counts) > 0) this.#changed()
    } catch (error) {
      toasts.show('error', `Automatic backups are not working: ${describeError(error)}`)
    }
  }

  /** Reads the list of automatic backups again. */
  async refresh(): Promise<void> {
    if (platform.backups) this.files = await platform.backups.list()
  }

  /**
   * After a restore or an undo: the canary describes the data now in the database, so a reset
   * before the next automatic backup is still noticed.
   */
  async noteDataReplaced(): Promise<void> {
    const files = platform.backups
    if (!files) return
    try {
      const counts = await countRows()
      const newest = this.files[0]?.name ?? null
      await files.writeCanary(makeCanary(counts, newest, schemaVersion(), new Date().toISOString()))
    } catch {
      // The next automatic backup writes the canary again.
    }
  }

  /** The recovery banner was answered (restored or dismissed). */
  dismissRecovery(): void {
    this.recovery = null
  }

  /**
   * Writes an automatic backup now (desktop; skipped in the browser) and updates the canary.
   * Backups run one after another. Never throws.
   */
  write(reason: BackupReason): Promise<BackupOutcome> {
    const run = this.#queue.then(() => this.#writeNow(reason))
    this.#queue = run
    return run
  }

  async #writeNow(reason: BackupReason): Promise<BackupOutcome> {
    const files = platform.backups
    if (!files) return { status: 'skipped' }
    const changedAt = this.#changedAt
    // Changes from here on belong to the next backup: the snapshot below is taken after them.
    this.#changedAt = null
    try {
      const backup = await createBackup(await appVersion(), new Date().toISOString())
      const file = await files.write({ text: backup.text, reason })
      await files.writeCanary(
        makeCanary(backup.rowCounts, file.name, schemaVersion(), new Date().toISOString())
      )
      this.#lastAttemptAt = Date.parse(file.createdAt)
      this.lastError = ''
      await this.refresh()
      return { status: 'written', file }
    } catch (error) {
      if (changedAt !== null) this.#changedAt = Math.min(changedAt, this.#changedAt ?? Infinity)
      this.#lastAttemptAt = Date.now()
      const message = describeError(error)
      // One toast when backups start failing, not one every 15 minutes.
      if (this.lastError === '' && reason === 'interval')
        toasts.show('error', `The automatic backup failed: ${message}`)
      this.lastError = message
      return { status: 'failed', message }
    } finally {
      this.#schedule()
    }
  }

  #changed(): void {
    this.#changedAt ??= Date.now()
    this.#schedule()
  }

  /** Sets the timer for the next interval backup, when there are unsaved changes. */
  #schedule(): void {
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
    if (this.#changedAt === null) return
    const now = Date.now()
    const due = autoBackupDueAt(this.#changedAt, this.#lastAttemptAt, now)
    this.#timer = setTimeout(
      () => {
        this.#timer = null
        if (this.#changedAt !== null) void this.write('interval')
      },
      Math.max(0, due - now)
    )
  }
}

export const backups = new Backups()

/**
 * Writes an automatic backup before a risky change: import code awaits it before writing the
 * import, the restore flow before replacing the data. In the browser it resolves 'skipped'
 * at once. It never throws; a 'failed' outcome says why, and the caller decides whether to go on.
 */
export function backupBefore(
  reason: Extract<BackupReason, 'before-import' | 'before-restore' | 'before-upgrade'>
): Promise<BackupOutcome> {
  return backups.write(reason)
}

/** Starts automatic backups and the start-up checks: call once after session.load(). */
export function startBackups(): Promise<void> {
  return backups.start()
}

// The desktop app keeps a backup of the stored data before this version upgrades its schema.
// Set when this module loads, which is before App.svelte opens the database.
const shellFiles = platform.backups
if (shellFiles) {
  keepBackupsBeforeUpgrades({
    appVersion,
    keep: async (backup) => {
      await shellFiles.write({ text: backup.text, reason: 'before-upgrade' })
    }
  })
}

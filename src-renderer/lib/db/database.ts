/**
 * The app's database instance. Opening it also asks the browser to keep the data
 * (navigator.storage.persist): without that, Chromium may evict the whole origin under storage pressure.
 */
import { TrackerDb } from './schema'
import { readPreUpgradeBackup, storedSchemaVersion, type PreUpgradeBackup } from './upgrade-backup'

export const db = new TrackerDb()

export type StorageStatus = { persisted: boolean }

/** Keeps a backup of the stored data before a schema upgrade (the desktop app sets one). */
export type UpgradeBackupKeeper = {
  appVersion: () => Promise<string>
  keep: (backup: PreUpgradeBackup) => Promise<void>
}

let upgradeBackupKeeper: UpgradeBackupKeeper | null = null

/**
 * Makes openDatabase back the stored data up before it upgrades the schema. Set before the
 * database is opened (module load of lib/state/backups); null turns it off.
 */
export function keepBackupsBeforeUpgrades(keeper: UpgradeBackupKeeper | null): void {
  upgradeBackupKeeper = keeper
}

/** Thrown when the stored data is of a newer schema version than this app knows. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly storedVersion: number,
    readonly knownVersion: number
  ) {
    super(
      `The data is stored in schema version ${storedVersion}; this app reads up to version ${knownVersion}.`
    )
    // The name App.svelte's start-up message looks for, as IndexedDB itself would name it.
    this.name = 'VersionError'
  }
}

/**
 * Opens the database. Data stored by a newer version of the app is refused with a
 * NewerDatabaseError before anything opens it: Dexie 4 would otherwise open it anyway and add
 * this version's missing tables to it. With a keeper set (keepBackupsBeforeUpgrades) and data of
 * an older schema stored, the data is handed to the keeper before the upgrade; a keeper that
 * fails does not stop the start (the upgrade is one transaction that leaves the data as it was
 * when it fails).
 */
export async function openDatabase(
  database: TrackerDb = db,
  keeper: UpgradeBackupKeeper | null = upgradeBackupKeeper
): Promise<StorageStatus> {
  const known = database.verno
  const stored = await storedSchemaVersion(database.name)
  if (stored > known) throw new NewerDatabaseError(stored, known)
  if (keeper && stored > 0 && stored < known) {
    try {
      const backup = await readPreUpgradeBackup(
        database,
        await keeper.appVersion(),
        new Date().toISOString()
      )
      if (backup) await keeper.keep(backup)
    } catch (error) {
      console.warn('Could not back up the data before upgrading it:', error)
    }
  }
  await database.open()
  let persisted = false
  if (typeof navigator !== 'undefined' && navigator.storage?.persist) {
    persisted = (await navigator.storage.persisted()) || (await navigator.storage.persist())
  }
  return { persisted }
}

/**
 * Calls `listener` when another window or tab upgrades or deletes the database. This window's
 * connection is closed for good, so the upgrade can go ahead and this window's code, which may
 * not know the new schema, never reads or writes the upgraded data: the user must reload.
 * Returns the unsubscribe function.
 */
export function onVersionChange(listener: () => void, database: TrackerDb = db): () => void {
  // Newest subscribers run first; `false` stops the chain before Dexie's own handler, which
  // would close the connection too but let the next query open it again.
  function handler(): false {
    database.close({ disableAutoOpen: true })
    listener()
    return false
  }
  database.on('versionchange', handler)
  return () => database.on('versionchange').unsubscribe(handler)
}

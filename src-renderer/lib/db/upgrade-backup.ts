/**
 * A backup of the database as it is stored, taken before this app's code upgrades it to a newer
 * schema version. The upgrade itself is one version-change transaction (all or nothing), but an
 * upgrade function with a bug would keep its result; the backup is the way back.
 */
import { Dexie } from 'dexie'
import { backupText, tablesJson, TABLE_KEYS_BY_VERSION, type BackupTables } from '../domain/backup'
import { checksumOf } from './backup'
import type { TrackerDb } from './schema'

/**
 * The schema version the database is stored in, 0 when it does not exist. Opens and closes a
 * connection of its own without declared versions, so nothing is created or upgraded.
 */
export async function storedSchemaVersion(name: string): Promise<number> {
  const stored = new Dexie(name)
  try {
    await stored.open()
    return stored.verno
  } catch (error) {
    if (error instanceof Error && error.name === 'NoSuchDatabaseError') return 0
    throw error
  } finally {
    stored.close()
  }
}

/** The stored data, as a backup of its own (older) schema version. */
export type PreUpgradeBackup = { fromVersion: number; toVersion: number; text: string }

/**
 * When the database named like `database` exists with an older schema version than the code
 * declares, reads it as it is (without upgrading it) into a backup document; otherwise null.
 * Opens its own connection, closed before returning, so `database` can open afterwards.
 */
export async function readPreUpgradeBackup(
  database: TrackerDb,
  appVersion: string,
  now: string
): Promise<PreUpgradeBackup | null> {
  // Without declared versions Dexie opens the database at the version it is stored in.
  const stored = new Dexie(database.name)
  try {
    await stored.open()
  } catch (error) {
    if (error instanceof Error && error.name === 'NoSuchDatabaseError') return null
    throw error
  }
  try {
    const fromVersion = stored.verno
    const tableKeys = TABLE_KEYS_BY_VERSION[fromVersion]
    if (fromVersion >= database.verno || !tableKeys) return null
    const names = Object.keys(tableKeys).filter((name) =>
      stored.tables.some((table) => table.name === name)
    )
    const tables: BackupTables = {}
    for (const name of Object.keys(tableKeys)) tables[name] = []
    await stored.transaction('r', names, async () => {
      for (const name of names)
        tables[name] = (await stored.table(name).toArray()) as Record<string, unknown>[]
    })
    const serialised = tablesJson(tables)
    const text = backupText(
      {
        schemaVersion: fromVersion,
        appVersion,
        createdAt: now,
        checksum: await checksumOf(serialised)
      },
      serialised
    )
    return { fromVersion, toVersion: database.verno, text }
  } finally {
    stored.close()
  }
}

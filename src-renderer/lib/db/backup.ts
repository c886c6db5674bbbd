/**
 * Full backups of the database as one JSON file, and restores that are all-or-nothing: the file is
 * checked completely before anything is written, the current data is kept as a restore point in
 * the same transaction, and the restore replaces every table at once.
 */
import { regenerateEveryChecklist } from './upgrades/regenerate-checklists'
import {
  backupText,
  parseBackupText,
  tablesJson,
  type BackupLimits,
  type BackupTables,
  DEFAULT_BACKUP_LIMITS
} from '../domain/backup'
import { TABLE_NAMES, type TrackerDb } from './schema'
import type { WriteContext } from './write-context'
import { appendEvent } from './repositories/events'

export type BackupResult = { text: string; rowCounts: Record<string, number> }

/** SHA-256 of the text, as `sha256:<hex>`. */
export async function checksumOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0'))
  return `sha256:${hex.join('')}`
}

/** Reads every table in one read-only transaction, so the backup is a consistent snapshot. */
export async function createBackup(
  db: TrackerDb,
  appVersion: string,
  now: string
): Promise<BackupResult> {
  const tables: BackupTables = {}
  await db.transaction('r', TABLE_NAMES, async () => {
    for (const name of TABLE_NAMES)
      tables[name] = (await db.table(name).toArray()) as Record<string, unknown>[]
  })
  const serialised = tablesJson(tables)
  const checksum = await checksumOf(serialised)
  const text = backupText(
    { schemaVersion: db.verno, appVersion, createdAt: now, checksum },
    serialised
  )
  const rowCounts = Object.fromEntries(TABLE_NAMES.map((name) => [name, tables[name]?.length ?? 0]))
  return { text, rowCounts }
}

export type RestoreCheck =
  | {
      ok: true
      tables: BackupTables
      rowCounts: Record<string, number>
      createdAt: string
      /** The schema version the backup was made in. */
      schemaVersion: number
    }
  | { ok: false; message: string }

/** Everything a restore checks before it writes, including the checksum. */
export async function checkBackup(
  text: string,
  currentSchemaVersion: number,
  limits: BackupLimits = DEFAULT_BACKUP_LIMITS
): Promise<RestoreCheck> {
  const parsed = parseBackupText(text, currentSchemaVersion, limits)
  if (!parsed.ok) return parsed
  if ((await checksumOf(tablesJson(parsed.backup.tables))) !== parsed.backup.checksum)
    return {
      ok: false,
      message: 'The backup’s checksum does not match its content: the file was changed or damaged.'
    }
  return {
    ok: true,
    tables: parsed.backup.tables,
    rowCounts: parsed.rowCounts,
    createdAt: parsed.backup.createdAt,
    schemaVersion: parsed.backup.schemaVersion
  }
}

/**
 * Replaces all data with the backup's. Nothing is written unless the whole file is valid; then,
 * in one transaction, the current data is saved as the restore point and every table is replaced.
 * Tables an older backup does not have are emptied.
 */
export async function restoreBackup(
  db: TrackerDb,
  text: string,
  appVersion: string,
  context: WriteContext
): Promise<RestoreCheck> {
  const checked = await checkBackup(text, db.verno)
  if (!checked.ok) return checked
  const before = await createBackup(db, appVersion, context.now)
  await db.transaction('rw', [...TABLE_NAMES, 'restorePoints'], async () => {
    await db.restorePoints.clear()
    await db.restorePoints.add({ id: context.newId(), createdAt: context.now, backup: before.text })
    for (const name of TABLE_NAMES) {
      const table = db.table(name)
      await table.clear()
      const rows = checked.tables[name]
      if (rows && rows.length > 0) await table.bulkAdd(rows)
    }
    // A backup of an older schema holds checklists of an older catalog: bring them up to date, as
    // the schema upgrade does for stored data.
    if (checked.schemaVersion < db.verno) {
      await regenerateEveryChecklist(
        {
          projects: db.table('projects'),
          domains: db.table('domains'),
          steps: db.table('steps'),
          events: db.table('events')
        },
        context,
        'after restoring a backup of an older version'
      )
    }
    await appendEvent(db, context, {
      projectId: null,
      entity: 'settings',
      entityId: 'backup',
      action: 'restored',
      summary: `Restored the backup of ${checked.createdAt}`,
      after: checked.rowCounts
    })
  })
  return checked
}

/** The time of the restore point an undo would return to, or null when there is none. */
export async function restorePointTime(db: TrackerDb): Promise<string | null> {
  const point = await db.restorePoints.orderBy('createdAt').last()
  return point?.createdAt ?? null
}

/** Returns to the data as it was before the last restore (and keeps today's data as the new point). */
export async function undoRestore(
  db: TrackerDb,
  appVersion: string,
  context: WriteContext
): Promise<RestoreCheck> {
  const point = await db.restorePoints.orderBy('createdAt').last()
  if (!point) return { ok: false, message: 'There is no restore to undo.' }
  return restoreBackup(db, point.backup, appVersion, context)
}

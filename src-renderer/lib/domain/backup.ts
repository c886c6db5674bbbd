/**
 * The backup file format and its validation. A backup is one JSON document holding every table;
 * a restore checks all of it before anything is written, so a bad file changes nothing.
 */
import { isRecord } from './json'

export const BACKUP_FORMAT = 'hybrid-mailflow-tracker-backup'

/** The tables each schema version holds, with the field that is each table's primary key. */
const VERSION_1_KEYS: Readonly<Record<string, string>> = {
  projects: 'id',
  domains: 'id',
  steps: 'id',
  dnsRecords: 'id',
  connectors: 'id',
  mailboxes: 'id',
  batches: 'id',
  events: 'id',
  settings: 'key'
}

const VERSION_2_KEYS: Readonly<Record<string, string>> = {
  ...VERSION_1_KEYS,
  imports: 'id',
  mappings: 'signature',
  snapshots: 'id',
  plans: 'id'
}

const VERSION_4_KEYS: Readonly<Record<string, string>> = {
  ...VERSION_2_KEYS,
  inventories: 'id',
  proposalDecisions: 'id'
}

const VERSION_5_KEYS: Readonly<Record<string, string>> = {
  ...VERSION_4_KEYS,
  reportNotes: 'id',
  reports: 'id'
}

const VERSION_6_KEYS: Readonly<Record<string, string>> = { ...VERSION_5_KEYS, routeTests: 'id' }
const VERSION_7_KEYS: Readonly<Record<string, string>> = { ...VERSION_6_KEYS, dnsPastes: 'id' }
const VERSION_8_KEYS: Readonly<Record<string, string>> = { ...VERSION_7_KEYS, runs: 'id' }

export const TABLE_KEYS_BY_VERSION: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  1: VERSION_1_KEYS,
  2: VERSION_2_KEYS,
  // Version 3 regenerates checklists and keeps the tables of version 2.
  3: VERSION_2_KEYS,
  // Version 4 adds the tenant inventories and the decisions on proposals.
  4: VERSION_4_KEYS,
  // Version 5: the status report's notes and the exported reports' facts.
  5: VERSION_5_KEYS,
  // Version 6: route tests. Each version lists every table it holds.
  6: VERSION_6_KEYS,
  // Version 7: pasted DNS output.
  7: VERSION_7_KEYS,
  // Version 8: the cut-over runs.
  8: VERSION_8_KEYS,
  // Version 9 regenerates checklists and keeps the tables of version 8.
  9: VERSION_8_KEYS
}

export type BackupTables = Record<string, Record<string, unknown>[]>

/** The parts of a backup the checksum covers; `checksum` is computed over `tablesJson`. */
export type BackupDocument = {
  format: typeof BACKUP_FORMAT
  schemaVersion: number
  appVersion: string
  createdAt: string
  tables: BackupTables
  checksum: string
}

export type BackupLimits = {
  /** Largest backup text accepted, in characters. */
  maxChars: number
  /** Deepest nesting of arrays and objects inside a row. */
  maxDepth: number
  /** Most rows in one table. */
  maxRowsPerTable: number
}

export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  // The longest string V8 holds (2^29 - 24 characters): the app can make no longer backup text,
  // and a file larger than this is refused by its size rather than failing to be read.
  maxChars: 536_870_888,
  maxDepth: 24,
  maxRowsPerTable: 5_000_000
}

export type BackupCheck =
  | { ok: true; backup: BackupDocument; rowCounts: Record<string, number> }
  | { ok: false; message: string }

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message }
}

/** Depth of nested arrays and objects, walked without recursion so a nesting bomb cannot overflow. */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const item = stack.pop()
    if (!item || typeof item.value !== 'object' || item.value === null) continue
    const depth = item.depth + 1
    if (depth > deepest) deepest = depth
    if (deepest > limit) return deepest
    const children = Array.isArray(item.value) ? item.value : Object.values(item.value)
    for (const child of children) stack.push({ value: child, depth })
  }
  return deepest
}

/**
 * Whether JSON.parse failed because the text stopped early. V8 says so in words only when the text
 * ends inside a string or right after a separator; cut after a key or a value, it names what it
 * expected next "at position N", and N is then the end of the text.
 */
function endsEarly(error: unknown, text: string): boolean {
  const message = String(error)
  if (/end of (JSON )?input|Unterminated|Unexpected end/i.test(message)) return true
  const at = /at position (\d+)/.exec(message)
  return at !== null && Number(at[1]) >= text.trimEnd().length
}

/**
 * Parses backup text and checks everything a restore relies on: the format, the schema version
 * (a newer one is refused), every table of that version present and no unknown table, every row an
 * object with its primary key, sizes and nesting within limits. The checksum is compared by the
 * caller, who has the hashing function (`tablesJson` gives the exact text it covers).
 */
export function parseBackupText(
  text: string,
  currentSchemaVersion: number,
  limits: BackupLimits = DEFAULT_BACKUP_LIMITS
): BackupCheck {
  if (text.length > limits.maxChars)
    return fail(
      `The file is ${Math.round(text.length / 1_000_000)} MB, larger than any backup this app makes.`
    )
  if (text.trim() === '') return fail('The file is empty.')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    if (error instanceof RangeError) return fail('The file is nested too deeply to be a backup.')
    return fail(
      endsEarly(error, text)
        ? 'The file is cut off: it ends in the middle of the data. Use a complete backup file.'
        : 'The file is not a backup: it is not valid JSON.'
    )
  }
  if (!isRecord(parsed) || parsed.format !== BACKUP_FORMAT)
    return fail('The file is not a backup of this app (its format name is missing or different).')
  const { schemaVersion, appVersion, createdAt, tables, checksum } = parsed
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1)
    return fail('The backup has no valid schema version.')
  if (schemaVersion > currentSchemaVersion)
    return fail(
      `The backup was made by a newer version of the app (data version ${schemaVersion}; this app reads up to ${currentSchemaVersion}). Install the newer version to restore it.`
    )
  const expectedTables = TABLE_KEYS_BY_VERSION[schemaVersion]
  if (!expectedTables) return fail(`The backup's data version ${schemaVersion} is unknown.`)
  if (typeof appVersion !== 'string' || typeof createdAt !== 'string')
    return fail('The backup has no app version or creation time.')
  if (typeof checksum !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(checksum))
    return fail('The backup has no valid checksum.')
  if (!isRecord(tables)) return fail('The backup holds no tables.')

  const missing = Object.keys(expectedTables).filter((name) => !(name in tables))
  if (missing.length > 0) return fail(`The backup is missing tables: ${missing.join(', ')}.`)
  const unknown = Object.keys(tables).filter((name) => !(name in expectedTables))
  if (unknown.length > 0)
    return fail(`The backup has tables this app does not know: ${unknown.join(', ')}.`)

  const rowCounts: Record<string, number> = {}
  for (const [name, key] of Object.entries(expectedTables)) {
    const rows = tables[name]
    if (!Array.isArray(rows)) return fail(`Table ${name} is not a list of rows.`)
    if (rows.length > limits.maxRowsPerTable)
      return fail(`Table ${name} has ${rows.length} rows, more than this app ever stores.`)
    const seen = new Set<unknown>()
    for (const [index, row] of rows.entries()) {
      if (!isRecord(row)) return fail(`Row ${index + 1} of table ${name} is not an object.`)
      const id = row[key]
      if (typeof id !== 'string' || id === '')
        return fail(`Row ${index + 1} of table ${name} has no ${key}.`)
      if (seen.has(id)) return fail(`Table ${name} has two rows with the ${key} “${id}”.`)
      seen.add(id)
      if (nestingDepth(row, limits.maxDepth) > limits.maxDepth)
        return fail(`Row ${index + 1} of table ${name} is nested too deeply.`)
    }
    rowCounts[name] = rows.length
  }
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      schemaVersion,
      appVersion,
      createdAt,
      tables: tables as BackupTables,
      checksum
    },
    rowCounts
  }
}

/** The exact text the checksum covers: the tables, serialised as the backup writes them. */
export function tablesJson(tables: BackupTables): string {
  return JSON.stringify(tables)
}

/**
 * Serialises a backup around tables already serialised by tablesJson, so the largest part is
 * stringified once; the result parses to the same document as JSON.stringify(backup) would give.
 */
export function backupText(
  meta: Pick<BackupDocument, 'schemaVersion' | 'appVersion' | 'createdAt' | 'checksum'>,
  serialisedTables: string
): string {
  const head = JSON.stringify({
    format: BACKUP_FORMAT,
    schemaVersion: meta.schemaVersion,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt,
    checksum: meta.checksum
  })
  return `${head.slice(0, -1)},"tables":${serialisedTables}}`
}

/** A file name like tracker-backup-2026-03-01T09-00-00.json, safe on every platform. */
export function backupFileName(createdAt: string): string {
  return `tracker-backup-${createdAt.slice(0, 19).replace(/:/g, '-')}.json`
}

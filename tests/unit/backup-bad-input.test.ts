// Backup files a restore must refuse with a clear message (issue 7, "Faults"): truncated, not
// JSON, another format, a newer schema, a broken checksum field, missing tables, absurd sizes and
// absurd nesting. That a refused file changes nothing is tested on a database in
// tests/db/backup.test.ts; here each case is checked for its message.
import { constants } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import {
  backupText,
  DEFAULT_BACKUP_LIMITS,
  parseBackupText,
  TABLE_KEYS_BY_VERSION,
  tablesJson,
  type BackupTables
} from '../../src-renderer/lib/domain/backup'

const CHECKSUM = `sha256:${'a'.repeat(64)}`

function emptyTables(version = 2): BackupTables {
  return Object.fromEntries(
    Object.keys(TABLE_KEYS_BY_VERSION[version] ?? {}).map((name) => [name, []])
  )
}

/** A backup document of schema version 2 with one project and one setting. */
function document(): Record<string, unknown> {
  const tables = emptyTables()
  tables.projects = [
    { id: 'p1', name: 'Contoso “A” \\ "quoted"', notes: 'line\nbreak', size: 12.5e3, done: true },
    { id: 'p2', name: 'Fabrikam', tags: [1, { nested: -2 }, null] }
  ]
  tables.settings = [{ key: 'theme', value: 'dark' }]
  return {
    format: 'hybrid-mailflow-tracker-backup',
    schemaVersion: 2,
    appVersion: '0.1.0',
    createdAt: '2026-03-01T09:00:00.000Z',
    checksum: CHECKSUM,
    tables
  }
}

function text(value: unknown): string {
  return JSON.stringify(value)
}

function changed(change: (backup: Record<string, unknown>) => void): string {
  const backup = document()
  change(backup)
  return text(backup)
}

function tablesOf(backup: Record<string, unknown>): Record<string, unknown> {
  return backup.tables as Record<string, unknown>
}

const CUT_OFF =
  'The file is cut off: it ends in the middle of the data. Use a complete backup file.'
const NOT_JSON = 'The file is not a backup: it is not valid JSON.'
const NOT_OURS = 'The file is not a backup of this app (its format name is missing or different).'

describe('a valid document', () => {
  it('passes with its row counts, so the refusals below are about the one change each makes', () => {
    const result = parseBackupText(text(document()), 2)
    expect(result.ok && result.rowCounts).toEqual({ ...emptyCounts(), projects: 2, settings: 1 })
  })
})

function emptyCounts(): Record<string, number> {
  return Object.fromEntries(Object.keys(emptyTables()).map((name) => [name, 0]))
}

describe('a truncated file', () => {
  it('is called cut off wherever it ends, never "not JSON"', () => {
    const full = backupText(
      {
        schemaVersion: 2,
        appVersion: '0.1.0',
        createdAt: '2026-03-01T09:00:00.000Z',
        checksum: CHECKSUM
      },
      tablesJson(document().tables as BackupTables)
    )
    const wrong: string[] = []
    for (let length = 1; length < full.length; length++) {
      const result = parseBackupText(full.slice(0, length), 2)
      if (result.ok || result.message !== CUT_OFF) wrong.push(full.slice(length - 12, length))
    }
    expect(wrong).toEqual([])
  })

  it('cut off after a line break and spaces is cut off too', () => {
    expect(parseBackupText('{\n  "format": "hybrid-mailflow-tracker-backup"\n  \n', 2)).toEqual({
      ok: false,
      message: CUT_OFF
    })
  })
})

describe('a file that is not JSON or not a backup', () => {
  it.each([
    ['empty', '', 'The file is empty.'],
    ['only whitespace', ' \r\n\t', 'The file is empty.'],
    ['a zip archive', 'PK\u0003\u0004\u0014\u0000\u0000\u0000', NOT_JSON],
    ['an HTML page', '<!doctype html><title>Backup</title>', NOT_JSON],
    ['a CSV export', 'PrimarySmtpAddress,DisplayName\r\nann@contoso.com,Ann\r\n', NOT_JSON],
    ['JSON with a trailing comma', '{"format":"hybrid-mailflow-tracker-backup",}', NOT_JSON],
    ['two documents', `${text(document())}${text(document())}`, NOT_JSON],
    ['UTF-16 text read as UTF-8', '\u0000{\u0000"\u0000f\u0000', NOT_JSON],
    ['a JSON array', '[]', NOT_OURS],
    ['JSON null', 'null', NOT_OURS],
    ['a JSON number', '42', NOT_OURS],
    ['a JSON string', '"hybrid-mailflow-tracker-backup"', NOT_OURS],
    ['an object without a format', text({ tables: {} }), NOT_OURS],
    ['a Dexie export', text({ formatName: 'dexie', formatVersion: 1, data: {} }), NOT_OURS],
    ['another format name', changed((b) => (b.format = 'hybrid-mailflow-tracker')), NOT_OURS],
    [
      'the format name in another case',
      changed((b) => (b.format = 'Hybrid-Mailflow-Tracker-Backup')),
      NOT_OURS
    ]
  ])('%s', (_name, input, message) => {
    expect(parseBackupText(input, 2)).toEqual({ ok: false, message })
  })
})

describe('versions, metadata and checksum', () => {
  it.each([
    [
      'a newer schema',
      changed((b) => (b.schemaVersion = 3)),
      'The backup was made by a newer version of the app (data version 3; this app reads up to 2). Install the newer version to restore it.'
    ],
    [
      'a schema version as text',
      changed((b) => (b.schemaVersion = '2')),
      'The backup has no valid schema version.'
    ],
    [
      'schema version 0',
      changed((b) => (b.schemaVersion = 0)),
      'The backup has no valid schema version.'
    ],
    [
      'a fractional schema version',
      changed((b) => (b.schemaVersion = 1.5)),
      'The backup has no valid schema version.'
    ],
    [
      'no schema version',
      changed((b) => delete b.schemaVersion),
      'The backup has no valid schema version.'
    ],
    [
      'no app version',
      changed((b) => delete b.appVersion),
      'The backup has no app version or creation time.'
    ],
    [
      'a creation time that is a number',
      changed((b) => (b.createdAt = 1)),
      'The backup has no app version or creation time.'
    ],
    ['no checksum', changed((b) => delete b.checksum), 'The backup has no valid checksum.'],
    [
      'an MD5 checksum',
      changed((b) => (b.checksum = `md5:${'a'.repeat(32)}`)),
      'The backup has no valid checksum.'
    ],
    [
      'a short checksum',
      changed((b) => (b.checksum = 'sha256:abc')),
      'The backup has no valid checksum.'
    ],
    [
      'an upper-case checksum',
      changed((b) => (b.checksum = `sha256:${'A'.repeat(64)}`)),
      'The backup has no valid checksum.'
    ]
  ])('%s', (_name, input, message) => {
    expect(parseBackupText(input, 2)).toEqual({ ok: false, message })
  })

  it('reads a version-1 backup in an app of version 2, but a version-2 one is newer for version 1', () => {
    const old = text({ ...document(), schemaVersion: 1, tables: emptyTables(1) })
    expect(parseBackupText(old, 2).ok).toBe(true)
    expect(parseBackupText(text(document()), 1)).toEqual({
      ok: false,
      message:
        'The backup was made by a newer version of the app (data version 2; this app reads up to 1). Install the newer version to restore it.'
    })
  })
})

describe('tables', () => {
  it.each([
    ['no tables', changed((b) => delete b.tables), 'The backup holds no tables.'],
    ['tables as a list', changed((b) => (b.tables = [])), 'The backup holds no tables.'],
    [
      'three missing tables',
      changed((b) => {
        delete tablesOf(b).steps
        delete tablesOf(b).mailboxes
        delete tablesOf(b).plans
      }),
      'The backup is missing tables: steps, mailboxes, plans.'
    ],
    [
      'a table this version does not have',
      changed((b) => (tablesOf(b).__proto__x = [])),
      'The backup has tables this app does not know: __proto__x.'
    ],
    [
      'a table that is not a list',
      changed((b) => (tablesOf(b).mailboxes = { id: 'm1' })),
      'Table mailboxes is not a list of rows.'
    ],
    [
      'a row that is a string',
      changed((b) => (tablesOf(b).domains = ['contoso.com'])),
      'Row 1 of table domains is not an object.'
    ],
    [
      'a row that is a list',
      changed((b) => (tablesOf(b).domains = [[{ id: 'd1' }]])),
      'Row 1 of table domains is not an object.'
    ],
    [
      'a row with a numeric id',
      changed((b) => (tablesOf(b).domains = [{ id: 7 }])),
      'Row 1 of table domains has no id.'
    ],
    [
      'a row with an empty id',
      changed((b) => (tablesOf(b).domains = [{ id: '' }])),
      'Row 1 of table domains has no id.'
    ],
    [
      'a setting without its key',
      changed((b) => (tablesOf(b).settings = [{ id: 'theme' }])),
      'Row 1 of table settings has no key.'
    ]
  ])('%s', (_name, input, message) => {
    expect(parseBackupText(input, 2)).toEqual({ ok: false, message })
  })
})

describe('absurd sizes and nesting', () => {
  const limits = { maxChars: 10_000_000, maxDepth: 24, maxRowsPerTable: 1_000 }

  it('refuses a table with more rows than the limit, naming the table and the count', () => {
    const input = changed(
      (b) => (tablesOf(b).mailboxes = Array.from({ length: 1_001 }, (_, i) => ({ id: `m${i}` })))
    )
    expect(parseBackupText(input, 2, limits)).toEqual({
      ok: false,
      message: 'Table mailboxes has 1001 rows, more than this app ever stores.'
    })
  })

  it('refuses text over the size limit before parsing it', () => {
    // Not JSON at all: a size refusal proves the parse never ran.
    const input = 'x'.repeat(12_000_000)
    expect(parseBackupText(input, 2, limits)).toEqual({
      ok: false,
      message: 'The file is 12 MB, larger than any backup this app makes.'
    })
  })

  it('accepts, by default, any text a JavaScript string can hold, so a larger file is refused by its size', () => {
    // The restore screen compares the file's size with maxChars before reading it as text:
    // a file above V8's longest string would otherwise fail to read with no clear reason.
    expect(DEFAULT_BACKUP_LIMITS.maxChars).toBe(constants.MAX_STRING_LENGTH)
  })

  it('refuses a row nested deeper than the limit, with its row and table', () => {
    // Written as text: JSON.stringify itself would overflow the stack on 100,000 levels.
    const deep = `${'{"a":['.repeat(100_000)}"x"${']}'.repeat(100_000)}`
    const input = changed((b) => {
      const rows = tablesOf(b).projects as Record<string, unknown>[]
      if (rows[1]) rows[1].notes = 'DEEP'
    }).replace('"DEEP"', deep)
    expect(parseBackupText(input, 2)).toEqual({
      ok: false,
      message: 'Row 2 of table projects is nested too deeply.'
    })
  })

  it('refuses nesting at the limit plus one, and accepts it at the limit', () => {
    const nested = (depth: number): string => {
      // The row object itself is the first level.
      let value: unknown = 1
      for (let level = 1; level < depth; level++) value = [value]
      return changed((b) => (tablesOf(b).projects = [{ id: 'p1', notes: value }]))
    }
    expect(parseBackupText(nested(24), 2).ok).toBe(true)
    expect(parseBackupText(nested(25), 2)).toEqual({
      ok: false,
      message: 'Row 1 of table projects is nested too deeply.'
    })
  })

  it('a nesting bomb that is cut off is called cut off, without overflowing the stack', () => {
    const input = `{"format":"hybrid-mailflow-tracker-backup","tables":${'['.repeat(5_000_000)}`
    expect(parseBackupText(input, 2)).toEqual({ ok: false, message: CUT_OFF })
  })

  it('a complete nesting bomb outside the tables is refused by what it replaces', () => {
    const bomb = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`
    const input = text(document()).replace('"tables":', `"tables":${bomb},"x":`)
    expect(parseBackupText(input, 2)).toEqual({ ok: false, message: 'The backup holds no tables.' })
  })
})

import { describe, expect, it } from 'vitest'
import {
  backupFileName,
  backupText,
  nestingDepth,
  parseBackupText,
  tablesJson
} from '../../src-renderer/lib/domain/backup'

describe('backup format', () => {
  it('measures nesting without recursion and stops past the limit', () => {
    expect(nestingDepth('x', 5)).toBe(0)
    expect(nestingDepth({ a: [1, { b: 2 }] }, 5)).toBe(3)
    let deep: unknown = 1
    for (let level = 0; level < 100_000; level++) deep = [deep]
    expect(nestingDepth(deep, 24)).toBe(25)
  })

  it('writes a document that parses back with its tables and metadata', () => {
    const tables = { projects: [{ id: 'p1', name: 'Contoso “A”' }] }
    const text = backupText(
      {
        schemaVersion: 1,
        appVersion: '0.1.0',
        createdAt: '2026-03-01T09:00:00.000Z',
        checksum: `sha256:${'0'.repeat(64)}`
      },
      tablesJson(tables)
    )
    expect(JSON.parse(text)).toEqual({
      format: 'hybrid-mailflow-tracker-backup',
      schemaVersion: 1,
      appVersion: '0.1.0',
      createdAt: '2026-03-01T09:00:00.000Z',
      checksum: `sha256:${'0'.repeat(64)}`,
      tables
    })
  })

  it('refuses duplicate keys within a table', () => {
    const tables = {
      projects: [{ id: 'p1' }, { id: 'p1' }],
      domains: [],
      steps: [],
      dnsRecords: [],
      connectors: [],
      mailboxes: [],
      batches: [],
      events: [],
      settings: []
    }
    const text = backupText(
      {
        schemaVersion: 1,
        appVersion: '0.1.0',
        createdAt: 'now',
        checksum: `sha256:${'a'.repeat(64)}`
      },
      tablesJson(tables)
    )
    expect(parseBackupText(text, 2)).toEqual({
      ok: false,
      message: 'Table projects has two rows with the id “p1”.'
    })
  })

  it('names backup files safely for every platform', () => {
    expect(backupFileName('2026-03-01T09:05:07.123Z')).toBe(
      'tracker-backup-2026-03-01T09-05-07.json'
    )
  })
})

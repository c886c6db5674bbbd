import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  checkBackup,
  createBackup,
  restoreBackup,
  restorePointTime,
  undoRestore
} from '../../src-renderer/lib/db/backup'
import { createSampleProject } from '../../src-renderer/lib/db/repositories/sample'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { TABLE_KEYS_BY_VERSION } from '../../src-renderer/lib/domain/backup'
import { contextSequence, hashTables, openTestDb } from '../support/db'
import { signedBackup } from '../support/released-rows'

let source: TrackerDb
let target: TrackerDb
const at = contextSequence()

beforeEach(async () => {
  source = await openTestDb()
  target = await openTestDb()
  await createSampleProject(source, at('2026-03-01T09:00:00.000Z'))
  await createSampleProject(target, at('2026-03-02T09:00:00.000Z'))
})
afterEach(async () => {
  await source.delete()
  await target.delete()
})

async function validBackup(): Promise<string> {
  return (await createBackup(source, '0.1.0', '2026-03-03T10:00:00.000Z')).text
}

/** A backup document with its checksum recomputed after `change`, to test checks past the checksum. */
async function reSigned(change: (document: Record<string, unknown>) => void): Promise<string> {
  const document = JSON.parse(await validBackup()) as Record<string, unknown>
  change(document)
  return signedBackup(
    {
      schemaVersion: document.schemaVersion as number,
      appVersion: '0.1.0',
      createdAt: '2026-03-03T10:00:00.000Z'
    },
    document.tables as Record<string, unknown[]>
  )
}

describe('backup and restore', () => {
  it('restores a backup exactly and keeps the replaced data for an undo', async () => {
    const backup = await validBackup()
    const sourceHash = await hashTables(source)
    const targetHash = await hashTables(target)
    const result = await restoreBackup(target, backup, '0.1.0', at('2026-03-04T09:00:00.000Z'))
    expect(result.ok).toBe(true)
    // The restore adds one event to the restored log; everything else is the backup's.
    const restoredEvent = await target.events.orderBy('at').last()
    expect(restoredEvent).toMatchObject({ action: 'restored', at: '2026-03-04T09:00:00.000Z' })
    if (restoredEvent) await target.events.delete(restoredEvent.id)
    expect(await hashTables(target)).toBe(sourceHash)
    expect(await restorePointTime(target)).toBe('2026-03-04T09:00:00.000Z')

    await undoRestore(target, '0.1.0', at('2026-03-04T10:00:00.000Z'))
    const undoEvent = await target.events.orderBy('at').last()
    if (undoEvent) await target.events.delete(undoEvent.id)
    expect(await hashTables(target)).toBe(targetHash)
  })

  const badFiles: [string, () => Promise<string>, RegExp][] = [
    ['an empty file', async () => '', /empty/],
    ['a truncated file', async () => (await validBackup()).slice(0, 5000), /cut off/],
    [
      'a file cut right after a complete value',
      async () => {
        const text = await validBackup()
        return text.slice(0, text.indexOf('"schemaVersion":') + '"schemaVersion":2'.length)
      },
      /cut off/
    ],
    ['a file that is not JSON', async () => 'PK\u0003\u0004 zip bytes', /not valid JSON/],
    [
      'a checksum of other content',
      async () => (await validBackup()).replace(/sha256:[0-9a-f]{64}/, `sha256:${'0'.repeat(64)}`),
      /checksum does not match/
    ],
    [
      'a table that is not a list of rows',
      () => reSigned((document) => ((document.tables as Record<string, unknown>).mailboxes = {})),
      /Table mailboxes is not a list of rows/
    ],
    [
      'another format',
      async () => JSON.stringify({ format: 'something-else', tables: {} }),
      /not a backup of this app/
    ],
    [
      'a newer schema',
      () => reSigned((document) => (document.schemaVersion = 99)),
      /newer version of the app/
    ],
    [
      'a changed value',
      async () =>
        (await validBackup()).replace('Contoso hybrid migration', 'Contoso hacked migration'),
      /checksum does not match/
    ],
    [
      'a missing table',
      () => reSigned((document) => delete (document.tables as Record<string, unknown>).steps),
      /missing tables: steps/
    ],
    [
      'an unknown table',
      () => reSigned((document) => ((document.tables as Record<string, unknown>).extra = [])),
      /does not know: extra/
    ],
    [
      'a row without its key',
      () =>
        reSigned((document) =>
          (document.tables as Record<string, unknown[]>).projects?.push({ name: 'no id' })
        ),
      /Row 2 of table projects has no id/
    ],
    [
      'a nesting bomb',
      () =>
        reSigned((document) => {
          let deep: unknown = 'x'
          for (let level = 0; level < 1000; level++) deep = [deep]
          const [project] =
            (document.tables as Record<string, Record<string, unknown>[]>).projects ?? []
          if (project) project.notes = deep
        }),
      /Row 1 of table projects is nested too deeply/
    ],
    [
      'a file nested too deeply to parse',
      async () => `{"format":"hybrid-mailflow-tracker-backup","x":${'['.repeat(2_000_000)}`,
      /nested too deeply|cut off/
    ]
  ]

  for (const [name, make, message] of badFiles)
    it(`refuses ${name} with a clear message and changes nothing`, async () => {
      const before = await hashTables(target)
      const result = await restoreBackup(
        target,
        await make(),
        '0.1.0',
        at('2026-03-05T09:00:00.000Z')
      )
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.message).toMatch(message)
      expect(await hashTables(target)).toBe(before)
      expect(await target.restorePoints.count()).toBe(0)
    })

  it('refuses an absurdly large file before parsing it', async () => {
    const result = await checkBackup(await validBackup(), 2, {
      maxChars: 1000,
      maxDepth: 24,
      maxRowsPerTable: 10
    })
    expect(result).toEqual({
      ok: false,
      message: 'The file is 0 MB, larger than any backup this app makes.'
    })
  })

  it('leaves everything as it was when the restore fails half-way', async () => {
    const backup = await validBackup()
    const before = await hashTables(target)
    target.steps.hook('creating', () => {
      throw new Error('disk went away')
    })
    await expect(
      restoreBackup(target, backup, '0.1.0', at('2026-03-05T09:00:00.000Z'))
    ).rejects.toThrow('disk went away')
    expect(await hashTables(target)).toBe(before)
    expect(await target.restorePoints.count()).toBe(0)
  })

  it('restores a backup of schema version 1, emptying the tables it did not have', async () => {
    const old = await reSigned((document) => {
      document.schemaVersion = 1
      const tables = document.tables as Record<string, unknown>
      for (const name of Object.keys(tables))
        if (!(name in (TABLE_KEYS_BY_VERSION[1] ?? {}))) delete tables[name]
    })
    await target.snapshots.add({
      id: 's1',
      projectId: 'p',
      day: '2026-03-01',
      mailboxesByLifecycle: {},
      requiredStepsDone: 0,
      requiredStepsTotal: 0
    })
    const result = await restoreBackup(target, old, '0.1.0', at('2026-03-05T09:00:00.000Z'))
    expect(result.ok).toBe(true)
    expect(await target.snapshots.count()).toBe(0)
    expect(await target.projects.count()).toBe(1)
  })
})

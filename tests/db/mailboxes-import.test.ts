import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DiskFullError,
  ImportBlockedError,
  StaleImportError,
  commitImport,
  readMapping,
  saveMapping
} from '../../src-renderer/lib/db/repositories/mailbox-imports'
import { readProjectMailboxes } from '../../src-renderer/lib/db/repositories/mailboxes'
import { TABLE_NAMES, type TrackerDb } from '../../src-renderer/lib/db/schema'
import type { WriteContext } from '../../src-renderer/lib/db/write-context'
import { headerSignature, parseMailboxExport } from '../../src-renderer/lib/domain/mailboxes/import'
import type { MailboxImportResult } from '../../src-renderer/lib/domain/mailboxes/import'
import { planImport } from '../../src-renderer/lib/domain/mailboxes/plan'
import type { ImportPlan } from '../../src-renderer/lib/domain/mailboxes/plan'
import type { Domain, Project } from '../../src-renderer/lib/domain/types'
import { contextSequence, openTestDb, seedProjectWithDomain } from '../support/db'
import { makeMoveRequestStatisticsCsv } from '../support/mailbox-fixtures'

let db: TrackerDb
let project: Project
let domain: Domain
const at = contextSequence()
let importCount = 0

beforeEach(async () => {
  db = await openTestDb()
  ;({ project, domain } = await seedProjectWithDomain(db, at))
})
afterEach(async () => {
  await db.delete()
})

async function plan(
  parsed: MailboxImportResult,
  context: WriteContext,
  fileName = 'moves.csv'
): Promise<ImportPlan> {
  return planImport(
    parsed,
    await readProjectMailboxes(db, project.id),
    [domain],
    await db.batches.where('projectId').equals(project.id).toArray(),
    { projectId: project.id, importId: `import-${++importCount}`, fileName, ...context }
  )
}

async function everything(): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {}
  for (const name of TABLE_NAMES) dump[name] = await db.table(name).toArray()
  return dump
}

const moves = parseMailboxExport(makeMoveRequestStatisticsCsv(3_000, 11))

describe('committing an import', () => {
  it('writes every new mailbox and batch, records the import and one event for it', async () => {
    const context = at('2026-03-02T10:00:00.000Z')
    const first = await plan(moves, context)
    const progress: number[] = []
    const record = await commitImport(
      db,
      project.id,
      first,
      { validOnly: false, chunkSize: 1_000, onProgress: (written) => progress.push(written) },
      context
    )
    expect(record).toEqual({
      id: first.importId,
      projectId: project.id,
      at: '2026-03-02T10:00:00.000Z',
      actor: 'Test Lead',
      fileName: 'moves.csv',
      format: 'move-request-statistics',
      counts: { created: 3_000, updated: 0, unchanged: 0, conflicts: 0, invalid: 0 }
    })
    expect(progress).toEqual([0, 1_000, 2_000, 3_000])
    expect(await db.mailboxes.where('projectId').equals(project.id).count()).toBe(3_000)
    expect(await db.batches.count()).toBe(first.newBatches.length)
    expect(await db.imports.toArray()).toEqual([record])
    const importEvents = (await db.events.toArray()).filter((event) => event.entity === 'import')
    expect(importEvents).toMatchObject([
      {
        entityId: first.importId,
        action: 'imported',
        summary: 'Imported moves.csv: 3000 new, 0 updated, 0 unchanged'
      }
    ])
  })

  it('re-importing the same file finds every row unchanged and writes no mailbox', async () => {
    await commitImport(
      db,
      project.id,
      await plan(moves, at('2026-03-02T10:00:00.000Z')),
      { validOnly: false },
      at('2026-03-02T10:00:00.000Z')
    )
    const before = await db.mailboxes.toArray()
    const context = at('2026-03-03T10:00:00.000Z')
    const again = await plan(moves, context)
    expect(again.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3_000,
      conflicts: 0,
      invalid: 0
    })
    await commitImport(db, project.id, again, { validOnly: false }, context)
    expect(await db.mailboxes.toArray()).toEqual(before)
    expect(await db.imports.count()).toBe(2)
  })

  it('records one event per lifecycle change, the history the charts draw', async () => {
    const csv = (status: string) =>
      `PrimarySmtpAddress,Status\r\nann@contoso.com,${status}\r\nbob@contoso.com,InProgress\r\n`
    const first = at('2026-03-02T10:00:00.000Z')
    await commitImport(
      db,
      project.id,
      await plan(parseMailboxExport(csv('InProgress')), first),
      { validOnly: false },
      first
    )
    const second = at('2026-03-04T10:00:00.000Z')
    const next = await plan(parseMailboxExport(csv('Completed')), second, 'status-0304.csv')
    expect(next.counts).toMatchObject({ updated: 1, unchanged: 1 })
    await commitImport(db, project.id, next, { validOnly: false }, second)
    const ann = await db.mailboxes
      .where('[projectId+address]')
      .equals([project.id, 'ann@contoso.com'])
      .first()
    expect(ann).toMatchObject({
      lifecycle: 'completed',
      location: 'cloud',
      rev: 2,
      importId: next.importId
    })
    const lifecycleEvents = (await db.events.toArray()).filter(
      (event) => event.entity === 'mailbox'
    )
    expect(lifecycleEvents).toEqual([
      {
        id: expect.any(String),
        projectId: project.id,
        domainId: domain.id,
        at: '2026-03-04T10:00:00.000Z',
        actor: 'Test Lead',
        entity: 'mailbox',
        entityId: ann?.id,
        action: 'lifecycle:completed',
        summary: 'ann@contoso.com: Syncing → Completed (import of status-0304.csv)',
        before: { lifecycle: 'syncing' },
        after: { lifecycle: 'completed', rawStatus: 'Completed' }
      }
    ])
  })
})

describe('invalid rows', () => {
  const withInvalid = parseMailboxExport(
    'PrimarySmtpAddress,DisplayName\r\nann@contoso.com,Ann\r\nnot an address,Bad\r\ncy@contoso.com,Cy\r\n'
  )

  it('write nothing unless the valid rows only are chosen', async () => {
    const context = at('2026-03-02T10:00:00.000Z')
    const withErrors = await plan(withInvalid, context)
    const before = await everything()
    await expect(
      commitImport(db, project.id, withErrors, { validOnly: false }, context)
    ).rejects.toThrow(
      new ImportBlockedError(
        '1 row is invalid or conflicting: nothing was imported. Fix the file, or import the valid rows only.'
      )
    )
    expect(await everything()).toEqual(before)

    const record = await commitImport(db, project.id, withErrors, { validOnly: true }, context)
    expect(record.counts).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      invalid: 1
    })
    expect((await readProjectMailboxes(db, project.id)).map((m) => m.address)).toEqual([
      'ann@contoso.com',
      'cy@contoso.com'
    ])
  })

  it('a file without a single valid row writes nothing, whichever the choice', async () => {
    const context = at('2026-03-02T10:00:00.000Z')
    const before = await everything()
    for (const text of ['', 'PrimarySmtpAddress\r\n', 'PrimarySmtpAddress\r\nnope\r\n']) {
      const empty = await plan(parseMailboxExport(text), context)
      await expect(
        commitImport(db, project.id, empty, { validOnly: true }, context)
      ).rejects.toBeInstanceOf(ImportBlockedError)
    }
    expect(await everything()).toEqual(before)
  })
})

describe('atomicity: a failure part-way leaves every table as it was', () => {
  it('a hook that throws on the 2,500th row', async () => {
    const context = at('2026-03-02T10:00:00.000Z')
    const planned = await plan(moves, context)
    const before = await everything()
    let rows = 0
    db.mailboxes.hook('creating', () => {
      if (++rows === 2_500) throw new Error('Injected failure on row 2,500')
    })
    await expect(
      commitImport(db, project.id, planned, { validOnly: false, chunkSize: 1_000 }, context)
    ).rejects.toThrow()
    expect(rows).toBeGreaterThanOrEqual(2_500)
    expect(await everything()).toEqual(before)
  })

  it('a full disk on the 1,200th put is reported as such, and nothing is written', async () => {
    const context = at('2026-03-02T10:00:00.000Z')
    const planned = await plan(moves, context)
    const before = await everything()
    const store = globalThis.IDBObjectStore.prototype
    const { add, put } = store
    let writes = 0
    function failing<T extends typeof add>(original: T): T {
      return function (this: IDBObjectStore, ...args: Parameters<T>) {
        if (this.name === 'mailboxes' && ++writes === 1_200)
          throw new DOMException('The disk is full', 'QuotaExceededError')
        return original.apply(this, args)
      } as T
    }
    store.add = failing(add)
    store.put = failing(put)
    try {
      await expect(
        commitImport(db, project.id, planned, { validOnly: false, chunkSize: 500 }, context)
      ).rejects.toThrow(new DiskFullError())
    } finally {
      store.add = add
      store.put = put
    }
    expect(writes).toBeGreaterThanOrEqual(1_200)
    expect(await everything()).toEqual(before)
  })

  it('mailboxes changed since the preview: nothing is written', async () => {
    const first = at('2026-03-02T10:00:00.000Z')
    const csv = 'PrimarySmtpAddress,Status\r\nann@contoso.com,InProgress\r\n'
    await commitImport(
      db,
      project.id,
      await plan(parseMailboxExport(csv), first),
      { validOnly: false },
      first
    )
    const later = at('2026-03-03T10:00:00.000Z')
    const stalePlan = await plan(parseMailboxExport(csv.replace('InProgress', 'Completed')), later)
    await db.mailboxes.toCollection().modify((mailbox) => {
      mailbox.rev += 1
      mailbox.owner = 'Edited in another window'
    })
    const before = await everything()
    await expect(
      commitImport(db, project.id, stalePlan, { validOnly: false }, later)
    ).rejects.toBeInstanceOf(StaleImportError)
    expect(await everything()).toEqual(before)
  })

  it('an address added by another window since the preview: nothing is written', async () => {
    const context = at('2026-03-02T10:00:00.000Z')
    const planned = await plan(
      parseMailboxExport('PrimarySmtpAddress\r\nann@contoso.com\r\nbob@contoso.com\r\n'),
      context
    )
    const other = await plan(
      parseMailboxExport('PrimarySmtpAddress\r\nbob@contoso.com\r\n'),
      context
    )
    await commitImport(db, project.id, other, { validOnly: false }, context)
    const before = await everything()
    await expect(
      commitImport(db, project.id, planned, { validOnly: false }, context)
    ).rejects.toBeInstanceOf(StaleImportError)
    expect(await everything()).toEqual(before)
  })
})

describe('remembered mappings', () => {
  it('a mapping is kept per header signature, the latest one wins', async () => {
    const signature = headerSignature(['Mail', 'Who', 'Stage'])
    expect(await readMapping(db, signature)).toBeUndefined()
    await saveMapping(
      db,
      signature,
      { Mail: 'primarySmtpAddress', Who: 'ignore' },
      at('2026-03-02T10:00:00.000Z')
    )
    const saved = await saveMapping(
      db,
      signature,
      { Mail: 'primarySmtpAddress', Who: 'displayName', Stage: 'status' },
      at('2026-03-03T10:00:00.000Z')
    )
    expect(await readMapping(db, headerSignature(['stage', 'MAIL', 'who']))).toEqual(saved)
    expect(saved).toEqual({
      signature,
      mapping: { Mail: 'primarySmtpAddress', Who: 'displayName', Stage: 'status' },
      updatedAt: '2026-03-03T10:00:00.000Z'
    })
  })
})

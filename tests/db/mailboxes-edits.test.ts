import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createBatch,
  deleteBatch,
  updateBatch
} from '../../src-renderer/lib/db/repositories/batches'
import {
  bulkChangeMailboxes,
  readMailboxHistory,
  readProjectMailboxes,
  undoBulkChange,
  updateMailbox
} from '../../src-renderer/lib/db/repositories/mailboxes'
import { createProject } from '../../src-renderer/lib/db/repositories/projects'
import { TABLE_NAMES, type TrackerDb } from '../../src-renderer/lib/db/schema'
import { ConflictError } from '../../src-renderer/lib/db/write-context'
import type { Batch } from '../../src-renderer/lib/domain/mailboxes/model'
import type { Project } from '../../src-renderer/lib/domain/types'
import { ValidationError } from '../../src-renderer/lib/domain/validation'
import { CONTOSO, contextSequence, makeMailbox, openTestDb } from '../support/db'

let db: TrackerDb
let project: Project
let wave1: Batch
const at = contextSequence()

beforeEach(async () => {
  db = await openTestDb()
  project = await createProject(db, CONTOSO, at('2026-03-01T09:00:00.000Z'))
  wave1 = await createBatch(
    db,
    project.id,
    { name: 'Wave 01', plannedStart: '2026-03-10', plannedCompletion: '2026-03-20' },
    at('2026-03-01T09:05:00.000Z')
  )
  await db.mailboxes.bulkAdd(
    Array.from({ length: 6 }, (_, i) =>
      makeMailbox({
        id: `m${i}`,
        projectId: project.id,
        address: `user${i}@contoso.com`,
        lifecycle: i < 3 ? 'syncing' : 'queued',
        batchId: i % 2 === 0 ? wave1.id : null
      })
    )
  )
})
afterEach(async () => {
  await db.delete()
})

async function everything(): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {}
  for (const name of TABLE_NAMES) dump[name] = await db.table(name).toArray()
  return dump
}

describe('reading', () => {
  it('reads a project’s mailboxes page by page, in address order', async () => {
    await db.mailboxes.add(makeMailbox({ id: 'other', projectId: 'another', address: 'a@x.com' }))
    const rows = await readProjectMailboxes(db, project.id, 4)
    expect(rows.map((row) => row.id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5'])
  })
})

describe('one mailbox', () => {
  it('saves a change with an event, and refuses a stale revision or unknown batch', async () => {
    const saved = await updateMailbox(
      db,
      'm1',
      { lifecycle: 'completed', owner: ' Diego ' },
      at('2026-03-02T10:00:00.000Z'),
      1
    )
    expect(saved).toMatchObject({ lifecycle: 'completed', owner: 'Diego', rev: 2 })
    const history = await readMailboxHistory(db, saved)
    expect(history).toMatchObject([
      {
        entity: 'mailbox',
        entityId: 'm1',
        action: 'lifecycle:completed',
        summary: 'user1@contoso.com: Syncing → Completed',
        before: { lifecycle: 'syncing', owner: '' },
        after: { lifecycle: 'completed', owner: 'Diego' }
      }
    ])
    await expect(
      updateMailbox(db, 'm1', { owner: 'Late' }, at('2026-03-02T11:00:00.000Z'), 1)
    ).rejects.toBeInstanceOf(ConflictError)
    await expect(
      updateMailbox(db, 'm1', { batchId: 'nope' }, at('2026-03-02T11:00:00.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db.mailboxes.get('m1')).toEqual(saved)
  })
})

describe('bulk changes', () => {
  it('change many mailboxes in one go with one event listing them, and undo restores them', async () => {
    const before = await db.mailboxes.toArray()
    const result = await bulkChangeMailboxes(
      db,
      project.id,
      ['m0', 'm1', 'm2', 'm3', 'missing'],
      { lifecycle: 'synced', batchId: wave1.id, owner: 'Diego' },
      at('2026-03-02T10:00:00.000Z')
    )
    expect(result.changed).toBe(4)
    expect(result.undo.summary).toBe(
      '4 mailboxes: lifecycle set to Synced, ready to complete, moved to batch Wave 01, owner set to Diego'
    )
    const changed = await db.mailboxes.bulkGet(['m0', 'm3'])
    expect(changed).toMatchObject([
      { lifecycle: 'synced', batchId: wave1.id, owner: 'Diego', rev: 2 },
      { lifecycle: 'synced', batchId: wave1.id, owner: 'Diego', rev: 2 }
    ])
    const events = (await db.events.toArray()).filter((event) => event.entity === 'mailbox')
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      action: 'bulk-change',
      summary:
        'Bulk change of 4 mailboxes: lifecycle set to Synced, ready to complete, moved to batch Wave 01, owner set to Diego',
      after: { lifecycle: 'synced', batchId: wave1.id, owner: 'Diego' },
      itemIds: ['m0', 'm1', 'm2', 'm3']
    })
    expect(events[0]?.items?.[1]).toEqual({
      id: 'm1',
      label: 'user1@contoso.com',
      before: { lifecycle: 'syncing', batchId: null, owner: '' },
      after: { lifecycle: 'synced', batchId: wave1.id, owner: 'Diego' }
    })
    // Each mailbox's history shows the one bulk event.
    const history = await readMailboxHistory(db, { id: 'm2', projectId: project.id, createdAt: '' })
    expect(history.map((event) => event.action)).toEqual(['bulk-change'])

    const undone = await undoBulkChange(db, result.undo, at('2026-03-02T10:05:00.000Z'))
    expect(undone).toEqual({ restored: 4, skipped: 0 })
    const restored = await db.mailboxes.toArray()
    expect(
      restored.map(({ lifecycle, batchId, owner, rev }) => ({ lifecycle, batchId, owner, rev }))
    ).toEqual(
      before.map(({ lifecycle, batchId, owner, rev }, i) => ({
        lifecycle,
        batchId,
        owner,
        rev: i < 4 ? rev + 2 : rev
      }))
    )
    const undoEvents = (await db.events.toArray()).filter((event) => event.action === 'bulk-undo')
    expect(undoEvents).toHaveLength(1)
    expect(undoEvents[0]?.summary).toBe(
      `Undid the bulk change “${result.undo.summary}”: 4 mailboxes restored`
    )
    expect(undoEvents[0]?.items).toHaveLength(4)
    const later = await readMailboxHistory(db, { id: 'm2', projectId: project.id, createdAt: '' })
    expect(later.map((event) => event.action)).toEqual(['bulk-undo', 'bulk-change'])
  })

  it('undo leaves a mailbox changed since then as it is', async () => {
    const result = await bulkChangeMailboxes(
      db,
      project.id,
      ['m0', 'm1'],
      { owner: 'Diego' },
      at('2026-03-02T10:00:00.000Z')
    )
    await updateMailbox(db, 'm1', { owner: 'Fatima' }, at('2026-03-02T10:01:00.000Z'))
    expect(await undoBulkChange(db, result.undo, at('2026-03-02T10:05:00.000Z'))).toEqual({
      restored: 1,
      skipped: 1
    })
    expect((await db.mailboxes.bulkGet(['m0', 'm1'])).map((m) => m?.owner)).toEqual(['', 'Fatima'])
  })

  it('ignore mailboxes of other projects and refuse unknown batches, writing nothing', async () => {
    await db.mailboxes.add(makeMailbox({ id: 'x', projectId: 'another', address: 'x@x.com' }))
    const before = await everything()
    await expect(
      bulkChangeMailboxes(
        db,
        project.id,
        ['m0'],
        { batchId: 'nope' },
        at('2026-03-02T10:00:00.000Z')
      )
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await everything()).toEqual(before)
    const result = await bulkChangeMailboxes(
      db,
      project.id,
      ['x'],
      { owner: 'Diego' },
      at('2026-03-02T10:00:00.000Z')
    )
    expect(result.changed).toBe(0)
    expect(await db.mailboxes.get('x')).toMatchObject({ owner: '' })
  })
})

describe('batches', () => {
  it('are created and edited with planned dates, and names stay unique', async () => {
    await expect(
      createBatch(
        db,
        project.id,
        { name: 'wave 01', plannedStart: '', plannedCompletion: '' },
        at('2026-03-02T10:00:00.000Z')
      )
    ).rejects.toBeInstanceOf(ValidationError)
    const saved = await updateBatch(
      db,
      wave1.id,
      { name: 'Wave 01 - Finance', plannedStart: '2026-03-11', plannedCompletion: '2026-03-20' },
      at('2026-03-02T10:00:00.000Z'),
      1
    )
    expect(saved).toMatchObject({ name: 'Wave 01 - Finance', plannedStart: '2026-03-11', rev: 2 })
    const events = (await db.events.toArray()).filter((event) => event.entity === 'batch')
    expect(events.map((event) => event.summary)).toEqual([
      'Added batch Wave 01',
      'Updated batch Wave 01 - Finance'
    ])
    expect(events[1]).toMatchObject({
      before: { name: 'Wave 01', plannedStart: '2026-03-10' },
      after: { name: 'Wave 01 - Finance', plannedStart: '2026-03-11' }
    })
  })

  it('deleting a batch leaves its mailboxes in no batch', async () => {
    const count = await deleteBatch(db, wave1.id, at('2026-03-02T10:00:00.000Z'))
    expect(count).toBe(3)
    expect(await db.batches.count()).toBe(0)
    const rows = await db.mailboxes.toArray()
    expect(rows.every((row) => row.batchId === null)).toBe(true)
    expect(rows.filter((row) => row.rev === 2).map((row) => row.id)).toEqual(['m0', 'm2', 'm4'])
    expect((await db.events.orderBy('at').last())?.summary).toBe(
      'Deleted batch Wave 01; its 3 mailboxes are now in no batch'
    )
  })
})

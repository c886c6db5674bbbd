import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appendDomainEvent } from '../../src-renderer/lib/db/repositories/events'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { ConflictError, NotFoundError, rowToUpdate } from '../../src-renderer/lib/db/write-context'
import { fixedContext, openTestDb } from '../support/db'

let db: TrackerDb

beforeEach(async () => {
  db = await openTestDb()
})
afterEach(async () => {
  await db.delete()
})

describe('appendDomainEvent', () => {
  it('logs the domain as scope and entity, in its project', async () => {
    const event = await appendDomainEvent(
      db,
      fixedContext(),
      { id: 'd1', projectId: 'p1' },
      { action: 'route-tested', summary: 'Route test', after: { verdict: 'expected' } }
    )
    expect(await db.events.toArray()).toEqual([event])
    expect(event).toEqual({
      id: 'id-1',
      projectId: 'p1',
      domainId: 'd1',
      at: '2026-03-01T09:00:00.000Z',
      actor: 'Test Lead',
      entity: 'domain',
      entityId: 'd1',
      action: 'route-tested',
      summary: 'Route test',
      before: null,
      after: { verdict: 'expected' }
    })
  })
})

describe('rowToUpdate', () => {
  const row = { id: 'b1', name: 'Wave 1', rev: 3 }
  const label = (batch: typeof row): string => `Batch ${batch.name}`

  it('gives the row when it exists at the revision the caller read, or when none is asked', () => {
    expect(rowToUpdate(row, 'This batch', 3, label)).toBe(row)
    expect(rowToUpdate(row, 'This batch', undefined, label)).toBe(row)
  })

  it('refuses a row that is gone, naming it', () => {
    expect(() => rowToUpdate(undefined, 'This batch', 3, label)).toThrow(NotFoundError)
    expect(() => rowToUpdate(undefined, 'This batch', 3, label)).toThrow(
      'This batch no longer exists.'
    )
  })

  it('refuses a row changed since the caller read it, naming it by its label', () => {
    expect(() => rowToUpdate(row, 'This batch', 2, label)).toThrow(ConflictError)
    expect(() => rowToUpdate(row, 'This batch', 2, label)).toThrow(/^Batch Wave 1 was changed/)
  })
})

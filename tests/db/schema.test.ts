import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TABLE_NAMES, type TrackerDb } from '../../src-renderer/lib/db/schema'
import { openTestDb } from '../support/db'

let db: TrackerDb

beforeEach(async () => {
  db = await openTestDb()
})
afterEach(async () => {
  await db.delete()
})

/**
 * Schema version 1 as released. A released version is never edited: a change to the stores must
 * come as version 2 with an upgrade, and then this snapshot gains a second entry instead of changing.
 */
const VERSION_1 = {
  batches: ['id', 'projectId'],
  connectors: ['id', 'projectId'],
  dnsRecords: ['id', 'projectId', 'domainId'],
  domains: ['id', 'projectId', '&[projectId+name]'],
  events: ['id', '[projectId+at]', '[domainId+at]', 'at'],
  mailboxes: [
    'id',
    'projectId',
    '&[projectId+address]',
    '[projectId+lifecycle]',
    '[projectId+batchId]'
  ],
  projects: ['id', 'name'],
  settings: ['key'],
  steps: ['id', 'projectId', 'domainId', '&[domainId+stepId]']
}

describe('schema', () => {
  it('is version 1 with exactly the released stores and indexes', () => {
    expect(db.verno).toBe(1)
    const actual = Object.fromEntries(
      db.tables.map((table) => [
        table.name,
        [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)]
      ])
    )
    expect(actual).toEqual(VERSION_1)
    expect([...TABLE_NAMES].sort()).toEqual(Object.keys(VERSION_1).sort())
  })
})

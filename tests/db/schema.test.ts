import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { TABLE_NAMES } from '../../src-renderer/lib/db/schema'
import { openTestDb, upgradedFrom, VERSION_2_STORES } from '../support/db'

let db: TrackerDb

beforeEach(async () => {
  db = await openTestDb()
})
afterEach(async () => {
  await db.delete()
})

/**
 * The schema as released, version by version. A released version is never edited: a change to
 * the stores comes as a new version (with an upgrade when rows must change) and a new entry here.
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

const VERSION_2 = {
  ...VERSION_1,
  events: ['id', '[projectId+at]', '[domainId+at]', 'at', '[entityId+at]'],
  mailboxes: [
    'id',
    'projectId',
    '&[projectId+address]',
    '[projectId+lifecycle]',
    '[projectId+batchId]',
    '[projectId+batchId+lifecycle]',
    '[projectId+domainId+lifecycle]'
  ],
  imports: ['id', '[projectId+at]'],
  mappings: ['signature'],
  plans: ['id', 'projectId', '&domainId'],
  restorePoints: ['id', 'createdAt'],
  snapshots: ['id', '&[projectId+day]']
}

/** Version 3 changes no store (its upgrade regenerates checklists). */
const VERSION_3 = VERSION_2

const VERSION_4 = {
  ...VERSION_3,
  inventories: ['id', '[projectId+collectedAt]'],
  proposalDecisions: ['id', 'projectId', 'domainId', '&key']
}

const VERSION_5 = {
  ...VERSION_4,
  events: ['id', '[projectId+at]', '[domainId+at]', 'at', '[entityId+at]', '*itemIds'],
  reportNotes: ['id', 'projectId', '&[projectId+scope]'],
  reports: ['id', 'projectId', '[projectId+scope+createdAt]']
}

const VERSION_6 = {
  ...VERSION_5,
  routeTests: ['id', 'projectId', 'domainId']
}

const VERSION_7 = {
  ...VERSION_6,
  dnsPastes: ['id', 'projectId', 'domainId', '&[domainId+key]']
}

/** Version 8 adds the cut-over runs. */
const VERSION_8 = {
  ...VERSION_7,
  runs: ['id', 'projectId', 'domainId', 'status']
}

/** Version 9 changes no store (its upgrade regenerates checklists). */
const VERSION_9 = VERSION_8

describe('schema', () => {
  it('is version 9 with exactly the released stores and indexes', () => {
    expect(db.verno).toBe(9)
    const actual = Object.fromEntries(
      db.tables.map((table) => [
        table.name,
        [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)]
      ])
    )
    expect(actual).toEqual(VERSION_9)
    expect([...TABLE_NAMES, 'restorePoints'].sort()).toEqual(Object.keys(VERSION_9).sort())
  })
})

describe('upgrades', () => {
  it('opens a version 1 database with its rows intact and the later tables added', async () => {
    const stores = Object.fromEntries(
      Object.entries(VERSION_1).map(([table, keys]) => [table, keys.join(', ')])
    )
    const upgraded = await upgradedFrom(1, stores, async (old) => {
      await old.table('projects').add({ id: 'p1', name: 'Contoso', rev: 3 })
      await old
        .table('steps')
        .add({ id: 's1', projectId: 'p1', domainId: 'd1', stepId: 'dns-spf', status: 'done' })
      await old
        .table('events')
        .add({ id: 'e1', projectId: 'p1', domainId: 'd1', at: '2026-01-01T00:00:00.000Z' })
    })
    expect(upgraded.verno).toBe(9)
    expect(await upgraded.projects.get('p1')).toEqual({ id: 'p1', name: 'Contoso', rev: 3 })
    expect(await upgraded.steps.where('[domainId+stepId]').equals(['d1', 'dns-spf']).count()).toBe(
      1
    )
    expect(await upgraded.events.count()).toBe(1)
    expect(await upgraded.snapshots.count()).toBe(0)
    await upgraded.delete()
  })

  it('opens a version 2 database with its rows intact and the version 4 tables empty', async () => {
    const upgraded = await upgradedFrom(2, VERSION_2_STORES, async (old) => {
      await old.table('projects').add({ id: 'p1', name: 'Contoso', rev: 3 })
      await old.table('snapshots').add({ id: 'n1', projectId: 'p1', day: '2026-01-01' })
    })
    expect(upgraded.verno).toBe(9)
    expect(await upgraded.projects.get('p1')).toEqual({ id: 'p1', name: 'Contoso', rev: 3 })
    expect(await upgraded.snapshots.count()).toBe(1)
    expect(await upgraded.inventories.count()).toBe(0)
    expect(await upgraded.proposalDecisions.count()).toBe(0)
    await upgraded.delete()
  })

  it('opens a version 2 database with its events intact, findable by the new itemIds index', async () => {
    const upgraded = await upgradedFrom(2, VERSION_2_STORES, async (old) => {
      await old.table('events').bulkAdd([
        {
          id: 'e1',
          projectId: 'p1',
          domainId: null,
          at: '2026-01-01T00:00:00.000Z',
          entityId: 'm1'
        },
        {
          id: 'e2',
          projectId: 'p1',
          domainId: null,
          at: '2026-01-02T00:00:00.000Z',
          entityId: 'bulk',
          itemIds: ['m1', 'm2']
        }
      ])
      await old.table('plans').add({ id: 'plan1', projectId: 'p1', domainId: 'd1', target: 1 })
    })
    expect(upgraded.verno).toBe(9)
    expect(await upgraded.events.count()).toBe(2)
    expect(await upgraded.events.where('itemIds').equals('m2').primaryKeys()).toEqual(['e2'])
    expect(await upgraded.plans.get('plan1')).toMatchObject({ domainId: 'd1', target: 1 })
    expect(await upgraded.reportNotes.count()).toBe(0)
    expect(await upgraded.reports.count()).toBe(0)
    await upgraded.delete()
  })
})

import { describe, expect, it } from 'vitest'
import {
  canaryMismatch,
  dataRowCount,
  makeCanary,
  type CanaryRecord
} from '../../src-renderer/lib/domain/canary'

const EMPTY = {
  projects: 0,
  domains: 0,
  steps: 0,
  mailboxes: 0,
  events: 0,
  settings: 0
}

const WITH_DATA: CanaryRecord = {
  projectCount: 2,
  rowCounts: { ...EMPTY, projects: 2, domains: 5, steps: 60, events: 80, settings: 2 },
  lastBackup: 'tracker-backup-2026-03-10T09-00-00-000Z-interval.json',
  schemaVersion: 2,
  writtenAt: '2026-03-10T09:00:01.000Z'
}

describe('canaryMismatch', () => {
  it('finds a reset: the canary remembers data and the database is empty', () => {
    expect(canaryMismatch(WITH_DATA, EMPTY)).toEqual({
      projectCount: 2,
      rowCount: 147,
      writtenAt: '2026-03-10T09:00:01.000Z',
      lastBackup: 'tracker-backup-2026-03-10T09-00-00-000Z-interval.json'
    })
  })

  it('finds a reset when the database holds nothing at all (no tables counted)', () => {
    expect(canaryMismatch(WITH_DATA, {})?.projectCount).toBe(2)
  })

  it('counts a database with only settings as empty: a theme switch writes those', () => {
    expect(canaryMismatch(WITH_DATA, { ...EMPTY, settings: 2 })).not.toBeNull()
  })

  it('finds a reset when only rows were remembered, without projects', () => {
    const logOnly = { ...WITH_DATA, projectCount: 0, rowCounts: { ...EMPTY, events: 4 } }
    expect(canaryMismatch(logOnly, EMPTY)?.rowCount).toBe(4)
  })

  it('is quiet when there is no canary: a first start, or the browser', () => {
    expect(canaryMismatch(null, EMPTY)).toBeNull()
  })

  it('is quiet when the canary remembers an empty database', () => {
    const empty = makeCanary({ ...EMPTY, settings: 1 }, null, 2, '2026-03-10T09:00:00.000Z')
    expect(canaryMismatch(empty, EMPTY)).toBeNull()
  })

  it('is quiet when the database still has data, even less than remembered', () => {
    // Deleting projects is the user's choice; their history stays in the activity log.
    expect(canaryMismatch(WITH_DATA, { ...EMPTY, events: 95 })).toBeNull()
    expect(canaryMismatch(WITH_DATA, WITH_DATA.rowCounts)).toBeNull()
  })
})

describe('makeCanary and dataRowCount', () => {
  it('takes the project count from the projects table and copies the counts', () => {
    const counts = { projects: 3, events: 10, settings: 2 }
    const canary = makeCanary(counts, 'b.json', 2, '2026-03-10T09:00:00.000Z')
    expect(canary).toEqual({
      projectCount: 3,
      rowCounts: { projects: 3, events: 10, settings: 2 },
      lastBackup: 'b.json',
      schemaVersion: 2,
      writtenAt: '2026-03-10T09:00:00.000Z'
    })
    counts.projects = 9
    expect(canary.rowCounts.projects).toBe(3)
    expect(makeCanary({}, null, 1, 'x').projectCount).toBe(0)
  })

  it('counts every table but settings', () => {
    expect(dataRowCount({ projects: 1, events: 4, settings: 7 })).toBe(5)
    expect(dataRowCount({})).toBe(0)
  })
})

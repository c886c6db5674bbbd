import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addDomain, removeDomain } from '../../src-renderer/lib/db/repositories/domains'
import { deleteProject } from '../../src-renderer/lib/db/repositories/projects'
import {
  readProjectRouteTests,
  readRouteTests,
  saveRouteTest
} from '../../src-renderer/lib/db/repositories/route-tests'
import { createBackup, restoreBackup } from '../../src-renderer/lib/db/backup'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { NO_CONDITIONS } from '../../src-renderer/lib/domain/profile'
import { routePlanStatus } from '../../src-renderer/lib/domain/route/stored'
import type { Domain, Project } from '../../src-renderer/lib/domain/types'
import { ValidationError } from '../../src-renderer/lib/domain/validation'
import {
  contextSequence,
  openTestDb,
  upgradedFrom,
  VERSION_2_STORES,
  seedProjectWithDomain
} from '../support/db'
import * as samples from '../support/route-header-samples'

let db: TrackerDb
let project: Project
let domain: Domain
const at = contextSequence()

beforeEach(async () => {
  db = await openTestDb()
  ;({ project, domain } = await seedProjectWithDomain(db, at))
})
afterEach(async () => {
  await db.delete()
})

describe('saveRouteTest', () => {
  it('checks the headers against the domain’s scenario with the project’s hosts and stores the result', async () => {
    const row = await saveRouteTest(
      db,
      {
        domainId: domain.id,
        direction: 'onprem-to-internet',
        headers: samples.ONPREM_VIA_CLOUD_TO_INTERNET,
        sourceName: 'test.eml'
      },
      at('2026-12-07T10:00:00.000Z')
    )
    expect(row).toMatchObject({
      projectId: project.id,
      domainId: domain.id,
      scenario: 1,
      verdict: 'expected',
      path: ['onprem', 'eop-in', 'exo', 'eop-out', 'internet'],
      testedAt: '2026-12-07T10:00:00.000Z',
      sourceName: 'test.eml'
    })
    expect(row.findings.map((f) => f.code)).toContain('attributed-hybrid')
    expect(await readRouteTests(db, domain.id)).toEqual([row])
    expect(await readProjectRouteTests(db, project.id)).toEqual([row])
    const events = await db.events.where('entityId').equals(domain.id).toArray()
    expect(events.map((e) => e.action)).toContain('route-tested')
  })

  it('keeps every check; the plan counts the newest per direction', async () => {
    const input = {
      domainId: domain.id,
      direction: 'onprem-to-internet' as const,
      sourceName: 'Pasted'
    }
    await saveRouteTest(
      db,
      { ...input, headers: samples.ONPREM_VIA_CLOUD_TO_INTERNET },
      at('2026-12-07T10:00:00.000Z')
    )
    await saveRouteTest(
      db,
      { ...input, headers: samples.ONPREM_DIRECT_TO_INTERNET },
      at('2026-12-07T11:00:00.000Z')
    )
    const rows = await readRouteTests(db, domain.id)
    expect(rows.map((r) => r.verdict)).toEqual(['unexpected', 'expected'])
    const status = routePlanStatus(domain, rows)
    expect(status.passed).toBe(0)
    expect(status.entries.find((e) => e.direction === 'onprem-to-internet')?.latest?.verdict).toBe(
      'unexpected'
    )
  })

  it('refuses empty or oversized text and unknown directions, writing nothing', async () => {
    const context = at('2026-12-07T10:00:00.000Z')
    await expect(
      saveRouteTest(
        db,
        {
          domainId: domain.id,
          direction: 'onprem-to-internet',
          headers: '  ',
          sourceName: 'Pasted'
        },
        context
      )
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      saveRouteTest(
        db,
        {
          domainId: domain.id,
          direction: 'onprem-to-internet',
          headers: 'x'.repeat(300_000),
          sourceName: 'Pasted'
        },
        context
      )
    ).rejects.toThrow(/characters/)
    await expect(
      saveRouteTest(
        db,
        {
          domainId: domain.id,
          direction: 'sideways' as never,
          headers: 'Subject: x',
          sourceName: 'Pasted'
        },
        context
      )
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db.routeTests.count()).toBe(0)
  })

  it('goes with its domain and its project', async () => {
    const input = {
      domainId: domain.id,
      direction: 'internet-to-cloud' as const,
      sourceName: 'Pasted'
    }
    await saveRouteTest(
      db,
      { ...input, headers: samples.INTERNET_TO_CLOUD_VIA_EOP },
      at('2026-12-07T10:00:00.000Z')
    )
    await removeDomain(db, domain.id, at('2026-12-07T10:01:00.000Z'))
    expect(await db.routeTests.count()).toBe(0)
    const other = await addDomain(
      db,
      project.id,
      { name: 'fabrikam.com', scenario: 3, conditions: NO_CONDITIONS },
      at('2026-12-07T10:02:00.000Z')
    )
    await saveRouteTest(
      db,
      { ...input, domainId: other.id, headers: samples.INTERNET_TO_CLOUD_VIA_EOP },
      at('2026-12-07T10:03:00.000Z')
    )
    await deleteProject(db, project.id, at('2026-12-07T10:04:00.000Z'))
    expect(await db.routeTests.count()).toBe(0)
  })
})

describe('route tests in backups and upgrades', () => {
  it('a backup holds the route tests and a restore brings them back', async () => {
    await saveRouteTest(
      db,
      {
        domainId: domain.id,
        direction: 'internet-to-cloud',
        headers: samples.INTERNET_TO_CLOUD_VIA_EOP,
        sourceName: 'Pasted'
      },
      at('2026-12-07T10:00:00.000Z')
    )
    const before = await db.routeTests.toArray()
    const { text, rowCounts } = await createBackup(db, '0.1.0', '2026-12-07T10:05:00.000Z')
    expect(rowCounts.routeTests).toBe(1)
    await db.routeTests.clear()
    const result = await restoreBackup(db, text, '0.1.0', at('2026-12-07T10:06:00.000Z'))
    expect(result.ok).toBe(true)
    expect(await db.routeTests.toArray()).toEqual(before)
  })

  it('opens a version 2 database with its rows intact and an empty routeTests table', async () => {
    const upgraded = await upgradedFrom(2, VERSION_2_STORES, (old) =>
      old.table('domains').add({ id: 'd1', projectId: 'p1', name: 'contoso.com', scenario: 2 })
    )
    expect(upgraded.verno).toBeGreaterThanOrEqual(6)
    expect(await upgraded.domains.get('d1')).toEqual({
      id: 'd1',
      projectId: 'p1',
      name: 'contoso.com',
      scenario: 2
    })
    expect(await upgraded.routeTests.count()).toBe(0)
    await upgraded.delete()
  })
})

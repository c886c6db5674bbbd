import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSampleProject } from '../../src-renderer/lib/db/repositories/sample'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { SAMPLE_DOMAINS } from '../../src-renderer/lib/domain/sample'
import { fixedContext, openTestDb } from '../support/db'

let db: TrackerDb

beforeEach(async () => {
  db = await openTestDb()
})
afterEach(async () => {
  await db.delete()
})

describe('sample project', () => {
  it('creates Contoso with its domains in every scenario and the given progress', async () => {
    const project = await createSampleProject(db, fixedContext('2026-03-10T08:00:00.000Z'))
    expect(project).toMatchObject({
      name: 'Contoso hybrid migration',
      onPremIps: ['131.107.21.231'],
      thirdPartySenders: ['203.0.113.25'],
      onPremHost: 'mail.contoso.com'
    })
    const domains = await db.domains.toArray()
    expect(domains.map((domain) => [domain.name, domain.scenario]).sort()).toEqual([
      ['contoso.com', 1],
      ['fabrikam.com', 2],
      ['litwareinc.com', 4],
      ['tailspintoys.com', 3]
    ])
    const steps = await db.steps.toArray()
    const sampled = SAMPLE_DOMAINS.flatMap((domain) => domain.steps).length
    expect(steps.filter((step) => step.status !== 'todo' || step.owner !== '')).toHaveLength(
      sampled
    )
    const blocked = steps.find((step) => step.status === 'blocked')
    expect(blocked).toMatchObject({
      stepId: 'enable-cmt',
      statusReason: expect.stringContaining('Compliance')
    })
    const overdue = steps.find(
      (step) =>
        step.stepId === 'connector-onprem-to-cloud' &&
        step.domainId === domains.find((d) => d.name === 'contoso.com')?.id
    )
    expect(overdue?.dueDate).toBe('2026-03-08')
  })

  it('creates nothing when any part fails', async () => {
    await db.domains.hook('creating', () => {
      throw new Error('disk went away')
    })
    await expect(createSampleProject(db, fixedContext())).rejects.toThrow('disk went away')
    expect([
      await db.projects.count(),
      await db.domains.count(),
      await db.steps.count(),
      await db.events.count()
    ]).toEqual([0, 0, 0, 0])
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { updateDomain } from '../../src-renderer/lib/db/repositories/domains'
import {
  activePlan,
  applyTransition,
  choosePlanTarget,
  readPlan,
  readAdvisorInputs,
  setPlanActionDone,
  tickedFor
} from '../../src-renderer/lib/db/repositories/advisor-plans'
import { updateStep } from '../../src-renderer/lib/db/repositories/steps'
import { TrackerDb } from '../../src-renderer/lib/db/schema'
import { ConflictError } from '../../src-renderer/lib/db/write-context'
import { planTransition } from '../../src-renderer/lib/domain/advisor'
import { NO_CONDITIONS } from '../../src-renderer/lib/domain/profile'
import type { Domain, EventRecord, Step } from '../../src-renderer/lib/domain/types'
import { ValidationError } from '../../src-renderer/lib/domain/validation'
import { contextSequence, makeDnsRecord, openTestDb, seedProjectWithDomain } from '../support/db'
import { connector } from '../support/connector-fixtures'

let db: TrackerDb
let domain: Domain
const at = contextSequence()

beforeEach(async () => {
  db = await openTestDb()
  ;({ domain } = await seedProjectWithDomain(db, at, {
    name: 'tailspintoys.com',
    scenario: 3,
    conditions: NO_CONDITIONS
  }))
})
afterEach(async () => {
  await db.delete()
})

async function plan(): Promise<ReturnType<typeof readPlan>> {
  return readPlan(await db.plans.where('domainId').equals(domain.id).first())
}

async function stepsOf(domainId: string): Promise<Map<string, Step>> {
  const steps = await db.steps.where('domainId').equals(domainId).toArray()
  return new Map(steps.map((step) => [step.stepId, step]))
}

async function eventActions(): Promise<string[]> {
  const events = await db.events
    .where('[domainId+at]')
    .between([domain.id, ''], [domain.id, '\uffff'])
    .toArray()
  return events.map((event) => event.action)
}

async function snapshot(): Promise<unknown> {
  return {
    domains: await db.domains.toArray(),
    steps: await db.steps.toArray(),
    events: await db.events.toArray(),
    plans: await db.plans.toArray()
  }
}

describe('plans repository', () => {
  it('saves the chosen target and records it', async () => {
    const saved = await choosePlanTarget(db, domain.id, 2, at('2026-03-02T09:00:00.000Z'))
    expect(saved).toMatchObject({ from: 3, target: 2, status: 'in-progress', ticked: {}, rev: 1 })
    expect(await plan()).toEqual(saved)
    const event = (await db.events.toArray()).find((e) => e.action === 'plan-target-chosen')
    expect(event).toMatchObject({
      domainId: domain.id,
      summary: 'Planning to move tailspintoys.com from scenario 3 to scenario 2',
      before: { target: null },
      after: { target: 2 }
    })
  })

  it('refuses the current scenario or an unknown one, and writes nothing', async () => {
    const before = await snapshot()
    await expect(
      choosePlanTarget(db, domain.id, 3, at('2026-03-02T09:00:00.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      choosePlanTarget(db, domain.id, 9 as 1, at('2026-03-02T09:00:00.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      setPlanActionDone(db, domain.id, 2, 'no-such-action', true, at('2026-03-02T09:00:00.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)
    // An action of another runbook is not one of this one.
    await expect(
      setPlanActionDone(db, domain.id, 2, 'disable-cmt', true, at('2026-03-02T09:00:00.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await snapshot()).toEqual(before)
  })

  it('keeps ticks in runbook order, per target, and through a restart', async () => {
    await setPlanActionDone(
      db,
      domain.id,
      2,
      'remove-inbound-ip-restriction',
      true,
      at('2026-03-02T09:00:00.000Z')
    )
    await setPlanActionDone(db, domain.id, 2, 'lower-mx-ttl', true, at('2026-03-02T09:01:00.000Z'))
    await setPlanActionDone(db, domain.id, 2, 'dns-spf', true, at('2026-03-02T09:02:00.000Z'))
    await setPlanActionDone(db, domain.id, 2, 'dns-spf', false, at('2026-03-02T09:03:00.000Z'))
    await choosePlanTarget(db, domain.id, 4, at('2026-03-02T09:04:00.000Z'))
    await setPlanActionDone(
      db,
      domain.id,
      4,
      'onprem-relay-via-cloud',
      true,
      at('2026-03-02T09:05:00.000Z')
    )
    await choosePlanTarget(db, domain.id, 2, at('2026-03-02T09:06:00.000Z'))

    // A restart: a new connection to the same database.
    const name = db.name
    db.close()
    db = new TrackerDb(name)
    await db.open()
    const reopened = await plan()
    expect(reopened).toMatchObject({
      target: 2,
      ticked: {
        '2': ['lower-mx-ttl', 'remove-inbound-ip-restriction'],
        '4': ['onprem-relay-via-cloud']
      }
    })
    expect(tickedFor(activePlan(reopened, 3), 2)).toEqual([
      'lower-mx-ttl',
      'remove-inbound-ip-restriction'
    ])
    const actions = await eventActions()
    expect(actions.filter((action) => action === 'plan-action-done')).toHaveLength(4)
    expect(actions.filter((action) => action === 'plan-action-undone')).toHaveLength(1)
    const first = (await db.events.orderBy('at').toArray()).find(
      (e) => e.action === 'plan-action-done'
    )
    expect(first?.summary).toBe(
      'Transition of tailspintoys.com to scenario 2: “Remove or re-scope the on-premises-only restriction” done'
    )
  })

  it('writes nothing when a tick changes nothing', async () => {
    await setPlanActionDone(
      db,
      domain.id,
      2,
      'remove-inbound-ip-restriction',
      true,
      at('2026-03-02T09:00:00.000Z')
    )
    const before = await snapshot()
    await setPlanActionDone(
      db,
      domain.id,
      2,
      'remove-inbound-ip-restriction',
      true,
      at('2026-03-02T09:01:00.000Z')
    )
    await choosePlanTarget(db, domain.id, 2, at('2026-03-02T09:02:00.000Z'))
    expect(await snapshot()).toEqual(before)
  })

  it('starts afresh, on the same row, once the domain’s scenario changed elsewhere', async () => {
    const first = await setPlanActionDone(
      db,
      domain.id,
      2,
      'remove-inbound-ip-restriction',
      true,
      at('2026-03-02T09:00:00.000Z')
    )
    await updateDomain(
      db,
      domain.id,
      { name: domain.name, scenario: 4, conditions: NO_CONDITIONS },
      at('2026-03-02T10:00:00.000Z')
    )
    expect(activePlan(await plan(), 4)).toBeNull()
    const next = await choosePlanTarget(db, domain.id, 1, at('2026-03-02T11:00:00.000Z'))
    expect(next).toMatchObject({
      id: first.id,
      from: 4,
      target: 1,
      ticked: {},
      createdAt: '2026-03-02T11:00:00.000Z'
    })
    expect(await db.plans.count()).toBe(1)
  })

  it('reads the inputs of the transition tab', async () => {
    await choosePlanTarget(db, domain.id, 2, at('2026-03-02T09:00:00.000Z'))
    await db.connectors.add(
      connector({ id: 'c1', projectId: domain.projectId, name: 'Outbound to 1' })
    )
    await db.dnsRecords.bulkAdd([
      makeDnsRecord({ id: 'r1', projectId: domain.projectId, domainId: domain.id }),
      makeDnsRecord({ id: 'r2', projectId: domain.projectId, domainId: 'other' })
    ])
    const inputs = await readAdvisorInputs(db, domain.projectId, domain.id)
    expect(inputs.plan?.target).toBe(2)
    expect(inputs.connectors.map((row) => row.id)).toEqual(['c1'])
    expect(inputs.dnsRecords.map((row) => row.id)).toEqual(['r1'])
    // Every domain of the project, so tenant-wide changes can account for each.
    expect(inputs.domains.map((row) => row.name)).toEqual(['tailspintoys.com'])
  })

  it('ticks the send connector action that scenario 2’s recorded path adds to the runbook', async () => {
    const tick = (): Promise<unknown> =>
      setPlanActionDone(
        db,
        domain.id,
        2,
        'onprem-relay-via-cloud',
        true,
        at('2026-03-02T09:00:00.000Z')
      )
    // Not recorded: the runbook 3 → 2 asks for the choice and has no relay action.
    await expect(tick()).rejects.toBeInstanceOf(ValidationError)
    await db.domains.update(domain.id, { scenario2Outbound: 'through-exchange-online' })
    await tick()
    expect(tickedFor(await plan(), 2)).toEqual(['onprem-relay-via-cloud'])
  })

  it('ignores rows it does not understand', () => {
    expect(readPlan(undefined)).toBeNull()
    expect(readPlan({ id: 'x', projectId: 'p', domainId: 'd', from: 7 })).toBeNull()
  })
})

describe('applyTransition', () => {
  async function prepareThreeToTwo(): Promise<void> {
    const steps = await stepsOf(domain.id)
    const spf = steps.get('dns-spf')
    const mx = steps.get('dns-mx-onprem')
    if (!spf || !mx) throw new Error('scenario 3 has SPF and on-premises MX steps')
    await updateStep(
      db,
      spf.id,
      { status: 'done', notes: 'SPF lists 131.107.21.231', evidence: 'nslookup output' },
      at('2026-03-02T09:00:00.000Z')
    )
    await updateStep(
      db,
      mx.id,
      { status: 'done', notes: 'MX is mail.contoso.com' },
      at('2026-03-02T09:05:00.000Z')
    )
    await setPlanActionDone(db, domain.id, 2, 'lower-mx-ttl', true, at('2026-03-03T09:00:00.000Z'))
    await setPlanActionDone(
      db,
      domain.id,
      2,
      'remove-inbound-ip-restriction',
      true,
      at('2026-03-03T09:01:00.000Z')
    )
  }

  it('moves 3 → 2 keeping every step’s history, records the event and marks the plan applied', async () => {
    await prepareThreeToTwo()
    const updated = await applyTransition(db, domain.id, 2, at('2026-03-04T10:00:00.000Z'), 3)
    expect(updated).toMatchObject({ scenario: 2, rev: domain.rev + 1 })
    expect(await db.domains.get(domain.id)).toMatchObject({ scenario: 2 })

    const steps = await stepsOf(domain.id)
    expect(steps.get('dns-spf')).toMatchObject({
      status: 'done',
      notes: 'SPF lists 131.107.21.231',
      evidence: 'nslookup output',
      completedAt: '2026-03-02T09:00:00.000Z',
      retired: false
    })
    expect(steps.get('dns-mx-onprem')).toMatchObject({
      retired: true,
      status: 'done',
      notes: 'MX is mail.contoso.com'
    })
    const runbook = planTransition(3, 2)
    for (const id of runbook.add)
      expect(steps.get(id)).toMatchObject({ retired: false, status: 'todo' })
    for (const id of runbook.retire) expect(steps.get(id)?.retired).toBe(true)

    const events = await db.events
      .where('[domainId+at]')
      .equals([domain.id, '2026-03-04T10:00:00.000Z'])
      .toArray()
    expect(events.map((event) => event.action).sort()).toEqual([
      'checklist-regenerated',
      'scenario-changed',
      'transition-applied'
    ])
    const applied = events.find((event) => event.action === 'transition-applied') as EventRecord
    expect(applied).toMatchObject({
      entity: 'domain',
      entityId: domain.id,
      summary: `Applied the transition of tailspintoys.com from scenario 3 to scenario 2 (2 of ${runbook.actions.length} runbook actions ticked)`,
      before: { scenario: 3 },
      after: { scenario: 2 }
    })
    expect(await plan()).toMatchObject({
      status: 'applied',
      appliedAt: '2026-03-04T10:00:00.000Z',
      appliedTo: 2,
      from: 3,
      ticked: { '2': ['lower-mx-ttl', 'remove-inbound-ip-restriction'] }
    })
    expect(activePlan(await plan(), 2)).toBeNull()
  })

  it('applies without a plan in progress, and creates the plan row', async () => {
    await applyTransition(db, domain.id, 4, at('2026-03-04T10:00:00.000Z'))
    expect(await plan()).toMatchObject({ from: 3, status: 'applied', appliedTo: 4, ticked: {} })
  })

  it('keeps scenario 2’s recorded outbound path through a transition', async () => {
    await updateDomain(
      db,
      domain.id,
      { name: domain.name, scenario: 3, conditions: NO_CONDITIONS, scenario2Outbound: 'direct' },
      at('2026-03-03T10:00:00.000Z')
    )
    const updated = await applyTransition(db, domain.id, 2, at('2026-03-04T10:00:00.000Z'))
    expect(updated.scenario2Outbound).toBe('direct')
    const relay = await db.steps
      .where('domainId')
      .equals(domain.id)
      .filter((step) => step.stepId === 'onprem-relay-via-cloud')
      .first()
    expect(relay).toBeUndefined()
  })

  it('changes nothing when a write inside fails', async () => {
    await prepareThreeToTwo()
    const before = await snapshot()
    db.events.hook('creating', (_key, event) => {
      if (event.action === 'transition-applied') throw new Error('disk full')
    })
    await expect(applyTransition(db, domain.id, 2, at('2026-03-04T10:00:00.000Z'))).rejects.toThrow(
      'disk full'
    )
    expect(await snapshot()).toEqual(before)
    expect((await db.domains.get(domain.id))?.scenario).toBe(3)
  })

  it('refuses a domain that changed since the plan was made, or the same scenario', async () => {
    const before = await snapshot()
    await expect(
      applyTransition(db, domain.id, 2, at('2026-03-04T10:00:00.000Z'), 1)
    ).rejects.toBeInstanceOf(ConflictError)
    await expect(
      applyTransition(db, domain.id, 3, at('2026-03-04T10:00:00.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await snapshot()).toEqual(before)
  })
})

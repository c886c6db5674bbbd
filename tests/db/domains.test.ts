import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  addDomain,
  removeDomain,
  updateDomain
} from '../../src-renderer/lib/db/repositories/domains'
import { createProject } from '../../src-renderer/lib/db/repositories/projects'
import { updateStep } from '../../src-renderer/lib/db/repositories/steps'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { stepsFor } from '../../src-renderer/lib/domain/catalog'
import { domainProfile, NO_CONDITIONS } from '../../src-renderer/lib/domain/profile'
import type { Step } from '../../src-renderer/lib/domain/types'
import { ValidationError } from '../../src-renderer/lib/domain/validation'
import { CONTOSO, contextSequence, openTestDb } from '../support/db'

let db: TrackerDb
let projectId: string
const at = contextSequence()

beforeEach(async () => {
  db = await openTestDb()
  projectId = (await createProject(db, CONTOSO, at('2026-03-01T09:00:00.000Z'))).id
})
afterEach(async () => {
  await db.delete()
})

async function stepsOf(domainId: string): Promise<Map<string, Step>> {
  const steps = await db.steps.where('domainId').equals(domainId).toArray()
  return new Map(steps.map((step) => [step.stepId, step]))
}

describe('domains repository', () => {
  it('adds a domain with exactly the checklist of its scenario', async () => {
    const domain = await addDomain(
      db,
      projectId,
      { name: 'Contoso.COM.', scenario: 3, conditions: NO_CONDITIONS },
      at('2026-03-01T10:00:00.000Z')
    )
    expect(domain.name).toBe('contoso.com')
    const expected = stepsFor(3, domainProfile(NO_CONDITIONS, '2016')).map((step) => step.id)
    expect([...(await stepsOf(domain.id)).keys()].sort()).toEqual([...expected].sort())
  })

  it('refuses a domain that is already in the project, and writes nothing', async () => {
    await addDomain(
      db,
      projectId,
      { name: 'contoso.com', scenario: 1, conditions: NO_CONDITIONS },
      at('2026-03-01T10:00:00.000Z')
    )
    const counts = [await db.domains.count(), await db.steps.count(), await db.events.count()]
    await expect(
      addDomain(
        db,
        projectId,
        { name: 'CONTOSO.com', scenario: 2, conditions: NO_CONDITIONS },
        at('2026-03-01T11:00:00.000Z')
      )
    ).rejects.toBeInstanceOf(ValidationError)
    expect([await db.domains.count(), await db.steps.count(), await db.events.count()]).toEqual(
      counts
    )
  })

  it('keeps every step history through a scenario change and back', async () => {
    const domain = await addDomain(
      db,
      projectId,
      { name: 'contoso.com', scenario: 3, conditions: NO_CONDITIONS },
      at('2026-03-01T10:00:00.000Z')
    )
    const before = await stepsOf(domain.id)
    const spf = before.get('dns-spf')
    const mxOnPrem = before.get('dns-mx-onprem')
    if (!spf || !mxOnPrem) throw new Error('scenario 3 has SPF and on-premises MX steps')
    await updateStep(
      db,
      spf.id,
      { status: 'done', notes: 'published', evidence: 'dig output' },
      at('2026-03-02T10:00:00.000Z')
    )
    await updateStep(
      db,
      mxOnPrem.id,
      { status: 'done', notes: 'MX to mail.contoso.com' },
      at('2026-03-02T11:00:00.000Z')
    )

    await updateDomain(
      db,
      domain.id,
      { name: 'contoso.com', scenario: 2, conditions: NO_CONDITIONS },
      at('2026-03-03T10:00:00.000Z')
    )
    const inTwo = await stepsOf(domain.id)
    expect(inTwo.get('dns-spf')).toMatchObject({
      status: 'done',
      notes: 'published',
      evidence: 'dig output',
      retired: false,
      completedAt: '2026-03-02T10:00:00.000Z'
    })
    expect(inTwo.get('dns-mx-onprem')).toMatchObject({
      retired: true,
      status: 'done',
      notes: 'MX to mail.contoso.com'
    })
    expect(inTwo.get('dns-mx-eop')).toMatchObject({ retired: false, status: 'todo' })

    await updateDomain(
      db,
      domain.id,
      { name: 'contoso.com', scenario: 3, conditions: NO_CONDITIONS },
      at('2026-03-04T10:00:00.000Z')
    )
    const backInThree = await stepsOf(domain.id)
    expect(backInThree.get('dns-mx-onprem')).toMatchObject({
      retired: false,
      status: 'done',
      notes: 'MX to mail.contoso.com'
    })
    expect(backInThree.get('dns-mx-eop')).toMatchObject({ retired: true })
    expect(backInThree.size).toBe(inTwo.size)

    const actions = (
      await db.events
        .where('[domainId+at]')
        .between([domain.id, ''], [domain.id, '\uffff'])
        .toArray()
    ).map((event) => event.action)
    expect(actions.filter((action) => action === 'scenario-changed')).toHaveLength(2)
    expect(actions.filter((action) => action === 'checklist-regenerated')).toHaveLength(2)
  })

  it('follows scenario 2’s outbound path: asked, changed later with history kept, remembered in another scenario', async () => {
    const domain = await addDomain(
      db,
      projectId,
      { name: 'contoso.com', scenario: 2, conditions: NO_CONDITIONS },
      at('2026-03-01T10:00:00.000Z')
    )
    // Not chosen: the relay is listed as a decision to make, not silently required or dropped.
    expect(domain.scenario2Outbound).toBeUndefined()
    const undecided = await stepsOf(domain.id)
    const relay = undecided.get('onprem-relay-via-cloud')
    if (!relay) throw new Error('scenario 2 lists the relay until the path is chosen')
    expect(relay.requirement).toBe('recommended')
    await updateStep(db, relay.id, { notes: 'smart host planned' }, at('2026-03-01T11:00:00.000Z'))

    const direct = await updateDomain(
      db,
      domain.id,
      { name: 'contoso.com', scenario: 2, conditions: NO_CONDITIONS, scenario2Outbound: 'direct' },
      at('2026-03-02T10:00:00.000Z')
    )
    expect(direct.scenario2Outbound).toBe('direct')
    const inDirect = await stepsOf(domain.id)
    expect(inDirect.get('onprem-relay-via-cloud')).toMatchObject({
      retired: true,
      notes: 'smart host planned'
    })
    expect(inDirect.get('connector-onprem-to-cloud')?.requirement).toBe('recommended')

    await updateDomain(
      db,
      domain.id,
      {
        name: 'contoso.com',
        scenario: 2,
        conditions: NO_CONDITIONS,
        scenario2Outbound: 'through-exchange-online'
      },
      at('2026-03-03T10:00:00.000Z')
    )
    const back = await stepsOf(domain.id)
    expect(back.get('onprem-relay-via-cloud')).toMatchObject({
      retired: false,
      requirement: 'required',
      notes: 'smart host planned'
    })
    expect(back.get('connector-onprem-to-cloud')?.requirement).toBe('required')

    // Another scenario keeps the choice (nothing reads it there); leaving it out clears it.
    const inThree = await updateDomain(
      db,
      domain.id,
      {
        name: 'contoso.com',
        scenario: 3,
        conditions: NO_CONDITIONS,
        scenario2Outbound: 'through-exchange-online'
      },
      at('2026-03-04T10:00:00.000Z')
    )
    expect(inThree.scenario2Outbound).toBe('through-exchange-online')
    expect((await stepsOf(domain.id)).get('onprem-relay-via-cloud')?.retired).toBe(true)
    const cleared = await updateDomain(
      db,
      domain.id,
      { name: 'contoso.com', scenario: 3, conditions: NO_CONDITIONS },
      at('2026-03-05T10:00:00.000Z')
    )
    expect(cleared.scenario2Outbound).toBeUndefined()
    expect((await db.domains.get(domain.id))?.scenario2Outbound).toBeUndefined()

    const events = await db.events
      .where('[domainId+at]')
      .between([domain.id, ''], [domain.id, '\uffff'])
      .toArray()
    expect(
      events.filter((e) => e.action === 'outbound-path-changed').map((e) => e.summary)
    ).toEqual([
      'Chose the outbound path of contoso.com: directly using DNS',
      'Chose the outbound path of contoso.com: back through Exchange Online',
      'Left the outbound path of contoso.com to be chosen'
    ])
    expect(events.filter((e) => e.action === 'checklist-regenerated')).toHaveLength(3)
  })

  it('removes a domain with its steps and records the removal', async () => {
    const domain = await addDomain(
      db,
      projectId,
      { name: 'contoso.com', scenario: 4, conditions: NO_CONDITIONS },
      at('2026-03-01T10:00:00.000Z')
    )
    await removeDomain(db, domain.id, at('2026-03-05T10:00:00.000Z'))
    expect(await db.domains.count()).toBe(0)
    expect(await db.steps.count()).toBe(0)
    expect(await db.events.orderBy('at').last()).toMatchObject({
      action: 'deleted',
      summary: 'Removed contoso.com'
    })
  })
})

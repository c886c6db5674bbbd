import { describe, expect, it } from 'vitest'
import { CATALOG_ORDER, stepsFor } from '../../src-renderer/lib/domain/catalog'
import {
  StatusReasonRequiredError,
  applyStatusChange,
  createChecklist,
  regenerateChecklist,
  requiresStatusReason
} from '../../src-renderer/lib/domain/checklist'
import type { ChecklistChanges, ChecklistContext } from '../../src-renderer/lib/domain/checklist'
import type { DomainProfile, Step, StepId } from '../../src-renderer/lib/domain/types'
import { STEP_STATUSES } from '../../src-renderer/lib/domain/types'
import { PLAIN_PROFILE } from '../support/steps'

const PROFILE = PLAIN_PROFILE

function context(now: string): ChecklistContext {
  let next = 0
  return {
    projectId: 'p1',
    domainId: 'd1',
    now,
    newId: () => `${now}#${++next}`
  }
}

/** What a repository would do with the changes: replace rows by id, add new ones. */
function apply(rows: readonly Step[], changes: ChecklistChanges): Step[] {
  const updated = [...changes.changed, ...changes.retired, ...changes.restored]
  const byId = new Map(updated.map((step) => [step.id, step]))
  return [...rows.map((step) => byId.get(step.id) ?? step), ...changes.created]
}

function find(rows: readonly Step[], stepId: StepId): Step {
  const step = rows.find((row) => row.stepId === stepId)
  if (step === undefined) throw new Error(`no ${stepId}`)
  return step
}

function edit(rows: readonly Step[], stepId: StepId, patch: Partial<Step>): Step[] {
  return rows.map((row) => (row.stepId === stepId ? { ...row, ...patch } : row))
}

describe('createChecklist', () => {
  it('creates one todo row per definition with the catalog position as order', () => {
    const rows = createChecklist(stepsFor(3, PROFILE), context('2025-01-01T00:00:00Z'))
    expect(rows.map((row) => row.stepId)).toEqual(stepsFor(3, PROFILE).map((def) => def.id))
    expect(find(rows, 'dns-spf')).toEqual({
      id: '2025-01-01T00:00:00Z#4',
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
      rev: 1,
      projectId: 'p1',
      domainId: 'd1',
      stepId: 'dns-spf',
      order: CATALOG_ORDER.indexOf('dns-spf'),
      requirement: 'required',
      reason:
        'Required in scenario 3 because mail for the domain leaves from both Microsoft 365 and on-premises.',
      status: 'todo',
      statusReason: '',
      owner: '',
      dueDate: '',
      notes: '',
      evidence: '',
      completedAt: null,
      retired: false
    })
  })
})

describe('regenerateChecklist', () => {
  it('keeps history when a domain switches from scenario 3 to 2 and back to 3', () => {
    let rows = createChecklist(stepsFor(3, PROFILE), context('t0'))
    rows = edit(rows, 'connector-onprem-to-cloud', {
      status: 'done',
      completedAt: 't0',
      owner: 'Ana',
      notes: 'certificate mail.contoso.com',
      evidence: 'screenshot.png'
    })
    rows = edit(rows, 'dns-mx-onprem', {
      status: 'in-progress',
      notes: 'TTL lowered to 300',
      dueDate: '2025-02-01'
    })
    rows = edit(rows, 'restrict-inbound-to-mx-path', {
      status: 'blocked',
      statusReason: 'firewall change pending'
    })

    // 3 -> 2: MX moves to Microsoft 365; centralized mail transport stays, and the recorded
    // outbound path sends internet mail back through Exchange Online.
    const two: DomainProfile = { ...PROFILE, scenario2Outbound: 'through-exchange-online' }
    const toTwo = regenerateChecklist(rows, stepsFor(2, two), context('t1'))
    expect(toTwo.created.map((row) => row.stepId)).toEqual(['onprem-relay-via-cloud', 'dns-mx-eop'])
    expect(toTwo.retired.map((row) => row.stepId)).toEqual([
      'enhanced-filtering',
      'dns-mx-onprem',
      'restrict-inbound-to-mx-path'
    ])
    expect(toTwo.restored).toEqual([])
    // Every continuing row's reason names the new scenario, so all of them change.
    expect(toTwo.changed.map((row) => [row.stepId, row.requirement])).toEqual([
      ['add-domain', 'required'],
      ['verify-domain', 'required'],
      ['directory-sync', 'required'],
      ['dns-spf', 'required'],
      ['hybrid-configuration-wizard', 'recommended'],
      ['connector-cloud-to-onprem', 'required'],
      ['connector-onprem-to-cloud', 'required'],
      ['enable-cmt', 'required'],
      ['partner-connectors', 'optional'],
      ['verify-mail-flow', 'required'],
      ['move-mailboxes', 'required'],
      ['dns-mx-dnssec', 'optional'],
      ['keep-onprem-current', 'required'],
      ['renew-hybrid-certificate', 'required']
    ])

    const done = find(toTwo.changed, 'connector-onprem-to-cloud')
    expect(done).toMatchObject({
      status: 'done',
      completedAt: 't0',
      owner: 'Ana',
      notes: 'certificate mail.contoso.com',
      evidence: 'screenshot.png',
      requirement: 'required',
      reason: expect.stringMatching(/^Required in scenario 2/),
      rev: 2,
      updatedAt: 't1'
    })
    expect(find(toTwo.retired, 'dns-mx-onprem')).toMatchObject({
      retired: true,
      status: 'in-progress',
      notes: 'TTL lowered to 300',
      dueDate: '2025-02-01',
      rev: 2,
      updatedAt: 't1'
    })

    rows = apply(rows, toTwo)
    expect(
      rows
        .filter((row) => row.retired)
        .map((row) => row.stepId)
        .sort()
    ).toEqual(['dns-mx-onprem', 'enhanced-filtering', 'restrict-inbound-to-mx-path'])

    // 2 -> 3: the retired steps come back with their notes; the scenario-2-only steps retire.
    const backToThree = regenerateChecklist(rows, stepsFor(3, PROFILE), context('t2'))
    expect(backToThree.created).toEqual([])
    expect(backToThree.retired.map((row) => row.stepId)).toEqual([
      'onprem-relay-via-cloud',
      'dns-mx-eop'
    ])
    expect(backToThree.restored.map((row) => row.stepId)).toEqual([
      'enhanced-filtering',
      'dns-mx-onprem',
      'restrict-inbound-to-mx-path'
    ])
    expect(find(backToThree.restored, 'restrict-inbound-to-mx-path')).toMatchObject({
      retired: false,
      status: 'blocked',
      statusReason: 'firewall change pending',
      rev: 3,
      updatedAt: 't2'
    })
    expect(find(backToThree.restored, 'dns-mx-onprem').notes).toBe('TTL lowered to 300')
    expect(find(backToThree.changed, 'connector-onprem-to-cloud')).toMatchObject({
      status: 'done',
      notes: 'certificate mail.contoso.com',
      requirement: 'required',
      rev: 3
    })

    rows = apply(rows, backToThree)
    expect(rows).toHaveLength(stepsFor(3, PROFILE).length + 2)
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length)
  })

  it('returns nothing when the definitions have not changed', () => {
    const rows = createChecklist(stepsFor(1, PROFILE), context('t0'))
    expect(regenerateChecklist(rows, stepsFor(1, PROFILE), context('t1'))).toEqual({
      changed: [],
      created: [],
      retired: [],
      restored: []
    })
  })

  it('updates only the requirement and reason when a condition changes', () => {
    const rows = createChecklist(stepsFor(1, PROFILE), context('t0'))
    const changes = regenerateChecklist(
      rows,
      stepsFor(1, { ...PROFILE, relaysNdrsViaCloud: true }),
      context('t1')
    )
    expect(changes.changed).toEqual([
      {
        ...find(rows, 'connector-onprem-to-cloud'),
        requirement: 'required',
        reason:
          'Required in scenario 1 because on-premises servers relay internet mail through ' +
          'Microsoft 365, which Exchange Online refuses without an OnPremises connector matching ' +
          'them (550 5.7.64); this domain also relays NDRs through Microsoft 365, which since ' +
          'November 2023 only a certificate-identified connector carries.',
        rev: 2,
        updatedAt: 't1'
      }
    ])
  })

  it('leaves already retired steps alone when they still do not apply', () => {
    let rows = createChecklist(stepsFor(2, PROFILE), context('t0'))
    rows = apply(rows, regenerateChecklist(rows, stepsFor(3, PROFILE), context('t1')))
    const again = regenerateChecklist(rows, stepsFor(3, PROFILE), context('t2'))
    expect(again.retired).toEqual([])
  })

  it('rejects rows of another domain and duplicate rows or definitions', () => {
    const rows = createChecklist(stepsFor(1, PROFILE), context('t0'))
    const first = rows[0]
    if (first === undefined) throw new Error('no rows')
    const defs = stepsFor(1, PROFILE)
    expect(() =>
      regenerateChecklist([...rows, { ...first, id: 'x', domainId: 'd2' }], defs, context('t1'))
    ).toThrow(/belongs to domain d2/)
    expect(() =>
      regenerateChecklist([...rows, { ...first, id: 'x' }], defs, context('t1'))
    ).toThrow(/two rows/)
    const firstDef = defs[0]
    if (firstDef === undefined) throw new Error('no definitions')
    expect(() => regenerateChecklist(rows, [...defs, firstDef], context('t1'))).toThrow(
      /defined twice/
    )
  })
})

describe('applyStatusChange', () => {
  const base = createChecklist(stepsFor(1, PROFILE), context('t0'))[0]
  if (base === undefined) throw new Error('no rows')

  it('sets completedAt when moving to done and clears it when leaving done', () => {
    const done = applyStatusChange(base, { status: 'done' }, 't1')
    expect(done).toEqual({ ...base, status: 'done', completedAt: 't1', rev: 2, updatedAt: 't1' })
    const reopened = applyStatusChange(done, { status: 'in-progress' }, 't2')
    expect(reopened).toEqual({
      ...base,
      status: 'in-progress',
      completedAt: null,
      rev: 3,
      updatedAt: 't2'
    })
  })

  it('keeps the original completion time when a done step gets a new note-like reason', () => {
    const done = applyStatusChange(base, { status: 'done' }, 't1')
    const again = applyStatusChange(done, { status: 'done', statusReason: 'checked twice' }, 't2')
    expect(again).toMatchObject({ completedAt: 't1', statusReason: 'checked twice', rev: 3 })
  })

  it('returns the same row when nothing changes', () => {
    expect(applyStatusChange(base, { status: 'todo' }, 't1')).toBe(base)
  })

  it('requires a reason for blocked and not-applicable', () => {
    expect(() => applyStatusChange(base, { status: 'blocked' }, 't1')).toThrow(
      StatusReasonRequiredError
    )
    expect(() =>
      applyStatusChange(base, { status: 'not-applicable', statusReason: '  ' }, 't1')
    ).toThrow('A reason is required to mark a step not-applicable.')
    expect(
      applyStatusChange(base, { status: 'blocked', statusReason: ' waiting for DNS team ' }, 't1')
    ).toEqual({
      ...base,
      status: 'blocked',
      statusReason: 'waiting for DNS team',
      rev: 2,
      updatedAt: 't1'
    })
    expect(STEP_STATUSES.filter(requiresStatusReason)).toEqual(['blocked', 'not-applicable'])
  })

  it('clears the reason when the step leaves blocked', () => {
    const blocked = applyStatusChange(base, { status: 'blocked', statusReason: 'waiting' }, 't1')
    expect(applyStatusChange(blocked, { status: 'in-progress' }, 't2').statusReason).toBe('')
  })
})

import { describe, expect, it } from 'vitest'
import {
  ACTION_ORDER,
  dnsObservationFrom,
  planTransition,
  registeredConnectorFrom,
  type RegisteredConnector,
  type TransitionAction,
  type TransitionContext,
  type TransitionPlan
} from '../../../src-renderer/lib/domain/advisor'
import { CATALOG_ORDER, stepsFor } from '../../../src-renderer/lib/domain/catalog'
import { domainProfile, NO_CONDITIONS } from '../../../src-renderer/lib/domain/profile'
import { SCENARIO_INFO } from '../../../src-renderer/lib/domain/scenarios'
import type {
  Scenario,
  Scenario2Outbound,
  Step,
  StepId,
  StepStatus
} from '../../../src-renderer/lib/domain/types'
import { SCENARIOS } from '../../../src-renderer/lib/domain/types'
import { makeStep } from '../../support/steps'

const PAIRS: [Scenario, Scenario][] = SCENARIOS.flatMap((from) =>
  SCENARIOS.filter((to) => to !== from).map((to): [Scenario, Scenario] => [from, to])
)

const PROJECT: NonNullable<TransitionContext['project']> = {
  tenantName: 'contoso.onmicrosoft.com',
  onPremHost: 'mail.contoso.com',
  onPremIps: ['131.107.21.231'],
  thirdPartySenders: ['10.10.10.1'],
  exchangeVersion: '2016'
}

function ids(actions: readonly TransitionAction[]): string[] {
  return actions.map((action) => action.id)
}

function at(actions: readonly TransitionAction[], id: string): number {
  return actions.findIndex((action) => action.id === id)
}

const mx = (s: Scenario): 'eop' | 'onprem' => SCENARIO_INFO[s].mx
/** On-premises relays through Microsoft 365; scenario 2 by its recorded path, null unrecorded. */
const relays = (s: Scenario, choice?: Scenario2Outbound): boolean | null =>
  s === 2
    ? choice === undefined
      ? null
      : choice === 'through-exchange-online'
    : SCENARIO_INFO[s].onPremOutbound === 'via-cloud'

/**
 * Every ordering and presence rule of a runbook from `from` to `to`, as a list of broken rules
 * (empty when the runbook is right), so the same rules check plans and rollbacks.
 */
function brokenRules(
  actions: readonly TransitionAction[],
  from: Scenario,
  to: Scenario,
  choice?: Scenario2Outbound
): string[] {
  const broken: string[] = []
  const has = (id: string): boolean => at(actions, id) !== -1
  const before = (a: string, b: string): void => {
    if (has(a) && has(b) && at(actions, a) > at(actions, b)) broken.push(`${a} after ${b}`)
  }
  const presentIff = (id: string, condition: boolean): void => {
    if (has(id) !== condition) broken.push(`${id} ${condition ? 'missing' : 'unexpected'}`)
  }
  const mxMoves = mx(from) !== mx(to)
  const toEop = mx(from) === 'onprem' && mx(to) === 'eop'
  const toOnPrem = mx(from) === 'eop' && mx(to) === 'onprem'

  if (new Set(ids(actions)).size !== actions.length) broken.push('duplicate ids')
  presentIff('lower-mx-ttl', mxMoves)
  presentIff('restore-mx-ttl', mxMoves)
  presentIff('dns-mx-eop', toEop)
  presentIff('dns-mx-onprem', toOnPrem)
  presentIff('confirm-eop-mx-host', toEop)
  // The on-premises-only restriction goes before MX moves to Microsoft 365 (3→2, 4→1, 3→1, 4→2).
  presentIff('remove-inbound-ip-restriction', toEop)
  // And comes back when MX moves back on-premises (1→3, 2→3, 1→4, 2→4).
  presentIff('restrict-inbound-to-mx-path', toOnPrem)
  // Centralized mail transport runs in scenarios 2 and 3 (brief 7.3): 1→3 and 4→3 enable it,
  // 2→3 and 3→2 keep it, 3→1 and 3→4 disable it.
  const cmt = (s: Scenario): boolean => s === 2 || s === 3
  presentIff('enable-cmt', cmt(to) && !cmt(from))
  presentIff('disable-cmt', cmt(from) && !cmt(to))
  presentIff('check-outbound-recipient-domains', cmt(from) && !cmt(to))
  // Into scenario 2 the send connector follows the recorded path, and nothing while there is none.
  presentIff('onprem-relay-via-cloud', relays(to, choice) === true && relays(from, choice) !== true)
  presentIff('onprem-send-direct', relays(from, choice) === true && relays(to, choice) === false)
  // Before MX moves to Microsoft 365, on-premises must accept mail from its addresses.
  presentIff('accept-mail-from-eop', toEop)
  before('accept-mail-from-eop', 'lower-mx-ttl')
  presentIff('check-onprem-send-connector', to === 2 || (from === 2 && to === 3))
  presentIff('verify-mail-flow', true)
  presentIff('dns-spf', true)
  // Both connectors are required in every scenario now, so every runbook confirms them.
  presentIff('connector-cloud-to-onprem', true)
  presentIff('connector-onprem-to-cloud', true)

  for (const change of ['dns-mx-eop', 'dns-mx-onprem']) {
    before('lower-mx-ttl', change)
    before('confirm-eop-mx-host', 'lower-mx-ttl')
    before(change, 'restore-mx-ttl')
  }
  before('remove-inbound-ip-restriction', 'dns-mx-eop')
  before('connector-cloud-to-onprem', 'dns-mx-eop')
  before('connector-onprem-to-cloud', 'dns-mx-eop')
  before('enable-cmt', 'dns-mx-eop')
  before('dns-mx-onprem', 'restrict-inbound-to-mx-path')
  before('dns-mx-onprem', 'disable-cmt')
  before('disable-cmt', 'check-outbound-recipient-domains')
  before('connector-onprem-to-cloud', 'onprem-relay-via-cloud')
  before('dns-spf', 'onprem-send-direct')
  before('check-onprem-send-connector', 'onprem-send-direct')
  // Verification comes after every change; only restoring the TTL follows it.
  const verify = at(actions, 'verify-mail-flow')
  const after = actions.slice(verify + 1).map((action) => action.id)
  if (after.some((id) => id !== 'restore-mx-ttl')) broken.push(`after verify: ${after.join(', ')}`)
  if (mxMoves && actions[actions.length - 1]?.id !== 'restore-mx-ttl')
    broken.push('restore-mx-ttl is not last')
  // Every plan keeps the advisor's global order.
  const order = ids(actions).map((id) => ACTION_ORDER.indexOf(id as (typeof ACTION_ORDER)[number]))
  if (order.some((index, i) => index === -1 || (i > 0 && index < (order[i - 1] ?? -1))))
    broken.push('not in ACTION_ORDER')
  return broken
}

describe('planTransition: every ordered pair of scenarios', () => {
  it('covers the twelve pairs', () => {
    expect(PAIRS).toHaveLength(12)
  })

  for (const [from, to] of PAIRS) {
    describe(`${from} → ${to}`, () => {
      const plan = planTransition(from, to)

      it('keeps every ordering and presence rule', () => {
        expect(brokenRules(plan.actions, from, to)).toEqual([])
      })

      it('has a rollback that is the runbook of the way back and keeps its rules', () => {
        expect(brokenRules(plan.rollback, to, from)).toEqual([])
        expect(ids(plan.rollback)).toEqual(ids(planTransition(to, from).actions))
      })

      for (const choice of ['direct', 'through-exchange-online'] as const) {
        it(`follows scenario 2’s recorded path (${choice}), rollback included`, () => {
          const chosen = planTransition(from, to, { scenario2Outbound: choice })
          expect(brokenRules(chosen.actions, from, to, choice)).toEqual([])
          expect(brokenRules(chosen.rollback, to, from, choice)).toEqual([])
        })
      }

      it('gives unique ids in the runbook and in the rollback', () => {
        expect(new Set(ids(plan.actions)).size).toBe(plan.actions.length)
        expect(new Set(ids(plan.rollback)).size).toBe(plan.rollback.length)
      })

      it('fills in every field of every action, and marks nothing done without a context', () => {
        for (const action of [...plan.actions, ...plan.rollback]) {
          for (const field of ['title', 'why', 'when', 'verify', 'risk', 'source'] as const)
            expect(action[field].trim(), `${action.id}.${field}`).not.toBe('')
          expect(action.alreadyDone).toBeUndefined()
          expect(action.change?.text.trim() ?? 'none').not.toBe('')
        }
      })

      it('adds and retires exactly the catalog difference', () => {
        const profile = domainProfile(NO_CONDITIONS, '2016')
        const before = stepsFor(from, profile).map((step) => step.id)
        const after = stepsFor(to, profile).map((step) => step.id)
        expect(plan.add).toEqual(
          CATALOG_ORDER.filter((id) => after.includes(id) && !before.includes(id))
        )
        expect(plan.retire).toEqual(
          CATALOG_ORDER.filter((id) => before.includes(id) && !after.includes(id))
        )
      })
    })
  }

  it('uses a catalog step id whenever the action is that step', () => {
    const catalogIds = new Set<string>(CATALOG_ORDER)
    const seen = new Set(PAIRS.flatMap(([from, to]) => ids(planTransition(from, to).actions)))
    expect([...seen].filter((id) => catalogIds.has(id)).sort()).toEqual([
      'connector-cloud-to-onprem',
      'connector-onprem-to-cloud',
      'dns-mx-eop',
      'dns-mx-onprem',
      'dns-spf',
      'enable-cmt',
      'onprem-relay-via-cloud',
      'restrict-inbound-to-mx-path',
      'verify-mail-flow'
    ])
    expect([...seen].sort()).toEqual([...ACTION_ORDER].sort())
  })

  it('would catch a runbook that moves MX before lowering the TTL', () => {
    const plan = planTransition(3, 2)
    const swapped = [...plan.actions]
    const ttl = at(swapped, 'lower-mx-ttl')
    const [moved] = swapped.splice(ttl, 1)
    if (moved) swapped.splice(at(swapped, 'dns-mx-eop') + 1, 0, moved)
    expect(brokenRules(swapped, 3, 2)).toContain('lower-mx-ttl after dns-mx-eop')
  })

  it('uses the domain profile for the catalog difference', () => {
    const old = planTransition(3, 2, { project: { ...PROJECT, exchangeVersion: '2007' } })
    // No outbound path recorded for scenario 2: the relay is a decision to make (recommended).
    expect(old.add).toEqual(['onprem-relay-via-cloud', 'dns-mx-eop'])
    const profile = domainProfile({ ...NO_CONDITIONS, relaysNdrsViaCloud: true }, '2016')
    const plan = planTransition(4, 1, {
      conditions: { ...NO_CONDITIONS, relaysNdrsViaCloud: true },
      project: PROJECT
    })
    const after = stepsFor(1, profile).map((step) => step.id)
    expect(plan.add.every((id) => after.includes(id))).toBe(true)
  })
})

describe('planTransition: the rules each pair must follow', () => {
  it('returns an empty plan for the same scenario and refuses unknown scenarios', () => {
    expect(planTransition(2, 2)).toEqual({
      from: 2,
      to: 2,
      actions: [],
      add: [],
      retire: [],
      rollback: [],
      warnings: []
    })
    expect(() => planTransition(5 as Scenario, 1)).toThrow(RangeError)
    expect(() => planTransition(1, 0 as Scenario)).toThrow(RangeError)
  })

  it('warns about forwarding, EOP licences and the on-premises send connector when entering 2', () => {
    for (const from of [1, 3, 4] as const) {
      const warnings = planTransition(from, 2).warnings.join('\n')
      expect(warnings).toMatch(/forwarding address.*bypasses centralized mail transport/)
      expect(warnings).toMatch(/may need Exchange Online Protection licences/)
      expect(warnings).toMatch(/on-premises send connector delivers internet mail/)
    }
  })

  it('notes EOP licences whenever MX moves to Microsoft 365, and not when it leaves', () => {
    expect(planTransition(4, 1).warnings.join('\n')).toMatch(/licences/)
    expect(planTransition(3, 1).warnings.join('\n')).toMatch(/licences/)
    expect(planTransition(1, 4).warnings.join('\n')).not.toMatch(/licences/)
    expect(planTransition(2, 1).warnings.join('\n')).not.toMatch(/bypasses centralized/)
  })

  it('asks for the exact MX host: a guess from the name is never the record to publish', () => {
    const plan = planTransition(3, 2, { domainName: 'tailspintoys.com', project: PROJECT })
    const mxChange = plan.actions.find((action) => action.id === 'dns-mx-eop')?.change
    expect(mxChange).toEqual({
      kind: 'dns',
      text:
        'tailspintoys.com.  300  IN  MX  0  <the MX host the admin center shows>.   ; ' +
        'copy it from the admin center, Settings → Domains → tailspintoys.com → DNS records\n' +
        '; then delete the MX records that point to mail.contoso.com, and any secondary (backup) MX'
    })
    expect(plan.warnings.join('\n')).toContain(
      'The MX host tailspintoys-com.mail.protection.outlook.com is predicted'
    )
    // The guess appears only where the runbook asks to confirm it, labelled as a guess.
    const confirm = plan.actions.find((action) => action.id === 'confirm-eop-mx-host')
    expect(confirm?.change?.text).toContain(
      'Expected: tailspintoys-com.mail.protection.outlook.com (a guess from the domain name'
    )
    const relay = planTransition(3, 1, { domainName: 'tailspintoys.com', project: PROJECT })
    const relayCommand = relay.actions.find((a) => a.id === 'onprem-relay-via-cloud')?.change?.text
    expect(relayCommand).toContain("-SmartHosts '<the MX host the admin center shows>'")
    const hyphen = planTransition(4, 1, { domainName: 'foo-1-bar.com', project: PROJECT })
    expect(hyphen.warnings.join('\n')).toContain(
      'Domains with hyphens usually get a different host'
    )
    expect(hyphen.actions.find((a) => a.id === 'confirm-eop-mx-host')?.change?.text).toContain(
      'foo1bar-com.mail.protection.outlook.com'
    )
    expect(hyphen.actions.find((a) => a.id === 'dns-mx-eop')?.change?.text).not.toContain(
      'foo1bar-com'
    )
  })

  it('fills in the project values: domain, on-premises host, tenant, IPs and the SPF record', () => {
    const plan = planTransition(3, 2, { domainName: 'tailspintoys.com', project: PROJECT })
    const text = (id: string): string => {
      const action = plan.actions.find((candidate) => candidate.id === id)
      return `${action?.why ?? ''}\n${action?.change?.text ?? ''}\n${action?.verify ?? ''}`
    }
    expect(text('lower-mx-ttl')).toContain('tailspintoys.com.  300  IN  MX  10  mail.contoso.com.')
    expect(text('remove-inbound-ip-restriction')).toContain('(131.107.21.231)')
    expect(text('remove-inbound-ip-restriction')).toContain(
      "Remove-InboundConnector -Identity 'Only through on-premises MX (tailspintoys.com)'"
    )
    expect(text('connector-onprem-to-cloud')).toContain('smtp:contoso.mail.onmicrosoft.com')
    expect(text('connector-cloud-to-onprem')).toContain("-SmartHosts 'mail.contoso.com'")
    expect(text('dns-spf')).toContain(
      'tailspintoys.com.  3600  IN  TXT  "v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com ip4:10.10.10.1 -all"'
    )
    expect(
      plan.actions.map((a) => `${a.title} ${a.why} ${a.change?.text ?? ''} ${a.verify}`).join(' ')
    ).not.toMatch(/<(domain|tenant|onPremHost|onPremIps|eopHost|domainKey|onPremMx)>/)
  })

  it('keeps the placeholders without a context', () => {
    const plan = planTransition(3, 2)
    const mxChange = plan.actions.find((action) => action.id === 'dns-mx-eop')?.change?.text
    expect(mxChange).toContain('<domain>.  300  IN  MX  0  <the MX host the admin center shows>.')
    expect(plan.actions.find((a) => a.id === 'lower-mx-ttl')?.change?.text).toContain(
      '<onPremHost>.'
    )
  })

  it('writes the rollback in the rollback’s own terms', () => {
    const plan = planTransition(3, 2, { domainName: 'tailspintoys.com', project: PROJECT })
    const ttl = plan.rollback.find((action) => action.id === 'lower-mx-ttl')
    // Says when: one TTL ahead of the rollback's MX change, whichever TTL is set by then.
    expect(ttl?.when).toMatch(/^At least one current TTL before the rollback’s MX change/)
    expect(ttl?.when).not.toMatch(/few days/)
    expect(plan.rollback.find((a) => a.id === 'dns-mx-onprem')?.when).toBe(
      'The rollback, in the agreed change window'
    )
    expect(plan.rollback.find((a) => a.id === 'dns-mx-onprem')?.change?.text).toContain(
      'MX  10  mail.contoso.com.'
    )
  })
})

function step(stepId: StepId, status: StepStatus, retired = false): Step {
  return makeStep({
    id: `s-${stepId}`,
    stepId,
    order: 0,
    status,
    completedAt: status === 'done' ? '2026-03-01T09:00:00.000Z' : null,
    retired
  })
}

function connector(fields: Partial<RegisteredConnector> & Pick<RegisteredConnector, 'name'>) {
  return {
    direction: 'cloud-to-onprem',
    type: 'OnPremises',
    routeAllMessagesViaOnPremises: false,
    recipientDomains: ['tailspintoys.com'],
    status: 'verified',
    ...fields
  } satisfies RegisteredConnector
}

describe('planTransition with a context', () => {
  const base: TransitionContext = { domainName: 'tailspintoys.com', project: PROJECT }

  it('marks a connector step that is done as already done, keeping its verification', () => {
    const blank = planTransition(3, 2, base)
    const plan = planTransition(3, 2, {
      ...base,
      steps: [step('connector-cloud-to-onprem', 'done'), step('connector-onprem-to-cloud', 'todo')]
    })
    const done = plan.actions.find((a) => a.id === 'connector-cloud-to-onprem')
    const blankDone = blank.actions.find((a) => a.id === 'connector-cloud-to-onprem')
    expect(done).toMatchObject({
      alreadyDone: true,
      doneBecause: 'the checklist step is done',
      title: 'Confirm: connector from Microsoft 365 to on-premises servers in place and validated',
      verify: blankDone?.verify
    })
    expect(done?.change).toBeUndefined()
    expect(
      plan.actions.find((a) => a.id === 'connector-onprem-to-cloud')?.alreadyDone
    ).toBeUndefined()
    expect(ids(plan.actions)).toEqual(ids(blank.actions))
  })

  it('ignores retired steps: their history is not the current state', () => {
    const plan = planTransition(3, 2, {
      ...base,
      steps: [step('connector-cloud-to-onprem', 'done', true)]
    })
    expect(
      plan.actions.find((a) => a.id === 'connector-cloud-to-onprem')?.alreadyDone
    ).toBeUndefined()
  })

  it('names the registered connectors and treats a verified one as done', () => {
    const plan = planTransition(4, 2, {
      ...base,
      connectors: [
        connector({ name: 'Outbound to 5f3c' }),
        connector({ name: 'Inbound from 5f3c', direction: 'onprem-to-cloud', status: 'imported' })
      ]
    })
    const outbound = plan.actions.find((a) => a.id === 'connector-cloud-to-onprem')
    expect(outbound).toMatchObject({
      alreadyDone: true,
      doneBecause: 'the registered connector “Outbound to 5f3c” is verified'
    })
    expect(outbound?.why).toContain(
      'Registered in this project: “Outbound to 5f3c” (OnPremises, verified).'
    )
    const inbound = plan.actions.find((a) => a.id === 'connector-onprem-to-cloud')
    expect(inbound?.alreadyDone).toBeUndefined()
    expect(inbound?.why).toContain('“Inbound from 5f3c” (OnPremises, not verified: imported)')
    expect(plan.actions.find((a) => a.id === 'enable-cmt')?.change?.text).toContain(
      "Set-OutboundConnector -Identity 'Outbound to 5f3c' -RouteAllMessagesViaOnPremises $true"
    )
  })

  it('warns about a Partner connector from on-premises (550 5.7.64)', () => {
    const plan = planTransition(3, 1, {
      ...base,
      connectors: [connector({ name: 'From mail', direction: 'onprem-to-cloud', type: 'Partner' })]
    })
    expect(plan.warnings.join('\n')).toContain('“From mail” from on-premises is of type Partner')
    expect(
      plan.actions.find((a) => a.id === 'connector-onprem-to-cloud')?.alreadyDone
    ).toBeUndefined()
  })

  it('finds CMT already on, and a wildcard recipient domain when leaving 2', () => {
    const on = connector({
      name: 'Outbound to 9a',
      routeAllMessagesViaOnPremises: true,
      recipientDomains: ['*']
    })
    expect(
      planTransition(4, 2, { ...base, connectors: [on] }).actions.find((a) => a.id === 'enable-cmt')
    ).toMatchObject({ alreadyDone: true })
    const leaving = planTransition(2, 1, { ...base, connectors: [on] })
    expect(leaving.actions.find((a) => a.id === 'disable-cmt')?.alreadyDone).toBeUndefined()
    expect(leaving.actions.find((a) => a.id === 'check-outbound-recipient-domains')?.why).toContain(
      'Still set to *: “Outbound to 9a”.'
    )
    const off = connector({ name: 'Outbound to 9a' })
    const done = planTransition(2, 1, { ...base, connectors: [off] })
    expect(done.actions.find((a) => a.id === 'disable-cmt')?.alreadyDone).toBe(true)
    expect(done.actions.find((a) => a.id === 'check-outbound-recipient-domains')?.alreadyDone).toBe(
      true
    )
  })

  it('names the registered restriction connector, escaping quotes for PowerShell', () => {
    const plan = planTransition(4, 1, {
      ...base,
      connectors: [
        connector({
          name: 'Bob’s MX-only',
          direction: 'partner',
          type: 'Partner',
          restrictDomainsToIps: true,
          associatedAcceptedDomains: ['tailspintoys.com']
        })
      ]
    })
    const remove = plan.actions.find((a) => a.id === 'remove-inbound-ip-restriction')
    expect(remove?.change?.text).toContain("Remove-InboundConnector -Identity 'Bob’’s MX-only'")
    expect(remove?.why).toContain('“Bob’s MX-only” (Partner, verified)')
    expect(remove?.alreadyDone).toBeUndefined()
    const back = planTransition(1, 4, {
      ...base,
      connectors: [
        connector({
          name: 'MX only',
          type: 'Partner',
          restrictDomainsToIps: true,
          associatedAcceptedDomains: ['tailspintoys.com']
        })
      ]
    })
    expect(back.actions.find((a) => a.id === 'restrict-inbound-to-mx-path')).toMatchObject({
      alreadyDone: true
    })
  })

  it('uses DNS observations: a passing SPF check, a published or entered EOP host', () => {
    const spfOk = planTransition(3, 2, { ...base, dns: [{ kind: 'spf', status: 'ok' }] })
    expect(spfOk.actions.find((a) => a.id === 'dns-spf')).toMatchObject({
      alreadyDone: true,
      doneBecause: 'the last DNS check of the SPF record passed'
    })
    const spfError = planTransition(3, 2, {
      ...base,
      steps: [step('dns-spf', 'done')],
      dns: [{ kind: 'spf', status: 'error' }]
    })
    const spf = spfError.actions.find((a) => a.id === 'dns-spf')
    expect(spf?.alreadyDone).toBeUndefined()
    expect(spf?.why).toContain('The last DNS check of the SPF record reported an error.')

    const entered = planTransition(3, 2, {
      ...base,
      dns: [
        {
          kind: 'mx',
          status: 'ok',
          values: ['10 mail.tailspintoys.com'],
          expected: 'tailspintoys-com01b.mail.protection.outlook.com'
        }
      ]
    })
    expect(entered.actions.find((a) => a.id === 'dns-mx-eop')?.change?.text).toContain(
      'MX  0  tailspintoys-com01b.mail.protection.outlook.com.   ; as entered from the admin center'
    )
    expect(entered.actions.find((a) => a.id === 'lower-mx-ttl')?.change?.text).toContain(
      'MX  10  mail.tailspintoys.com.'
    )
    expect(entered.warnings.join('\n')).not.toContain('is predicted')

    const published = planTransition(3, 2, {
      ...base,
      dns: [{ kind: 'MX', values: ['0 TailspinToys-com.mail.protection.outlook.com.'] }]
    })
    expect(published.actions.find((a) => a.id === 'dns-mx-eop')).toMatchObject({
      alreadyDone: true,
      doneBecause: 'DNS shows the MX record at tailspintoys-com.mail.protection.outlook.com'
    })
  })

  it('warns when the project profile lacks the values the commands need', () => {
    const plan = planTransition(3, 2, {
      domainName: 'tailspintoys.com',
      project: { ...PROJECT, onPremHost: '', onPremIps: [] }
    })
    expect(plan.warnings.join('\n')).toContain(
      'The project profile has no on-premises mail host, on-premises IP addresses'
    )
  })

  it('fills SenderIPAddresses with the IPv4 /24 to /32 entries only and says what it left out', () => {
    const project = { ...PROJECT, onPremIps: ['131.107.21.231', '2001:db8::25', '131.107.0.0/16'] }
    const plan = planTransition(2, 3, { domainName: 'tailspintoys.com', project })
    const restrict = plan.actions.find((a) => a.id === 'restrict-inbound-to-mx-path')
    expect(restrict?.change?.text).toContain(
      '-SenderIPAddresses 131.107.21.231 -RestrictDomainsToIPAddresses'
    )
    expect(plan.warnings).toContain(
      'Left out of the connector’s SenderIPAddresses: 2001:db8::25 is IPv6: a connector’s SenderIPAddresses takes IPv4 addresses only. 131.107.0.0/16 is broader than /24: a connector’s SenderIPAddresses takes ranges from /24 to /32; split it or list the servers.'
    )
    // No restriction in the plan, nothing to say about it.
    expect(
      planTransition(3, 2, { domainName: 'tailspintoys.com', project }).warnings.join('\n')
    ).not.toContain('SenderIPAddresses')
  })

  it('marks nothing done in the rollback', () => {
    const plan = planTransition(3, 2, {
      ...base,
      steps: CATALOG_ORDER.map((id) => step(id, 'done')),
      dns: [{ kind: 'spf', status: 'ok' }],
      connectors: [connector({ name: 'Outbound', routeAllMessagesViaOnPremises: true })]
    })
    expect(plan.rollback.filter((a) => a.alreadyDone)).toEqual([])
  })
})

describe('reading stored rows of other features', () => {
  it('reads a connector row with the fields it needs, and nothing else', () => {
    const row = {
      id: 'c1',
      projectId: 'p',
      name: 'Outbound to 1',
      direction: 'cloud-to-onprem',
      type: 'OnPremises',
      routeAllMessagesViaOnPremises: true,
      recipientDomains: ['*'],
      status: 'verified',
      restrictDomainsToIps: false
    }
    expect(registeredConnectorFrom(row)).toEqual({
      name: 'Outbound to 1',
      direction: 'cloud-to-onprem',
      type: 'OnPremises',
      routeAllMessagesViaOnPremises: true,
      recipientDomains: ['*'],
      status: 'verified',
      restrictDomainsToIps: false
    })
    expect(registeredConnectorFrom({ ...row, type: 'Other' })).toBeNull()
    expect(registeredConnectorFrom({ ...row, recipientDomains: 'x' })).toBeNull()
    expect(registeredConnectorFrom(null)).toBeNull()
  })

  it('reads a DNS row: kind, verdict status, observed values and expected value', () => {
    expect(
      dnsObservationFrom({
        kind: 'mx',
        observed: ['0 contoso-com.mail.protection.outlook.com'],
        verdict: { status: 'ok', summary: '', details: [] },
        expected: 'contoso-com.mail.protection.outlook.com'
      })
    ).toEqual({
      kind: 'mx',
      status: 'ok',
      values: ['0 contoso-com.mail.protection.outlook.com'],
      expected: 'contoso-com.mail.protection.outlook.com'
    })
    expect(dnsObservationFrom({ type: 'SPF', status: 'bad', expected: '' })).toEqual({
      kind: 'spf'
    })
    expect(dnsObservationFrom({ values: [] })).toBeNull()
  })
})

describe('plans are deterministic', () => {
  it('gives equal plans for equal inputs', () => {
    const a: TransitionPlan = planTransition(4, 2, {
      domainName: 'litwareinc.com',
      project: PROJECT
    })
    expect(planTransition(4, 2, { domainName: 'litwareinc.com', project: PROJECT })).toEqual(a)
  })
})

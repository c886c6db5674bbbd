/**
 * Runbooks are safe for the whole tenant (issue 11, "Tenant-wide safety"): for every pair of
 * scenarios, in projects whose other domains sit in various scenarios with their connectors set up
 * in several ways, the forward runbook and then its rollback are run command by command on a model
 * of the tenant's shared objects. No command may change another domain's routing, name an object
 * that does not exist (or that an earlier action removed), and the rollback must return the model
 * to where it started.
 */
import { describe, expect, it } from 'vitest'
import {
  planTransition,
  type ProjectDomain,
  type RegisteredConnector,
  type TransitionAction,
  type TransitionContext
} from '../../../src-renderer/lib/domain/advisor'
import { SCENARIO_INFO } from '../../../src-renderer/lib/domain/scenarios'
import type { Scenario, Scenario2Outbound } from '../../../src-renderer/lib/domain/types'
import { SCENARIOS } from '../../../src-renderer/lib/domain/types'
import { normalised, routingOf, run, type TenantModel } from './tenant-model'
import { ADVISOR_PROJECT } from './project'

const PAIRS: [Scenario, Scenario][] = SCENARIOS.flatMap((from) =>
  SCENARIOS.filter((to) => to !== from).map((to): [Scenario, Scenario] => [from, to])
)

const DOMAIN = 'contoso.com'
const OTHER_NAMES = ['fabrikam.com', 'tailspintoys.com']
/** The other domains' scenarios: the issue's 1, 2 and 4 among them, and every kind of neighbour. */
const NEIGHBOURS: Scenario[][] = [[1, 4], [2], [3], [4], [1, 2], [2, 3], [3, 4], [2, 4]]

const centralized = (s: Scenario): boolean => SCENARIO_INFO[s].cloudOutbound === 'via-onprem'
const mxOnPrem = (s: Scenario): boolean => SCENARIO_INFO[s].mx === 'onprem'

type Setup = {
  /** Centralized transport by the tenant-wide switch, or by one transport rule per domain. */
  cmt: 'switch' | 'conditional'
  /** One restriction connector for every MX-on-premises domain, or one each. */
  restriction: 'shared' | 'per-domain'
}

const SETUPS: Setup[] = [
  { cmt: 'switch', restriction: 'shared' },
  { cmt: 'switch', restriction: 'per-domain' },
  { cmt: 'conditional', restriction: 'shared' },
  { cmt: 'conditional', restriction: 'per-domain' }
]

/** The tenant as the domains' scenarios and the setup make it. */
function tenantOf(domains: readonly ProjectDomain[], setup: Setup): TenantModel {
  const names = domains.map((d) => d.name)
  const central = domains.filter((d) => centralized(d.scenario)).map((d) => d.name)
  const restricted = domains.filter((d) => mxOnPrem(d.scenario)).map((d) => d.name)
  const viaSwitch = setup.cmt === 'switch' && central.length > 0
  const model: TenantModel = {
    outbound: {
      'Outbound to hybrid': {
        type: 'OnPremises',
        recipients: viaSwitch ? ['*'] : names,
        routeAll: viaSwitch,
        ruleScoped: false
      }
    },
    inbound: { 'Inbound from hybrid': { type: 'OnPremises', associated: [], restrict: false } },
    rules: {}
  }
  if (setup.cmt === 'conditional')
    for (const d of central) {
      model.outbound[`Via on-premises for ${d}`] = {
        type: 'OnPremises',
        recipients: [],
        routeAll: false,
        ruleScoped: true
      }
      model.rules[`Internet mail of ${d} via on-premises`] = {
        senderDomain: d,
        connector: `Via on-premises for ${d}`
      }
    }
  if (setup.restriction === 'shared' && restricted.length > 0)
    model.inbound['Only through on-premises MX'] = {
      type: 'Partner',
      associated: restricted,
      restrict: true
    }
  if (setup.restriction === 'per-domain')
    for (const d of restricted)
      model.inbound[`Only through on-premises MX (${d})`] = {
        type: 'Partner',
        associated: [d],
        restrict: true
      }
  return model
}

/** The model as the project registers it for the advisor. */
function registered(model: TenantModel): RegisteredConnector[] {
  const outbound = Object.entries(model.outbound).map(([name, c]): RegisteredConnector => ({
    name,
    direction: 'cloud-to-onprem',
    type: 'OnPremises',
    routeAllMessagesViaOnPremises: c.routeAll,
    recipientDomains: c.recipients,
    status: 'verified'
  }))
  const inbound = Object.entries(model.inbound).map(([name, c]): RegisteredConnector => ({
    name,
    direction: c.restrict ? 'partner' : 'onprem-to-cloud',
    type: c.type === 'Partner' ? 'Partner' : 'OnPremises',
    routeAllMessagesViaOnPremises: false,
    recipientDomains: [],
    status: 'verified',
    restrictDomainsToIps: c.restrict,
    associatedAcceptedDomains: c.associated
  }))
  return [...outbound, ...inbound]
}

type Case = {
  from: Scenario
  to: Scenario
  neighbours: Scenario[]
  setup: Setup
  choice: Scenario2Outbound | undefined
}

function casesOf(from: Scenario, to: Scenario): Case[] {
  return NEIGHBOURS.flatMap((neighbours) =>
    SETUPS.flatMap((setup) =>
      ([undefined, 'direct', 'through-exchange-online'] as const).map((choice) => ({
        from,
        to,
        neighbours,
        setup,
        choice
      }))
    )
  )
}

function label(c: Case): string {
  return `others in ${c.neighbours.join(', ')}, ${c.setup.cmt} transport, ${c.setup.restriction} restriction, scenario 2 path ${c.choice ?? 'not chosen'}`
}

type Outcome = {
  problems: string[]
  start: TenantModel
  forward: TenantModel
  end: TenantModel
  forwardActions: TransitionAction[]
}

/** Runs the runbook and then its rollback on the model, checking the other domains throughout. */
function simulate(c: Case): Outcome {
  const others: ProjectDomain[] = c.neighbours.map((scenario, i) => ({
    name: OTHER_NAMES[i] ?? `other${i}.com`,
    scenario,
    ...(scenario === 2 ? { scenario2Outbound: 'direct' as const } : {})
  }))
  const domains: ProjectDomain[] = [{ name: DOMAIN, scenario: c.from }, ...others]
  const start = tenantOf(domains, c.setup)
  const context: TransitionContext = {
    domainName: DOMAIN,
    domains,
    connectors: registered(start),
    ...(c.choice === undefined ? {} : { scenario2Outbound: c.choice }),
    project: ADVISOR_PROJECT
  }
  const plan = planTransition(c.from, c.to, context)
  const problems: string[] = []
  const before = others.map((d) => routingOf(start, d.name))
  let model = start
  let forward = start
  for (const [phase, actions] of [
    ['runbook', plan.actions],
    ['rollback', plan.rollback]
  ] as const) {
    for (const action of actions) {
      if (action.change?.kind !== 'powershell') continue
      model = run(model, action.change.text, problems)
      others.forEach((d, i) => {
        const now = routingOf(model, d.name)
        if (JSON.stringify(now) !== JSON.stringify(before[i]))
          problems.push(`${phase} “${action.id}” changes the routing of ${d.name}`)
      })
    }
    if (phase === 'runbook') forward = model
  }
  return { problems, start, forward, end: model, forwardActions: plan.actions }
}

describe('runbooks are safe for every domain of the tenant', () => {
  for (const [from, to] of PAIRS) {
    describe(`${from} → ${to}`, () => {
      const cases = casesOf(from, to)

      it('never changes another domain’s routing nor names a removed or missing object', () => {
        for (const c of cases) expect(simulate(c).problems, label(c)).toEqual([])
      })

      it('has a rollback that returns the tenant to where it started', () => {
        for (const c of cases) {
          const outcome = simulate(c)
          expect(normalised(outcome.end), label(c)).toEqual(normalised(outcome.start))
        }
      })

      it('reaches the target for this domain, or names the domains that stand in the way', () => {
        for (const c of cases) {
          const outcome = simulate(c)
          const reached = routingOf(outcome.forward, DOMAIN)
          const blocked = outcome.forwardActions.some(
            (a) =>
              a.change?.kind === 'manual' &&
              OTHER_NAMES.some((name) => a.change?.text.includes(name))
          )
          // Only what the transition moves must move; the rest stays as the tenant had it.
          const start = routingOf(outcome.start, DOMAIN)
          const target = {
            cloudToOnPrem: true,
            cloudInternetViaOnPrem:
              centralized(from) === centralized(to)
                ? start.cloudInternetViaOnPrem
                : centralized(to),
            inboundRestricted:
              mxOnPrem(from) === mxOnPrem(to) ? start.inboundRestricted : mxOnPrem(to)
          }
          if (!blocked) expect(reached, label(c)).toEqual(target)
        }
      })
    })
  }

  it('never creates again, in a rollback, the connectors both scenarios need (none registered)', () => {
    for (const [from, to] of PAIRS)
      for (const context of [undefined, { domainName: DOMAIN }]) {
        const rollback = planTransition(from, to, context).rollback
        for (const a of rollback)
          expect(a.change?.text ?? '', `${from}→${to} ${a.id}`).not.toMatch(
            /New-(Outbound|Inbound)Connector -Name '(To|From) on-premises'/
          )
      }
  })

  it('proposes no tenant-wide command when the connectors are not registered but other domains are known', () => {
    const others: ProjectDomain[] = [
      { name: 'fabrikam.com', scenario: 2, scenario2Outbound: 'direct' },
      { name: 'tailspintoys.com', scenario: 4 }
    ]
    for (const [from, to] of PAIRS) {
      const plan = planTransition(from, to, {
        domainName: DOMAIN,
        domains: others,
        scenario2Outbound: 'direct'
      })
      for (const a of [...plan.actions, ...plan.rollback]) {
        if (a.change?.kind !== 'powershell') continue
        const where = `${from}→${to} ${a.id}: ${a.change.text}`
        expect(a.change.text, where).not.toMatch(/RouteAllMessagesViaOnPremises|SendConnector/)
        // Creating a connector for this domain is scoped; overwriting a shared list is not.
        expect(a.change.text, where).not.toMatch(
          /^Set-\S+ .*-(RecipientDomains|AssociatedAcceptedDomains) '/m
        )
      }
    }
  })

  it('warns when another domain’s centralized transport switch also routes this one', () => {
    const domains: ProjectDomain[] = [
      { name: DOMAIN, scenario: 1 },
      { name: 'fabrikam.com', scenario: 2, scenario2Outbound: 'direct' }
    ]
    const start = tenantOf(domains, { cmt: 'switch', restriction: 'shared' })
    const plan = planTransition(1, 4, {
      domainName: DOMAIN,
      domains,
      connectors: registered(start)
    })
    expect(plan.warnings.join('\n')).toContain(
      'for fabrikam.com (scenario 2): it applies to every domain, so contoso.com’s internet mail'
    )
    const scoped = tenantOf(domains, { cmt: 'conditional', restriction: 'shared' })
    const quiet = planTransition(1, 4, {
      domainName: DOMAIN,
      domains,
      connectors: registered(scoped)
    })
    expect(quiet.warnings.join('\n')).not.toContain('RouteAllMessagesViaOnPremises')
  })

  it('would catch a runbook that overwrites the shared connector’s recipient domains', () => {
    const start = tenantOf(
      [
        { name: DOMAIN, scenario: 2 },
        { name: 'fabrikam.com', scenario: 1 }
      ],
      { cmt: 'conditional', restriction: 'shared' }
    )
    const problems: string[] = []
    const after = run(
      start,
      "Set-OutboundConnector -Identity 'Outbound to hybrid' -RecipientDomains 'contoso.com'",
      problems
    )
    expect(routingOf(after, 'fabrikam.com').cloudToOnPrem).toBe(false)
    expect(routingOf(start, 'fabrikam.com').cloudToOnPrem).toBe(true)
  })

  it('would catch an action on a connector an earlier action removed', () => {
    const start = tenantOf(
      [
        { name: DOMAIN, scenario: 3 },
        { name: 'fabrikam.com', scenario: 4 }
      ],
      { cmt: 'conditional', restriction: 'per-domain' }
    )
    const problems: string[] = []
    const removed = run(
      start,
      "Remove-InboundConnector -Identity 'Only through on-premises MX (contoso.com)'",
      problems
    )
    run(
      removed,
      "Set-InboundConnector -Identity 'Only through on-premises MX (contoso.com)' -RestrictDomainsToIPAddresses $true",
      problems
    )
    expect(problems).toEqual([
      'Set-InboundConnector names “Only through on-premises MX (contoso.com)”, which does not exist'
    ])
  })

  it('takes only this domain out of a restriction that also protects another domain (3 → 2)', () => {
    const outcome = simulate({
      from: 3,
      to: 2,
      neighbours: [1, 4],
      setup: { cmt: 'switch', restriction: 'shared' },
      choice: 'direct'
    })
    expect(outcome.forward.inbound['Only through on-premises MX']?.associated).toEqual([
      'tailspintoys.com'
    ])
    expect(outcome.problems).toEqual([])
  })
})

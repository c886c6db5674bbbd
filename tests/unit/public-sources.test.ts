/**
 * Every source a user sees beside a runbook action or a connector warning is a page anyone can
 * open (Microsoft Learn, the Exchange Team blog) or a Microsoft 365 message center id, never an
 * internal document (issue 11, "Sources shown to users").
 */
import { describe, expect, it } from 'vitest'
import { planTransition, type TransitionContext } from '../../src-renderer/lib/domain/advisor'
import { WARNING_SOURCES } from '../../src-renderer/lib/domain/connectors/warnings'
import { NO_CONDITIONS } from '../../src-renderer/lib/domain/profile'
import { isPublicSource, sourceHref } from '../../src-renderer/lib/domain/public-sources'
import type { Scenario } from '../../src-renderer/lib/domain/types'
import { SCENARIOS } from '../../src-renderer/lib/domain/types'
import { ADVISOR_PROJECT } from './advisor/project'

const PAIRS: [Scenario, Scenario][] = SCENARIOS.flatMap((from) =>
  SCENARIOS.filter((to) => to !== from).map((to): [Scenario, Scenario] => [from, to])
)

const CONTEXT: TransitionContext = {
  domainName: 'contoso.com',
  conditions: { ...NO_CONDITIONS, relaysNdrsViaCloud: true },
  project: ADVISOR_PROJECT
}

/** Three domains in scenarios 1, 2 and 4 (this one moving), with their connectors registered. */
const TENANT: TransitionContext = {
  ...CONTEXT,
  scenario2Outbound: 'through-exchange-online',
  domains: [
    { name: 'fabrikam.com', scenario: 2, scenario2Outbound: 'direct' },
    { name: 'tailspintoys.com', scenario: 4 }
  ],
  dns: [{ kind: 'mx', values: ['10 mail.contoso.com', '20 backup.example.net'], ttl: 3600 }],
  connectors: [
    {
      name: 'Outbound to hybrid',
      direction: 'cloud-to-onprem',
      type: 'OnPremises',
      routeAllMessagesViaOnPremises: true,
      recipientDomains: ['*'],
      status: 'verified'
    },
    {
      name: 'Only through on-premises MX',
      direction: 'partner',
      type: 'Partner',
      routeAllMessagesViaOnPremises: false,
      recipientDomains: [],
      status: 'verified',
      restrictDomainsToIps: true,
      associatedAcceptedDomains: ['contoso.com', 'tailspintoys.com']
    }
  ]
}

/** Internal references that must never reach a user: the brief, the seed rules, section numbers. */
const INTERNAL = /brief|seed rule|\bsection\b|\b\d+\.\d+\b(?!\.)|catalog step/i

describe('sources shown to users', () => {
  it('accepts Microsoft Learn pages and message center ids only', () => {
    expect(isPublicSource('https://learn.microsoft.com/en-us/exchange/transport-options')).toBe(
      true
    )
    expect(isPublicSource('MC1234567')).toBe(true)
    expect(isPublicSource('domain-brief 1.6; seed rules 2→1')).toBe(false)
    expect(isPublicSource('http://learn.microsoft.com/en-us/exchange/transport-options')).toBe(
      false
    )
    expect(isPublicSource('https://example.com/learn.microsoft.com')).toBe(false)
    expect(sourceHref('MC1234567')).toBeUndefined()
  })

  for (const [from, to] of PAIRS) {
    for (const [label, context] of [
      ['without a project', undefined],
      ['with a project', CONTEXT],
      ['with other domains and their connectors', TENANT]
    ] as const) {
      it(`cites public pages in runbook ${from}→${to} and its rollback, ${label}`, () => {
        const plan = planTransition(from, to, context)
        const actions = [...plan.actions, ...plan.rollback]
        expect(actions.length).toBeGreaterThan(0)
        for (const action of actions) {
          expect(isPublicSource(action.source), `${action.id}: ${action.source}`).toBe(true)
          expect(action.source).not.toMatch(INTERNAL)
        }
      })
    }
  }

  it('cites a public page for every connector warning', () => {
    for (const [code, source] of Object.entries(WARNING_SOURCES)) {
      expect(isPublicSource(source), `${code}: ${source}`).toBe(true)
      expect(source).not.toMatch(INTERNAL)
    }
  })
})

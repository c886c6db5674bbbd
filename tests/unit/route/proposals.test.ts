import { describe, expect, it } from 'vitest'
import { proposalsFromRouteTests } from '../../../src-renderer/lib/domain/route/proposals'
import {
  evaluateRouteTest,
  routeContextOf,
  type RouteTestRow
} from '../../../src-renderer/lib/domain/route/stored'
import type { RouteDirection } from '../../../src-renderer/lib/domain/route/types'
import { NO_CONDITIONS } from '../../../src-renderer/lib/domain/profile'
import { combineProposals } from '../../../src-renderer/lib/domain/proposals'
import * as samples from '../../support/route-header-samples'
import { ROUTE_PROJECT, storedRouteTest } from './stored-row'

const DOMAIN = { id: 'd1', name: 'contoso.com', scenario: 1 as const, conditions: NO_CONDITIONS }

function row(direction: RouteDirection, headers: string, testedAt: string): RouteTestRow {
  return storedRouteTest(`${direction}-${testedAt}`, DOMAIN, direction, headers, testedAt)
}

const PASSING: RouteTestRow[] = [
  row('internet-to-cloud', samples.INTERNET_TO_CLOUD_VIA_EOP, '2026-12-07T10:00:00.000Z'),
  row('internet-to-onprem', samples.INTERNET_TO_CLOUD_VIA_EOP, '2026-12-07T10:01:00.000Z'),
  row('cloud-to-internet', samples.CLOUD_DIRECT_TO_INTERNET, '2026-12-07T10:02:00.000Z'),
  row('onprem-to-internet', samples.ONPREM_VIA_CLOUD_TO_INTERNET, '2026-12-07T10:03:00.000Z'),
  row('cloud-to-onprem', samples.CLOUD_TO_ONPREM, '2026-12-07T10:04:00.000Z'),
  row('onprem-to-cloud', samples.ONPREM_TO_CLOUD_HEALTHY, '2026-12-07T10:05:00.000Z')
]

describe('proposalsFromRouteTests', () => {
  it('proposes nothing until every planned direction has passed', () => {
    const passed = PASSING.filter((r) => r.verdict === 'expected')
    // internet-to-onprem was fed a cloud message, so it does not pass: the plan is not complete.
    expect(passed.length).toBeLessThan(6)
    expect(proposalsFromRouteTests(DOMAIN, passed)).toEqual([])
  })

  it('proves verify-mail-flow when every direction’s newest test passed, dated by the newest', () => {
    const fixed = PASSING.map((r) =>
      r.direction === 'internet-to-onprem' ? { ...r, verdict: 'expected' as const } : r
    )
    const [proposal] = proposalsFromRouteTests(DOMAIN, fixed)
    expect(proposal).toMatchObject({
      stepId: 'verify-mail-flow',
      source: 'route',
      kind: 'proves',
      at: '2026-12-07T10:05:00.000Z'
    })
    expect(proposal?.fact).toContain('All 6 test messages arrived by scenario 1')
    const combined = combineProposals(
      proposalsFromRouteTests(DOMAIN, fixed),
      [{ stepId: 'verify-mail-flow', status: 'todo', retired: false, domainId: DOMAIN.id }],
      new Set()
    )
    expect(combined.get('verify-mail-flow')?.pending).toHaveLength(1)
  })

  it('contradicts the step while a direction’s newest test took an unexpected route', () => {
    const rows = [
      ...PASSING,
      row('onprem-to-internet', samples.ONPREM_DIRECT_TO_INTERNET, '2026-12-07T11:00:00.000Z')
    ]
    const proposals = proposalsFromRouteTests(DOMAIN, rows)
    const contradiction = proposals.find(
      (p) => p.kind === 'contradicts' && p.fact.startsWith('On-premises')
    )
    expect(contradiction?.fact).toContain('delivered the message directly')
    expect(proposals.some((p) => p.kind === 'proves')).toBe(false)
  })
})

describe('the project as the route check knows it', () => {
  it('judges the tenant from the id an inventory recorded, and knows the hybrid endpoint', () => {
    const own = evaluateRouteTest(
      { ...ROUTE_PROJECT, tenantId: samples.TENANT_ID },
      DOMAIN,
      'onprem-to-internet',
      samples.ONPREM_VIA_CLOUD_TO_INTERNET
    )
    expect(own.analysis.findings.map((finding) => finding.code)).toContain('own-tenant')
    const foreign = evaluateRouteTest(
      { ...ROUTE_PROJECT, tenantId: samples.OTHER_TENANT_ID },
      DOMAIN,
      'onprem-to-internet',
      samples.ONPREM_VIA_CLOUD_TO_INTERNET
    )
    expect(foreign.analysis.findings.map((finding) => finding.code)).toContain('foreign-tenant')
    expect(
      routeContextOf({ ...ROUTE_PROJECT, hybridEndpoint: 'hybrid.contoso.com', tenantId: ' ' })
    ).toEqual({
      onPremHosts: ['mail.contoso.com', 'hybrid.contoso.com'],
      onPremIps: ROUTE_PROJECT.onPremIps
    })
  })
})

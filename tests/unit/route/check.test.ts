import { describe, expect, it } from 'vitest'
import { analyzeHeaders } from '../../../src-renderer/lib/domain/route/analyze'
import { checkRoute, describeRoute } from '../../../src-renderer/lib/domain/route/check'
import { EXPECTED_ROUTES, expectedRoute } from '../../../src-renderer/lib/domain/route/expected'
import { routeTestPlan } from '../../../src-renderer/lib/domain/route/plan'
import { routeConditionsOf } from '../../../src-renderer/lib/domain/route/stored'
import {
  ROUTE_DIRECTIONS,
  type RouteConditions,
  type RouteDirection
} from '../../../src-renderer/lib/domain/route/types'
import { SCENARIOS, type Scenario } from '../../../src-renderer/lib/domain/types'
import * as samples from '../../support/route-header-samples'

function check(
  text: string,
  scenario: Scenario,
  direction: RouteDirection,
  conditions?: RouteConditions
) {
  return checkRoute(analyzeHeaders(text, samples.CONTEXT), { scenario, direction, conditions })
}

function codes(result: ReturnType<typeof check>): string[] {
  return result.findings.map((finding) => finding.code)
}

describe('expected paths', () => {
  it('has an entry citing a public Microsoft page for every scenario and direction', () => {
    for (const scenario of SCENARIOS) {
      for (const direction of ROUTE_DIRECTIONS) {
        const entry = EXPECTED_ROUTES[scenario][direction]
        expect(entry.variants.length).toBeGreaterThan(0)
        expect(entry.sources.length).toBeGreaterThan(0)
        for (const source of entry.sources) {
          expect(source.url).toMatch(
            /^https:\/\/(learn\.microsoft\.com|techcommunity\.microsoft\.com|github\.com\/MicrosoftDocs)\//
          )
        }
      }
    }
  })

  it('follows the scenarios: where MX points, and who sends to the internet', () => {
    expect(expectedRoute(1, 'onprem-to-internet').paths[0]).toEqual([
      'onprem',
      'eop-in',
      'exo',
      'eop-out',
      'internet'
    ])
    expect(expectedRoute(1, 'cloud-to-internet').paths).toEqual([['exo', 'eop-out', 'internet']])
    expect(expectedRoute(2, 'internet-to-cloud').paths[0]).toEqual([
      'internet',
      'eop-in',
      'exo',
      'eop-out',
      'onprem',
      'eop-in',
      'exo'
    ])
    // Scenario 3 routes cloud mail through on-premises (it takes centralized mail transport).
    expect(expectedRoute(3, 'cloud-to-internet').paths).toEqual([
      ['exo', 'eop-out', 'onprem', 'internet']
    ])
    expect(expectedRoute(3, 'onprem-to-internet').paths).toEqual([['onprem', 'internet']])
    expect(expectedRoute(4, 'internet-to-cloud').paths).toEqual([
      ['internet', 'onprem', 'eop-in', 'exo']
    ])
  })

  it('makes scenario 2’s outbound route the recorded choice, accepting both when none is recorded', () => {
    expect(expectedRoute(2, 'cloud-to-internet', { scenario2Outbound: 'direct' }).paths).toEqual([
      ['exo', 'eop-out', 'onprem', 'internet']
    ])
    expect(
      expectedRoute(2, 'cloud-to-internet', { scenario2Outbound: 'through-exchange-online' })
        .paths[0]
    ).toEqual(['exo', 'eop-out', 'onprem', 'eop-in', 'exo', 'eop-out', 'internet'])
    const unknown = expectedRoute(2, 'cloud-to-internet')
    expect(unknown.choiceUnknown).toBe(true)
    expect(unknown.paths).toHaveLength(3)
    expect(expectedRoute(1, 'cloud-to-internet').choiceUnknown).toBe(false)
  })

  it('puts a third-party filter in front of inbound mail and accepts it as a smart host outbound', () => {
    expect(expectedRoute(1, 'internet-to-cloud', { thirdPartyFilter: true }).paths).toEqual([
      ['internet', 'gateway', 'eop-in', 'exo']
    ])
    expect(expectedRoute(4, 'cloud-to-internet', { thirdPartyFilter: true }).paths).toEqual([
      ['exo', 'eop-out', 'internet'],
      ['exo', 'eop-out', 'gateway', 'internet']
    ])
    expect(expectedRoute(1, 'cloud-to-onprem', { thirdPartyFilter: true }).paths).toEqual([
      ['exo', 'eop-out', 'onprem']
    ])
  })
})

describe('checkRoute', () => {
  it('scenario 1/4, on-premises to internet through Exchange Online: expected, with HybridOnPrem', () => {
    for (const scenario of [1, 4] as const) {
      const result = check(samples.ONPREM_VIA_CLOUD_TO_INTERNET, scenario, 'onprem-to-internet')
      expect(result.verdict).toBe('expected')
      expect(result.expectedPath).toEqual(['onprem', 'eop-in', 'exo', 'eop-out', 'internet'])
      expect(codes(result)).toContain('attributed-hybrid')
    }
  })

  it('scenario 1, on-premises delivering directly: the send connector is not relaying', () => {
    const result = check(samples.ONPREM_DIRECT_TO_INTERNET, 1, 'onprem-to-internet')
    expect(result.verdict).toBe('unexpected')
    const finding = result.findings.find((f) => f.code === 'onprem-sends-direct')
    expect(finding?.stepId).toBe('onprem-relay-via-cloud')
    expect(finding?.source?.url).toContain('learn.microsoft.com')
  })

  it('scenario 3, on-premises delivering directly is the route; relaying through the cloud is scenario 4’s', () => {
    expect(check(samples.ONPREM_DIRECT_TO_INTERNET, 3, 'onprem-to-internet').verdict).toBe(
      'expected'
    )
    const relayed = check(samples.ONPREM_VIA_CLOUD_TO_INTERNET, 3, 'onprem-to-internet')
    expect(relayed.verdict).toBe('unexpected')
    expect(codes(relayed)).toContain('onprem-relays-via-cloud')
  })

  it('scenario 2, cloud to internet with no on-premises hop: centralized mail transport is not in effect', () => {
    const result = check(samples.CLOUD_DIRECT_TO_INTERNET, 2, 'cloud-to-internet', {
      scenario2Outbound: 'direct'
    })
    expect(result.verdict).toBe('unexpected')
    const finding = result.findings.find((f) => f.code === 'cmt-not-in-effect')
    expect(finding?.stepId).toBe('enable-cmt')
    expect(finding?.message).toContain('whole tenant')
  })

  it('explains, not fails, mail auto-forwarded in Exchange Online (it bypasses centralized transport)', () => {
    const result = check(samples.CLOUD_FORWARDED_TO_INTERNET, 3, 'cloud-to-internet')
    expect(result.verdict).toBe('inconclusive')
    expect(codes(result)).toContain('auto-forward-bypasses-cmt')
    expect(codes(result)).not.toContain('cmt-not-in-effect')
  })

  it('scenario 1 and 4, cloud to internet directly: expected; through on-premises means CMT is on', () => {
    expect(check(samples.CLOUD_DIRECT_TO_INTERNET, 1, 'cloud-to-internet').verdict).toBe('expected')
    expect(check(samples.CLOUD_DIRECT_TO_INTERNET, 4, 'cloud-to-internet').verdict).toBe('expected')
    const viaOnPrem = check(samples.CLOUD_VIA_ONPREM_TO_INTERNET, 1, 'cloud-to-internet')
    expect(viaOnPrem.verdict).toBe('unexpected')
    expect(codes(viaOnPrem)).toContain('cmt-on')
  })

  it('scenario 2 and 3, cloud to internet through on-premises: expected (with the recorded choice)', () => {
    expect(check(samples.CLOUD_VIA_ONPREM_TO_INTERNET, 3, 'cloud-to-internet').verdict).toBe(
      'expected'
    )
    expect(
      check(samples.CLOUD_VIA_ONPREM_TO_INTERNET, 2, 'cloud-to-internet', {
        scenario2Outbound: 'direct'
      }).verdict
    ).toBe('expected')
    expect(
      check(samples.CLOUD_VIA_ONPREM_TO_INTERNET, 2, 'cloud-to-internet', {
        scenario2Outbound: 'through-exchange-online'
      }).verdict
    ).toBe('unexpected')
    const unknown = check(samples.CLOUD_VIA_ONPREM_TO_INTERNET, 2, 'cloud-to-internet')
    expect(unknown.verdict).toBe('expected')
    expect(codes(unknown)).toContain('scenario2-choice-unknown')
  })

  it('reads scenario 2’s outbound path from the domain as it records it', () => {
    const conditions = { thirdPartyFilterInFront: false }
    expect(routeConditionsOf({ conditions })).toEqual({})
    expect(routeConditionsOf({ conditions, scenario2Outbound: 'through-exchange-online' })).toEqual(
      { scenario2Outbound: 'through-exchange-online' }
    )
    const recorded = routeConditionsOf({ conditions, scenario2Outbound: 'direct' })
    const viaOnPremOnly = check(
      samples.CLOUD_VIA_ONPREM_TO_INTERNET,
      2,
      'cloud-to-internet',
      recorded
    )
    expect(viaOnPremOnly.verdict).toBe('expected')
    expect(codes(viaOnPremOnly)).not.toContain('scenario2-choice-unknown')
  })

  it('scenario 1, internet to cloud through EOP: expected; scenario 3 expects on-premises first', () => {
    expect(check(samples.INTERNET_TO_CLOUD_VIA_EOP, 1, 'internet-to-cloud').verdict).toBe(
      'expected'
    )
    const s3 = check(samples.INTERNET_TO_CLOUD_VIA_EOP, 3, 'internet-to-cloud')
    expect(s3.verdict).toBe('unexpected')
    expect(s3.findings.find((f) => f.code === 'mx-points-to-eop')?.stepId).toBe('dns-mx-onprem')
  })

  it('scenario 2, internet to cloud without the on-premises pass: CMT is not routing inbound mail', () => {
    const result = check(samples.INTERNET_TO_CLOUD_VIA_EOP, 2, 'internet-to-cloud')
    expect(result.verdict).toBe('unexpected')
    expect(codes(result)).toContain('cmt-inbound-not-in-effect')
  })

  it('a forged-looking hop does not change the verdict of the trusted route', () => {
    const result = check(samples.INTERNET_TO_CLOUD_WITH_FORGED_HOPS, 1, 'internet-to-cloud')
    expect(result.verdict).toBe('expected')
    expect(codes(result)).toContain('forged-looking-hops')
  })

  it('scenario 3/4, internet to cloud through on-premises with enhanced filtering: expected', () => {
    for (const scenario of [3, 4] as const) {
      const result = check(samples.INTERNET_VIA_ONPREM_TO_CLOUD, scenario, 'internet-to-cloud')
      expect(result.verdict).toBe('expected')
      expect(codes(result)).toEqual(
        expect.arrayContaining(['attributed-hybrid', 'enhanced-filtering-seen'])
      )
    }
    const withoutSkip = samples.INTERNET_VIA_ONPREM_TO_CLOUD.replace(
      /X-MS-Exchange-SkipListed.*\n/,
      ''
    )
    const result = check(withoutSkip, 3, 'internet-to-cloud')
    expect(result.verdict).toBe('expected')
    expect(result.findings.find((f) => f.code === 'enhanced-filtering-not-seen')?.stepId).toBe(
      'enhanced-filtering'
    )
  })

  it('scenario 1, internet mail reaching on-premises first: MX still points on-premises', () => {
    const result = check(samples.INTERNET_VIA_ONPREM_TO_CLOUD, 1, 'internet-to-cloud')
    expect(result.verdict).toBe('unexpected')
    expect(result.findings.find((f) => f.code === 'mx-still-onprem')?.stepId).toBe('dns-mx-eop')
  })

  it('a third-party filter in front: expected when the domain records it, questioned when it does not', () => {
    expect(
      check(samples.INTERNET_VIA_GATEWAY_TO_CLOUD, 1, 'internet-to-cloud', {
        thirdPartyFilter: true
      }).verdict
    ).toBe('expected')
    const unrecorded = check(samples.INTERNET_VIA_GATEWAY_TO_CLOUD, 1, 'internet-to-cloud')
    expect(unrecorded.verdict).toBe('unexpected')
    expect(codes(unrecorded)).toContain('unexpected-gateway')
  })

  it('cross-premises: healthy when Internal and HybridOnPrem; headers filtered and anonymous is a fault', () => {
    const healthy = check(samples.ONPREM_TO_CLOUD_HEALTHY, 2, 'onprem-to-cloud')
    expect(healthy.verdict).toBe('expected')
    expect(codes(healthy)).toEqual(
      expect.arrayContaining(['cross-premises-internal', 'attributed-hybrid'])
    )
    const filtered = check(samples.ONPREM_TO_CLOUD_FILTERED, 2, 'onprem-to-cloud')
    expect(filtered.verdict).toBe('unexpected')
    expect(codes(filtered)).toEqual(
      expect.arrayContaining([
        'cross-premises-headers-stripped',
        'cross-premises-anonymous',
        'attributed-as-internet'
      ])
    )
    expect(check(samples.CLOUD_TO_ONPREM, 1, 'cloud-to-onprem').verdict).toBe('expected')
  })

  it('on-premises mail attributed as Internet, or to another tenant, is unexpected even on the right path', () => {
    const result = check(samples.ONPREM_VIA_CLOUD_MISATTRIBUTED, 1, 'onprem-to-internet')
    expect(result.verdict).toBe('unexpected')
    expect(codes(result)).toEqual(
      expect.arrayContaining(['attributed-as-internet', 'foreign-tenant'])
    )
    expect(result.findings.find((f) => f.code === 'attributed-as-internet')?.stepId).toBe(
      'connector-onprem-to-cloud'
    )
  })

  it('mail leaving through the relay pool is a problem', () => {
    const result = check(samples.ONPREM_VIA_RELAY_POOL, 1, 'onprem-to-internet')
    expect(result.verdict).toBe('unexpected')
    expect(codes(result)).toContain('relay-pool')
  })

  it('an outbound test read inside the organisation is inconclusive and says where to read it', () => {
    const result = check(samples.ONPREM_TO_CLOUD_HEALTHY, 1, 'onprem-to-internet')
    expect(result.verdict).toBe('inconclusive')
    expect(codes(result)).toContain('read-outbound-externally')
  })

  it('junk is inconclusive, never an exception', () => {
    const result = check('not headers at all', 1, 'internet-to-cloud')
    expect(result.verdict).toBe('inconclusive')
    expect(codes(result)).toContain('no-headers')
  })

  it('describes a path in words', () => {
    expect(describeRoute(['internet', 'eop-in', 'exo'])).toBe(
      'Internet → Exchange Online Protection (in) → Exchange Online'
    )
  })
})

describe('routeTestPlan', () => {
  it('lists a test for every direction with mailboxes, where to read it and the expected path', () => {
    const plan = routeTestPlan('contoso.com', 3)
    expect(plan.map((item) => item.direction)).toEqual([...ROUTE_DIRECTIONS])
    const outbound = plan.find((item) => item.direction === 'cloud-to-internet')
    expect(outbound?.from).toContain('@contoso.com')
    expect(outbound?.readAt).toContain('external mailbox')
    expect(outbound?.expectedPath).toEqual(['exo', 'eop-out', 'onprem', 'internet'])
  })
})

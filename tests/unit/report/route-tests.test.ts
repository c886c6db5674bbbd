import { describe, expect, it } from 'vitest'
import { buildReport } from '../../../src-renderer/lib/domain/report'
import { reportBodyHtml } from '../../../src-renderer/lib/domain/report/html'
import { reportMarkdown } from '../../../src-renderer/lib/domain/report/markdown'
import type { RouteTestRow } from '../../../src-renderer/lib/domain/route/stored'
import type { RouteDirection } from '../../../src-renderer/lib/domain/route/types'
import { CONTOSO, FABRIKAM, GENERATED_AT, reportInputs, TODAY } from './fixtures'
import * as samples from '../../support/route-header-samples'
import { storedRouteTest } from '../route/stored-row'

function row(
  direction: RouteDirection,
  headers: string,
  testedAt: string,
  domain = CONTOSO
): RouteTestRow {
  return storedRouteTest(`t-${testedAt}`, domain, direction, headers, testedAt)
}

const ROWS = [
  row('onprem-to-internet', samples.ONPREM_DIRECT_TO_INTERNET, '2026-11-20T10:00:00.000Z'),
  row('onprem-to-internet', samples.ONPREM_VIA_CLOUD_TO_INTERNET, '2026-11-21T10:00:00.000Z'),
  row('internet-to-cloud', samples.INTERNET_TO_CLOUD_VIA_EOP, '2026-11-21T11:00:00.000Z')
]

function report(redactAddresses = false) {
  return buildReport(reportInputs({ routeTests: ROWS }), {
    today: TODAY,
    generatedAt: GENERATED_AT,
    redactAddresses
  })
}

describe('route tests in the status report', () => {
  it('lists each domain’s plan with the newest test per direction, its route and its evidence', () => {
    const { routeTests } = report()
    const contoso = routeTests.domains.find((domain) => domain.domainId === CONTOSO.id)
    expect(contoso).toMatchObject({ passed: 2, total: 6, complete: false })
    const outbound = contoso?.tests.find(
      (test) => test.title === 'On-premises mailbox to the internet'
    )
    expect(outbound).toMatchObject({
      verdict: 'expected',
      verdictLabel: 'Expected route',
      testedAt: '2026-11-21T10:00:00.000Z',
      observed:
        'On-premises servers → Exchange Online Protection (in) → Exchange Online → Exchange Online Protection (out) → Internet'
    })
    expect(outbound?.evidence).toHaveLength(5)
    expect(outbound?.evidence[0]).toContain('from EXCH01.contoso.local')
    const fabrikam = routeTests.domains.find((domain) => domain.domainId === FABRIKAM.id)
    expect(fabrikam?.tests.every((test) => test.verdict === 'not-tested')).toBe(true)
  })

  it('redacts the mailbox part of addresses when asked', () => {
    const plain = report(false).routeTests.domains.flatMap((d) =>
      d.tests.flatMap((t) => t.evidence)
    )
    expect(plain.join('\n')).toContain('tester@example.net')
    const redacted = report(true).routeTests
    expect(redacted.redacted).toBe(true)
    const text = redacted.domains.flatMap((d) => d.tests.flatMap((t) => t.evidence)).join('\n')
    expect(text).not.toContain('tester@')
    expect(text).toContain('…@example.net')
  })

  it('leaves out other domains’ tests in a domain report', () => {
    const inputs = reportInputs({
      scope: { kind: 'domain', domainId: FABRIKAM.id },
      routeTests: ROWS
    })
    const built = buildReport(inputs, { today: TODAY, generatedAt: GENERATED_AT })
    expect(built.routeTests.domains.map((d) => d.domainId)).toEqual([FABRIKAM.id])
    expect(built.routeTests.domains[0]?.passed).toBe(0)
  })

  it('prints the section in HTML and Markdown', () => {
    const built = report(true)
    const html = reportBodyHtml(built, new Map())
    expect(html).toContain('<h2>Route tests</h2>')
    expect(html).toContain('status-expected')
    expect(html).toContain('Evidence: On-premises mailbox to the internet (Expected route)')
    expect(html).toContain('Email addresses are redacted')
    expect(html).not.toContain('tester@example.net')
    const markdown = reportMarkdown(built)
    expect(markdown).toContain('## Route tests')
    expect(markdown).toContain('Route tests of contoso.com: 2 of 6 arrive by the expected route')
    expect(markdown).not.toContain('tester@example.net')
  })
})

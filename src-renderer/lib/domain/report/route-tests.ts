/**
 * The status report's route tests: per domain in scope, how many of its planned test messages
 * arrived by the scenario's route, and each direction's newest test with its verdict, the route
 * in words and the evidence (the Received lines as pasted). Addresses can be redacted for reports
 * that leave the team.
 */
import { describeRoute } from '../route/check'
import { directionTitle } from '../route/plan'
import {
  redactAddresses,
  routeConditionsOf,
  routePlanStatus,
  VERDICT_LABELS,
  type RouteTestRow
} from '../route/stored'
import { readHeaderBlock } from '../route/headers'
import type { RouteVerdict } from '../route/types'
import type { Domain } from '../types'
import type { ReportTable } from './texts'

export type ReportRouteTest = {
  title: string
  verdict: RouteVerdict | 'not-tested'
  verdictLabel: string
  /** ISO timestamp of the check, or null when not tested. */
  testedAt: string | null
  observed: string
  expected: string
  /** The findings that need attention (problems and warnings), in words. */
  findings: string[]
  /** The Received lines, oldest first, as evidence. */
  evidence: string[]
}

export type ReportRouteDomain = {
  domainId: string
  domainName: string
  passed: number
  total: number
  complete: boolean
  tests: ReportRouteTest[]
}

export type ReportRouteTests = {
  domains: ReportRouteDomain[]
  /** True when addresses were replaced by "…@domain". */
  redacted: boolean
}

function evidenceOf(headers: string, redact: boolean): string[] {
  const lines = readHeaderBlock(headers)
    .fields.filter((field) => field.key === 'received')
    .map((field) => field.value)
    .reverse()
  return redact ? lines.map(redactAddresses) : lines
}

/** The route-test section of the report for the domains in scope. */
export function reportRouteTests(
  domains: readonly Domain[],
  rows: readonly RouteTestRow[],
  redact: boolean
): ReportRouteTests {
  return {
    redacted: redact,
    domains: domains.map((domain) => {
      const status = routePlanStatus(
        domain,
        rows.filter((row) => row.domainId === domain.id),
        routeConditionsOf(domain)
      )
      return {
        domainId: domain.id,
        domainName: domain.name,
        passed: status.passed,
        total: status.total,
        complete: status.complete,
        tests: status.entries.map((entry) => {
          const latest = entry.latest
          const text = (value: string): string => (redact ? redactAddresses(value) : value)
          return {
            title: directionTitle(entry.direction),
            verdict: latest?.verdict ?? 'not-tested',
            verdictLabel: latest ? VERDICT_LABELS[latest.verdict] : 'Not tested',
            testedAt: latest?.testedAt ?? null,
            observed: latest ? describeRoute(latest.path) : '',
            expected: describeRoute(entry.expectedPath),
            findings: (latest?.findings ?? [])
              .filter((finding) => finding.severity === 'problem' || finding.severity === 'warning')
              .map((finding) => text(finding.message)),
            evidence: latest ? evidenceOf(latest.headers, redact) : []
          }
        })
      }
    })
  }
}

/** One domain's route tests as a table both renderers print. */
export function routeTestTable(domain: ReportRouteDomain): ReportTable {
  return {
    caption: `Route tests of ${domain.domainName}: ${domain.passed} of ${domain.total} arrive by the expected route`,
    columns: ['Test', 'Verdict', 'Checked', 'Observed route', 'Expected route', 'Findings'],
    rows: domain.tests.map((test) => [
      { text: test.title },
      { text: test.verdictLabel, badge: test.verdict },
      { text: test.testedAt === null ? '—' : test.testedAt.slice(0, 10), date: true },
      { text: test.observed || '—' },
      { text: test.expected },
      {
        text:
          test.verdict === 'not-tested'
            ? '—'
            : test.findings.length === 0
              ? 'None'
              : test.findings.join(' ')
      }
    ])
  }
}

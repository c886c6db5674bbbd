import type { Domain } from '../../../src-renderer/lib/domain/types'
import { evaluateRouteTest, type RouteTestRow } from '../../../src-renderer/lib/domain/route/stored'
import type { RouteDirection } from '../../../src-renderer/lib/domain/route/types'

/** The Contoso project's on-premises host and IP, as route tests read them. */
export const ROUTE_PROJECT = { onPremHost: 'mail.contoso.com', onPremIps: ['131.107.21.231'] }

/** A stored route test `id` of pasted `headers`, checked as the app checks them for `domain`. */
export function storedRouteTest(
  id: string,
  domain: Pick<Domain, 'id' | 'scenario' | 'conditions'>,
  direction: RouteDirection,
  headers: string,
  testedAt: string
): RouteTestRow {
  const { analysis, check } = evaluateRouteTest(ROUTE_PROJECT, domain, direction, headers)
  return {
    id,
    createdAt: testedAt,
    updatedAt: testedAt,
    rev: 1,
    projectId: 'p1',
    domainId: domain.id,
    direction,
    scenario: domain.scenario,
    testedAt,
    headers,
    sourceName: 'Pasted',
    verdict: check.verdict,
    path: analysis.path,
    expectedPath: check.expectedPath,
    findings: check.findings.map(({ code, severity, message }) => ({ code, severity, message }))
  }
}

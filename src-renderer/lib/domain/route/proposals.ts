/**
 * The route-test source of the proposal model (../proposals.ts) for the `verify-mail-flow` step:
 * the step is proved when every planned direction's newest test arrived by the scenario's route,
 * and contradicted while a direction's newest test took an unexpected route. A single passing
 * test proves one direction only, so it counts towards the plan and is not proposed on its own.
 */
import { makeProposal, type Proposal } from '../proposals'
import type { Domain } from '../types'
import { describeRoute } from './check'
import { routeConditionsOf, routePlanStatus, type RouteTestRow } from './stored'

export function proposalsFromRouteTests(
  domain: Pick<Domain, 'id' | 'name' | 'scenario' | 'conditions'>,
  rows: readonly RouteTestRow[]
): Proposal[] {
  const status = routePlanStatus(
    domain,
    rows.filter((row) => row.domainId === domain.id),
    routeConditionsOf(domain)
  )
  const tested = status.entries.flatMap((entry) => (entry.latest ? [entry.latest] : []))
  const proposals: Proposal[] = []
  const failed = status.entries.filter((entry) => entry.latest?.verdict === 'unexpected')
  for (const entry of failed) {
    const latest = entry.latest
    if (latest === null) continue
    const problem = latest.findings.find((finding) => finding.severity === 'problem')
    proposals.push(
      makeProposal({
        domainId: domain.id,
        stepId: 'verify-mail-flow',
        source: 'route',
        kind: 'contradicts',
        at: latest.testedAt,
        fact: `${entry.title}: the test message went ${describeRoute(latest.path)}, not by scenario ${domain.scenario}'s route${problem ? ` (${problem.message})` : ''}`
      })
    )
  }
  if (status.complete && tested.length > 0) {
    const newest = tested.reduce((a, b) => (a.testedAt >= b.testedAt ? a : b))
    proposals.push(
      makeProposal({
        domainId: domain.id,
        stepId: 'verify-mail-flow',
        source: 'route',
        kind: 'proves',
        at: newest.testedAt,
        fact: `All ${status.total} test messages arrived by scenario ${domain.scenario}'s route, checked from their headers: ${status.entries.map((entry) => `${entry.title.toLowerCase()} (${describeRoute(entry.expectedPath)})`).join('; ')}`
      })
    )
  }
  return proposals
}

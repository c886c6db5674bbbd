/**
 * Route tests as stored (table routeTests, schema version 6): the pasted headers, the verdict and
 * path at the time, and the findings' words, so a report reads on its own. The domain's plan counts
 * only the newest test per direction made under its current scenario.
 */
import { analyzeHeaders } from './analyze'
import { checkRoute } from './check'
import { routeTestPlan, type RouteTestPlanItem } from './plan'
import type {
  RouteAnalysis,
  RouteCheck,
  RouteConditions,
  RouteContext,
  RouteDirection,
  RouteFindingSeverity,
  RouteSystem,
  RouteVerdict
} from './types'
import type {
  Domain,
  DomainConditions,
  Project,
  RowMeta,
  Scenario,
  Scenario2Outbound
} from '../types'

export type StoredRouteFinding = { code: string; severity: RouteFindingSeverity; message: string }

export type RouteTestRow = RowMeta & {
  projectId: string
  domainId: string
  direction: RouteDirection
  /** The domain's scenario when the test was checked. */
  scenario: Scenario
  /** ISO timestamp of the check. */
  testedAt: string
  /** The headers as pasted or read from the dropped file. */
  headers: string
  /** "Pasted" or the dropped file's name. */
  sourceName: string
  verdict: RouteVerdict
  path: RouteSystem[]
  expectedPath: RouteSystem[]
  findings: StoredRouteFinding[]
}

/** Largest header text kept (characters): real header blocks are a few kilobytes. */
export const MAX_HEADER_CHARS = 256_000

export type RoutePlanEntry = RouteTestPlanItem & {
  /** The newest test of this direction under the current scenario, or null. */
  latest: RouteTestRow | null
}

export type RoutePlanStatus = {
  entries: RoutePlanEntry[]
  passed: number
  total: number
  complete: boolean
}

/** The newest test per direction among rows made under `scenario`. */
export function latestRouteTests(
  rows: readonly RouteTestRow[],
  scenario: Scenario
): Map<RouteDirection, RouteTestRow> {
  const latest = new Map<RouteDirection, RouteTestRow>()
  for (const row of rows) {
    if (row.scenario !== scenario) continue
    const seen = latest.get(row.direction)
    if (seen === undefined || row.testedAt > seen.testedAt) latest.set(row.direction, row)
  }
  return latest
}

/** The domain's plan with its newest tests: it completes when every direction's newest test passed. */
export function routePlanStatus(
  domain: { name: string; scenario: Scenario },
  rows: readonly RouteTestRow[],
  conditions: RouteConditions = {}
): RoutePlanStatus {
  const latest = latestRouteTests(rows, domain.scenario)
  const entries = routeTestPlan(domain.name, domain.scenario, conditions).map((item) => ({
    ...item,
    latest: latest.get(item.direction) ?? null
  }))
  const passed = entries.filter((entry) => entry.latest?.verdict === 'expected').length
  return { entries, passed, total: entries.length, complete: passed === entries.length }
}

const ADDRESS =
  /([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+)@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)/g

/** Replaces the mailbox part of every email address with "…", keeping the domain: "…@contoso.com". */
export function redactAddresses(text: string): string {
  return text.replace(ADDRESS, (_match, _local: string, domain: string) => `…@${domain}`)
}

export const VERDICT_LABELS: Readonly<Record<RouteVerdict, string>> = {
  expected: 'Expected route',
  unexpected: 'Unexpected route',
  inconclusive: 'Inconclusive'
}

/**
 * What a domain records that changes its expected route: its conditions (older rows lack
 * thirdPartyFilterInFront) and scenario 2's outbound path, once chosen.
 */
type RouteDomain = {
  conditions: Partial<DomainConditions>
  scenario2Outbound?: Scenario2Outbound
}

/** The route conditions of a domain, from what it records. */
export function routeConditionsOf(domain: RouteDomain): RouteConditions {
  const result: RouteConditions = {}
  if (domain.conditions.thirdPartyFilterInFront === true) result.thirdPartyFilter = true
  if (
    domain.scenario2Outbound === 'direct' ||
    domain.scenario2Outbound === 'through-exchange-online'
  )
    result.scenario2Outbound = domain.scenario2Outbound
  return result
}

/** The project fields that identify its own systems and tenant in the headers. */
export type RouteProject = Pick<Project, 'onPremHost' | 'onPremIps' | 'hybridEndpoint' | 'tenantId'>

/**
 * What the project knows of its own systems, for recognising them in the headers: the on-premises
 * mail host and hybrid endpoint, its IPs, and its tenant id (recorded from an inventory).
 */
export function routeContextOf(project: RouteProject): RouteContext {
  const hosts = [project.onPremHost, project.hybridEndpoint ?? '']
    .map((host) => host.trim())
    .filter((host, index, all) => host !== '' && all.indexOf(host) === index)
  const tenantId = project.tenantId?.trim() ?? ''
  return {
    onPremHosts: hosts,
    onPremIps: project.onPremIps,
    ...(tenantId === '' ? {} : { tenantId })
  }
}

export type RouteEvaluation = { analysis: RouteAnalysis; check: RouteCheck }

/** Analyses pasted headers and checks them against the domain's scenario for one direction. */
export function evaluateRouteTest(
  project: RouteProject,
  domain: Pick<Domain, 'scenario' | 'conditions' | 'scenario2Outbound'>,
  direction: RouteDirection,
  headers: string
): RouteEvaluation {
  const analysis = analyzeHeaders(headers, routeContextOf(project))
  const check = checkRoute(analysis, {
    scenario: domain.scenario,
    direction,
    conditions: routeConditionsOf(domain)
  })
  return { analysis, check }
}

/**
 * checkRoute: does the route read from a test message's headers match the one the domain's
 * scenario promises for that direction? Says what differs in plain words and which step or
 * setting to check, and explains the known exceptions instead of failing them: mail auto-forwarded
 * in Exchange Online bypasses centralized mail transport, and organisation headers are stripped
 * when mail leaves, so outbound tests are read at an external mailbox.
 */
import { diagnose } from './diagnose'
import { expectedRoute } from './expected'
import type { ExpectedRoute } from './expected'
import { SOURCES } from './sources'
import { ORG_SYSTEMS } from './systems'
import type {
  RouteAnalysis,
  RouteCheck,
  RouteExpectation,
  RouteFinding,
  RouteSignals,
  RouteSystem,
  RouteVerdict
} from './types'
import { SCENARIO_INFO } from '../scenarios'

// The route screens and the report name systems through this module.
export { SYSTEM_NAMES, describeRoute } from './systems'

function same(a: readonly RouteSystem[], b: readonly RouteSystem[]): boolean {
  return a.length === b.length && a.every((system, i) => system === b[i])
}

/**
 * For a message read outside the organisation, everything after the last Microsoft 365 or
 * on-premises hop is the recipient's side: one "internet" (or the domain's own filter, then the
 * internet, when a third-party filter sends for it).
 */
function normalise(
  path: readonly RouteSystem[],
  outbound: boolean,
  filter: boolean
): RouteSystem[] {
  if (!outbound) return [...path]
  let last = -1
  path.forEach((system, i) => {
    if (ORG_SYSTEMS.includes(system)) last = i
  })
  if (last === -1 || last === path.length - 1) return [...path]
  const head = path.slice(0, last + 1)
  return filter && path[last + 1] === 'gateway'
    ? [...head, 'gateway', 'internet']
    : [...head, 'internet']
}

/** What the headers say about how the hybrid connectors treated the message. */
function signalFindings(
  observed: readonly RouteSystem[],
  analysis: RouteAnalysis,
  crossPremises: boolean
): RouteFinding[] {
  return [
    ...attributionFindings(observed, analysis.signals),
    ...(analysis.path.includes('relay-pool')
      ? [
          {
            code: 'relay-pool',
            severity: 'problem',
            message:
              'The message left through Microsoft’s relay pool, which Exchange Online uses for relayed mail that is not attributed to the organisation: check the OnPremises inbound connector and that SPF lists the on-premises addresses.',
            stepId: 'connector-onprem-to-cloud',
            source: SOURCES.relayPool
          } satisfies RouteFinding
        ]
      : []),
    ...(crossPremises ? crossPremisesFindings(analysis.signals) : [])
  ]
}

/** Attribution: on-premises mail entering Exchange Online must match the OnPremises connector. */
function attributionFindings(
  observed: readonly RouteSystem[],
  signals: RouteSignals
): RouteFinding[] {
  const onPremEntersCloud = observed.some(
    (system, i) => system === 'onprem' && observed[i + 1] === 'eop-in'
  )
  if (!onPremEntersCloud || signals.fromEntity.length === 0) return []
  if (signals.fromEntity.some((value) => /^hybridonprem$/i.test(value)))
    return [
      {
        code: 'attributed-hybrid',
        severity: 'ok',
        header: 'X-MS-Exchange-CrossTenant-FromEntityHeader',
        message:
          'Exchange Online recognised the on-premises servers (HybridOnPrem): the OnPremises inbound connector matched.'
      }
    ]
  if (signals.fromEntity.some((value) => /^internet$/i.test(value)))
    return [
      {
        code: 'attributed-as-internet',
        severity: 'problem',
        header: 'X-MS-Exchange-CrossTenant-FromEntityHeader',
        message:
          'Mail from the on-premises servers was attributed as Internet instead of HybridOnPrem: no OnPremises inbound connector matched it, so Exchange Online treated it like anyone’s mail (relaying fails with 550 5.7.64, and anti-spam applies).',
        stepId: 'connector-onprem-to-cloud',
        setting:
          'The inbound connector of type OnPremises: its TlsSenderCertificateName (or SenderIPAddresses) must match the on-premises servers',
        source: SOURCES.relayRequirements
      }
    ]
  return []
}

/** Mail between the organisation's own mailboxes on either side must stay internal. */
function crossPremisesFindings(signals: RouteSignals): RouteFinding[] {
  const findings: RouteFinding[] = []
  if (signals.crossPremisesFilteredBy.length > 0) {
    findings.push({
      code: 'cross-premises-headers-stripped',
      severity: 'problem',
      header: 'X-CrossPremisesHeadersFilteredBySendConnector',
      message:
        'The on-premises send connector removed the cross-premises headers, so Exchange Online treats this internal message as external. The connector to Microsoft 365 needs CloudServicesMailEnabled, which the Hybrid Configuration Wizard sets.',
      stepId: 'hybrid-configuration-wizard',
      setting: 'CloudServicesMailEnabled on the "Outbound to Office 365" send connector',
      source: SOURCES.demystifying
    })
  }
  if (signals.authAs.some((value) => /^anonymous$/i.test(value))) {
    findings.push({
      code: 'cross-premises-anonymous',
      severity: 'problem',
      header: 'X-MS-Exchange-Organization-AuthAs',
      message:
        'The message between your own mailboxes arrived as Anonymous instead of Internal: the hybrid connectors did not authenticate it, so it gets external treatment (anti-spam, "External" tags).',
      stepId: 'connector-onprem-to-cloud',
      setting: 'Certificate-based OnPremises inbound connector and CloudServicesMailEnabled',
      source: SOURCES.demystifying
    })
  } else if (signals.authAs.some((value) => /^internal$/i.test(value))) {
    findings.push({
      code: 'cross-premises-internal',
      severity: 'ok',
      header: 'X-MS-Exchange-Organization-AuthAs',
      message: 'The message between your own mailboxes was authenticated as Internal.'
    })
  }
  return findings
}

/** Findings about the route's start and end that hold whether or not it matched. */
function routeNotes(
  expected: ExpectedRoute,
  observed: readonly RouteSystem[],
  outbound: boolean
): { findings: RouteFinding[]; inconclusive: boolean } {
  const findings: RouteFinding[] = []
  if (expected.choiceUnknown) {
    findings.push({
      code: 'scenario2-choice-unknown',
      severity: 'info',
      message:
        'This domain has no recorded choice of where on-premises sends internet mail (directly, or back through Exchange Online), so both routes are accepted. Record it with Edit domain so the test can tell them apart.',
      source: SOURCES.transportRouting
    })
  }
  const endsInside =
    outbound && observed[observed.length - 1] !== 'internet' && !observed.includes('gateway')
  if (endsInside) {
    findings.push({
      code: 'read-outbound-externally',
      severity: 'info',
      message:
        'The route ends inside the organisation, so these headers do not show how the message left. Organisation headers are stripped when mail leaves: send the test to a mailbox outside the organisation and paste the headers as they arrived there.',
      source: SOURCES.demystifying
    })
  }
  return { findings, inconclusive: endsInside }
}

export function checkRoute(analysis: RouteAnalysis, expectation: RouteExpectation): RouteCheck {
  const { scenario, direction } = expectation
  const conditions = expectation.conditions ?? {}
  const expected = expectedRoute(scenario, direction, conditions)
  const outbound = direction.endsWith('-to-internet')
  const crossPremises = direction === 'cloud-to-onprem' || direction === 'onprem-to-cloud'
  const filter = conditions.thirdPartyFilter === true
  const observed = normalise(analysis.path, outbound, filter)
  const matched = expected.paths.some((path) => same(path, observed))
  const signals = analysis.signals

  const result = (verdict: RouteVerdict, findings: RouteFinding[]): RouteCheck => ({
    verdict,
    expectedPath: expected.paths[0] ?? [],
    acceptedPaths: expected.paths,
    findings: [...findings, ...analysis.findings],
    sources: expected.sources
  })
  if (analysis.hops.length === 0 || observed.length === 0) return result('inconclusive', [])

  const notes = routeNotes(expected, observed, outbound)
  let inconclusive = notes.inconclusive
  const findings = [...notes.findings, ...signalFindings(observed, analysis, crossPremises)]
  const mxOnPrem = SCENARIO_INFO[scenario].mx === 'onprem'
  if (direction === 'internet-to-cloud' && (mxOnPrem || filter) && matched) {
    if (!signals.skipListed.some((skip) => skip.ourAddress)) {
      findings.push({
        code: 'enhanced-filtering-not-seen',
        severity: 'warning',
        message:
          'Mail reaches Exchange Online from your own servers or filter, but the headers show no enhanced filtering skipping them: SPF, DMARC and spam verdicts see only the last hop’s address.',
        stepId: 'enhanced-filtering',
        setting: 'EFSkipIPs (or EFSkipLastIP) on the inbound connector',
        source: SOURCES.enhancedFiltering
      })
    }
  }
  if (!matched && !inconclusive) {
    const { inconclusive: bypassed, ...finding } = diagnose({
      scenario,
      direction,
      expected,
      observed,
      filter,
      signals
    })
    findings.push(finding)
    inconclusive = bypassed === true
  }

  const problems =
    findings.some((finding) => finding.severity === 'problem') ||
    analysis.findings.some((finding) => finding.severity === 'problem')
  if (inconclusive) return result('inconclusive', findings)
  return result(matched && !problems ? 'expected' : 'unexpected', findings)
}

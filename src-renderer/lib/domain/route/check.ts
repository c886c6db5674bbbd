/**
 * checkRoute: does the route read from a test message's headers match the one the domain's
 * scenario promises for that direction? Says what differs in plain words and which step or
 * setting to check, and explains the known exceptions instead of failing them: mail auto-forwarded
 * in Exchange Online bypasses centralized mail transport, and organisation headers are stripped
 * when mail leaves, so outbound tests are read at an external mailbox.
 */
import { expectedRoute } from './expected'
import { SOURCES } from './sources'
import type {
  RouteAnalysis,
  RouteCheck,
  RouteExpectation,
  RouteFinding,
  RouteSystem,
  RouteVerdict
} from './types'
import { SCENARIO_INFO } from '../scenarios'

const ORG_SYSTEMS: readonly RouteSystem[] = ['onprem', 'eop-in', 'exo', 'eop-out', 'relay-pool']

export const SYSTEM_NAMES: Readonly<Record<RouteSystem, string>> = {
  onprem: 'On-premises servers',
  'eop-in': 'Exchange Online Protection (in)',
  exo: 'Exchange Online',
  'eop-out': 'Exchange Online Protection (out)',
  'relay-pool': 'Microsoft relay pool',
  gateway: 'Third-party filter',
  internet: 'Internet'
}

/** A path in words, e.g. "On-premises servers → Exchange Online Protection (in) → …". */
export function describeRoute(path: readonly RouteSystem[]): string {
  return path.map((system) => SYSTEM_NAMES[system]).join(' → ')
}

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

function firstOrgSystem(path: readonly RouteSystem[]): RouteSystem | undefined {
  return path.find((system) => ORG_SYSTEMS.includes(system))
}

/** Index of `system` after the first Exchange Online hop, or -1. */
function afterCloud(path: readonly RouteSystem[], system: RouteSystem): number {
  const cloud = path.indexOf('exo')
  return cloud === -1 ? -1 : path.indexOf(system, cloud + 1)
}

export function checkRoute(analysis: RouteAnalysis, expectation: RouteExpectation): RouteCheck {
  const { scenario, direction } = expectation
  const conditions = expectation.conditions ?? {}
  const expected = expectedRoute(scenario, direction, conditions)
  const outbound = direction.endsWith('-to-internet')
  const inbound = direction.startsWith('internet-to-')
  const crossPremises = direction === 'cloud-to-onprem' || direction === 'onprem-to-cloud'
  const filter = conditions.thirdPartyFilter === true
  const observed = normalise(analysis.path, outbound, filter)
  const matched = expected.paths.some((path) => same(path, observed))
  const findings: RouteFinding[] = []
  const signals = analysis.signals
  let inconclusive = analysis.hops.length === 0 || observed.length === 0

  const result = (verdict: RouteVerdict): RouteCheck => ({
    verdict,
    expectedPath: expected.paths[0] ?? [],
    acceptedPaths: expected.paths,
    findings: [...findings, ...analysis.findings],
    sources: expected.sources
  })

  if (inconclusive) return result('inconclusive')

  if (expected.choiceUnknown) {
    findings.push({
      code: 'scenario2-choice-unknown',
      severity: 'info',
      message:
        'This domain has no recorded choice of where on-premises sends internet mail (directly, or back through Exchange Online), so both routes are accepted. Record it with Edit domain so the test can tell them apart.',
      source: SOURCES.transportRouting
    })
  }

  if (outbound && observed[observed.length - 1] !== 'internet' && !observed.includes('gateway')) {
    inconclusive = true
    findings.push({
      code: 'read-outbound-externally',
      severity: 'info',
      message:
        'The route ends inside the organisation, so these headers do not show how the message left. Organisation headers are stripped when mail leaves: send the test to a mailbox outside the organisation and paste the headers as they arrived there.',
      source: SOURCES.demystifying
    })
  }

  // Attribution: on-premises mail entering Exchange Online must match the OnPremises connector.
  const onPremEntersCloud = observed.some(
    (system, i) => system === 'onprem' && observed[i + 1] === 'eop-in'
  )
  if (onPremEntersCloud && signals.fromEntity.length > 0) {
    if (signals.fromEntity.some((value) => /^hybridonprem$/i.test(value))) {
      findings.push({
        code: 'attributed-hybrid',
        severity: 'ok',
        header: 'X-MS-Exchange-CrossTenant-FromEntityHeader',
        message:
          'Exchange Online recognised the on-premises servers (HybridOnPrem): the OnPremises inbound connector matched.'
      })
    } else if (signals.fromEntity.some((value) => /^internet$/i.test(value))) {
      findings.push({
        code: 'attributed-as-internet',
        severity: 'problem',
        header: 'X-MS-Exchange-CrossTenant-FromEntityHeader',
        message:
          'Mail from the on-premises servers was attributed as Internet instead of HybridOnPrem: no OnPremises inbound connector matched it, so Exchange Online treated it like anyone’s mail (relaying fails with 550 5.7.64, and anti-spam applies).',
        stepId: 'connector-onprem-to-cloud',
        setting:
          'The inbound connector of type OnPremises: its TlsSenderCertificateName (or SenderIPAddresses) must match the on-premises servers',
        source: SOURCES.relayRequirements
      })
    }
  }
  if (analysis.path.includes('relay-pool')) {
    findings.push({
      code: 'relay-pool',
      severity: 'problem',
      message:
        'The message left through Microsoft’s relay pool, which Exchange Online uses for relayed mail that is not attributed to the organisation: check the OnPremises inbound connector and that SPF lists the on-premises addresses.',
      stepId: 'connector-onprem-to-cloud',
      source: SOURCES.relayPool
    })
  }
  if (crossPremises) {
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
  }
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

  if (!matched && !inconclusive) diagnose()

  const problems =
    findings.some((finding) => finding.severity === 'problem') ||
    analysis.findings.some((finding) => finding.severity === 'problem')
  if (inconclusive) return result('inconclusive')
  return result(matched && !problems ? 'expected' : 'unexpected')

  function diagnose(): void {
    const expectedFirst = firstOrgSystem(expected.paths[0] ?? [])
    const observedFirst = firstOrgSystem(observed)
    const expectsOnPrem = expected.paths.some((path) => afterCloud(path, 'onprem') !== -1)
    const seesOnPrem = afterCloud(observed, 'onprem') !== -1
    const cmtSetting = 'RouteAllMessagesViaOnPremises on the outbound connector to on-premises'
    const tenantWide =
      ' Centralized mail transport is set for the whole tenant: changing it changes the route of every domain.'

    if (inbound && expectedFirst !== observedFirst && observedFirst !== undefined) {
      if (expectedFirst === 'eop-in' && observedFirst === 'onprem') {
        findings.push({
          code: 'mx-still-onprem',
          severity: 'problem',
          message:
            'Internet mail reached the on-premises servers first: the MX record (or the sender’s cached copy of it) still points to on-premises, not to Exchange Online Protection.',
          stepId: 'dns-mx-eop',
          source: SOURCES.reference
        })
        return
      }
      if (expectedFirst === 'onprem' && observedFirst === 'eop-in') {
        findings.push({
          code: 'mx-points-to-eop',
          severity: 'problem',
          message:
            'Internet mail reached Exchange Online Protection first, but in this scenario MX points to the on-premises servers: check the MX record, and restrict what Microsoft 365 accepts for the domain to the on-premises addresses.',
          stepId: 'dns-mx-onprem',
          source: SOURCES.reference
        })
        return
      }
    }
    if (direction === 'internet-to-cloud' && scenario === 2 && !observed.includes('onprem')) {
      findings.push({
        code: 'cmt-inbound-not-in-effect',
        severity: 'problem',
        message:
          'Internet mail went to the cloud mailbox without passing the on-premises servers, so centralized mail transport is not routing it through on-premises filtering.' +
          tenantWide,
        stepId: 'enable-cmt',
        setting: cmtSetting,
        source: SOURCES.transportOptions
      })
      return
    }
    if (direction === 'cloud-to-internet' && expectsOnPrem && !seesOnPrem) {
      if (signals.autoForwarded) {
        inconclusive = true
        findings.push({
          code: 'auto-forward-bypasses-cmt',
          severity: 'info',
          message:
            'This message was forwarded automatically in Exchange Online, and such mail does not follow centralized mail transport: that is by design, not a fault. Test with a message the cloud mailbox sends itself.',
          source: SOURCES.forwardingBypassesCmt
        })
        return
      }
      findings.push({
        code: 'cmt-not-in-effect',
        severity: 'problem',
        message:
          'No on-premises hop after Exchange Online: the cloud mailbox’s internet mail went out directly, so centralized mail transport is not in effect.' +
          tenantWide,
        stepId: 'enable-cmt',
        setting: cmtSetting,
        source: SOURCES.transportOptions
      })
      return
    }
    if (direction === 'cloud-to-internet' && !expectsOnPrem && seesOnPrem) {
      findings.push({
        code: 'cmt-on',
        severity: 'problem',
        message:
          'Cloud mailboxes’ internet mail went through the on-premises servers: centralized mail transport is on, which this scenario does not use (that is scenario 2’s route).' +
          tenantWide,
        setting: cmtSetting,
        source: SOURCES.transportOptions
      })
      return
    }
    if (direction === 'onprem-to-internet') {
      const expectsCloud = expected.paths.some((path) => path.includes('eop-in'))
      const seesCloud = observed.includes('eop-in')
      if (expectsCloud && !seesCloud) {
        findings.push({
          code: 'onprem-sends-direct',
          severity: 'problem',
          message:
            'The on-premises servers delivered the message directly: their send connector for internet mail does not use Exchange Online Protection as its smart host (the Hybrid Configuration Wizard does not change it).',
          stepId: 'onprem-relay-via-cloud',
          setting: 'SmartHosts of the on-premises send connector for the address space *',
          source: SOURCES.transportRouting
        })
        return
      }
      if (!expectsCloud && seesCloud) {
        findings.push({
          code: 'onprem-relays-via-cloud',
          severity: 'problem',
          message:
            scenario === 2
              ? 'The on-premises servers relayed the message through Exchange Online, but this domain’s recorded choice is to deliver directly: check the on-premises send connector, or change the recorded choice.'
              : 'The on-premises servers relayed the message through Exchange Online: that is scenario 4’s route. Check the on-premises send connector’s smart host.',
          setting: 'SmartHosts of the on-premises send connector for the address space *',
          source: SOURCES.transportRouting
        })
        return
      }
    }
    if (observed.includes('gateway') && !filter) {
      findings.push({
        code: 'unexpected-gateway',
        severity: 'problem',
        message:
          'A third-party filter handled the message, but the domain does not record one in front of Microsoft 365. Record it (it changes the expected route and needs enhanced filtering), or find out why the message went through it.',
        source: SOURCES.thirdPartyFilter
      })
      return
    }
    findings.push({
      code: 'path-differs',
      severity: 'problem',
      message: `The message went ${describeRoute(observed)}; this scenario expects ${describeRoute(expected.paths[0] ?? [])}.`,
      source: expected.sources[0]
    })
  }
}

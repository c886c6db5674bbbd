/**
 * Why a route that differs from the expected one differs: the first explanation that fits, in
 * plain words, with the step or setting to check. Mail auto-forwarded in Exchange Online is the
 * known exception: it bypasses centralized mail transport by design, so the test is inconclusive.
 */
import type { Scenario } from '../types'
import type { ExpectedRoute } from './expected'
import { SOURCES } from './sources'
import { ORG_SYSTEMS, describeRoute } from './systems'
import type { RouteDirection, RouteFinding, RouteSignals, RouteSystem } from './types'

/** What the check knows when the observed route matches none of the expected ones. */
export type DiagnosisContext = {
  scenario: Scenario
  direction: RouteDirection
  expected: ExpectedRoute
  /** The observed path, the recipient's side folded into "internet" (see checkRoute). */
  observed: readonly RouteSystem[]
  /** The domain records a third-party filter in front of Microsoft 365. */
  filter: boolean
  signals: RouteSignals
}

/** The explanation, and whether it makes the test inconclusive rather than failed. */
type Diagnosis = RouteFinding & { inconclusive?: true }

const CMT_SETTING = 'RouteAllMessagesViaOnPremises on the outbound connector to on-premises'
const TENANT_WIDE =
  ' Centralized mail transport is set for the whole tenant: changing it changes the route of every domain.'

function firstOrgSystem(path: readonly RouteSystem[]): RouteSystem | undefined {
  return path.find((system) => ORG_SYSTEMS.includes(system))
}

/** Index of `system` after the first Exchange Online hop, or -1. */
function afterCloud(path: readonly RouteSystem[], system: RouteSystem): number {
  const cloud = path.indexOf('exo')
  return cloud === -1 ? -1 : path.indexOf(system, cloud + 1)
}

/** Internet mail that arrived at the wrong side first, or skipped on-premises in scenario 2. */
function arrivalDiagnosis(context: DiagnosisContext): RouteFinding | undefined {
  const { scenario, direction, expected, observed } = context
  const inbound = direction.startsWith('internet-to-')
  const expectedFirst = firstOrgSystem(expected.paths[0] ?? [])
  const observedFirst = firstOrgSystem(observed)
  if (inbound && expectedFirst !== observedFirst && observedFirst !== undefined) {
    if (expectedFirst === 'eop-in' && observedFirst === 'onprem') {
      return {
        code: 'mx-still-onprem',
        severity: 'problem',
        message:
          'Internet mail reached the on-premises servers first: the MX record (or the sender’s cached copy of it) still points to on-premises, not to Exchange Online Protection.',
        stepId: 'dns-mx-eop',
        source: SOURCES.reference
      }
    }
    if (expectedFirst === 'onprem' && observedFirst === 'eop-in') {
      return {
        code: 'mx-points-to-eop',
        severity: 'problem',
        message:
          'Internet mail reached Exchange Online Protection first, but in this scenario MX points to the on-premises servers: check the MX record, and restrict what Microsoft 365 accepts for the domain to the on-premises addresses.',
        stepId: 'dns-mx-onprem',
        source: SOURCES.reference
      }
    }
  }
  if (direction === 'internet-to-cloud' && scenario === 2 && !observed.includes('onprem')) {
    return {
      code: 'cmt-inbound-not-in-effect',
      severity: 'problem',
      message:
        'Internet mail went to the cloud mailbox without passing the on-premises servers, so centralized mail transport is not routing it through on-premises filtering.' +
        TENANT_WIDE,
      stepId: 'enable-cmt',
      setting: CMT_SETTING,
      source: SOURCES.transportOptions
    }
  }
  return undefined
}

/** Cloud mailboxes' internet mail with centralized mail transport wrongly off or on. */
function cloudOutboundDiagnosis(context: DiagnosisContext): Diagnosis | undefined {
  const { direction, expected, observed, signals } = context
  const expectsOnPrem = expected.paths.some((path) => afterCloud(path, 'onprem') !== -1)
  const seesOnPrem = afterCloud(observed, 'onprem') !== -1
  if (direction === 'cloud-to-internet' && expectsOnPrem && !seesOnPrem) {
    if (signals.autoForwarded) {
      return {
        inconclusive: true,
        code: 'auto-forward-bypasses-cmt',
        severity: 'info',
        message:
          'This message was forwarded automatically in Exchange Online, and such mail does not follow centralized mail transport: that is by design, not a fault. Test with a message the cloud mailbox sends itself.',
        source: SOURCES.forwardingBypassesCmt
      }
    }
    return {
      code: 'cmt-not-in-effect',
      severity: 'problem',
      message:
        'No on-premises hop after Exchange Online: the cloud mailbox’s internet mail went out directly, so centralized mail transport is not in effect.' +
        TENANT_WIDE,
      stepId: 'enable-cmt',
      setting: CMT_SETTING,
      source: SOURCES.transportOptions
    }
  }
  if (direction === 'cloud-to-internet' && !expectsOnPrem && seesOnPrem) {
    return {
      code: 'cmt-on',
      severity: 'problem',
      message:
        'Cloud mailboxes’ internet mail went through the on-premises servers: centralized mail transport is on, which this scenario does not use (that is scenario 2’s route).' +
        TENANT_WIDE,
      setting: CMT_SETTING,
      source: SOURCES.transportOptions
    }
  }
  return undefined
}

/** On-premises internet mail sent directly where it should relay through Exchange Online, or the reverse. */
function onPremOutboundDiagnosis(context: DiagnosisContext): RouteFinding | undefined {
  const { scenario, direction, expected, observed } = context
  if (direction === 'onprem-to-internet') {
    const expectsCloud = expected.paths.some((path) => path.includes('eop-in'))
    const seesCloud = observed.includes('eop-in')
    if (expectsCloud && !seesCloud) {
      return {
        code: 'onprem-sends-direct',
        severity: 'problem',
        message:
          'The on-premises servers delivered the message directly: their send connector for internet mail does not use Exchange Online Protection as its smart host (the Hybrid Configuration Wizard does not change it).',
        stepId: 'onprem-relay-via-cloud',
        setting: 'SmartHosts of the on-premises send connector for the address space *',
        source: SOURCES.transportRouting
      }
    }
    if (!expectsCloud && seesCloud) {
      return {
        code: 'onprem-relays-via-cloud',
        severity: 'problem',
        message:
          scenario === 2
            ? 'The on-premises servers relayed the message through Exchange Online, but this domain’s recorded choice is to deliver directly: check the on-premises send connector, or change the recorded choice.'
            : 'The on-premises servers relayed the message through Exchange Online: that is scenario 4’s route. Check the on-premises send connector’s smart host.',
        setting: 'SmartHosts of the on-premises send connector for the address space *',
        source: SOURCES.transportRouting
      }
    }
  }
  return undefined
}

export function diagnose(context: DiagnosisContext): Diagnosis {
  const { expected, observed, filter } = context
  const known =
    arrivalDiagnosis(context) ?? cloudOutboundDiagnosis(context) ?? onPremOutboundDiagnosis(context)
  if (known !== undefined) return known
  if (observed.includes('gateway') && !filter) {
    return {
      code: 'unexpected-gateway',
      severity: 'problem',
      message:
        'A third-party filter handled the message, but the domain does not record one in front of Microsoft 365. Record it (it changes the expected route and needs enhanced filtering), or find out why the message went through it.',
      source: SOURCES.thirdPartyFilter
    }
  }
  return {
    code: 'path-differs',
    severity: 'problem',
    message: `The message went ${describeRoute(observed)}; this scenario expects ${describeRoute(expected.paths[0] ?? [])}.`,
    source: expected.sources[0]
  }
}

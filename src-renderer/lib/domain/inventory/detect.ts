/**
 * Which of the four scenarios of "Manage mail flow with mailboxes in multiple locations" a domain
 * is really in, read from an inventory. Order: where MX points (EOP in any cloud, the DNSSEC
 * *.mx.microsoft hosts, or a third-party filter that delivers to EOP: 1 or 2; on-premises: 3 or
 * 4); then for 1 or 2 whether centralized mail transport is on, for 3 or 4 whether the
 * on-premises send connector for `*` goes through EOP or by DNS. Everything else that disagrees
 * with the reference's scenario is a contradiction, not a reason to give up.
 * Detection table: microsoft-365-changes-2026 3.2 (internal notes).
 */
import type { Scenario } from '../types'
import type { Inventory } from './model'
import type { InboundConnectorRow } from './spec'
import { rowsOf } from './model'
import type { CmtState, MxFacts } from './facts'
import {
  byCertificate,
  cmtState,
  coversDomain,
  enabledInbound,
  hasEnhancedFiltering,
  internetSendConnectors,
  isDnssecMxHost,
  knowsDomain,
  mxFacts,
  sendRoute
} from './facts'

export type ScenarioDetection = {
  scenario: Scenario | null
  reasons: string[]
  contradictions: string[]
}

const MULTIPLE_LOCATIONS =
  'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-mail-flow-for-multiple-locations'
const ROUTE_MAIL =
  'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-to-route-mail'
const ENHANCED_FILTERING =
  'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/enhanced-filtering-for-connectors'
const MX_DNSSEC = 'https://learn.microsoft.com/en-us/purview/how-smtp-dane-works'

/** The planned scenario of each domain of the project, for tenant-wide contradictions. */
export type PlannedScenarios = ReadonlyMap<string, Scenario>

function names(rows: readonly { Name: string | null }[]): string {
  return rows.map((row) => `“${row.Name ?? 'unnamed'}”`).join(', ')
}

/** Whether the MX host is one of the on-premises hosts the inventory names. */
function isOnPremisesHost(inventory: Inventory, host: string): boolean {
  const onPremHosts = [
    ...rowsOf(inventory.onPremises?.['Get-HybridConfiguration']).map(
      (row) => row.OnPremisesSmartHost
    ),
    ...rowsOf(inventory.exchangeOnline?.['Get-OutboundConnector']).flatMap((row) =>
      row.ConnectorType === 'OnPremises' ? row.SmartHosts : []
    )
  ]
  return onPremHosts.some((name) => name !== null && name.toLowerCase() === host)
}

/** What a detection step found: reasons for the scenario, and what disagrees with it. */
type Findings = { reasons: string[]; contradictions: string[] }

type MxHost = MxFacts['primary'][number]

/** The MX of the domain as the scenarios read it: EOP hosts, other hosts, a filter in front. */
type MxRoute = {
  eop: MxHost[]
  other: MxHost[]
  /** Enabled Partner inbound connectors that accept the domain's mail. */
  partnerInbound: InboundConnectorRow[]
  /** MX elsewhere, but mail arrives in Exchange Online first through a third-party filter. */
  filterInFront: boolean
}

/** The domain's MX facts, or why no scenario can be told (the domain or its MX unknown). */
function readableMx(inventory: Inventory, name: string): MxFacts | string {
  if (!knowsDomain(inventory, name))
    return `The inventory of ${inventory.collectedAt.slice(0, 10)} does not know ${name}: it is not an accepted domain on either side and has no DNS answers. Collect again after adding the domain.`
  const mx = mxFacts(inventory, name)
  if (mx === null)
    return `The inventory has no MX answer for ${name}: run the collector where it can resolve DNS.`
  if (mx.answers.length === 0)
    return `${name} has no MX record, so nothing says where its mail arrives.`
  return mx
}

function mxRoute(inventory: Inventory, name: string, mx: MxFacts): MxRoute {
  const eop = mx.primary.filter((entry) => entry.kind !== 'other')
  const other = mx.primary.filter((entry) => entry.kind === 'other')
  // A third-party filter in front of Microsoft 365: MX elsewhere, but an enabled Partner inbound
  // connector for the domain, and the host is not one of the on-premises hosts.
  const partnerInbound = enabledInbound(inventory).filter(
    (row) =>
      row.ConnectorType === 'Partner' &&
      (row.SenderDomains.length === 0 || coversDomain(row.SenderDomains, name))
  )
  const filterInFront =
    eop.length === 0 &&
    partnerInbound.length > 0 &&
    other.every((entry) => !isOnPremisesHost(inventory, entry.host))
  return { eop, other, partnerInbound, filterInFront }
}

/** Retired hosts, and MX records that send the same mail two ways. */
function mxContradictions(mx: MxFacts, route: MxRoute, contradictions: string[]): void {
  const { eop, other } = route
  for (const entry of eop) {
    if (entry.kind === 'eop-legacy')
      contradictions.push(
        `MX ${entry.host} is a retired Exchange Online host; mail sent to it fails with “451 4.4.62”. Use the MX value the Microsoft 365 admin center shows (${MULTIPLE_LOCATIONS}).`
      )
  }
  if (eop.length > 0 && other.length > 0)
    contradictions.push(
      `MX records of the same preference point both to Exchange Online Protection (${eop.map((e) => e.host).join(', ')}) and elsewhere (${other.map((e) => e.host).join(', ')}): senders pick either at random.`
    )
  for (const entry of mx.backup)
    if ((entry.kind === 'other') !== (eop.length === 0))
      contradictions.push(
        `A lower-priority MX ${entry.host} points ${entry.kind === 'other' ? 'away from' : 'to'} Exchange Online Protection, unlike the main MX: mail takes that route whenever the main host is unreachable.`
      )
}

/** Where mail arrives in Exchange Online first: through the filter in front, or EOP itself. */
function cloudArrival(route: MxRoute, { reasons, contradictions }: Findings): void {
  const { eop, other, partnerInbound } = route
  if (route.filterInFront) {
    reasons.push(
      `MX points to ${other.map((e) => e.host).join(', ')}, a filter in front of Microsoft 365: the Partner inbound connector ${names(partnerInbound)} accepts its mail, so mail arrives in Exchange Online first.`
    )
    if (!partnerInbound.some(hasEnhancedFiltering))
      contradictions.push(
        `Mail arrives through a third-party filter, but no inbound connector from it has Enhanced Filtering for Connectors set, so Microsoft 365 sees the filter's IP address instead of the sender's (${ENHANCED_FILTERING}).`
      )
    return
  }
  const dane = eop.some((entry) => isDnssecMxHost(entry.host))
  reasons.push(
    `MX points to Exchange Online Protection (${eop.map((e) => e.host).join(', ')}${dane ? ', a DNSSEC-signed *.mx.microsoft host' : ''}).`
  )
  if (dane) reasons.push(`The MX is on Microsoft's DNSSEC host (${MX_DNSSEC}).`)
}

/** What says whether centralized mail transport is on, and whether the hybrid setup agrees. */
function cmtFindings(cmt: CmtState, { reasons, contradictions }: Findings): void {
  if (cmt.source === 'connector') {
    reasons.push(
      cmt.on
        ? `Centralized mail transport is on: the enabled outbound connector ${names(cmt.connectors)} has RouteAllMessagesViaOnPremises set, so Exchange Online sends internet mail through on-premises.`
        : 'Centralized mail transport is off: no enabled outbound connector has RouteAllMessagesViaOnPremises set.'
    )
    if (cmt.hybridFeature !== null && cmt.hybridFeature !== cmt.on)
      contradictions.push(
        cmt.on
          ? 'The hybrid configuration does not list the Centralized feature, but an outbound connector routes all mail via on-premises; running the Hybrid Configuration Wizard again would turn centralized mail transport off.'
          : 'The hybrid configuration lists the Centralized feature, but no enabled outbound connector routes all mail via on-premises; running the Hybrid Configuration Wizard again would turn centralized mail transport on for every domain.'
      )
  } else if (cmt.source === 'hybrid-features') {
    reasons.push(
      `The Exchange Online connectors were not collected; the hybrid configuration ${cmt.on ? 'lists' : 'does not list'} the Centralized feature, so centralized mail transport is taken as ${cmt.on ? 'on' : 'off'}.`
    )
  } else {
    reasons.push(
      'Neither the Exchange Online connectors nor the hybrid configuration were collected, so centralized mail transport is taken as off. Import the Exchange Online side to be sure.'
    )
  }
}

/** Scenario 1 or 2: MX to Microsoft 365 (directly or through a filter in front). */
function cloudScenario(
  inventory: Inventory,
  name: string,
  context: { route: MxRoute; cmt: CmtState; planned: PlannedScenarios },
  findings: Findings
): Scenario {
  const { route, cmt, planned } = context
  cloudArrival(route, findings)
  cmtFindings(cmt, findings)
  for (const [other, plan] of planned)
    if (other !== name && (plan === 1 || plan === 2) && (plan === 2) !== cmt.on)
      findings.contradictions.push(
        `Centralized mail transport is a tenant-wide setting and it is ${cmt.on ? 'on' : 'off'}, but ${other} is planned as scenario ${plan}, which needs it ${plan === 2 ? 'on' : 'off'}: two domains with MX to Microsoft 365 cannot differ here (${MULTIPLE_LOCATIONS}).`
      )
  const restricted = enabledInbound(inventory).filter(
    (row) =>
      row.RestrictDomainsToIPAddresses === true && coversDomain(row.AssociatedAcceptedDomains, name)
  )
  if (!route.filterInFront && restricted.length > 0)
    findings.contradictions.push(
      `MX points to Microsoft 365, but the inbound connector ${names(restricted)} accepts ${name}'s mail only from its IP addresses (a leftover of scenario 3 or 4, step 5): mail from the internet for ${name} is refused (${MULTIPLE_LOCATIONS}).`
    )
  return cmt.on ? 2 : 1
}

/** Scenario 3 or 4 by how the on-premises send connector for `*` reaches the internet. */
function onPremisesSendScenario(
  inventory: Inventory,
  { reasons, contradictions }: Findings
): Scenario {
  const send = internetSendConnectors(inventory)
  const viaEop = send.filter((row) => sendRoute(row) === 'eop')
  if (send.length === 0) {
    reasons.push(
      inventory.onPremises === null
        ? 'The on-premises side was not collected, so how on-premises sends to the internet is unknown; taken as directly (scenario 3). Import the on-premises side to be sure.'
        : 'No enabled on-premises send connector for * was found, so on-premises is taken to send directly (scenario 3).'
    )
    return 3
  }
  if (viaEop.length > 0) {
    reasons.push(
      `The on-premises send connector for * ${names(viaEop)} sends through Exchange Online Protection (${viaEop.flatMap((row) => row.SmartHosts).join(', ')}).`
    )
    if (viaEop.length < send.length)
      contradictions.push(
        `Other send connectors for * (${names(send.filter((row) => sendRoute(row) !== 'eop'))}) send directly: on-premises mail to the internet takes either route.`
      )
    return 4
  }
  reasons.push(
    `The on-premises send connector for * ${names(send)} sends ${send.some((row) => sendRoute(row) === 'dns') ? 'by DNS, directly to the internet' : 'to a smart host that is not Exchange Online Protection'}.`
  )
  return 3
}

/** Scenario 3 or 4: MX to the on-premises servers. */
function onPremisesScenario(
  inventory: Inventory,
  name: string,
  context: { route: MxRoute; cmt: CmtState },
  findings: Findings
): Scenario {
  findings.reasons.push(
    `MX points to ${context.route.other.map((e) => e.host).join(', ')}, not to Exchange Online Protection: mail arrives on-premises first.`
  )
  const scenario = onPremisesSendScenario(inventory, findings)
  const onPremInbound = enabledInbound(inventory).filter(
    (row) => row.ConnectorType === 'OnPremises'
  )
  if (onPremInbound.length > 0 && !onPremInbound.some(hasEnhancedFiltering))
    findings.contradictions.push(
      `Mail reaches Microsoft 365 through on-premises, but the inbound connector ${names(onPremInbound)} has no Enhanced Filtering for Connectors set, so Microsoft 365 filters with the on-premises server's IP address instead of the sender's (${ENHANCED_FILTERING}).`
    )
  if (scenario === 3 && !context.cmt.on)
    findings.contradictions.push(
      `Scenario 3 routes the Exchange Online mailboxes' internet mail through on-premises, which needs centralized mail transport, but it is off: Exchange Online mailboxes of ${name} send to the internet directly (${MULTIPLE_LOCATIONS}).`
    )
  return scenario
}

/** Relaying through Microsoft 365 (scenario 1 and 4 on-premises mail) needs a certificate-identified inbound connector. */
function relayContradictions(inventory: Inventory, scenario: Scenario, contradictions: string[]) {
  const relays = internetSendConnectors(inventory).some((row) => sendRoute(row) === 'eop')
  const onPremInbound = enabledInbound(inventory).filter(
    (row) => row.ConnectorType === 'OnPremises'
  )
  if (relays && onPremInbound.length > 0 && !onPremInbound.some(byCertificate))
    contradictions.push(
      `On-premises relays internet mail through Microsoft 365, but the inbound connector ${names(onPremInbound)} identifies the servers by IP address only; relaying for domains that are not accepted in the tenant needs a certificate-identified connector, or Microsoft 365 refuses it with 550 5.7.64 (${ROUTE_MAIL}).`
    )
  if (relays && onPremInbound.length === 0 && inventory.exchangeOnline !== null)
    contradictions.push(
      `On-premises relays internet mail through Microsoft 365, but Exchange Online has no enabled OnPremises inbound connector to accept it (${ROUTE_MAIL}).`
    )
  if (
    scenario === 1 &&
    inventory.onPremises !== null &&
    !relays &&
    internetSendConnectors(inventory).length > 0
  )
    contradictions.push(
      `Scenario 1 relays on-premises mail to the internet through Microsoft 365, but the on-premises send connector for * sends directly (${MULTIPLE_LOCATIONS}).`
    )
}

/**
 * Detects `domainName`'s scenario. `planned` (the project's domains and their planned
 * scenarios) lets tenant-wide settings be checked against the other domains' plans.
 */
export function detectScenario(
  inventory: Inventory,
  domainName: string,
  planned: PlannedScenarios = new Map()
): ScenarioDetection {
  const name = domainName.trim().toLowerCase()
  const findings: Findings = { reasons: [], contradictions: [] }
  const mx = readableMx(inventory, name)
  if (typeof mx === 'string') return { scenario: null, reasons: [mx], contradictions: [] }

  const route = mxRoute(inventory, name, mx)
  mxContradictions(mx, route, findings.contradictions)
  const cmt = cmtState(inventory)
  const scenario =
    route.eop.length > 0 || route.filterInFront
      ? cloudScenario(inventory, name, { route, cmt, planned }, findings)
      : onPremisesScenario(inventory, name, { route, cmt }, findings)
  relayContradictions(inventory, scenario, findings.contradictions)
  return { scenario, ...findings }
}

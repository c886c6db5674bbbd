/**
 * The rules the connector register checks each connector against, one named rule per risk that
 * Microsoft's documentation states, in the order their warnings are shown.
 */
import { classifyMxHost } from '../dns/mx'
import { isUnder, normaliseHostname } from '../net/hostname'
import { ipInNetwork, parseNetwork } from '../net/ip'
import type { Domain, Project } from '../types'
import type { Connector } from './model'
import { domainPatternCovers } from './model'
import { warning, type ConnectorWarning } from './warning-codes'

/** The certificate name without a leading wildcard label. */
function certificateBase(name: string): string {
  const value = normaliseHostname(name)
  return value.startsWith('*.') ? value.slice(2) : value
}

function overlaps(a: string, b: string): boolean {
  const x = parseNetwork(a.trim())
  const y = parseNetwork(b.trim())
  if (!x || !y || x.address.family !== y.address.family) return false
  return ipInNetwork(x.address, y.address, y.prefix) || ipInNetwork(y.address, x.address, x.prefix)
}

/** True when the connector identifies the project's own on-premises servers. */
function identifiesOnPremises(connector: Connector, project: Project, domains: Domain[]): boolean {
  const id = connector.identification
  if (id.kind === 'ip') {
    return id.senderIps.some((ip) => project.onPremIps.some((own) => overlaps(ip, own)))
  }
  if (id.kind === 'certificate') {
    const base = certificateBase(id.certificateName)
    const host = normaliseHostname(project.onPremHost)
    return (host !== '' && base === host) || domains.some((d) => isUnder(base, d.name))
  }
  return false
}

export function isCmtConnector(connector: Connector): boolean {
  return (
    connector.side === 'outbound' &&
    connector.type === 'OnPremises' &&
    connector.routeAllMessagesViaOnPremises
  )
}

function isOnPremOutbound(connector: Connector): boolean {
  return connector.side === 'outbound' && connector.type === 'OnPremises'
}

function names(domains: Domain[]): string {
  return domains.map((d) => `${d.name} (scenario ${d.scenario})`).join(', ')
}

/** What every connector rule reads: the connector, its project and the project's own domains. */
type RuleInput = {
  connector: Connector
  project: Project
  own: Domain[]
  /** The connector's name in quotes, as the messages show it. */
  label: string
  ids: { connectorId: string }
}

/** One rule of the register: a name that says what it checks, and the warnings it finds. */
type ConnectorRule = {
  name: string
  check: (input: RuleInput) => ConnectorWarning[]
}

/**
 * The name on the on-premises certificate as the project records it: the certificate domain when
 * entered, the mail host otherwise (the commands use the same fallback); '' when neither is known.
 */
export function onPremisesCertificateName(project: Project): string {
  return normaliseHostname(project.certificateDomain ?? '') || normaliseHostname(project.onPremHost)
}

/** A Partner connector names its partner's certificate, which belongs to no project domain. */
function namesOwnCertificate(connector: Connector): boolean {
  return connector.direction !== 'partner' && connector.identification.kind === 'certificate'
}

function certificateMatchesNoDomain({ connector, own, label, ids }: RuleInput): ConnectorWarning[] {
  const id = connector.identification
  if (id.kind !== 'certificate' || !namesOwnCertificate(connector)) return []
  const base = certificateBase(id.certificateName)
  if (own.length === 0 || own.some((d) => isUnder(base, d.name))) return []
  return [
    warning(
      'certificate-matches-no-domain',
      'warning',
      `${label} identifies the sender by the certificate name ${id.certificateName}, which is no project domain nor a subdomain of one: the certificate’s CN or SAN must contain a domain the organisation owns (${own.map((d) => d.name).join(', ')}).`,
      ids
    )
  ]
}

// New-InboundConnector's reference: a wildcard (*.contoso.com) indicates a domain and all its
// subdomains, so only an on-premises certificate name outside the pattern is a problem.
function wildcardCertificate({ connector, project, label, ids }: RuleInput): ConnectorWarning[] {
  const id = connector.identification
  if (id.kind !== 'certificate' || !namesOwnCertificate(connector)) return []
  const pattern = normaliseHostname(id.certificateName)
  const recorded = onPremisesCertificateName(project)
  if (!pattern.startsWith('*.') || recorded === '' || domainPatternCovers(pattern, recorded))
    return []
  return [
    warning(
      'wildcard-certificate',
      'warning',
      `${label} names the certificate by the wildcard ${id.certificateName}, which covers ${pattern.slice(2)} and its subdomains, but the on-premises certificate recorded in the project is ${recorded}: mail from on-premises does not match this connector. Name the certificate ${recorded}, or a wildcard that covers it.`,
      ids
    )
  ]
}

function partnerRelay({ connector, project, own, label, ids }: RuleInput): ConnectorWarning[] {
  if (
    connector.side !== 'inbound' ||
    connector.type !== 'Partner' ||
    connector.restrictDomainsToIps ||
    !(connector.direction === 'onprem-to-cloud' || identifiesOnPremises(connector, project, own))
  )
    return []
  return [
    warning(
      'partner-relay',
      'error',
      `${label} is a Partner connector that identifies the on-premises servers: mail they relay to external recipients through it is rejected with 550 5.7.64. Use an OnPremises connector.`,
      ids
    )
  ]
}

function centralizedTransportOn({ connector, own, label, ids }: RuleInput): ConnectorWarning[] {
  if (!isCmtConnector(connector)) return []
  if (!own.some((d) => d.scenario === 2)) {
    return [
      warning(
        'cmt-without-scenario-2',
        'warning',
        `${label} has centralized mail transport on (RouteAllMessagesViaOnPremises), but no domain is in scenario 2: all internet mail from Exchange Online goes through the on-premises servers. Turn it off unless that is intended.`,
        ids
      )
    ]
  }
  const others = own.filter((d) => d.scenario !== 2)
  if (others.length === 0) return []
  return [
    warning(
      'cmt-affects-other-domains',
      'info',
      `Centralized mail transport on ${label} also routes the internet mail of cloud mailboxes in ${names(others)} through the on-premises servers.`,
      ids
    )
  ]
}

function centralizedTransportOff({ connector, own, label, ids }: RuleInput): ConnectorWarning[] {
  if (isCmtConnector(connector) || !isOnPremOutbound(connector) || !connector.enabled) return []
  return own
    .filter((d) => d.scenario === 2)
    .map((domain) =>
      warning(
        'cmt-off-in-scenario-2',
        'warning',
        `${label} has centralized mail transport off, but ${domain.name} is in scenario 2, which needs it: set RouteAllMessagesViaOnPremises to $true.`,
        { ...ids, domainId: domain.id }
      )
    )
}

function retiredSmartHost({ connector, label, ids }: RuleInput): ConnectorWarning[] {
  return connector.smartHosts
    .filter((host) => classifyMxHost(host) === 'eop-legacy')
    .map((host) =>
      warning(
        'retired-smart-host',
        'error',
        `${label} uses the retired Microsoft host ${host} as smart host: mail sent to it fails with “451 4.4.62 Mail sent to the wrong Office 365 region”.`,
        ids
      )
    )
}

function allRecipientsWithoutCmt({ connector, label, ids }: RuleInput): ConnectorWarning[] {
  if (
    connector.side !== 'outbound' ||
    !connector.recipientDomains.includes('*') ||
    connector.routeAllMessagesViaOnPremises
  )
    return []
  return [
    warning(
      'all-recipients-without-cmt',
      'warning',
      `${label} has RecipientDomains * while centralized mail transport is off: it sends all mail from Exchange Online to ${connector.smartHosts.join(', ') || 'its smart hosts'}. Scope it to the domains it serves.`,
      ids
    )
  ]
}

function restrictionOnEopMx({ connector, own, label, ids }: RuleInput): ConnectorWarning[] {
  if (connector.side !== 'inbound' || !connector.restrictDomainsToIps || !connector.enabled)
    return []
  const scoped = connector.associatedAcceptedDomains
  const affected = own.filter(
    (d) =>
      (d.scenario === 1 || d.scenario === 2) &&
      (scoped.length === 0 || scoped.some((pattern) => domainPatternCovers(pattern, d.name)))
  )
  return affected.map((domain) =>
    warning(
      'restriction-on-eop-mx',
      'error',
      `${label} accepts mail for ${domain.name} only from the on-premises addresses, but ${domain.name} has its MX on Microsoft 365 (scenario ${domain.scenario}): internet mail arriving there is rejected. Remove or re-scope the connector.`,
      { ...ids, domainId: domain.id }
    )
  )
}

function cloudServicesMailManual({ connector, label, ids }: RuleInput): ConnectorWarning[] {
  if (!connector.cloudServicesMailEnabled || connector.createdByHybridWizard) return []
  return [
    warning(
      'cloud-services-mail-manual',
      'info',
      `${label} has CloudServicesMailEnabled on but was not created by the Hybrid Configuration Wizard: Microsoft says to set it only through the wizard or under its guidance.`,
      ids
    )
  ]
}

/** The register's rules for one connector, in the order their warnings are shown. */
const CONNECTOR_RULES: readonly ConnectorRule[] = [
  { name: 'certificate names a domain the organisation owns', check: certificateMatchesNoDomain },
  {
    name: 'a wildcard certificate name covers the on-premises certificate',
    check: wildcardCertificate
  },
  { name: 'no relaying through a Partner connector', check: partnerRelay },
  { name: 'centralized transport on only for scenario 2', check: centralizedTransportOn },
  { name: 'centralized transport on where scenario 2 needs it', check: centralizedTransportOff },
  { name: 'no retired Microsoft smart host', check: retiredSmartHost },
  { name: 'RecipientDomains * only with centralized transport', check: allRecipientsWithoutCmt },
  { name: 'no IP restriction on a domain whose MX is Microsoft 365', check: restrictionOnEopMx },
  { name: 'CloudServicesMailEnabled set by the wizard', check: cloudServicesMailManual }
]

/**
 * The warnings for one connector: a certificate name matching no project domain, a wildcard
 * certificate name, relaying through a Partner connector (550 5.7.64), centralized mail transport
 * on without a scenario 2 domain or off with one, a retired EOP smart host (451 4.4.62),
 * RecipientDomains * without CMT, an "Example 3" restriction on a domain whose MX is on Microsoft
 * 365, and CloudServicesMailEnabled set by hand.
 */
export function connectorWarnings(
  connector: Connector,
  project: Project,
  domains: Domain[]
): ConnectorWarning[] {
  const input: RuleInput = {
    connector,
    project,
    own: domains.filter((d) => d.projectId === project.id),
    label: `“${connector.name}”`,
    ids: { connectorId: connector.id }
  }
  return CONNECTOR_RULES.flatMap((rule) => rule.check(input))
}

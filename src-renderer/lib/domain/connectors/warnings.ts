/**
 * What is wrong or risky in the project's connectors, where Microsoft's reference page or the
 * domain brief says so. Each warning cites its source, so the user can read why.
 */
import { stepsFor, stepTitle } from '../catalog'
import { classifyMxHost } from '../dns/mx'
import { normaliseHostname } from '../net/hostname'
import { ipInNetwork, parseNetwork } from '../net/ip'
import { PUBLIC_SOURCES } from '../public-sources'
import type { Domain, Project, StepId } from '../types'
import { isExchange2010OrLater } from '../validation'
import type { Connector } from './model'
import { domainPatternCovers } from './model'

export type ConnectorWarningSeverity = 'error' | 'warning' | 'info'

export type ConnectorWarningCode =
  | 'certificate-matches-no-domain'
  | 'wildcard-certificate'
  | 'partner-relay'
  | 'cmt-without-scenario-2'
  | 'cmt-off-in-scenario-2'
  | 'cmt-affects-other-domains'
  | 'retired-smart-host'
  | 'all-recipients-without-cmt'
  | 'restriction-on-eop-mx'
  | 'cloud-services-mail-manual'
  | 'missing-connector'
  | 'connector-only-planned'
  | 'domain-not-covered'

export type ConnectorWarning = {
  code: ConnectorWarningCode
  severity: ConnectorWarningSeverity
  message: string
  connectorId?: string
  domainId?: string
  /** The public page that states the rule (a Microsoft Learn URL), shown beside the warning. */
  source: string
}

/**
 * The public page behind each rule, as shown beside the warning. The internal notes (the reference
 * page's step and the domain brief's section) stay here, not in what the user sees.
 */
export const WARNING_SOURCES: Readonly<Record<ConnectorWarningCode, string>> = {
  // Reference page ("the certificate CN or SAN contains the domain that belongs to your
  // organization"); domain-brief 1.5.
  'certificate-matches-no-domain': PUBLIC_SOURCES.connectorsToOnPremises,
  // domain-brief 1.5: TlsSenderCertificateName must match the certificate; New-InboundConnector's
  // reference describes the wildcard form.
  'wildcard-certificate': PUBLIC_SOURCES.newInboundConnector,
  // domain-brief 1.5: relaying through a Partner connector fails with 550 5.7.64.
  'partner-relay': PUBLIC_SOURCES.relayDenied,
  // Reference page, scenario 2 step 4; domain-brief 1.5 and 1.6 (centralized mail transport).
  'cmt-without-scenario-2': PUBLIC_SOURCES.transportOptions,
  // Reference page, scenario 2 step 4; domain-brief 1.5 (RouteAllMessagesViaOnPremises).
  'cmt-off-in-scenario-2': PUBLIC_SOURCES.multipleLocations,
  // domain-brief 1.6: centralized mail transport routes all Exchange Online mail.
  'cmt-affects-other-domains': PUBLIC_SOURCES.transportOptions,
  // domain-brief 1.1: retired hosts fail with 451 4.4.62; the page lists the MX hosts to use.
  'retired-smart-host': PUBLIC_SOURCES.dnsRecords,
  // domain-brief 1.6 and the 2→1 transition rule: RecipientDomains * belongs to centralized mail
  // transport.
  'all-recipients-without-cmt': PUBLIC_SOURCES.setOutboundConnector,
  // domain-brief 1.5: "Example 3" must be removed or re-scoped before MX moves to Microsoft 365.
  'restriction-on-eop-mx': PUBLIC_SOURCES.multipleLocations,
  // domain-brief 1.5: CloudServicesMailEnabled is set by the Hybrid Configuration Wizard only.
  'cloud-services-mail-manual': PUBLIC_SOURCES.setInboundConnector,
  // Reference page, steps 4 and 5 of the domain's scenario (step catalog).
  'missing-connector': PUBLIC_SOURCES.multipleLocations,
  'connector-only-planned': PUBLIC_SOURCES.multipleLocations,
  // Reference page, step 4 of the domain's scenario (step catalog).
  'domain-not-covered': PUBLIC_SOURCES.multipleLocations
}

function warning(
  code: ConnectorWarningCode,
  severity: ConnectorWarningSeverity,
  message: string,
  ids: { connectorId?: string; domainId?: string }
): ConnectorWarning {
  return { code, severity, message, ...ids, source: WARNING_SOURCES[code] }
}

function isUnder(name: string, parent: string): boolean {
  return name === parent || name.endsWith(`.${parent}`)
}

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

function isCmtConnector(connector: Connector): boolean {
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
  const own = domains.filter((d) => d.projectId === project.id)
  const out: ConnectorWarning[] = []
  const ids = { connectorId: connector.id }
  const label = `“${connector.name}”`
  const id = connector.identification

  if (id.kind === 'certificate') {
    const base = certificateBase(id.certificateName)
    if (own.length > 0 && !own.some((d) => isUnder(base, d.name))) {
      out.push(
        warning(
          'certificate-matches-no-domain',
          'warning',
          `${label} identifies the sender by the certificate name ${id.certificateName}, which is no project domain nor a subdomain of one: the certificate’s CN or SAN must contain a domain the organisation owns (${own.map((d) => d.name).join(', ')}).`,
          ids
        )
      )
    }
    if (normaliseHostname(id.certificateName).startsWith('*.')) {
      out.push(
        warning(
          'wildcard-certificate',
          'warning',
          `${label} uses the wildcard ${id.certificateName} as TlsSenderCertificateName: it must match the certificate’s CN exactly, so mail may not be recognised. Enter the name the certificate was issued to.`,
          ids
        )
      )
    }
  }

  if (
    connector.side === 'inbound' &&
    connector.type === 'Partner' &&
    !connector.restrictDomainsToIps &&
    (connector.direction === 'onprem-to-cloud' || identifiesOnPremises(connector, project, own))
  ) {
    out.push(
      warning(
        'partner-relay',
        'error',
        `${label} is a Partner connector that identifies the on-premises servers: mail they relay to external recipients through it is rejected with 550 5.7.64. Use an OnPremises connector.`,
        ids
      )
    )
  }

  const scenario2 = own.filter((d) => d.scenario === 2)
  if (isCmtConnector(connector)) {
    if (scenario2.length === 0) {
      out.push(
        warning(
          'cmt-without-scenario-2',
          'warning',
          `${label} has centralized mail transport on (RouteAllMessagesViaOnPremises), but no domain is in scenario 2: all internet mail from Exchange Online goes through the on-premises servers. Turn it off unless that is intended.`,
          ids
        )
      )
    } else {
      const others = own.filter((d) => d.scenario !== 2)
      if (others.length > 0) {
        out.push(
          warning(
            'cmt-affects-other-domains',
            'info',
            `Centralized mail transport on ${label} also routes the internet mail of cloud mailboxes in ${names(others)} through the on-premises servers.`,
            ids
          )
        )
      }
    }
  } else if (isOnPremOutbound(connector) && connector.enabled) {
    for (const domain of scenario2) {
      out.push(
        warning(
          'cmt-off-in-scenario-2',
          'warning',
          `${label} has centralized mail transport off, but ${domain.name} is in scenario 2, which needs it: set RouteAllMessagesViaOnPremises to $true.`,
          { ...ids, domainId: domain.id }
        )
      )
    }
  }

  for (const host of connector.smartHosts) {
    if (classifyMxHost(host) === 'eop-legacy') {
      out.push(
        warning(
          'retired-smart-host',
          'error',
          `${label} uses the retired Microsoft host ${host} as smart host: mail sent to it fails with “451 4.4.62 Mail sent to the wrong Office 365 region”.`,
          ids
        )
      )
    }
  }

  if (
    connector.side === 'outbound' &&
    connector.recipientDomains.includes('*') &&
    !connector.routeAllMessagesViaOnPremises
  ) {
    out.push(
      warning(
        'all-recipients-without-cmt',
        'warning',
        `${label} has RecipientDomains * while centralized mail transport is off: it sends all mail from Exchange Online to ${connector.smartHosts.join(', ') || 'its smart hosts'}. Scope it to the domains it serves.`,
        ids
      )
    )
  }

  if (connector.side === 'inbound' && connector.restrictDomainsToIps && connector.enabled) {
    const scoped = connector.associatedAcceptedDomains
    const affected = own.filter(
      (d) =>
        (d.scenario === 1 || d.scenario === 2) &&
        (scoped.length === 0 || scoped.some((pattern) => domainPatternCovers(pattern, d.name)))
    )
    for (const domain of affected) {
      out.push(
        warning(
          'restriction-on-eop-mx',
          'error',
          `${label} accepts mail for ${domain.name} only from the on-premises addresses, but ${domain.name} has its MX on Microsoft 365 (scenario ${domain.scenario}): internet mail arriving there is rejected. Remove or re-scope the connector.`,
          { ...ids, domainId: domain.id }
        )
      )
    }
  }

  if (connector.cloudServicesMailEnabled && !connector.createdByHybridWizard) {
    out.push(
      warning(
        'cloud-services-mail-manual',
        'info',
        `${label} has CloudServicesMailEnabled on but was not created by the Hybrid Configuration Wizard: Microsoft says to set it only through the wizard or under its guidance.`,
        ids
      )
    )
  }
  return out
}

/** The connector steps whose absence the project check reports, and how a connector covers a domain. */
const CONNECTOR_STEPS: readonly {
  stepId: StepId
  covers: (connector: Connector) => string[]
}[] = [
  { stepId: 'connector-cloud-to-onprem', covers: (c) => c.recipientDomains },
  { stepId: 'connector-onprem-to-cloud', covers: (c) => c.senderDomains },
  { stepId: 'restrict-inbound-to-mx-path', covers: (c) => c.associatedAcceptedDomains }
]

function requiredSteps(project: Project, domain: Domain): StepId[] {
  const profile = {
    ...domain.conditions,
    exchange2010OrLater: isExchange2010OrLater(project.exchangeVersion),
    // Scenario 2's outbound path decides whether the connector from on-premises is required.
    ...(domain.scenario2Outbound === undefined
      ? {}
      : { scenario2Outbound: domain.scenario2Outbound })
  }
  return stepsFor(domain.scenario, profile)
    .filter((step) => step.requirement === 'required')
    .map((step) => step.id)
}

/**
 * Every connector's warnings, plus what the project lacks: for each domain, the connector steps
 * its scenario requires (per the step catalog) with no enabled connector, one that is only
 * planned, or connectors scoped to other domains. A CMT-off warning is dropped when another
 * enabled OnPremises outbound connector has centralized mail transport on.
 */
export function projectConnectorWarnings(
  connectors: Connector[],
  project: Project,
  domains: Domain[]
): ConnectorWarning[] {
  const own = domains.filter((d) => d.projectId === project.id)
  const mine = connectors.filter((c) => c.projectId === project.id)
  const cmtOn = mine.some((c) => c.enabled && isCmtConnector(c))
  const out = mine
    .flatMap((connector) => connectorWarnings(connector, project, own))
    .filter((w) => !(cmtOn && w.code === 'cmt-off-in-scenario-2'))
  for (const domain of own) {
    const required = requiredSteps(project, domain)
    for (const { stepId, covers } of CONNECTOR_STEPS) {
      if (!required.includes(stepId)) continue
      const candidates = mine.filter((c) => c.enabled && c.stepIds.includes(stepId))
      const title = stepTitle(stepId)
      if (candidates.length === 0) {
        out.push(
          warning(
            'missing-connector',
            'warning',
            `${domain.name} (scenario ${domain.scenario}) needs “${title}”, and no enabled connector is recorded for it.`,
            { domainId: domain.id }
          )
        )
        continue
      }
      const covering = candidates.filter((c) => {
        const patterns = covers(c)
        return patterns.length === 0 || patterns.some((p) => domainPatternCovers(p, domain.name))
      })
      if (covering.length === 0) {
        for (const connector of candidates) {
          out.push(
            warning(
              'domain-not-covered',
              'warning',
              `“${connector.name}” does not list ${domain.name} (it lists ${covers(connector).join(', ')}), so it does not serve “${title}” for this domain.`,
              { connectorId: connector.id, domainId: domain.id }
            )
          )
        }
        continue
      }
      if (covering.every((c) => c.status === 'planned')) {
        out.push(
          warning(
            'connector-only-planned',
            'info',
            `“${title}” for ${domain.name} is planned (${covering.map((c) => c.name).join(', ')}) but not yet created.`,
            { domainId: domain.id }
          )
        )
      }
    }
  }
  return out
}

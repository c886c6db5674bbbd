/**
 * The connector register's warnings: their codes, severities and the public page behind each.
 */
import { PUBLIC_SOURCES } from '../public-sources'

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

export function warning(
  code: ConnectorWarningCode,
  severity: ConnectorWarningSeverity,
  message: string,
  ids: { connectorId?: string; domainId?: string }
): ConnectorWarning {
  return { code, severity, message, ...ids, source: WARNING_SOURCES[code] }
}

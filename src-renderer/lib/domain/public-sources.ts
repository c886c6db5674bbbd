/**
 * The public pages the runbooks and connector warnings cite. Users see these, so each is a page
 * anyone can open (Microsoft Learn or the Exchange Team blog), or a Microsoft 365 message center id
 * as text; the internal notes behind each rule stay in code comments beside its use.
 */
const LEARN = 'https://learn.microsoft.com/en-us'

export const PUBLIC_SOURCES = {
  multipleLocations: `${LEARN}/exchange/mail-flow-best-practices/manage-mail-flow-for-multiple-locations`,
  transportOptions: `${LEARN}/exchange/transport-options`,
  transportRouting: `${LEARN}/exchange/transport-routing`,
  dnsRecords: `${LEARN}/microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider`,
  spf: `${LEARN}/defender-office-365/email-authentication-spf-configure`,
  connectorsToOnPremises: `${LEARN}/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-to-route-mail`,
  partnerConnectors: `${LEARN}/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-for-secure-mail-flow-with-a-partner`,
  relayDenied: `${LEARN}/exchange/troubleshoot/email-delivery/ndr/relay-access-denied-smtp`,
  newInboundConnector: `${LEARN}/powershell/module/exchange/new-inboundconnector`,
  setInboundConnector: `${LEARN}/powershell/module/exchange/set-inboundconnector`,
  setOutboundConnector: `${LEARN}/powershell/module/exchange/set-outboundconnector`,
  testMailFlow: `${LEARN}/exchange/mail-flow-best-practices/test-mail-flow`,
  m365Endpoints: `${LEARN}/microsoft-365/enterprise/urls-and-ip-address-ranges`,
  graphServiceRecords: `${LEARN}/graph/api/domain-list-serviceconfigurationrecords`,
  dnssecStatus: `${LEARN}/powershell/module/exchange/get-dnssecstatusforverifieddomain`,
  smtpDane: `${LEARN}/purview/how-smtp-dane-works`
} as const

const PUBLIC_HOSTS = ['learn.microsoft.com', 'techcommunity.microsoft.com']

/** The address to link to when a shown source is a public web page; undefined for a message center id. */
export function sourceHref(source: string): string | undefined {
  try {
    const url = new URL(source)
    return url.protocol === 'https:' && PUBLIC_HOSTS.includes(url.hostname) ? url.href : undefined
  } catch {
    return undefined
  }
}

/** True when a shown source is a public page or a Microsoft 365 message center id (MC123456). */
export function isPublicSource(source: string): boolean {
  return sourceHref(source) !== undefined || /^MC\d{5,7}$/.test(source)
}

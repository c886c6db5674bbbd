/**
 * Connector output as admins paste it, written from what Exchange Online prints: Format-List pads
 * every label to the longest with spaces before the colon, prints collections as {a, b}, wraps long
 * values onto lines indented to the value column, and separates objects with a blank line.
 */
import type { Connector, ConnectorInput } from '../../src-renderer/lib/domain/connectors/model'

export const HCW_GUID = '4f1c2a3b-5d6e-4f70-8a9b-0c1d2e3f4a5b'

/**
 * The wizard's certificate connector as Format-List prints its settings: the same in the full
 * console output below and in the shorter paste the end-to-end tests import.
 */
const HCW_INBOUND_SETTINGS = `RunspaceId                   : 7c6b2e4a-1f0e-4d3b-9a8c-2b1e4f5a6d7c
Enabled                      : True
ConnectorType                : OnPremises
ConnectorSource              : HybridWizard
Comment                      :
SenderIPAddresses            : {}
SenderDomains                : {smtp:*;1}
TrustedOrganizations         : {}
AssociatedAcceptedDomains    : {}
RequireTls                   : True
RestrictDomainsToIPAddresses : False
RestrictDomainsToCertificate : False
CloudServicesMailEnabled     : True
TreatMessagesAsInternal      : False
TlsSenderCertificateName     : mail.contoso.com`

/** Get-InboundConnector | Format-List: the wizard's certificate connector, then a partner's. */
export const INBOUND_FL = `PS C:\\> Get-InboundConnector | Format-List


${HCW_INBOUND_SETTINGS}
EFTestMode                   : False
ScanAndDropRecipients        : {}
AdminDisplayName             :
ExchangeVersion              : 0.1 (8.14.0.0)
Name                         : Inbound from ${HCW_GUID}
DistinguishedName            : CN=Inbound from ${HCW_GUID},CN=Transport
                               Settings,CN=Configuration,CN=contoso.onmicrosoft.com,CN=ConfigurationUnits,DC=EU
                               RPR05A003,DC=PROD,DC=OUTLOOK,DC=COM
Identity                     : Inbound from ${HCW_GUID}
ObjectClass                  : {top, msExchSMTPInboundConnector}
WhenChanged                  : 1/6/2025 9:41:12 AM
WhenCreated                  : 11/2/2024 3:05:44 PM
Guid                         : 2b7f9c1e-3d4a-4e5b-8c6d-7e8f9a0b1c2d
IsValid                      : True
ObjectState                  : Unchanged

RunspaceId                   : 7c6b2e4a-1f0e-4d3b-9a8c-2b1e4f5a6d7c
Enabled                      : True
ConnectorType                : Partner
ConnectorSource              : Default
Comment                      : Enforced TLS with Woodgrove Bank
SenderIPAddresses            : {}
SenderDomains                : {smtp:woodgrovebank.com;1}
TrustedOrganizations         : {}
AssociatedAcceptedDomains    : {}
RequireTls                   : True
RestrictDomainsToIPAddresses : False
RestrictDomainsToCertificate : False
CloudServicesMailEnabled     : False
TreatMessagesAsInternal      : False
TlsSenderCertificateName     :
EFTestMode                   : False
Name                         : From Woodgrove Bank
Identity                     : From Woodgrove Bank
ObjectClass                  : {top, msExchSMTPInboundConnector}
IsValid                      : True



`

/** Get-OutboundConnector | Format-List (80-column console): the wizard's, under CMT. */
export const OUTBOUND_FL = `
RunspaceId                    : 7c6b2e4a-1f0e-4d3b-9a8c-2b1e4f5a6d7c
Enabled                       : True
UseMXRecord                   : False
Comment                       :
ConnectorType                 : OnPremises
ConnectorSource               : HybridWizard
RecipientDomains              : {contoso.com, fabrikam.com, northwindtraders.com,
                                wingtiptoys.com}
SmartHosts                    : {mail.contoso.com}
TlsDomain                     : mail.contoso.com
TlsSettings                   : DomainValidation
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : True
CloudServicesMailEnabled      : True
AllAcceptedDomains            : False
SenderRewritingEnabled        : False
TestMode                      : False
LinkForModifiedConnector      : 00000000-0000-0000-0000-000000000000
ValidationRecipients          : {}
IsValidated                   : False
LastValidationTimestamp       :
Name                          : Outbound to ${HCW_GUID}
Identity                      : Outbound to ${HCW_GUID}
ObjectClass                   : {top, msExchSMTPOutboundConnector}
IsValid                       : True
`

/**
 * Get-InboundConnector | Format-List and Get-OutboundConnector | Format-List of the wizard's pair,
 * as the end-to-end tests paste it into the sample project (its domains, centralized transport off).
 */
export const HCW_FORMAT_LIST = `PS C:\\> Get-InboundConnector | Format-List


${HCW_INBOUND_SETTINGS}
Name                         : Inbound from ${HCW_GUID}
Identity                     : Inbound from ${HCW_GUID}
ObjectClass                  : {top, msExchSMTPInboundConnector}
WhenCreated                  : 11/2/2024 3:05:44 PM
IsValid                      : True

PS C:\\> Get-OutboundConnector | Format-List


RunspaceId                    : 7c6b2e4a-1f0e-4d3b-9a8c-2b1e4f5a6d7c
Enabled                       : True
UseMXRecord                   : False
Comment                       :
ConnectorType                 : OnPremises
ConnectorSource               : HybridWizard
RecipientDomains              : {contoso.com, fabrikam.com, tailspintoys.com,
                                litwareinc.com}
SmartHosts                    : {mail.contoso.com}
TlsDomain                     : mail.contoso.com
TlsSettings                   : DomainValidation
IsTransportRuleScoped         : False
RouteAllMessagesViaOnPremises : False
CloudServicesMailEnabled      : True
AllAcceptedDomains            : False
Name                          : Outbound to ${HCW_GUID}
Identity                      : Outbound to ${HCW_GUID}
ObjectClass                   : {top, msExchSMTPOutboundConnector}
IsValid                       : True
`

/** What the app's own verify command prints for an outbound connector. */
export const OUTBOUND_VERIFY_FL = `
Name                          : To on-premises
ConnectorType                 : OnPremises
RouteAllMessagesViaOnPremises : False
SmartHosts                    : {mail.contoso.com}
RecipientDomains              : {contoso.com}
`

/** Get-OutboundConnector | Export-Csv from Windows PowerShell 5.1 (with the #TYPE line). */
export const OUTBOUND_CSV = `#TYPE Deserialized.Microsoft.Exchange.Data.Directory.SystemConfiguration.TenantOutboundConnector
"Enabled","UseMXRecord","Comment","ConnectorType","ConnectorSource","RecipientDomains","SmartHosts","TlsDomain","TlsSettings","IsTransportRuleScoped","RouteAllMessagesViaOnPremises","CloudServicesMailEnabled","AllAcceptedDomains","Name","Identity"
"True","False","","OnPremises","HybridWizard","contoso.com fabrikam.com","mail.contoso.com","mail.contoso.com","DomainValidation","False","False","True","False","Outbound to ${HCW_GUID}","Outbound to ${HCW_GUID}"
"True","True","","Partner","Default","woodgrovebank.com","","woodgrovebank.com","DomainValidation","False","False","False","False","To Woodgrove Bank","To Woodgrove Bank"
`

/** Get-InboundConnector | Select … | Export-Csv -NoTypeInformation, one cell with a type name. */
export const INBOUND_CSV_TYPE_NAMES = `"Name","ConnectorType","SenderIPAddresses","SenderDomains","RestrictDomainsToIPAddresses","RequireTls","TlsSenderCertificateName"
"Only through on-premises MX","Partner","131.107.21.231;131.107.22.0/24","smtp:*;1","True","False",""
"Broken export","OnPremises","System.Object[]","System.Object[]","False","True","mail.contoso.com"
`

const META = {
  createdAt: '2025-01-06T09:00:00.000Z',
  updatedAt: '2025-01-06T09:00:00.000Z',
  rev: 1
}

/** A stored connector with sensible defaults for the warning and PowerShell tests. */
export function connector(overrides: Partial<Connector> = {}): Connector {
  return {
    id: 'c1',
    ...META,
    projectId: 'p1',
    ...connectorInput(),
    ...overrides
  }
}

/** What the user enters for the certificate connector from on-premises, created. */
export function connectorInput(overrides: Partial<ConnectorInput> = {}): ConnectorInput {
  return {
    name: 'From on-premises',
    side: 'inbound',
    direction: 'onprem-to-cloud',
    type: 'OnPremises',
    identification: { kind: 'certificate', certificateName: 'mail.contoso.com' },
    requireTls: true,
    smartHosts: [],
    recipientDomains: [],
    senderDomains: ['*'],
    associatedAcceptedDomains: [],
    routeAllMessagesViaOnPremises: false,
    cloudServicesMailEnabled: false,
    restrictDomainsToIps: false,
    enabled: true,
    createdByHybridWizard: false,
    status: 'created',
    notes: '',
    stepIds: ['connector-onprem-to-cloud'],
    ...overrides
  }
}

/** The Microsoft 365 → on-premises connector. */
export function outbound(overrides: Partial<Connector> = {}): Connector {
  return connector({
    id: 'c2',
    name: 'To on-premises',
    side: 'outbound',
    direction: 'cloud-to-onprem',
    identification: { kind: 'none' },
    requireTls: true,
    tlsSettings: 'DomainValidation',
    tlsDomain: 'mail.contoso.com',
    smartHosts: ['mail.contoso.com'],
    recipientDomains: ['contoso.com'],
    senderDomains: [],
    stepIds: ['connector-cloud-to-onprem'],
    ...overrides
  })
}

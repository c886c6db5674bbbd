/**
 * Collector files as the script writes them (PowerShell 7 style) and as Windows PowerShell 5.1
 * writes what it is given: built here so each test states the one fact it changes.
 */
export const TENANT_ID = '2a9e6b0f-61d8-4f5c-9f6b-0d5d7c3f1a11'
export const COLLECTED_AT = '2026-03-02T08:30:00.000Z'
export const HCW_GUID = '6c2f5c8e-1f4b-4e0b-9a2e-0b3c2d1e4f5a'

type Doc = Record<string, unknown>

export function inboundFromOnPrem(fields: Doc = {}): Doc {
  return {
    Name: `Inbound from ${HCW_GUID}`,
    Identity: `Inbound from ${HCW_GUID}`,
    Enabled: true,
    ConnectorType: 'OnPremises',
    ConnectorSource: 'HybridWizard',
    SenderDomains: ['smtp:*;1'],
    SenderIPAddresses: [],
    AssociatedAcceptedDomains: [],
    TlsSenderCertificateName: 'mail.contoso.com',
    RequireTls: true,
    RestrictDomainsToIPAddresses: false,
    RestrictDomainsToCertificate: false,
    CloudServicesMailEnabled: true,
    TreatMessagesAsInternal: false,
    EFSkipLastIP: false,
    EFSkipIPs: [],
    EFUsers: [],
    EFTestMode: false,
    WhenChanged: '2025-11-04T10:12:00.0000000Z',
    ...fields
  }
}

export function outboundToOnPrem(fields: Doc = {}): Doc {
  return {
    Name: `Outbound to ${HCW_GUID}`,
    Identity: `Outbound to ${HCW_GUID}`,
    Enabled: true,
    ConnectorType: 'OnPremises',
    ConnectorSource: 'HybridWizard',
    RecipientDomains: ['contoso.com', 'fabrikam.com'],
    SmartHosts: ['mail.contoso.com'],
    UseMXRecord: false,
    RouteAllMessagesViaOnPremises: false,
    AllAcceptedDomains: false,
    IsTransportRuleScoped: false,
    TlsSettings: 'DomainValidation',
    TlsDomain: 'mail.contoso.com',
    CloudServicesMailEnabled: true,
    WhenChanged: '2025-11-04T10:12:00.0000000Z',
    ...fields
  }
}

export function sendConnector(fields: Doc = {}): Doc {
  return {
    Name: `Outbound to Office 365 - ${HCW_GUID}`,
    Identity: `Outbound to Office 365 - ${HCW_GUID}`,
    Enabled: true,
    AddressSpaces: ['smtp:contoso.mail.onmicrosoft.com;1'],
    SmartHosts: ['contoso-com.mail.protection.outlook.com'],
    DNSRoutingEnabled: false,
    RequireTLS: true,
    TlsAuthLevel: 'DomainValidation',
    TlsDomain: 'mail.protection.outlook.com',
    TlsCertificateName: "<I>CN=R3, O=Let's Encrypt, C=US<S>CN=mail.contoso.com",
    CloudServicesMailEnabled: true,
    SourceTransportServers: ['EX01'],
    ...fields
  }
}

/** The send connector for * that sends by DNS (scenario 3 / 2-direct). */
export function internetDirect(fields: Doc = {}): Doc {
  return sendConnector({
    Name: 'Internet',
    Identity: 'Internet',
    AddressSpaces: ['SMTP:*;1'],
    SmartHosts: [],
    DNSRoutingEnabled: true,
    RequireTLS: false,
    TlsAuthLevel: null,
    TlsDomain: null,
    ...fields
  })
}

/** The send connector for * that relays through EOP (scenario 1 / 4). */
export function internetViaEop(fields: Doc = {}): Doc {
  return sendConnector({
    Name: 'Internet via Microsoft 365',
    Identity: 'Internet via Microsoft 365',
    AddressSpaces: ['SMTP:*;1'],
    SmartHosts: ['contoso-com.mail.protection.outlook.com'],
    DNSRoutingEnabled: false,
    ...fields
  })
}

export function hybridConfiguration(fields: Doc = {}): Doc {
  return {
    Features: [
      'FreeBusy',
      'MoveMailbox',
      'Mailtips',
      'MessageTracking',
      'OwaRedirection',
      'OnlineArchive',
      'SecureMail',
      'Photos'
    ],
    Domains: ['contoso.com', 'fabrikam.com', 'autod:contoso.com'],
    OnPremisesSmartHost: 'mail.contoso.com',
    TlsCertificateName: "<I>CN=R3, O=Let's Encrypt, C=US<S>CN=mail.contoso.com",
    SendingTransportServers: ['EX01'],
    ReceivingTransportServers: ['EX01'],
    EdgeTransportServers: [],
    ...fields
  }
}

export function mx(host: string, preference = 0): Doc {
  return { NameExchange: host, Preference: preference }
}

export function dnsFor(
  domain: string,
  mxHosts: Doc[],
  spf = 'v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all'
): Doc {
  return {
    [domain]: { MX: mxHosts, TXT: [[spf], ['MS=ms12345678']] },
    [`_dmarc.${domain}`]: { TXT: [['v=DMARC1; p=quarantine']] }
  }
}

export type Sides = {
  inbound?: Doc[] | Doc
  outbound?: Doc[] | Doc
  send?: Doc[] | Doc
  hybrid?: Doc[] | Doc | null
  dns?: Doc
  accepted?: string[]
}

/** A collector file with both sides, by default scenario 1 for contoso.com. */
export function inventoryDoc(sides: Sides = {}, top: Doc = {}): Doc {
  const accepted = (sides.accepted ?? ['contoso.com', 'fabrikam.com']).map((name, index) => ({
    DomainName: name,
    DomainType: 'Authoritative',
    Default: index === 0,
    IsCoexistenceDomain: false
  }))
  return {
    format: 'hybrid-mailflow-inventory',
    version: 1,
    collectedAt: COLLECTED_AT,
    collector: 'Collect-HybridMailflowInventory 1 on PowerShell 7.4.6',
    tenantId: TENANT_ID,
    exchangeOnline: {
      'Get-AcceptedDomain': accepted,
      'Get-InboundConnector': sides.inbound ?? [inboundFromOnPrem()],
      'Get-OutboundConnector': sides.outbound ?? [outboundToOnPrem()],
      'Get-OrganizationConfig': [
        { Name: 'contoso.onmicrosoft.com', DisplayName: 'Contoso', RejectDirectSend: false }
      ],
      'Get-DkimSigningConfig': [
        {
          Domain: 'contoso.com',
          Enabled: true,
          Status: 'Valid',
          Selector1CNAME: null,
          Selector2CNAME: null
        }
      ]
    },
    onPremises: {
      'Get-AcceptedDomain': accepted.map(({ DomainName, DomainType, Default }) => ({
        DomainName,
        DomainType,
        Default
      })),
      'Get-HybridConfiguration':
        sides.hybrid === undefined ? [hybridConfiguration()] : sides.hybrid,
      'Get-SendConnector': sides.send ?? [sendConnector(), internetViaEop()],
      'Get-ReceiveConnector': [
        {
          Name: 'Default Frontend EX01',
          Identity: 'EX01\\Default Frontend EX01',
          Enabled: true,
          Bindings: ['0.0.0.0:25'],
          RemoteIPRanges: ['0.0.0.0-255.255.255.255'],
          TlsCertificateName: null,
          TlsDomainCapabilities: ['mail.protection.outlook.com:AcceptCloudServicesMail'],
          AuthMechanism: 'Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer',
          PermissionGroups: 'AnonymousUsers, ExchangeServers, ExchangeLegacyServers',
          TransportRole: 'FrontendTransport'
        }
      ],
      'Get-ExchangeServer': [
        {
          Name: 'EX01',
          AdminDisplayVersion: 'Version 15.2 (Build 2562.17)',
          ServerRole: 'Mailbox',
          Edition: 'Enterprise'
        }
      ]
    },
    dns: sides.dns ?? {
      ...dnsFor('contoso.com', [mx('contoso-com.mail.protection.outlook.com', 0)]),
      ...dnsFor('fabrikam.com', [mx('fabrikam-com.mail.protection.outlook.com', 10)])
    },
    ...top
  }
}

export function inventoryText(sides: Sides = {}, top: Doc = {}): string {
  return JSON.stringify(inventoryDoc(sides, top), null, 2)
}

/** UTF-16 LE with a BOM: what Windows PowerShell 5.1's Out-File and > write. */
export function utf16leWithBom(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes[0] = 0xff
  bytes[1] = 0xfe
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    bytes[2 + index * 2] = code & 0xff
    bytes[3 + index * 2] = code >> 8
  }
  return bytes
}

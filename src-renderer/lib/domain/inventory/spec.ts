/**
 * What the collector collects and the importer reads: per side, each cmdlet with the properties
 * kept and how each is read. The collector script (./collector-script.ts) is generated from this
 * table and the importer (./parse.ts) reads by it, so the two cannot drift. Property names are the
 * cmdlets' own (Microsoft Learn, exchangepowershell module pages).
 */

/**
 * How a property is written and read. 'strings': a multi-valued property, written as an array of
 * strings. 'enum': written with .ToString() (a name); a number from an older or hand-made file is
 * read through the enum's table when there is one. 'date': ISO text or PowerShell 5.1's
 * "\/Date(ms)\/".
 */
export type PropertyKind = 'string' | 'boolean' | 'number' | 'strings' | 'enum' | 'date'

export type InventorySide = 'exchangeOnline' | 'onPremises'

export const INVENTORY_SIDES: readonly InventorySide[] = ['exchangeOnline', 'onPremises']

export const SIDE_LABELS: Record<InventorySide, string> = {
  exchangeOnline: 'Exchange Online',
  onPremises: 'Exchange on-premises'
}

/**
 * The numbers behind the enums the detection reads, for files written without .ToString().
 * AcceptedDomainType and TenantConnectorType follow Microsoft.Exchange.Data's declarations;
 * a number not listed here is kept as the number and reported as a warning.
 */
export const ENUM_NUMBERS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  DomainType: { 0: 'Authoritative', 1: 'ExternalRelay', 2: 'InternalRelay' },
  ConnectorType: { 1: 'Partner', 2: 'OnPremises' }
}

export type CmdletSpec = {
  cmdlet: string
  side: InventorySide
  /** Property name → how it is read. */
  properties: Readonly<Record<string, PropertyKind>>
}

const INBOUND_CONNECTOR = {
  Name: 'string',
  Identity: 'string',
  Enabled: 'boolean',
  ConnectorType: 'enum',
  ConnectorSource: 'enum',
  SenderDomains: 'strings',
  SenderIPAddresses: 'strings',
  AssociatedAcceptedDomains: 'strings',
  TlsSenderCertificateName: 'string',
  RequireTls: 'boolean',
  RestrictDomainsToIPAddresses: 'boolean',
  RestrictDomainsToCertificate: 'boolean',
  CloudServicesMailEnabled: 'boolean',
  TreatMessagesAsInternal: 'boolean',
  EFSkipLastIP: 'boolean',
  EFSkipIPs: 'strings',
  EFUsers: 'strings',
  EFTestMode: 'boolean',
  WhenChanged: 'date'
} as const

const OUTBOUND_CONNECTOR = {
  Name: 'string',
  Identity: 'string',
  Enabled: 'boolean',
  ConnectorType: 'enum',
  ConnectorSource: 'enum',
  RecipientDomains: 'strings',
  SmartHosts: 'strings',
  UseMXRecord: 'boolean',
  RouteAllMessagesViaOnPremises: 'boolean',
  AllAcceptedDomains: 'boolean',
  IsTransportRuleScoped: 'boolean',
  TlsSettings: 'enum',
  TlsDomain: 'string',
  CloudServicesMailEnabled: 'boolean',
  WhenChanged: 'date'
} as const

/** The Exchange Online side, in the order the script runs them. */
export const EXCHANGE_ONLINE = {
  'Get-AcceptedDomain': {
    DomainName: 'string',
    DomainType: 'enum',
    Default: 'boolean',
    IsCoexistenceDomain: 'boolean'
  },
  'Get-InboundConnector': INBOUND_CONNECTOR,
  'Get-OutboundConnector': OUTBOUND_CONNECTOR,
  'Get-OrganizationConfig': {
    Name: 'string',
    DisplayName: 'string',
    RejectDirectSend: 'boolean'
  },
  'Get-DkimSigningConfig': {
    Domain: 'string',
    Enabled: 'boolean',
    Status: 'enum',
    Selector1CNAME: 'string',
    Selector2CNAME: 'string'
  }
} as const satisfies Record<string, Readonly<Record<string, PropertyKind>>>

/** The on-premises side (Exchange Management Shell). */
export const ON_PREMISES = {
  'Get-AcceptedDomain': {
    DomainName: 'string',
    DomainType: 'enum',
    Default: 'boolean'
  },
  'Get-HybridConfiguration': {
    Features: 'strings',
    Domains: 'strings',
    OnPremisesSmartHost: 'string',
    TlsCertificateName: 'string',
    SendingTransportServers: 'strings',
    ReceivingTransportServers: 'strings',
    EdgeTransportServers: 'strings'
  },
  'Get-SendConnector': {
    Name: 'string',
    Identity: 'string',
    Enabled: 'boolean',
    AddressSpaces: 'strings',
    SmartHosts: 'strings',
    DNSRoutingEnabled: 'boolean',
    RequireTLS: 'boolean',
    TlsAuthLevel: 'enum',
    TlsDomain: 'string',
    TlsCertificateName: 'string',
    CloudServicesMailEnabled: 'boolean',
    SourceTransportServers: 'strings'
  },
  'Get-ReceiveConnector': {
    Name: 'string',
    Identity: 'string',
    Enabled: 'boolean',
    Bindings: 'strings',
    RemoteIPRanges: 'strings',
    TlsCertificateName: 'string',
    TlsDomainCapabilities: 'strings',
    AuthMechanism: 'enum',
    PermissionGroups: 'enum',
    TransportRole: 'enum'
  },
  'Get-ExchangeServer': {
    Name: 'string',
    AdminDisplayVersion: 'string',
    ServerRole: 'enum',
    Edition: 'enum'
  }
} as const satisfies Record<string, Readonly<Record<string, PropertyKind>>>

/** The DNS answers kept per name: Resolve-DnsName's own property names. */
export const DNS_RECORD_PROPERTIES = {
  MX: { NameExchange: 'string', Preference: 'number' },
  TXT: { Strings: 'strings' }
} as const

/** Every cmdlet of both sides, in the order the script runs them. */
export const CMDLET_SPECS: readonly CmdletSpec[] = [
  ...Object.entries(EXCHANGE_ONLINE).map(([cmdlet, properties]) => ({
    cmdlet,
    side: 'exchangeOnline' as const,
    properties
  })),
  ...Object.entries(ON_PREMISES).map(([cmdlet, properties]) => ({
    cmdlet,
    side: 'onPremises' as const,
    properties
  }))
]

type ValueOf<K extends PropertyKind> = K extends 'boolean'
  ? boolean | null
  : K extends 'number'
    ? number | null
    : K extends 'strings'
      ? string[]
      : string | null

/** One row of a cmdlet's output as the importer keeps it. */
export type RowOf<P extends Readonly<Record<string, PropertyKind>>> = {
  -readonly [Name in keyof P]: ValueOf<P[Name]>
}

export type ExchangeOnlineRows = {
  -readonly [Cmdlet in keyof typeof EXCHANGE_ONLINE]: RowOf<(typeof EXCHANGE_ONLINE)[Cmdlet]>
}
export type OnPremisesRows = {
  -readonly [Cmdlet in keyof typeof ON_PREMISES]: RowOf<(typeof ON_PREMISES)[Cmdlet]>
}

export type InboundConnectorRow = ExchangeOnlineRows['Get-InboundConnector']
export type OutboundConnectorRow = ExchangeOnlineRows['Get-OutboundConnector']
export type SendConnectorRow = OnPremisesRows['Get-SendConnector']
export type HybridConfigurationRow = OnPremisesRows['Get-HybridConfiguration']

/**
 * The best-practice step catalog: which steps each mail-flow scenario needs, at which requirement,
 * and why.
 *
 * Sources, cited per rule below:
 * - [page] Microsoft, "Manage mail flow with mailboxes in multiple locations"
 *   (shared/reference/mail-flow-multiple-locations.txt), "Best practices" of each scenario.
 * - [brief n] shared/reference/domain-brief.md, section n. Where the page and the brief disagree
 *   (brief section 0) the brief wins: the MX host is `<domainKey>.mail.protection.outlook.com`.
 *
 * Texts use <placeholders> (<domain>, <tenant>, <onPremHost>, <onPremIps>, <certificateDomain>,
 * <domainKey>, …) that `fillPlaceholders` replaces with project values where they are known.
 */
import { CLOUD_NAMES, cloudNames, cloudPlaceholders, tenantPrefix } from './cloud'
import { connectorSenderIpProblem } from './net/ranges'
import { PLATFORM_SOURCES } from './platform-changes/sources'
import { isScenario } from './scenarios'
import type {
  DomainProfile,
  Project,
  Requirement,
  Scenario,
  Scenario2Outbound,
  StepCategory,
  SourceLink,
  StepDefinition,
  StepId
} from './types'

/**
 * Checklist order. It follows dependencies rather than the page's numbering: the page lists
 * "create or move mailboxes" second, but hybrid moves need the connectors and the wizard's
 * migration endpoint, and SPF must list Microsoft 365 before any mail leaves through it.
 */
export const CATALOG_ORDER: readonly StepId[] = [
  'add-domain',
  'verify-domain',
  'directory-sync',
  'dns-spf',
  'hybrid-configuration-wizard',
  'connector-cloud-to-onprem',
  'connector-onprem-to-cloud',
  'onprem-relay-via-cloud',
  'enable-cmt',
  'enhanced-filtering',
  'dns-mx-eop',
  'dns-mx-onprem',
  'restrict-inbound-to-mx-path',
  'partner-connectors',
  'verify-mail-flow',
  'move-mailboxes',
  'dns-mx-dnssec',
  // Added with the platform changes of 2025-2026 (platform-changes/changes.ts).
  'keep-onprem-current',
  'renew-hybrid-certificate'
]

type StepText = {
  title: string
  category: StepCategory
  explanation: string
  /** Appended to the explanation in the named scenarios only. */
  scenarioNotes?: Partial<Record<Scenario, string>>
  /** Appended to the explanation when the domain's conditions call for it. */
  conditionNote?: (scenario: Scenario, profile: DomainProfile) => string | null
  powershell?: string
  verify?: string
  /** Replaces the texts above where the project has no Exchange 2010 or later on-premises. */
  withoutExchange?: WithoutExchange
  docUrl: string
  docTitle: string
  /** Further public sources for the rules the text states. */
  sources?: readonly SourceLink[]
}

/**
 * Without Exchange 2010 or later on-premises (Exchange 2007, whose management shell lacks the
 * hybrid and certificate options these steps use, or another mail server), no on-premises Exchange
 * cmdlet is prescribed: the explanation says what to set in the server's own configuration
 * instead, and the commands are Exchange Online's only. `null` drops a command; absent keeps it.
 */
type WithoutExchange = {
  explanation: string
  powershell?: string | null
  verify?: string | null
  sources?: readonly SourceLink[]
}

const DOCS = {
  addDomain: {
    docUrl: 'https://learn.microsoft.com/en-us/microsoft-365/admin/setup/add-domain',
    docTitle: 'Add a domain to Microsoft 365'
  },
  dnsRecords: {
    docUrl:
      'https://learn.microsoft.com/en-us/microsoft-365/admin/get-help-with-domains/create-dns-records-at-any-dns-hosting-provider',
    docTitle: 'Add DNS records to connect your domain'
  },
  spf: {
    docUrl:
      'https://learn.microsoft.com/en-us/defender-office-365/email-authentication-spf-configure',
    docTitle: 'Set up SPF to identify valid email sources for your Microsoft 365 domain'
  },
  multipleLocations: {
    docUrl:
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-mail-flow-for-multiple-locations',
    docTitle: 'Manage mail flow with mailboxes in multiple locations'
  },
  routeMail: {
    docUrl:
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-to-route-mail',
    docTitle: 'Set up connectors to route mail between Microsoft 365 and your own email servers'
  },
  partner: {
    docUrl:
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-for-secure-mail-flow-with-a-partner',
    docTitle: 'Set up connectors for secure mail flow with a partner organization'
  },
  hcw: {
    docUrl: 'https://learn.microsoft.com/en-us/exchange/hybrid-configuration-wizard',
    docTitle: 'Hybrid Configuration Wizard'
  },
  transportOptions: {
    docUrl: 'https://learn.microsoft.com/en-us/exchange/transport-options',
    docTitle: 'Transport options in Exchange hybrid deployments'
  },
  moveMailboxes: {
    docUrl: 'https://learn.microsoft.com/en-us/exchange/hybrid-deployment/move-mailboxes',
    docTitle: 'Move mailboxes between on-premises and Exchange Online organizations'
  },
  enhancedFiltering: {
    docUrl:
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/enhanced-filtering-for-connectors',
    docTitle: 'Enhanced Filtering for Connectors in Exchange Online'
  },
  hybridPrerequisites: {
    docUrl: 'https://learn.microsoft.com/en-us/exchange/hybrid-deployment-prerequisites',
    docTitle: 'Hybrid deployment prerequisites'
  },
  testMailFlow: {
    docUrl: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/test-mail-flow',
    docTitle: 'Test mail flow by validating your connectors'
  },
  smtpDane: {
    docUrl: 'https://learn.microsoft.com/en-us/purview/how-smtp-dane-works',
    docTitle: 'How SMTP DNS-based Authentication of Named Entities (DANE) works'
  }
} as const

/** Public sources of single rules, shown beside the step's main link. */
const SOURCES = {
  // Exchange Team blog, 2023-06-19: from 2023-11-01 relaying needs an OnPremises connector match
  // and an accepted-domain certificate or P1 MAIL FROM domain.
  relayRequirements: {
    url: 'https://techcommunity.microsoft.com/t5/exchange-team-blog/updated-requirements-for-smtp-relay-through-exchange-online/ba-p/3851357',
    title: 'Updated requirements for SMTP relay through Exchange Online (Exchange Team blog)'
  },
  relayDenied: {
    url: 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/relay-access-denied-smtp',
    title: 'Fix error 550 5.7.64 TenantAttribution; Relay Access Denied'
  },
  directoryEdgeBlocking: {
    url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-directory-based-edge-blocking',
    title: 'Use Directory-Based Edge Blocking to reject messages sent to invalid recipients'
  },
  transportRouting: {
    url: 'https://learn.microsoft.com/en-us/exchange/transport-routing',
    title: 'Transport routing in Exchange hybrid deployments'
  },
  messageTrace: {
    url: 'https://learn.microsoft.com/en-us/exchange/monitoring/trace-an-email-message/new-message-trace',
    title: 'Message trace in the Exchange admin center'
  },
  enableDnssec: {
    url: 'https://learn.microsoft.com/en-us/powershell/module/exchange/enable-dnssecforverifieddomain',
    title: 'Enable-DnssecForVerifiedDomain'
  },
  multipleLocations: {
    url: DOCS.multipleLocations.docUrl,
    title: DOCS.multipleLocations.docTitle
  },
  migrationEndpoint: {
    url: 'https://learn.microsoft.com/en-us/powershell/module/exchange/new-migrationendpoint',
    title: 'New-MigrationEndpoint (cutover, staged and IMAP migrations)'
  }
} as const satisfies Record<string, SourceLink>

type Scenario2Choice = Scenario2Outbound | 'undecided'

// Scenario 2's outbound path (domain-brief 7.4): the multiple-locations page's line 4 sends cloud
// mailboxes' internet mail from on-premises back through Exchange Online; Microsoft's transport
// routing page has on-premises send it directly using DNS. The send connector for * decides.
const REFERENCE_DIAGRAM_GUARDRAIL =
  'Guardrail: the diagram of Microsoft’s multiple-locations page shows only the path back ' +
  'through Exchange Online (its line 4); Microsoft’s transport routing page describes the direct ' +
  'one. Both work; the domain records which one it uses.'

// The relay step is not listed in scenario 2 when the domain sends directly.
const SCENARIO2_RELAY_NOTES: Readonly<Record<Exclude<Scenario2Choice, 'direct'>, string>> = {
  'through-exchange-online':
    'This domain’s recorded outbound path sends cloud mailboxes’ internet mail, which ' +
    'centralized mail transport brings to the on-premises servers, back through Exchange Online ' +
    'for delivery; on-premises mailboxes’ internet mail takes the same send connector. ' +
    REFERENCE_DIAGRAM_GUARDRAIL,
  undecided:
    'Scenario 2’s outbound path is not chosen yet for this domain: the on-premises servers send ' +
    'internet mail either directly using DNS, or back through Exchange Online as this step sets ' +
    'up. Record the choice with Edit domain; this step applies only to the path back through ' +
    `Exchange Online. ${REFERENCE_DIAGRAM_GUARDRAIL}`
}

const SCENARIO2_CMT_NOTES: Readonly<Record<Scenario2Choice, string>> = {
  direct:
    'This domain’s recorded outbound path: the on-premises servers send that internet mail ' +
    'directly using DNS (their send connector for * keeps DNS routing, no smart host), as ' +
    `Microsoft’s transport routing page describes. ${REFERENCE_DIAGRAM_GUARDRAIL}`,
  'through-exchange-online':
    'This domain’s recorded outbound path: the on-premises servers hand that internet mail back ' +
    'to Exchange Online, which delivers it (line 4 of the multiple-locations page’s diagram); ' +
    '“Send internet mail from on-premises through Microsoft 365” sets that up.',
  undecided:
    'Choose this domain’s outbound path with Edit domain: on-premises sends that internet mail ' +
    'directly using DNS, or back through Exchange Online. ' +
    REFERENCE_DIAGRAM_GUARDRAIL
}

const SCENARIO2_ROUTE_NOTES: Readonly<Record<Scenario2Choice, string>> = {
  direct:
    'By this domain’s recorded outbound path, the on-premises servers deliver that internet ' +
    'mail directly, and on-premises mailboxes’ internet mail leaves from them too.',
  'through-exchange-online':
    'By this domain’s recorded outbound path, that internet mail then returns to Exchange ' +
    'Online, which delivers it, and on-premises mailboxes’ internet mail leaves through ' +
    'Exchange Online too.',
  undecided:
    'The domain’s outbound path is not chosen yet, so whether internet mail leaves from the ' +
    'on-premises servers or through Exchange Online cannot be checked.'
}

const STEP_TEXT: Readonly<Record<StepId, StepText>> = {
  'add-domain': {
    title: 'Add the domain to Microsoft 365',
    category: 'domain',
    explanation:
      'Add <domain> as a custom domain in the Microsoft 365 admin center (Settings → Domains). ' +
      'The admin center then shows the DNS records the domain needs, including the verification ' +
      'TXT record and the exact MX host Microsoft assigned to it.',
    powershell:
      "Connect-MgGraph -Scopes 'Domain.ReadWrite.All'\n" +
      "New-MgDomain -BodyParameter @{ Id = '<domain>' }",
    verify: "Get-MgDomain -DomainId '<domain>' | Format-List Id,IsVerified,SupportedServices",
    ...DOCS.addDomain
  },
  'verify-domain': {
    title: 'Verify ownership of the domain',
    category: 'domain',
    // brief 1.2: MS=ms + 8 digits at the zone root; it proves ownership only.
    explanation:
      'Publish the TXT record the admin center shows at the zone root (@) of <domain>: its value ' +
      'is MS=ms followed by 8 digits (for example MS=ms97284866), usually with TTL 3600. Then ' +
      'verify the domain. The record only proves ownership and does not change mail flow.',
    powershell: "Confirm-MgDomain -DomainId '<domain>'",
    verify: 'nslookup -type=txt <domain>',
    ...DOCS.addDomain
  },
  'dns-spf': {
    title: 'Publish the SPF record',
    category: 'dns',
    // page step 3 (SPF example) and brief 1.3 (one record, 10 lookups).
    explanation:
      'Publish exactly one TXT record starting with v=spf1 for <domain>: two SPF records make SPF ' +
      'fail. It lists Microsoft 365 (include:<spfInclude>), every on-premises IP ' +
      'address that sends to the internet or to Exchange Online Protection, and every third party ' +
      'that sends as the domain, for example v=spf1 ip4:131.107.21.231 ' +
      'include:<spfInclude> -all. Keep it within 10 DNS lookups.',
    verify: 'nslookup -type=txt <domain>',
    ...DOCS.spf
  },
  'hybrid-configuration-wizard': {
    title: 'Run the Hybrid Configuration Wizard',
    category: 'transport',
    // brief 1.6 (what HCW does and does not do) and brief 1.4 (autodiscover stays on-premises).
    explanation:
      'The wizard (Exchange 2010 or later) creates the hybrid connectors on both sides, the ' +
      'organization relationship and the migration endpoint. It does not change MX records or the ' +
      'on-premises internet send connector, and running it again resets manual edits to its ' +
      'connectors. Keep the autodiscover record pointing to on-premises Exchange while ' +
      'on-premises mailboxes remain: the wizard depends on it.',
    scenarioNotes: {
      1: 'With the wizard in this scenario the MX record can’t point to the on-premises server.',
      2: 'In this scenario, choose centralized mail transport in the wizard.'
    },
    verify:
      'Get-HybridConfiguration | Format-List Domains,Features,TransportServers,TlsCertificateName',
    ...DOCS.hcw
  },
  'connector-cloud-to-onprem': {
    title: 'Connector from Microsoft 365 to on-premises servers',
    category: 'connectors',
    // page step 4; HCW names and CloudServicesMailEnabled: brief 1.5 and 1.6.
    explanation:
      'An outbound connector of type OnPremises sends mail for on-premises mailboxes from Exchange ' +
      'Online to <onPremHost> over TLS. The Hybrid Configuration Wizard creates it (named ' +
      '"Outbound to" and a GUID); create it by hand only without the wizard, and leave ' +
      'CloudServicesMailEnabled to the wizard.',
    powershell:
      "New-OutboundConnector -Name 'To on-premises' -ConnectorType OnPremises " +
      "-RecipientDomains '<domain>' -SmartHosts '<onPremHost>' -UseMxRecord $false " +
      "-TlsSettings DomainValidation -TlsDomain '<certificateDomain>'",
    verify:
      'Get-OutboundConnector | Format-List Name,ConnectorType,RecipientDomains,SmartHosts,' +
      'TlsSettings,TlsDomain,RouteAllMessagesViaOnPremises',
    withoutExchange: {
      explanation:
        'An outbound connector of type OnPremises sends mail for on-premises mailboxes from ' +
        'Exchange Online to <onPremHost> over TLS. Without Exchange 2010 or later on-premises ' +
        'there is no Hybrid Configuration Wizard: create the connector in Exchange Online with ' +
        'the command below, and set the on-premises mail server, in its own configuration, to ' +
        'accept mail for the domain from Exchange Online Protection over TLS.'
    },
    ...DOCS.routeMail
  },
  'connector-onprem-to-cloud': {
    title: 'Connector from on-premises servers to Microsoft 365 (certificate)',
    category: 'connectors',
    // page step 4: "choose the first option" (certificate); brief 1.5: exact name, OnPremises type.
    explanation:
      'An inbound connector of type OnPremises identifies the on-premises servers by their TLS ' +
      'certificate, whose subject or SAN contains a domain the organisation owns ' +
      '(<certificateDomain>); the reference recommends this over IP addresses. ' +
      'TlsSenderCertificateName names the certificate: an exact name, or a wildcard such as ' +
      '*.contoso.com, which covers the domain and its subdomains. Use OnPremises, not Partner: a ' +
      'Partner connector accepts relayed mail but rejects it with 550 5.7.64. Since November ' +
      '2023 Exchange Online relays mail to the internet only when an OnPremises connector ' +
      'matches the sending server and the certificate domain (or the sender’s MAIL FROM domain) ' +
      'is an accepted domain: a connector that identifies the servers by IP address alone no ' +
      'longer relays bounces, forwarded mail or mail from domains the organisation does not own.',
    powershell:
      "New-InboundConnector -Name 'From on-premises' -ConnectorType OnPremises " +
      "-SenderDomains '*' -RequireTls $true -TlsSenderCertificateName '<certificateDomain>'",
    verify:
      'Get-InboundConnector | Format-List Name,ConnectorType,RequireTls,TlsSenderCertificateName,' +
      'SenderIPAddresses,RestrictDomainsToIPAddresses',
    ...DOCS.routeMail,
    sources: [SOURCES.relayRequirements, SOURCES.relayDenied]
  },
  'onprem-relay-via-cloud': {
    title: 'Send internet mail from on-premises through Microsoft 365',
    category: 'transport',
    // brief 1.6: on-premises sends directly using DNS unless changed by hand; brief 1.1: legacy hosts.
    explanation:
      'Point the on-premises send connector for internet mail (address space *) at the domain’s ' +
      'Exchange Online Protection host (<domainKey><eopMxSuffix>, as the admin ' +
      'center shows it) as a smart host, with TLS and the certificate the inbound connector ' +
      'expects, then disable the old direct internet send connector. The Hybrid Configuration ' +
      'Wizard does not make this change. Never use the retired hosts mail.messaging.microsoft.com, ' +
      'mail.eo.outlook.com or mail.global.frontbridge.com, which fail with 451 4.4.62.',
    powershell:
      '$cert = Get-ExchangeCertificate | Where-Object { $_.Subject -like ' +
      "'*<certificateDomain>*' } | Select-Object -First 1\n" +
      "New-SendConnector -Name 'Internet via Microsoft 365' -AddressSpaces '*' " +
      "-SmartHosts '<domainKey><eopMxSuffix>' -DNSRoutingEnabled $false " +
      "-RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain '<eopTlsDomain>' " +
      '-TlsCertificateName "<I>$($cert.Issuer)<S>$($cert.Subject)"',
    verify:
      'Get-SendConnector | Format-List Name,AddressSpaces,SmartHosts,DNSRoutingEnabled,' +
      'RequireTLS,TlsAuthLevel,TlsDomain,TlsCertificateName',
    conditionNote: (scenario, profile) =>
      scenario === 2 && profile.scenario2Outbound !== 'direct'
        ? SCENARIO2_RELAY_NOTES[profile.scenario2Outbound ?? 'undecided']
        : null,
    withoutExchange: {
      explanation:
        'Without Exchange 2010 or later on-premises (Exchange 2007 or another mail server), set ' +
        'this in the on-premises mail server’s own configuration: make the domain’s Exchange ' +
        'Online Protection host (<domainKey><eopMxSuffix>, as the admin center shows it) the ' +
        'smart host (outbound relay) for all internet mail, require TLS towards it, and have the ' +
        'server present the certificate whose subject or SAN is <certificateDomain>, so the ' +
        'OnPremises inbound connector in Exchange Online recognises it. Then stop any direct ' +
        'internet delivery from the server. Never use the retired hosts ' +
        'mail.messaging.microsoft.com, mail.eo.outlook.com or mail.global.frontbridge.com, which ' +
        'fail with 451 4.4.62. To check, send a test message from an on-premises mailbox to an ' +
        'external address and trace it in Exchange Online.',
      powershell: null,
      verify:
        "Get-MessageTraceV2 -SenderAddress '<testSender>' -StartDate (Get-Date).AddHours(-2) " +
        '-EndDate (Get-Date) | Format-Table Received,SenderAddress,RecipientAddress,Status'
    },
    ...DOCS.routeMail,
    sources: [SOURCES.relayRequirements, SOURCES.transportRouting, SOURCES.multipleLocations]
  },
  'enable-cmt': {
    title: 'Enable centralized mail transport',
    category: 'transport',
    // page scenario 2 step 4; brief 1.5 (the switch), 1.6 (forwarding gap, EOP licences) and 0.4.
    explanation:
      'Set RouteAllMessagesViaOnPremises to $true on the OnPremises outbound connector (or choose ' +
      'centralized mail transport in the Hybrid Configuration Wizard), so all mail from Exchange ' +
      'Online, internet mail included, goes through the on-premises servers. Mail forwarded in ' +
      'Exchange Online with a mailbox ForwardingAddress bypasses centralized mail transport, and ' +
      'on-premises mailboxes whose mail arrives through Exchange Online Protection may need EOP ' +
      'licences. Whether on-premises then delivers internet mail directly or hands it back to ' +
      'Exchange Online depends on its send connector, so check it.',
    withoutExchange: {
      explanation:
        'Set RouteAllMessagesViaOnPremises to $true on the OnPremises outbound connector in ' +
        'Exchange Online (without Exchange 2010 or later on-premises there is no Hybrid ' +
        'Configuration Wizard to do it), so all mail from Exchange Online, internet mail ' +
        'included, goes through the on-premises mail server. Mail forwarded in Exchange Online ' +
        'with a mailbox ForwardingAddress bypasses centralized mail transport, and on-premises ' +
        'mailboxes whose mail arrives through Exchange Online Protection may need EOP licences. ' +
        'Whether the server then delivers internet mail directly or hands it back to Exchange ' +
        'Online depends on its own outbound route, so check it.'
    },
    powershell:
      "Set-OutboundConnector -Identity '<outboundConnector>' -RouteAllMessagesViaOnPremises $true",
    verify:
      'Get-OutboundConnector | Format-List Name,RouteAllMessagesViaOnPremises,RecipientDomains',
    scenarioNotes: {
      // Guardrail: the reference's scenario 3 description and diagram need CMT, its steps omit it.
      3:
        'Guardrail: Microsoft’s multiple-locations page sends cloud mailboxes’ internet mail ' +
        'through the on-premises servers in this scenario’s description and diagram, but leaves ' +
        'this step out of its list; only centralized mail transport sends that mail that way.'
    },
    conditionNote: (scenario, profile) =>
      scenario === 2 ? SCENARIO2_CMT_NOTES[profile.scenario2Outbound ?? 'undecided'] : null,
    ...DOCS.transportOptions,
    sources: [SOURCES.transportRouting, SOURCES.multipleLocations]
  },
  'dns-mx-eop': {
    title: 'Point the MX record to Exchange Online Protection',
    category: 'dns',
    // brief 0.1, 1.1 and 7.8: the page's "<key>-com" form is wrong, and new domains get hosts
    // under mx.microsoft (MC1048624) that cannot be computed: the host is always copied.
    explanation:
      'Publish one MX record with priority 0 pointing to the host Microsoft assigned to <domain>, ' +
      'and enter that host on the domain’s DNS tab so the checks compare DNS with it. Microsoft ' +
      'shows it in the admin center (Settings → Domains → <domain> → DNS records), in Microsoft ' +
      'Graph (GET /domains/<domain>/serviceConfigurationRecords, the MX record’s mailExchange) and ' +
      'in Exchange Online PowerShell (Get-DnssecStatusForVerifiedDomain -DomainName <domain>, its ' +
      'ExpectedMxRecord). Copy it rather than work it out: older domains have hosts like ' +
      'contoso-com<eopMxSuffix>, but domains with hyphens get another key and new domains get a ' +
      'host under mx.microsoft (such as contoso-com.o-v1.mx.microsoft). Remove the MX records ' +
      'that point elsewhere, and any connector that accepts the domain’s mail only from ' +
      'on-premises addresses.',
    conditionNote: (_s, profile) =>
      profile.thirdPartyFilterInFront
        ? 'A third-party filter is in front of Microsoft 365 for this domain: the MX record ' +
          'points to the filter, and the filter delivers to this Exchange Online Protection host ' +
          '(set it as the filter’s delivery route), so an MX record at the filter is expected.'
        : null,
    verify: 'nslookup -type=mx <domain>',
    ...DOCS.dnsRecords,
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/graph/api/domain-list-serviceconfigurationrecords',
        title: 'List serviceConfigurationRecords (Microsoft Graph)'
      },
      {
        url: 'https://learn.microsoft.com/en-us/powershell/module/exchange/get-dnssecstatusforverifieddomain',
        title: 'Get-DnssecStatusForVerifiedDomain'
      }
    ]
  },
  'dns-mx-onprem': {
    title: 'Point the MX record to the on-premises server',
    category: 'dns',
    // brief 0.2: the page's example has a stray leading dot; the host is e.g. mail.contoso.com.
    explanation:
      'Keep or publish the MX record pointing to the internet-facing on-premises mail host ' +
      '(<onPremHost>, for example mail.contoso.com), so internet mail meets the on-premises ' +
      'filtering first. Mail for cloud mailboxes then continues from on-premises to Exchange Online.',
    verify: 'nslookup -type=mx <domain>',
    ...DOCS.multipleLocations
  },
  'restrict-inbound-to-mx-path': {
    title: 'Accept mail for the domain only from on-premises IP addresses',
    category: 'connectors',
    // page scenarios 3 and 4, step 5 -> partner page "Example 3"; brief 1.5 (remove before MX moves).
    explanation:
      'Following "Example 3" of Microsoft’s partner connector page, create an inbound connector ' +
      'that rejects mail for <domain> unless it comes from the on-premises IP addresses, so ' +
      'internet mail cannot skip MX and the on-premises filtering by going straight to Exchange ' +
      'Online Protection. Include every on-premises address that sends to Microsoft 365. Remove or ' +
      're-scope this connector before MX ever moves to Microsoft 365, or internet mail is rejected.',
    powershell:
      "New-InboundConnector -Name 'Only through on-premises MX (<domain>)' -ConnectorType Partner " +
      "-SenderDomains '*' -AssociatedAcceptedDomains '<domain>' -SenderIPAddresses <connectorIps> " +
      '-RestrictDomainsToIPAddresses $true',
    verify:
      'Get-InboundConnector | Format-List Name,ConnectorType,SenderDomains,' +
      'AssociatedAcceptedDomains,SenderIPAddresses,RestrictDomainsToIPAddresses',
    ...DOCS.partner
  },
  'partner-connectors': {
    title: 'Connectors for partners with special requirements',
    category: 'connectors',
    // page step 5 (scenarios 1 and 2); forced TLS name matching: brief 1.5.
    explanation:
      'Ordinary mail with partners needs no connectors. Create Partner connectors only when a ' +
      'partner has a special requirement, such as a bank that enforces TLS. Forced TLS checks that ' +
      'the certificate subject or SAN matches the host name configured on the other side, not the ' +
      'email domain.',
    powershell:
      "New-OutboundConnector -Name 'To <partnerDomain>' -ConnectorType Partner " +
      "-RecipientDomains '<partnerDomain>' -UseMxRecord $true -TlsSettings DomainValidation " +
      "-TlsDomain '<partnerCertificateDomain>'\n" +
      "New-InboundConnector -Name 'From <partnerDomain>' -ConnectorType Partner " +
      "-SenderDomains '<partnerDomain>' -RequireTls $true",
    verify:
      "Get-OutboundConnector | Where-Object ConnectorType -eq 'Partner' | Format-List Name," +
      'RecipientDomains,TlsSettings,TlsDomain\n' +
      "Get-InboundConnector | Where-Object ConnectorType -eq 'Partner' | Format-List Name," +
      'SenderDomains,RequireTls',
    ...DOCS.partner
  },
  'directory-sync': {
    title: 'Synchronise on-premises recipients to Microsoft 365',
    category: 'domain',
    // Hybrid prerequisites (directory synchronization) and Directory-Based Edge Blocking (550 5.4.1).
    explanation:
      'Every on-premises mailbox, group and contact of <domain> must exist in Exchange Online as a ' +
      'mail-enabled object, synchronised from Active Directory by Microsoft Entra Connect Sync or ' +
      'Microsoft Entra Cloud Sync. Exchange Online routes mail for on-premises recipients only ' +
      'to recipients it knows: once mail for the domain enters through Exchange Online (MX to ' +
      'Microsoft 365, a filter delivering there, or cloud mailboxes writing to colleagues), a ' +
      'message to a recipient missing from the directory is refused with 550 5.4.1 Recipient ' +
      'address rejected: Access denied. Compare the synchronised count with on-premises before ' +
      'MX moves, and after every change to the synchronisation scope.',
    verify:
      "Get-Recipient -ResultSize Unlimited | Where-Object { $_.EmailAddresses -like '*@<domain>' } " +
      '| Group-Object RecipientTypeDetails | Format-Table Name,Count',
    ...DOCS.hybridPrerequisites,
    sources: [SOURCES.directoryEdgeBlocking]
  },
  'enhanced-filtering': {
    title: 'Turn on Enhanced Filtering for Connectors',
    category: 'connectors',
    // Enhanced Filtering for Connectors (Learn): for MX not pointing to Microsoft 365.
    explanation:
      'Mail for <domain> reaches Exchange Online from the on-premises servers or a filtering ' +
      'service, not from the original sender. Without enhanced filtering (skip listing), ' +
      'Exchange Online Protection checks SPF, spoofing and spam against that last hop’s IP ' +
      'address, so its verdicts are wrong. Turn it on for the inbound connector that carries ' +
      'this mail: the OnPremises connector from the on-premises servers, or the Partner ' +
      'connector of the filtering service. -EFSkipLastIP $true skips the last hop only; ' +
      '-EFSkipIPs lists every address to skip (all on-premises or filter addresses when mail ' +
      'can pass several); -EFUsers applies it to test recipients first. To verify, send from ' +
      'an external mailbox to a cloud mailbox: its headers show ' +
      'X-MS-Exchange-SkipListedInternetSender and an SPF result for the original sender’s ' +
      'address in Authentication-Results.',
    conditionNote: (_s, profile) =>
      profile.thirdPartyFilterInFront
        ? 'A third-party filter is in front of Microsoft 365: set enhanced filtering on the ' +
          'filter’s inbound connector and skip every address the filter sends from.'
        : null,
    powershell:
      "Set-InboundConnector -Identity '<inboundConnector>' -EFSkipIPs <onPremIps> " +
      '-EFSkipLastIP $false',
    verify:
      'Get-InboundConnector | Format-List Name,ConnectorType,EFSkipLastIP,EFSkipIPs,EFUsers,' +
      'EFTestMode',
    ...DOCS.enhancedFiltering
  },
  'verify-mail-flow': {
    title: 'Prove mail flow by the scenario’s route',
    category: 'transport',
    // Test mail flow (Learn) and message trace; the routes follow SCENARIO_INFO.
    explanation:
      'Send test messages in every direction that matters, and read each one’s headers ' +
      '(Received lines, X-MS-Exchange-Organization-AuthAs, Authentication-Results) or trace ' +
      'it in Exchange Online to check it took the scenario’s route: internet to a cloud ' +
      'mailbox and to an on-premises mailbox, each of them to the internet, and both ways ' +
      'between cloud and on-premises mailboxes. Keep the headers as evidence. Validate the ' +
      'connectors in the Exchange admin center, and repeat the tests after every MX, connector ' +
      'or certificate change.',
    scenarioNotes: {
      1:
        'Expected here: internet mail arrives at Exchange Online Protection first; on-premises ' +
        'mail to the internet leaves through Exchange Online.',
      2:
        'Expected here: internet mail for cloud mailboxes passes the on-premises servers before ' +
        'delivery; cloud mailboxes’ internet mail leaves through the on-premises servers.',
      3:
        'Expected here: internet mail arrives at the on-premises servers first; both on-premises ' +
        'and cloud mailboxes’ internet mail leaves from the on-premises servers.',
      4:
        'Expected here: internet mail arrives at the on-premises servers first; on-premises mail ' +
        'to the internet leaves through Exchange Online.'
    },
    conditionNote: (scenario, profile) =>
      scenario === 2 ? SCENARIO2_ROUTE_NOTES[profile.scenario2Outbound ?? 'undecided'] : null,
    powershell:
      "Validate-OutboundConnector -Identity '<outboundConnector>' -Recipients '<testRecipient>'",
    verify:
      "Get-MessageTraceV2 -RecipientAddress '<testRecipient>' -StartDate (Get-Date).AddHours(-2) " +
      '-EndDate (Get-Date) | Format-Table Received,SenderAddress,RecipientAddress,Status',
    ...DOCS.testMailFlow,
    sources: [SOURCES.messageTrace]
  },
  'dns-mx-dnssec': {
    title: 'Move the MX record to Microsoft’s DNSSEC host (mx.microsoft)',
    category: 'dns',
    // How SMTP DANE works (Learn): the procedure for existing domains; the value is assigned.
    explanation:
      'Microsoft now gives domains an MX host under mx.microsoft (for example ' +
      'contoso-com.o-v1.mx.microsoft) that supports DNSSEC and inbound SMTP DANE; existing ' +
      'domains move only when you opt in. The value is assigned and cannot be worked out: ' +
      'Enable-DnssecForVerifiedDomain returns it (DnssecMxValue), and ' +
      'Get-DnssecStatusForVerifiedDomain shows it as ExpectedMxRecord. Microsoft’s procedure: ' +
      'lower the MX record’s TTL and wait for the old TTL to pass; run ' +
      'Enable-DnssecForVerifiedDomain; add the new host at priority 20; test inbound mail with ' +
      'the Remote Connectivity Analyzer; swap the priorities (new host 0, old 30); remove the ' +
      'old <domainKey><eopMxSuffix> record; raise the TTL again; optionally run ' +
      'Enable-SmtpDaneInbound. The domain must have a single MX record and no secondary MX.',
    scenarioNotes: {
      3:
        'Here MX points to the on-premises servers: leave it, and change the smart host of the ' +
        'on-premises connector that delivers to Exchange Online to the new value instead.',
      4:
        'Here MX points to the on-premises servers: leave it, and change the smart host of the ' +
        'on-premises connector that delivers to Exchange Online to the new value instead.'
    },
    conditionNote: (scenario, profile) =>
      profile.thirdPartyFilterInFront && (scenario === 1 || scenario === 2)
        ? 'A third-party filter is in front of Microsoft 365: its delivery route (smart host) ' +
          'changes to the new value, not the public MX record.'
        : null,
    powershell:
      'Enable-DnssecForVerifiedDomain -DomainName <domain>\n' +
      '# after the swap and the removal of the old MX record, optionally:\n' +
      'Enable-SmtpDaneInbound -DomainName <domain>',
    verify:
      'Get-DnssecStatusForVerifiedDomain -DomainName <domain> | Format-List ' +
      'DnssecFeatureStatus,ExpectedMxRecord,MxValidation\n' +
      'nslookup -type=mx <domain>',
    ...DOCS.smtpDane,
    sources: [SOURCES.enableDnssec]
  },
  'move-mailboxes': {
    title: 'Create or move mailboxes to Exchange Online',
    category: 'mailboxes',
    // page step 2; cmdlet and routing address: brief 1.6 and 1.7.
    explanation:
      'Create new mailboxes in Exchange Online, or move existing ones with hybrid remote moves or ' +
      'migration batches through the on-premises migration endpoint (<hybridEndpoint>). A moved ' +
      'mailbox is reached through its routing address at <tenant><routingSuffix>, so mail ' +
      'keeps flowing between the two locations during the move.',
    powershell:
      "New-MoveRequest -Identity '<alias>' -Remote -RemoteHostName '<hybridEndpoint>' " +
      "-TargetDeliveryDomain '<tenant><routingSuffix>' -RemoteCredential (Get-Credential) " +
      '-SuspendWhenReadyToComplete',
    verify:
      'Get-MoveRequest | Get-MoveRequestStatistics | Format-Table DisplayName,Status,' +
      'StatusDetail,PercentComplete',
    withoutExchange: {
      explanation:
        'Create new mailboxes in Exchange Online, or migrate existing ones with migration ' +
        'batches in Exchange Online: hybrid remote moves need Exchange 2010 or later ' +
        'on-premises. From Exchange 2007 use a cutover or staged Exchange migration; from ' +
        'another mail server an IMAP migration (email only) or a third-party migration tool. ' +
        'Create a migration endpoint for the source system (New-MigrationEndpoint), then a ' +
        'batch from a CSV file of the mailboxes in the form that migration type asks for.',
      powershell:
        "New-MigrationBatch -Name '<domain> batch 1' -SourceEndpoint '<migrationEndpoint>' " +
        "-CSVData ([System.IO.File]::ReadAllBytes('<csvPath>')) -AutoStart",
      verify: "Get-MigrationUser -BatchId '<domain> batch 1'",
      sources: [SOURCES.migrationEndpoint]
    },
    ...DOCS.moveMailboxes
  },
  'keep-onprem-current': {
    title: 'Keep on-premises Exchange current (Exchange Server SE)',
    category: 'transport',
    // Exchange Team blog 2023-12-12 (4.7.230/5.7.230, the report, the 90-day pause); Exchange
    // Server roadmap (SE); end of support of 2016/2019 on 2025-10-14.
    explanation:
      'Exchange Server 2016 and 2019 reached the end of support on 14 October 2025; Exchange ' +
      'Server Subscription Edition (SE) is the supported version (an in-place upgrade from ' +
      'Exchange 2019 CU14 or CU15; from Exchange 2016, new SE servers). Exchange Online throttles ' +
      'mail that out-of-date on-premises servers send through an OnPremises inbound connector ' +
      '(450 4.7.230) and then blocks it (550 5.7.230), so a server left behind stops hybrid mail ' +
      'flow: the relay of internet mail, centralized mail transport and mail between on-premises ' +
      'and cloud mailboxes. Install each cumulative and security update as it comes, and check ' +
      'the report Reports → Mail flow → Out-of-date connecting on-premises Exchange servers in ' +
      'the Exchange admin center. A pause of up to 90 days per calendar year ' +
      '(New-TenantExemptionInfo -BlockingScenario UnpatchedOnPremServer -NumberOfDays 90) buys ' +
      'time, not a fix. This is one task for the organisation: every domain’s mail passes the ' +
      'same servers.',
    verify:
      '# Exchange Online PowerShell\n' +
      'Get-OnPremServerReportInfo\n' +
      '# Exchange Management Shell\n' +
      'Get-ExchangeServer | Format-Table Name,Edition,AdminDisplayVersion',
    docUrl: PLATFORM_SOURCES.upgradeToSe.url,
    docTitle: PLATFORM_SOURCES.upgradeToSe.title,
    sources: [PLATFORM_SOURCES.pauseThrottling, PLATFORM_SOURCES.exchangeRoadmap]
  },
  'renew-hybrid-certificate': {
    title: 'Renew the on-premises SMTP certificate and re-check the connectors (recurring)',
    category: 'connectors',
    // CA/Browser Forum SC-081v3 (200 days from 2026-03-15); Exchange Team blog 2025-06-04 (a
    // renewed certificate must still match TlsCertificateName and TlsSenderCertificateName).
    explanation:
      'Since 15 March 2026 a publicly trusted TLS certificate is valid for at most 200 days ' +
      '(100 days from 15 March 2027, 47 days from 15 March 2029), so the certificate that ' +
      'identifies the on-premises servers to Exchange Online is renewed at least twice a year. ' +
      'After each renewal, the inbound connector’s TlsSenderCertificateName ' +
      '(<certificateDomain>) must still match the new certificate’s subject or SAN, and the ' +
      'on-premises send connector to Microsoft 365 must present the new certificate ' +
      '(TlsCertificateName). Otherwise Exchange Online no longer recognises the servers: relayed ' +
      'mail is refused (550 5.7.64) and, with Reject Direct Send on, mail from the ' +
      'organisation’s own domains is rejected (550 5.7.68). Renew before expiry, enable the new ' +
      'certificate for SMTP, rerun the Hybrid Configuration Wizard or set TlsCertificateName by ' +
      'hand, then send test messages. Set this step’s due date to the next renewal and reopen it ' +
      'after each one.',
    powershell:
      '$cert = Get-ExchangeCertificate | Where-Object { $_.Subject -like ' +
      "'*<certificateDomain>*' } | Sort-Object NotAfter -Descending | Select-Object -First 1\n" +
      'Enable-ExchangeCertificate -Thumbprint $cert.Thumbprint -Services SMTP\n' +
      "Set-SendConnector -Identity '<onPremSendConnector>' " +
      '-TlsCertificateName "<I>$($cert.Issuer)<S>$($cert.Subject)"',
    verify:
      'Get-ExchangeCertificate | Format-Table Thumbprint,Subject,NotAfter,Services\n' +
      'Get-SendConnector | Format-List Name,TlsCertificateName,CloudServicesMailEnabled\n' +
      '# Exchange Online PowerShell\n' +
      'Get-InboundConnector | Format-List Name,TlsSenderCertificateName',
    withoutExchange: {
      explanation:
        'Since 15 March 2026 a publicly trusted TLS certificate is valid for at most 200 days ' +
        '(100 days from 15 March 2027, 47 days from 15 March 2029), so the certificate that ' +
        'identifies the on-premises mail server to Exchange Online is renewed at least twice a ' +
        'year. Without Exchange 2010 or later on-premises (Exchange 2007 or another mail server), ' +
        'renew it and bind the new certificate for SMTP in that server’s own configuration; its ' +
        'subject or SAN must still match the inbound connector’s TlsSenderCertificateName ' +
        '(<certificateDomain>), or Exchange Online no longer recognises the server: relayed mail ' +
        'is refused (550 5.7.64) and, with Reject Direct Send on, mail from the organisation’s ' +
        'own domains is rejected (550 5.7.68). Then send test messages. Set this step’s due date ' +
        'to the next renewal and reopen it after each one.',
      powershell: null,
      verify:
        '# Exchange Online PowerShell\nGet-InboundConnector | Format-List Name,TlsSenderCertificateName'
    },
    docUrl: PLATFORM_SOURCES.certificateRequirements.url,
    docTitle: PLATFORM_SOURCES.certificateRequirements.title,
    sources: [PLATFORM_SOURCES.hybridCertificates, PLATFORM_SOURCES.certificateLifetimes]
  }
}

type Applicability = { requirement: Requirement; reason: string }

function applies(requirement: Requirement, scenario: Scenario, because: string): Applicability {
  const word = requirement.charAt(0).toUpperCase() + requirement.slice(1)
  return { requirement, reason: `${word} in scenario ${scenario} ${because}` }
}

function joinPhrases(phrases: readonly string[]): string {
  if (phrases.length <= 1) return phrases.join('')
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`
}

/**
 * The conditions under which the page makes the on-premises → Microsoft 365 connector mandatory.
 * Since November 2023 (Exchange Team blog, "Updated requirements for SMTP relay") each of them
 * also needs the connector to identify the servers by certificate. The page names
 * auto-forwarding only in scenario 4, but forwarded mail is relayed the same way wherever
 * on-premises relays through Microsoft 365, so it counts in scenario 1 too.
 */
function connectorConditions(profile: DomainProfile): string[] {
  const met: string[] = []
  if (profile.sendsAsNonOwnedDomains) met.push('sends as domains the organisation does not own')
  if (profile.relaysNdrsViaCloud) met.push('relays NDRs through Microsoft 365')
  if (profile.autoForwardsExternally)
    met.push('has users who auto-forward mail to external addresses')
  return met
}

/** Where enhanced filtering applies: MX not at Exchange Online Protection, or a filter in front. */
function needsEnhancedFiltering(scenario: Scenario, profile: DomainProfile): boolean {
  return scenario === 3 || scenario === 4 || profile.thirdPartyFilterInFront
}

/**
 * The on-premises → Microsoft 365 connector in scenario 2: required when the recorded outbound
 * path relays back through Exchange Online (550 5.7.64 otherwise); recommended when on-premises
 * sends directly, since mail it returns to cloud mailboxes still arrives on it (the wizard creates
 * it), and until the path is chosen. `certificate` names the conditions that need a certificate.
 */
function scenario2Connector(profile: DomainProfile, certificate: string): Applicability {
  switch (profile.scenario2Outbound) {
    case 'through-exchange-online':
      return applies(
        'required',
        2,
        `because the domain’s recorded outbound path relays internet mail from on-premises back through Exchange Online, which refuses it without an OnPremises connector matching the servers (550 5.7.64)${certificate}.`
      )
    case 'direct':
      return applies(
        'recommended',
        2,
        'because the domain’s recorded outbound path sends internet mail from on-premises directly using DNS, so nothing relays through Exchange Online; mail that centralized mail transport returns to cloud mailboxes still arrives on this connector.'
      )
    case undefined:
      return applies(
        'recommended',
        2,
        'because the domain’s outbound path is not chosen yet: this connector is required if on-premises sends internet mail back through Exchange Online (550 5.7.64 otherwise), and recommended if it sends directly using DNS.'
      )
  }
}

type Rule = (scenario: Scenario, profile: DomainProfile) => Applicability | null

const RULES: Readonly<Record<StepId, Rule>> = {
  // page step 1 of every scenario; verification record: brief 1.2.
  'add-domain': (s) => applies('required', s, 'because every scenario starts with the domain.'),
  'verify-domain': (s) =>
    applies('required', s, 'because Microsoft 365 accepts mail only for verified domains.'),
  // Hybrid prerequisites: directory synchronization; DBEB refuses unknown recipients (550 5.4.1).
  'directory-sync': (s) =>
    applies(
      'required',
      s,
      'because Exchange Online delivers mail for on-premises recipients only when they exist in its directory, and refuses the rest with 550 5.4.1.'
    ),
  // page step 2 of every scenario.
  'move-mailboxes': (s) =>
    applies('required', s, 'because moving mailboxes is the purpose of the migration.'),
  // page step 3 of every scenario: SPF lists Microsoft 365, on-premises IPs and third parties.
  'dns-spf': (s) =>
    applies(
      'required',
      s,
      'because mail for the domain leaves from both Microsoft 365 and on-premises.'
    ),
  // page step 3 of scenarios 1 and 2 (MX to Microsoft 365).
  'dns-mx-eop': (s, profile) => {
    if (s !== 1 && s !== 2) return null
    return profile.thirdPartyFilterInFront
      ? applies(
          'required',
          s,
          'because the third-party filter in front of Microsoft 365 delivers the domain’s mail to Exchange Online Protection.'
        )
      : applies('required', s, 'because its MX record points to Microsoft 365.')
  },
  // page step 3 of scenario 4 and the premise of scenario 3 (MX to on-premises).
  'dns-mx-onprem': (s) =>
    s === 3 || s === 4
      ? applies('required', s, 'because its MX record points to the on-premises server.')
      : null,
  // page step 4 of scenarios 1, 3 and 4; CMT uses it in scenarios 2 and 3 (brief 1.6, 7.3).
  'connector-cloud-to-onprem': (s) => {
    switch (s) {
      case 1:
        return applies(
          'required',
          s,
          'because MX points to Microsoft 365, so mail for on-premises mailboxes reaches them only through this connector.'
        )
      case 2:
        return applies(
          'required',
          s,
          'because centralized mail transport sends mail from Exchange Online to the on-premises servers through this connector.'
        )
      case 3:
        return applies(
          'required',
          s,
          'because centralized mail transport sends cloud mailboxes’ internet mail to the on-premises servers through this connector.'
        )
      case 4:
        return applies(
          'required',
          s,
          'because the reference asks for connectors in both directions (step 4).'
        )
    }
  },
  // brief 7.1-7.3: required wherever on-premises relays through Microsoft 365 (550 5.7.64
  // otherwise), wherever centralized transport brings mail back, and wherever enhanced filtering
  // is set on it. That is every scenario; the reason says which applies.
  'connector-onprem-to-cloud': (s, profile) => {
    const met = connectorConditions(profile)
    const certificate =
      met.length > 0
        ? `; this domain also ${joinPhrases(met)}, which since November 2023 only a certificate-identified connector carries`
        : ''
    switch (s) {
      case 1:
        return applies(
          'required',
          s,
          `because on-premises servers relay internet mail through Microsoft 365, which Exchange Online refuses without an OnPremises connector matching them (550 5.7.64)${certificate}.`
        )
      case 2:
        return scenario2Connector(profile, certificate)
      case 3:
        return applies(
          'required',
          s,
          `because internet mail for cloud mailboxes arrives from the on-premises servers through this connector, and enhanced filtering is set on it${certificate}.`
        )
      case 4:
        return applies(
          'required',
          s,
          `because on-premises servers relay internet mail through Microsoft 365, which Exchange Online refuses without an OnPremises connector matching them (550 5.7.64), and enhanced filtering is set on it${certificate}.`
        )
    }
  },
  // brief 1.6: HCW does not change the on-premises send connector, so relaying is a manual step;
  // in scenario 2 only the recorded path back through Exchange Online relays (brief 7.4).
  'onprem-relay-via-cloud': (s, profile) => {
    if (s === 1 || s === 4)
      return applies(
        'required',
        s,
        'because on-premises servers send internet mail through Microsoft 365, which the Hybrid Configuration Wizard does not set up.'
      )
    if (s !== 2) return null
    switch (profile.scenario2Outbound) {
      case 'through-exchange-online':
        return applies(
          'required',
          s,
          'because the domain’s recorded outbound path sends internet mail from on-premises back through Exchange Online, which the Hybrid Configuration Wizard does not set up.'
        )
      case 'direct':
        return null
      case undefined:
        return applies(
          'recommended',
          s,
          'because the domain’s outbound path is not chosen yet: this step is required if on-premises sends internet mail back through Exchange Online, and not needed if it sends directly using DNS.'
        )
    }
  },
  // page scenario 1 note (Exchange 2010 or later), scenario 2 step 4 ("wizard or cmdlets"),
  // scenario 3 step 4 ("or use the Hybrid Configuration Wizard"); omitted before Exchange 2010.
  'hybrid-configuration-wizard': (s, profile) => {
    if (!profile.exchange2010OrLater) return null
    switch (s) {
      case 1:
        return applies(
          'recommended',
          s,
          'because the reference recommends the wizard when on-premises runs Exchange 2010 or later.'
        )
      case 2:
        return applies(
          'recommended',
          s,
          'because the connectors and centralized mail transport can be set up with the wizard or with cmdlets.'
        )
      case 3:
        return applies(
          'recommended',
          s,
          'because the reference offers the wizard to create the connectors up front.'
        )
      case 4:
        return applies(
          'recommended',
          s,
          'because the wizard creates both connectors for Exchange 2010 or later; the internet relay stays a manual step.'
        )
    }
  },
  // page scenario 2 step 4; scenario 3 by its description and diagram (brief 7.3).
  'enable-cmt': (s) => {
    if (s === 2)
      return applies(
        'required',
        s,
        'because mail is filtered on-premises while MX points to Microsoft 365, which needs centralized mail transport.'
      )
    if (s === 3)
      return applies(
        'required',
        s,
        'because cloud mailboxes’ internet mail goes out through the on-premises servers, which only centralized mail transport does.'
      )
    return null
  },
  // Enhanced Filtering for Connectors (Learn); brief 7.2.
  'enhanced-filtering': (s, profile) => {
    if (!needsEnhancedFiltering(s, profile)) return null
    return s === 3 || s === 4
      ? applies(
          'required',
          s,
          'because MX points to the on-premises servers, so without it Exchange Online judges internet mail by their address instead of the original sender’s.'
        )
      : applies(
          'required',
          s,
          'because a third-party filter is in front of Microsoft 365, so without it Exchange Online judges internet mail by the filter’s address instead of the original sender’s.'
        )
  },
  // Test mail flow (Learn): the proof that each direction takes the scenario's route.
  'verify-mail-flow': (s) =>
    applies(
      'required',
      s,
      'because only test messages show that mail in each direction takes the scenario’s route.'
    ),
  // How SMTP DANE works (Learn): an opt-in move of existing domains.
  'dns-mx-dnssec': (s) =>
    applies(
      'optional',
      s,
      'because moving to Microsoft’s DNSSEC MX host is an opt-in that adds DNSSEC and inbound SMTP DANE.'
    ),
  // page scenarios 3 and 4, step 5 ("Example 3" of the partner connector page).
  'restrict-inbound-to-mx-path': (s) =>
    s === 3 || s === 4
      ? applies(
          'required',
          s,
          'because MX points on-premises and the reference (step 5) restricts what Microsoft 365 accepts for the domain to the on-premises IP range.'
        )
      : null,
  // page step 5 of scenarios 1 and 2 and the closing notes: only for special partner needs.
  'partner-connectors': (s, profile) =>
    profile.partnerRequiresTls
      ? applies(
          'required',
          s,
          'because a partner of this domain requires special handling such as enforced TLS.'
        )
      : applies(
          'optional',
          s,
          'because partner connectors are needed only when a partner has a special requirement such as enforced TLS.'
        ),
  // Exchange Team blog 2023-12-12: out-of-date servers are throttled, then blocked (4.7.230/5.7.230).
  'keep-onprem-current': (s, profile) =>
    profile.exchange2010OrLater
      ? applies(
          'required',
          s,
          'because on-premises Exchange sends to Exchange Online through the OnPremises connector, and Exchange Online throttles and then blocks mail from out-of-date servers (4.7.230, 5.7.230).'
        )
      : null,
  // CA/Browser Forum SC-081v3 and the Exchange Team blog of 2025-06-04 (hybrid certificates).
  'renew-hybrid-certificate': (s) =>
    applies(
      'required',
      s,
      'because the connectors recognise the on-premises servers by their certificate, which now lasts at most 200 days.'
    )
}

/** A step's texts for the project's on-premises servers: without Exchange 2010 or later, the
 *  replacements that prescribe no on-premises Exchange cmdlet. */
function textFor(text: StepText, profile: DomainProfile): StepText {
  const replacement = text.withoutExchange
  if (profile.exchange2010OrLater || replacement === undefined) return text
  const { powershell, verify, ...rest } = text
  const command = (base: string | undefined, other: string | null | undefined) =>
    other === null ? undefined : (other ?? base)
  const nextPowershell = command(powershell, replacement.powershell)
  const nextVerify = command(verify, replacement.verify)
  return {
    ...rest,
    explanation: replacement.explanation,
    ...(nextPowershell === undefined ? {} : { powershell: nextPowershell }),
    ...(nextVerify === undefined ? {} : { verify: nextVerify }),
    ...(replacement.sources === undefined ? {} : { sources: replacement.sources })
  }
}

/**
 * The steps that apply to a domain in the given scenario, in checklist order, each with its
 * requirement and the reason for it. Steps that do not apply are left out. Called from outside this
 * repository: keep the name and shape.
 *
 * @throws RangeError when `scenario` is not 1, 2, 3 or 4.
 */
export function stepsFor(scenario: 1 | 2 | 3 | 4, profile: DomainProfile): StepDefinition[] {
  if (!isScenario(scenario)) throw new RangeError(`Unknown scenario: ${String(scenario)}`)
  // The cloud's names (MX suffix, SPF include, …) are known whatever the project lacks.
  const names = cloudPlaceholders(CLOUD_NAMES[profile.cloud ?? 'worldwide'])
  const fill = (text: string): string => fillPlaceholders(text, names)
  const steps: StepDefinition[] = []
  for (const id of CATALOG_ORDER) {
    const applicability = RULES[id](scenario, profile)
    if (applicability === null) continue
    const text = textFor(STEP_TEXT[id], profile)
    const notes = [text.scenarioNotes?.[scenario], text.conditionNote?.(scenario, profile)]
    steps.push({
      id,
      title: text.title,
      category: text.category,
      requirement: applicability.requirement,
      reason: applicability.reason,
      explanation: fill(
        [text.explanation, ...notes.filter((note) => typeof note === 'string')].join(' ')
      ),
      ...(text.powershell === undefined ? {} : { powershell: fill(text.powershell) }),
      ...(text.verify === undefined ? {} : { verify: fill(text.verify) }),
      docUrl: text.docUrl,
      docTitle: text.docTitle,
      ...(text.sources === undefined ? {} : { sources: [...text.sources] })
    })
  }
  return steps
}

/** The display title of a step, whatever the scenario. */
export function stepTitle(id: StepId): string {
  return STEP_TEXT[id].title
}

/** The category of a step, whatever the scenario (used by the checklist filters). */
export function stepCategory(id: StepId): StepCategory {
  return STEP_TEXT[id].category
}

const PLACEHOLDER = /<([A-Za-z][A-Za-z0-9]*)>/g

/**
 * Replaces `<name>` placeholders with `values[name]`. Unknown names and empty values stay visible
 * (e.g. `<certificateDomain>`), so a half-filled command never looks complete. Values are inserted
 * literally (PowerShell's `$` is safe) and are not scanned for further placeholders.
 */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (match: string, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined
    return value === undefined || value === '' ? match : value
  })
}

/**
 * The placeholder values a project knows: <domain>, <tenant> (the initial domain's prefix, e.g.
 * "contoso" for contoso.onmicrosoft.com), <routingDomain> (<tenant> plus the cloud's routing
 * suffix), <onPremHost> and <onPremIps> (comma-separated, as PowerShell takes lists), <connectorIps>
 * (those of them a connector's SenderIPAddresses accepts: IPv4 /24 to /32), and the
 * names of the project's Microsoft 365 cloud (<eopMxSuffix>, <eopTlsDomain>, <spfInclude>,
 * <routingSuffix>). <domainKey> is deliberately absent: Microsoft assigns it (brief 1.1).
 */
export function placeholderValues(
  project: Pick<Project, 'tenantName' | 'onPremHost' | 'onPremIps' | 'cloud'>,
  domainName: string
): Record<string, string> {
  const names = cloudNames(project)
  const values: Record<string, string> = { ...cloudPlaceholders(names) }
  const domain = domainName.trim().toLowerCase()
  if (domain !== '') values.domain = domain
  const tenant = tenantPrefix(project.tenantName)
  if (tenant !== '') {
    values.tenant = tenant
    values.routingDomain = `${tenant}${names.routingSuffix}`
  }
  const host = project.onPremHost.trim()
  if (host !== '') values.onPremHost = host
  const ips = project.onPremIps.map((ip) => ip.trim()).filter((ip) => ip !== '')
  if (ips.length > 0) values.onPremIps = ips.join(',')
  // New-InboundConnector -SenderIPAddresses takes IPv4 /24 to /32 only; the rest is left out.
  const forConnectors = ips.filter((ip) => connectorSenderIpProblem(ip) === null)
  if (forConnectors.length > 0) values.connectorIps = forConnectors.join(',')
  return values
}

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
import type {
  DomainProfile,
  Project,
  Requirement,
  Scenario,
  StepCategory,
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
  'dns-spf',
  'hybrid-configuration-wizard',
  'connector-cloud-to-onprem',
  'connector-onprem-to-cloud',
  'onprem-relay-via-cloud',
  'enable-cmt',
  'dns-mx-eop',
  'dns-mx-onprem',
  'restrict-inbound-to-mx-path',
  'partner-connectors',
  'move-mailboxes'
]

type StepText = {
  title: string
  category: StepCategory
  explanation: string
  /** Appended to the explanation in the named scenarios only. */
  scenarioNotes?: Partial<Record<Scenario, string>>
  powershell?: string
  verify?: string
  docUrl: string
  docTitle: string
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
  }
} as const

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
      'fail. It lists Microsoft 365 (include:spf.protection.outlook.com), every on-premises IP ' +
      'address that sends to the internet or to Exchange Online Protection, and every third party ' +
      'that sends as the domain, for example v=spf1 ip4:131.107.21.231 ' +
      'include:spf.protection.outlook.com -all. Keep it within 10 DNS lookups.',
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
      'TlsSenderCertificateName must match the certificate name exactly. Use OnPremises, not ' +
      'Partner: a Partner connector accepts relayed mail but rejects it with 550 5.7.64.',
    powershell:
      "New-InboundConnector -Name 'From on-premises' -ConnectorType OnPremises " +
      "-SenderDomains '*' -RequireTls $true -TlsSenderCertificateName '<certificateDomain>'",
    verify:
      'Get-InboundConnector | Format-List Name,ConnectorType,RequireTls,TlsSenderCertificateName,' +
      'SenderIPAddresses,RestrictDomainsToIPAddresses',
    ...DOCS.routeMail
  },
  'onprem-relay-via-cloud': {
    title: 'Send internet mail from on-premises through Microsoft 365',
    category: 'transport',
    // brief 1.6: on-premises sends directly using DNS unless changed by hand; brief 1.1: legacy hosts.
    explanation:
      'Point the on-premises send connector for internet mail (address space *) at the domain’s ' +
      'Exchange Online Protection host (<domainKey>.mail.protection.outlook.com, as the admin ' +
      'center shows it) as a smart host, with TLS and the certificate the inbound connector ' +
      'expects, then disable the old direct internet send connector. The Hybrid Configuration ' +
      'Wizard does not make this change. Never use the retired hosts mail.messaging.microsoft.com, ' +
      'mail.eo.outlook.com or mail.global.frontbridge.com, which fail with 451 4.4.62.',
    powershell:
      '$cert = Get-ExchangeCertificate | Where-Object { $_.Subject -like ' +
      "'*<certificateDomain>*' } | Select-Object -First 1\n" +
      "New-SendConnector -Name 'Internet via Microsoft 365' -AddressSpaces '*' " +
      "-SmartHosts '<domainKey>.mail.protection.outlook.com' -DNSRoutingEnabled $false " +
      "-RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain 'mail.protection.outlook.com' " +
      '-TlsCertificateName "<I>$($cert.Issuer)<S>$($cert.Subject)"',
    verify:
      'Get-SendConnector | Format-List Name,AddressSpaces,SmartHosts,DNSRoutingEnabled,' +
      'RequireTLS,TlsAuthLevel,TlsDomain,TlsCertificateName',
    ...DOCS.routeMail
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
    powershell:
      "Set-OutboundConnector -Identity '<outboundConnector>' -RouteAllMessagesViaOnPremises $true",
    verify:
      'Get-OutboundConnector | Format-List Name,RouteAllMessagesViaOnPremises,RecipientDomains',
    ...DOCS.transportOptions
  },
  'dns-mx-eop': {
    title: 'Point the MX record to Exchange Online Protection',
    category: 'dns',
    // brief 0.1 and 1.1: the page's "<key>-com" form is wrong; the key comes from the admin center.
    explanation:
      'Publish one MX record with priority 0 pointing to the Microsoft 365 host of the form ' +
      '<domainKey>.mail.protection.outlook.com, for example contoso-com.mail.protection.outlook.com ' +
      'for contoso.com. The exact host is assigned by Microsoft and shown in the admin center ' +
      '(Settings → Domains): domains with hyphens and newer domains often get a different key or a ' +
      'host ending in mx.microsoft, so copy it rather than work it out. Remove the MX records that ' +
      'point elsewhere, and any connector that accepts the domain’s mail only from on-premises ' +
      'addresses.',
    verify: 'nslookup -type=mx <domain>',
    ...DOCS.dnsRecords
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
      "-SenderDomains '*' -AssociatedAcceptedDomains '<domain>' -SenderIPAddresses <onPremIps> " +
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
  'move-mailboxes': {
    title: 'Create or move mailboxes to Exchange Online',
    category: 'mailboxes',
    // page step 2; cmdlet and routing address: brief 1.6 and 1.7.
    explanation:
      'Create new mailboxes in Exchange Online, or move existing ones with hybrid remote moves or ' +
      'migration batches through the on-premises migration endpoint (<hybridEndpoint>). A moved ' +
      'mailbox is reached through its routing address at <tenant>.mail.onmicrosoft.com, so mail ' +
      'keeps flowing between the two locations during the move.',
    powershell:
      "New-MoveRequest -Identity '<alias>' -Remote -RemoteHostName '<hybridEndpoint>' " +
      "-TargetDeliveryDomain '<tenant>.mail.onmicrosoft.com' -RemoteCredential (Get-Credential) " +
      '-SuspendWhenReadyToComplete',
    verify:
      'Get-MoveRequest | Get-MoveRequestStatistics | Format-Table DisplayName,Status,' +
      'StatusDetail,PercentComplete',
    ...DOCS.moveMailboxes
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

/** The conditions under which the page makes the on-premises → Microsoft 365 connector mandatory. */
function connectorConditions(scenario: Scenario, profile: DomainProfile): string[] {
  const met: string[] = []
  if (profile.sendsAsNonOwnedDomains) met.push('sends as domains the organisation does not own')
  if (profile.relaysNdrsViaCloud) met.push('relays NDRs through Microsoft 365')
  // The page names auto-forwarding only in scenario 4, where MX points on-premises.
  if (scenario === 4 && profile.autoForwardsExternally) {
    met.push('has users who auto-forward mail to external addresses')
  }
  return met
}

type Rule = (scenario: Scenario, profile: DomainProfile) => Applicability | null

const RULES: Readonly<Record<StepId, Rule>> = {
  // page step 1 of every scenario; verification record: brief 1.2.
  'add-domain': (s) => applies('required', s, 'because every scenario starts with the domain.'),
  'verify-domain': (s) =>
    applies('required', s, 'because Microsoft 365 accepts mail only for verified domains.'),
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
  'dns-mx-eop': (s) =>
    s === 1 || s === 2
      ? applies('required', s, 'because its MX record points to Microsoft 365.')
      : null,
  // page step 3 of scenario 4 and the premise of scenario 3 (MX to on-premises).
  'dns-mx-onprem': (s) =>
    s === 3 || s === 4
      ? applies('required', s, 'because its MX record points to the on-premises server.')
      : null,
  // page step 4 of scenarios 1, 3 and 4; CMT uses it in scenario 2 (brief 1.6).
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
          'recommended',
          s,
          'because it is not technically needed while MX points on-premises, but the reference says to create it up front in case MX moves.'
        )
      case 4:
        return applies(
          'required',
          s,
          'because the reference asks for connectors in both directions (step 4).'
        )
    }
  },
  // page step 4 of scenarios 1 and 4: mandatory under the listed conditions. Scenario 4's step 4
  // lists both connectors but then names the conditions that make this one necessary, exactly as
  // scenario 1 does, so both apply the same conditional rule (plus auto-forwarding in 4).
  'connector-onprem-to-cloud': (s, profile) => {
    switch (s) {
      case 1:
      case 4: {
        const met = connectorConditions(s, profile)
        if (met.length > 0)
          return applies('required', s, `because this domain ${joinPhrases(met)}.`)
        const conditions =
          s === 1
            ? 'if the domain sends as domains it does not own or relays NDRs through Microsoft 365'
            : 'if the domain sends as domains it does not own, relays NDRs through Microsoft 365 or has users who auto-forward externally'
        return applies(
          'recommended',
          s,
          `because the reference lists it in step 4; it becomes required ${conditions}.`
        )
      }
      case 2:
        // page scenario 2 step 4: CMT needs connectors both ways to bring mail back into Exchange Online.
        return applies(
          'required',
          s,
          'because centralized mail transport returns mail from on-premises to Exchange Online through this connector.'
        )
      case 3:
        return applies(
          'recommended',
          s,
          'because it is not technically needed while MX points on-premises, but the reference says to create it up front in case MX moves.'
        )
    }
  },
  // brief 1.6: HCW does not change the on-premises send connector, so relaying is a manual step.
  'onprem-relay-via-cloud': (s) =>
    s === 1 || s === 4
      ? applies(
          'required',
          s,
          'because on-premises servers send internet mail through Microsoft 365, which the Hybrid Configuration Wizard does not set up.'
        )
      : null,
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
  // page scenario 2 step 4.
  'enable-cmt': (s) =>
    s === 2
      ? applies(
          'required',
          s,
          'because mail is filtered on-premises while MX points to Microsoft 365, which needs centralized mail transport.'
        )
      : null,
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
        )
}

function isScenario(value: unknown): value is Scenario {
  return value === 1 || value === 2 || value === 3 || value === 4
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
  const steps: StepDefinition[] = []
  for (const id of CATALOG_ORDER) {
    const applicability = RULES[id](scenario, profile)
    if (applicability === null) continue
    const text = STEP_TEXT[id]
    const note = text.scenarioNotes?.[scenario]
    steps.push({
      id,
      title: text.title,
      category: text.category,
      requirement: applicability.requirement,
      reason: applicability.reason,
      explanation: note === undefined ? text.explanation : `${text.explanation} ${note}`,
      ...(text.powershell === undefined ? {} : { powershell: text.powershell }),
      ...(text.verify === undefined ? {} : { verify: text.verify }),
      docUrl: text.docUrl,
      docTitle: text.docTitle
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
 * "contoso" for contoso.onmicrosoft.com), <onPremHost> and <onPremIps> (comma-separated, as
 * PowerShell takes lists). <domainKey> is deliberately absent: Microsoft assigns it (brief 1.1).
 */
export function placeholderValues(
  project: Pick<Project, 'tenantName' | 'onPremHost' | 'onPremIps'>,
  domainName: string
): Record<string, string> {
  const values: Record<string, string> = {}
  const domain = domainName.trim().toLowerCase()
  if (domain !== '') values.domain = domain
  const tenant = project.tenantName
    .trim()
    .toLowerCase()
    .replace(/\.onmicrosoft\.com$/, '')
  if (tenant !== '') values.tenant = tenant
  const host = project.onPremHost.trim()
  if (host !== '') values.onPremHost = host
  const ips = project.onPremIps.map((ip) => ip.trim()).filter((ip) => ip !== '')
  if (ips.length > 0) values.onPremIps = ips.join(',')
  return values
}

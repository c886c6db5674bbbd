/**
 * The tracker's vocabulary: the four mail-flow scenarios of Microsoft's "Manage mail flow with
 * mailboxes in multiple locations", the checklist steps, and the rows the database stores.
 * Step ids and status names are stored in databases and backups, so they never change once released.
 */
import type { MicrosoftCloud } from './cloud'

/** 1: MX to Microsoft 365, cloud filters all. 2: MX to Microsoft 365, filtering on-premises (CMT).
 *  3: MX to on-premises, on-premises sends direct. 4: MX to on-premises, relays out via Microsoft 365. */
export type Scenario = 1 | 2 | 3 | 4

export const SCENARIOS: readonly Scenario[] = [1, 2, 3, 4]

export type Requirement = 'required' | 'recommended' | 'optional'

export type StepId =
  | 'add-domain'
  | 'verify-domain'
  | 'move-mailboxes'
  | 'dns-spf'
  | 'dns-mx-eop'
  | 'dns-mx-onprem'
  | 'connector-cloud-to-onprem'
  | 'connector-onprem-to-cloud'
  | 'onprem-relay-via-cloud'
  | 'hybrid-configuration-wizard'
  | 'enable-cmt'
  | 'restrict-inbound-to-mx-path'
  | 'partner-connectors'
  | 'enhanced-filtering'
  | 'directory-sync'
  | 'verify-mail-flow'
  | 'dns-mx-dnssec'
  | 'keep-onprem-current'
  | 'renew-hybrid-certificate'

export type StepCategory = 'domain' | 'mailboxes' | 'dns' | 'connectors' | 'transport'

/** The conditions the reference names per domain; they change which connector steps are required. */
export type DomainConditions = {
  /** Sends on behalf of domains the organisation does not own (e.g. contoso.com for fabrikam.com). */
  sendsAsNonOwnedDomains: boolean
  /** Relays non-delivery reports to the internet through Microsoft 365. */
  relaysNdrsViaCloud: boolean
  /** Users auto-forward messages to addresses outside the organisation. */
  autoForwardsExternally: boolean
  /** A partner requires special handling such as enforced TLS. */
  partnerRequiresTls: boolean
  /** A third-party filtering service (Proofpoint, Mimecast, …) receives the domain's mail first and
   *  delivers it to Microsoft 365. Rows stored before this condition existed lack it: read them
   *  through `domainConditions` (profile.ts). */
  thirdPartyFilterInFront: boolean
}

/** What the catalog needs to know about a domain: its conditions plus the project's Exchange version. */
export type DomainProfile = DomainConditions & {
  /** The Hybrid Configuration Wizard applies to Exchange 2010 or later. False (Exchange 2007 or no
   *  Exchange on-premises) also means no on-premises Exchange cmdlets are prescribed. */
  exchange2010OrLater: boolean
  /** The project's Microsoft 365 cloud, whose names the texts use; absent means worldwide. */
  cloud?: MicrosoftCloud
  /** Scenario 2's recorded outbound path; absent while the lead has not chosen it. */
  scenario2Outbound?: Scenario2Outbound
}

/** A public page a user can open: a Microsoft Learn page, an Exchange Team blog post, … */
export type SourceLink = {
  url: string
  title: string
}

export type StepDefinition = {
  id: StepId
  title: string
  category: StepCategory
  requirement: Requirement
  /** One sentence: the scenario or condition that made the step apply at this requirement. */
  reason: string
  /** Plain-language explanation of what to do and why. */
  explanation: string
  /** Exchange PowerShell that does the step, with <placeholders> for project values. */
  powershell?: string
  /** Exchange PowerShell (or a DNS query) that checks the step. */
  verify?: string
  docUrl: string
  docTitle: string
  /** Further public sources for the rules the step states (shown beside the main link). */
  sources?: readonly SourceLink[]
}

export type StepStatus = 'todo' | 'in-progress' | 'done' | 'blocked' | 'not-applicable'

export const STEP_STATUSES: readonly StepStatus[] = [
  'todo',
  'in-progress',
  'done',
  'blocked',
  'not-applicable'
]

export type ExchangeVersion = '2007' | '2010' | '2013' | '2016' | '2019' | 'SE' | 'none'

/** Every stored row carries these, so backups, imports and a later sync stay simple. */
export type RowMeta = {
  id: string
  createdAt: string
  updatedAt: string
  rev: number
}

export type Project = RowMeta & {
  /** The Microsoft 365 cloud of the tenant; absent (projects stored before it existed) means
   *  worldwide. Read it through `cloudNames` (cloud.ts). */
  cloud?: MicrosoftCloud
  name: string
  /** Initial domain, e.g. contoso.onmicrosoft.com. */
  tenantName: string
  /** Public IPv4/IPv6 addresses or CIDR ranges of the on-premises servers. */
  onPremIps: string[]
  /** On-premises mail host, e.g. mail.contoso.com. */
  onPremHost: string
  /**
   * The domain in the on-premises certificate's subject or SAN that identifies the servers to
   * Microsoft 365 (TlsSenderCertificateName, TlsDomain). Absent on rows stored before it existed.
   */
  certificateDomain?: string
  /** The on-premises host Exchange Online reaches for mailbox moves (the hybrid/MRS endpoint). */
  hybridEndpoint?: string
  /** Third-party senders: SPF include domains or IP addresses. */
  thirdPartySenders: string[]
  exchangeVersion: ExchangeVersion
  /** The Microsoft Entra tenant id (GUID), recorded from the first imported inventory. */
  tenantId?: string
}

/**
 * Scenario 2: where the on-premises servers send the internet mail that centralized transport
 * brings them from Exchange Online. The on-premises send connector for `*` decides it: straight to
 * the recipient's MX by DNS, or back through Exchange Online (the reference page's diagram).
 */
export type Scenario2Outbound = 'direct' | 'through-exchange-online'

export type Domain = RowMeta & {
  projectId: string
  /** Lower-case domain name, unique within the project. */
  name: string
  scenario: Scenario
  conditions: DomainConditions
  /** Scenario 2's outbound path as the lead chose it; absent until chosen (rows stored before it). */
  scenario2Outbound?: Scenario2Outbound
}

export type Step = RowMeta & {
  projectId: string
  domainId: string
  stepId: StepId
  /** Position in the checklist, from the catalog order. */
  order: number
  requirement: Requirement
  reason: string
  status: StepStatus
  /** Why a step is blocked or not applicable. */
  statusReason: string
  owner: string
  /** ISO date (YYYY-MM-DD) or '' when none. */
  dueDate: string
  notes: string
  evidence: string
  /** ISO timestamp of the last move to done, or null. */
  completedAt: string | null
  /** A step the domain's scenario no longer needs: kept with its history, never deleted. */
  retired: boolean
}

export type EventEntity =
  | 'project'
  | 'domain'
  | 'step'
  | 'settings'
  | 'mailbox'
  | 'batch'
  | 'import'
  | 'connector'
  | 'dnsRecord'

/** Append-only activity log entry; also the history the charts draw. */
export type EventRecord = {
  id: string
  projectId: string | null
  domainId: string | null
  at: string
  actor: string
  entity: EventEntity
  entityId: string
  action: string
  summary: string
  before: unknown
  after: unknown
  /** The rows one change touched, for a bulk change (one event, not one per row). */
  items?: EventItem[]
  /** The ids of `items`, indexed (multiEntry) so one row's history finds the bulk changes. */
  itemIds?: string[]
}

/** One row a bulk change touched: its label and the fields as they were and became. */
export type EventItem = {
  id: string
  label: string
  before: Record<string, unknown>
  after: Record<string, unknown>
}

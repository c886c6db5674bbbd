/**
 * The advisor's public types: what it may know about a domain (the context), the actions of a
 * runbook and the plan, and the order the actions run in.
 */
import type { DnsVerdictStatus } from '../dns/records'
import type { DomainConditions, Project, Scenario, Scenario2Outbound, Step, StepId } from '../types'

/**
 * A connector registered in the project, as the advisor needs it. Structural on purpose: the
 * connector model (lib/domain/connectors) satisfies it without this module importing it.
 */
export type RegisteredConnector = {
  name: string
  /** cloud-to-onprem: an outbound connector in Exchange Online; onprem-to-cloud: an inbound one. */
  direction: 'cloud-to-onprem' | 'onprem-to-cloud' | 'partner'
  type: 'OnPremises' | 'Partner'
  /** The centralized mail transport switch (brief 1.5). */
  routeAllMessagesViaOnPremises: boolean
  recipientDomains: readonly string[]
  /** 'verified' (any case) counts as validated; anything else does not. */
  status: string
  /** An inbound connector that accepts the domain's mail only from listed IPs ("Example 3"). */
  restrictDomainsToIps?: boolean
  /** Inbound: the accepted domains it applies to; empty or absent means not known here. */
  associatedAcceptedDomains?: readonly string[]
}

/**
 * A domain of the project, as the advisor needs it to keep tenant-wide changes (connectors,
 * centralized transport, the on-premises send connector for *) from changing its mail flow.
 */
export type ProjectDomain = {
  name: string
  scenario: Scenario
  conditions?: DomainConditions
  scenario2Outbound?: Scenario2Outbound
}

/** What the last DNS check saw for one kind of record ('mx', 'spf', …) of the domain. */
export type DnsObservation = {
  kind: string
  status?: DnsVerdictStatus
  /** Observed values; for MX either "mail.contoso.com" or "10 mail.contoso.com". */
  values?: readonly string[]
  /** The value the user confirmed; for MX, the host the admin center assigned. */
  expected?: string
  /** The record's TTL in seconds, when the check saw it. */
  ttl?: number
}

/** What the advisor may know about the domain; every part is optional. */
export type TransitionContext = {
  domainName?: string
  /** The domain's conditions, for the catalog difference (`add` and `retire`). */
  conditions?: DomainConditions
  steps?: readonly Step[]
  dns?: readonly DnsObservation[]
  connectors?: readonly RegisteredConnector[]
  /** Scenario 2's outbound path as the domain records it; absent until chosen. */
  scenario2Outbound?: Scenario2Outbound
  /**
   * Every domain of the project (this one may be among them, matched by name). Absent: the advisor
   * knows of no other domain and says so where a change is tenant-wide.
   */
  domains?: readonly ProjectDomain[]
  project?: Pick<
    Project,
    'tenantName' | 'onPremHost' | 'onPremIps' | 'thirdPartySenders' | 'exchangeVersion' | 'cloud'
  >
}

/** Action ids: a catalog step id where the action is that step, otherwise a transition-only id. */
export type TransitionActionId =
  | 'confirm-eop-mx-host'
  | 'dns-spf'
  | 'connector-cloud-to-onprem'
  | 'connector-onprem-to-cloud'
  | 'onprem-relay-via-cloud'
  | 'check-onprem-send-connector'
  | 'onprem-send-direct'
  | 'accept-mail-from-eop'
  | 'lower-mx-ttl'
  | 'enable-cmt'
  | 'remove-inbound-ip-restriction'
  | 'dns-mx-eop'
  | 'dns-mx-onprem'
  | 'restrict-inbound-to-mx-path'
  | 'disable-cmt'
  | 'check-outbound-recipient-domains'
  | 'verify-mail-flow'
  | 'restore-mx-ttl'

/** One action of a runbook, its texts filled with the project's values. */
export type TransitionAction = {
  id: TransitionActionId
  title: string
  why: string
  /** Lead time, e.g. "At least 3600 seconds (1 hour), the TTL the last DNS check saw, before the MX change". */
  when: string
  /** What to change, with the project's values filled in; absent when the action is already done. */
  change?: { kind: ChangeKind; text: string }
  /** How to check it; kept when the action is already done. */
  verify: string
  risk: string
  /** True when the context shows it done: confirm it rather than redo it. */
  alreadyDone?: boolean
  /** What showed it done, e.g. 'the checklist step is done'. */
  doneBecause?: string
  /** The public page (Microsoft Learn) the action comes from. */
  source: string
}

/** How an action's change is made: a DNS record, a PowerShell command, or by hand. */
export type ChangeKind = 'dns' | 'powershell' | 'manual'

/** A transition's runbook, its rollback, the checklist difference and what to watch. */
export type TransitionPlan = {
  from: Scenario
  to: Scenario
  /** In the order to carry them out. */
  actions: TransitionAction[]
  /** Catalog steps the target scenario needs and the current one does not, in catalog order. */
  add: StepId[]
  /** Catalog steps the target scenario no longer needs (kept with their history), in catalog order. */
  retire: StepId[]
  /** The ordered actions that return to `from`: the runbook of `to → from`, nothing assumed done. */
  rollback: TransitionAction[]
  warnings: string[]
}

/**
 * Runbook order: preparation with lead time first, then the on-premises outbound changes, then the
 * cut-over window (CMT, restriction, MX), then what follows the MX change, verification, and the
 * TTL restored last. Each plan keeps this relative order.
 */
export const ACTION_ORDER: readonly TransitionActionId[] = [
  'confirm-eop-mx-host',
  'dns-spf',
  'connector-cloud-to-onprem',
  'connector-onprem-to-cloud',
  'onprem-relay-via-cloud',
  'check-onprem-send-connector',
  'onprem-send-direct',
  'accept-mail-from-eop',
  'lower-mx-ttl',
  'enable-cmt',
  'remove-inbound-ip-restriction',
  'dns-mx-eop',
  'dns-mx-onprem',
  'restrict-inbound-to-mx-path',
  'disable-cmt',
  'check-outbound-recipient-domains',
  'verify-mail-flow',
  'restore-mx-ttl'
]

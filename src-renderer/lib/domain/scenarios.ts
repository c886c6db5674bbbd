/**
 * The four mail-flow scenarios of Microsoft's "Manage mail flow with mailboxes in multiple
 * locations", described in the user's words, with where mail goes in each.
 *
 * Source: ../../../../shared/reference/mail-flow-multiple-locations.txt and domain-brief.md.
 * Where the two disagree (domain-brief section 0) the brief wins, and where the routing depends on
 * configuration the reference does not describe, `routingNotes` says so instead of guessing.
 */
import type { DomainConditions, Scenario, Scenario2Outbound } from './types'

/** Whether a value is a scenario number, 1 to 4. */
export function isScenario(value: unknown): value is Scenario {
  return value === 1 || value === 2 || value === 3 || value === 4
}

export type MxTarget = 'eop' | 'onprem'
export type InboundFiltering = 'cloud' | 'onprem'
export type OnPremOutbound = 'direct' | 'via-cloud'
export type CloudOutbound = 'direct' | 'via-onprem'

export type ScenarioInfo = {
  number: Scenario
  /** Short title, e.g. "MX to Microsoft 365, Microsoft 365 filters". */
  title: string
  /** What the organisation wants, in plain language (third person). */
  description: string
  /** Where the domain's MX record points: Exchange Online Protection or the on-premises server. */
  mx: MxTarget
  /** Where inbound internet mail is filtered. */
  inboundFiltering: InboundFiltering
  /** How on-premises mailboxes send to the internet. */
  onPremOutbound: OnPremOutbound
  /** How cloud mailboxes send to the internet. */
  cloudOutbound: CloudOutbound
  /** Caveats where the real path depends on configuration or the reference is incomplete. */
  routingNotes: readonly string[]
  referenceUrl: string
  referenceTitle: string
}

const REFERENCE_URL =
  'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-mail-flow-for-multiple-locations'
const REFERENCE_TITLE = 'Manage mail flow with mailboxes in multiple locations'

// Microsoft's hybrid transport routing page: on-premises sends directly using DNS unless its send
// connector uses a smart host, and the Hybrid Configuration Wizard never changes that connector.
const RELAY_NOTE =
  'On-premises mail reaches the internet through Microsoft 365 only once the on-premises send ' +
  'connector uses Exchange Online Protection as its smart host; the Hybrid Configuration Wizard ' +
  'does not make that change.'

/** The scenarios, keyed by number. */
export const SCENARIO_INFO: Readonly<Record<Scenario, ScenarioInfo>> = {
  1: {
    number: 1,
    title: 'MX to Microsoft 365, Microsoft 365 filters',
    description:
      'The organisation is moving its mailboxes to Exchange Online and keeping some on its own ' +
      '(on-premises) email server. It wants Microsoft 365 to be its spam filter and to send mail ' +
      'from the on-premises server to the internet through Microsoft 365, so Microsoft 365 sends ' +
      'and receives all messages.',
    mx: 'eop',
    inboundFiltering: 'cloud',
    onPremOutbound: 'via-cloud',
    cloudOutbound: 'direct',
    routingNotes: [RELAY_NOTE],
    referenceUrl: REFERENCE_URL,
    referenceTitle: REFERENCE_TITLE
  },
  2: {
    number: 2,
    title: 'MX to Microsoft 365, filtering on-premises',
    description:
      'The organisation is moving its mailboxes to Exchange Online and keeping some on-premises. ' +
      'It wants to keep using the filtering and compliance tools of its on-premises environment: ' +
      'all messages from the internet to cloud mailboxes, and from cloud mailboxes to the ' +
      'internet, must pass through the on-premises servers, while the MX record points to ' +
      'Microsoft 365 (centralized mail transport).',
    mx: 'eop',
    inboundFiltering: 'onprem',
    // The reference says nothing about on-premises mailboxes here; hybrid sends them out directly.
    onPremOutbound: 'direct',
    cloudOutbound: 'via-onprem',
    routingNotes: [
      // domain-brief section 0, defect 4, and 7.4: the two Microsoft pages describe both paths.
      'Centralized mail transport sends cloud mailboxes’ internet mail to the on-premises servers. ' +
        'Whether on-premises then delivers it directly using DNS (Microsoft’s hybrid transport ' +
        'routing page) or hands it back to Exchange Online for delivery (the multiple-locations ' +
        'page, whose diagram shows only this path) depends on the on-premises send connector: ' +
        'each domain in this scenario records which one it uses.',
      'Mail forwarded in Exchange Online with a mailbox forwarding address does not follow ' +
        'centralized mail transport.',
      'On-premises mailboxes’ internet mail takes the same on-premises send connector for *, so ' +
        'it follows the domain’s outbound path too; the reference does not describe this path.'
    ],
    referenceUrl: REFERENCE_URL,
    referenceTitle: REFERENCE_TITLE
  },
  3: {
    number: 3,
    title: 'MX to on-premises, on-premises sends directly',
    description:
      'The organisation is moving its mailboxes to Exchange Online and keeping some on-premises. ' +
      'It wants to keep using the filtering and compliance tools of its on-premises environment, ' +
      'so all messages from the internet to cloud mailboxes, and from cloud mailboxes to the ' +
      'internet, must pass through the on-premises servers. The MX record points to the ' +
      'on-premises server, and centralized mail transport brings cloud mailboxes’ internet mail ' +
      'to it.',
    mx: 'onprem',
    inboundFiltering: 'onprem',
    onPremOutbound: 'direct',
    // As the reference describes the scenario, which takes centralized mail transport (brief 7.3).
    cloudOutbound: 'via-onprem',
    routingNotes: [
      'Cloud mailboxes’ internet mail goes through the on-premises servers only because ' +
        'centralized mail transport is enabled (the checklist’s step “Enable centralized mail ' +
        'transport”): without it Exchange Online delivers that mail directly. The reference’s ' +
        'description and diagram route it through on-premises, but its steps for this scenario ' +
        'leave that setting out.'
    ],
    referenceUrl: REFERENCE_URL,
    referenceTitle: REFERENCE_TITLE
  },
  4: {
    number: 4,
    title: 'MX to on-premises, on-premises relays through Microsoft 365',
    description:
      'The organisation is moving its mailboxes to Exchange Online and keeping some on-premises. ' +
      'It wants to keep using the filtering and compliance tools of its on-premises environment, ' +
      'and all messages sent from the on-premises servers must relay through Microsoft 365 to ' +
      'the internet. The MX record points to the on-premises server.',
    mx: 'onprem',
    inboundFiltering: 'onprem',
    onPremOutbound: 'via-cloud',
    cloudOutbound: 'direct',
    routingNotes: [
      RELAY_NOTE,
      'The reference does not describe how cloud mailboxes send to the internet here; without ' +
        'centralized mail transport Exchange Online delivers that mail directly.'
    ],
    referenceUrl: REFERENCE_URL,
    referenceTitle: REFERENCE_TITLE
  }
}

const MX_TEXT: Record<MxTarget, string> = {
  eop: 'The MX record points to Microsoft 365 (Exchange Online Protection).',
  onprem: 'The MX record points to the on-premises server.'
}

const FILTERING_TEXT: Record<InboundFiltering, string> = {
  cloud: 'Microsoft 365 filters inbound internet mail.',
  onprem: 'The on-premises servers filter inbound internet mail.'
}

const ONPREM_OUTBOUND_TEXT: Record<OnPremOutbound, string> = {
  direct: 'On-premises mailboxes send to the internet directly.',
  'via-cloud': 'On-premises mailboxes send to the internet through Microsoft 365.'
}

const CLOUD_OUTBOUND_TEXT: Record<CloudOutbound, string> = {
  direct: 'Cloud mailboxes send to the internet directly from Microsoft 365.',
  'via-onprem': 'Cloud mailboxes send to the internet through the on-premises servers.'
}

/**
 * How on-premises sends internet mail, in a few words for the scenario's facts line. In scenario 2
 * it follows the domain's recorded outbound path, and says it is to be chosen until it is.
 */
export function onPremisesSendsFact(scenario: Scenario, outbound?: Scenario2Outbound): string {
  const viaCloud =
    scenario === 2
      ? outbound === undefined
        ? null
        : outbound === 'through-exchange-online'
      : SCENARIO_INFO[scenario].onPremOutbound === 'via-cloud'
  if (viaCloud === null)
    return 'on-premises sends out directly or through Microsoft 365 (chosen per domain)'
  return viaCloud ? 'on-premises sends out through Microsoft 365' : 'on-premises sends out directly'
}

export type Scenario2OutboundLabel = {
  label: string
  /** One sentence: what the on-premises send connector does, and which Microsoft page says so. */
  help: string
}

/** Scenario 2's outbound path as the add-domain form asks it and the summary shows it. */
export const SCENARIO2_OUTBOUND_LABELS: Readonly<
  Record<Scenario2Outbound, Scenario2OutboundLabel>
> = {
  direct: {
    label: 'Directly using DNS',
    help:
      'The on-premises send connector for * looks up each recipient’s MX record and delivers ' +
      'the mail itself, as Microsoft’s transport routing page describes.'
  },
  'through-exchange-online': {
    label: 'Back through Exchange Online',
    help:
      'The on-premises send connector for * uses Exchange Online Protection as its smart host, ' +
      'which delivers the mail: line 4 of the diagram on Microsoft’s multiple-locations page.'
  }
}

export const SCENARIO2_OUTBOUND_QUESTION =
  'Where do the on-premises servers send internet mail after filtering it?'

/** Why the question is asked, with the guardrail on the reference page's diagram. */
export const SCENARIO2_OUTBOUND_WHY =
  'Centralized mail transport brings cloud mailboxes’ internet mail to the on-premises servers; ' +
  'their send connector for * decides where it goes next, for on-premises mailboxes too. ' +
  'Microsoft’s multiple-locations page draws only the path back through Exchange Online; its ' +
  'transport routing page describes direct delivery. Both work, and the checklist differs.'

/** Scenario 2's outbound path in one sentence; the decision to make while it is not chosen. */
export function describeScenario2Outbound(outbound: Scenario2Outbound | undefined): string {
  if (outbound === undefined)
    return 'Outbound path not chosen yet: the on-premises servers send internet mail either directly using DNS or back through Exchange Online.'
  return outbound === 'direct'
    ? 'Outbound path: the on-premises servers send internet mail directly using DNS.'
    : 'Outbound path: the on-premises servers send internet mail back through Exchange Online, which delivers it.'
}

/**
 * One paragraph describing a scenario's mail flow: title, MX, filtering, both outbound paths and
 * the caveats from `routingNotes`; in scenario 2, the domain's outbound path (or that it is not
 * chosen yet).
 */
export function describeScenario(scenario: Scenario, outbound?: Scenario2Outbound): string {
  const info = SCENARIO_INFO[scenario]
  // In scenario 2 the send connector for * also carries on-premises mailboxes' internet mail, so
  // their path follows the recorded choice, and is not stated while it is not chosen.
  const onPremOutbound =
    scenario !== 2
      ? info.onPremOutbound
      : outbound === undefined
        ? null
        : outbound === 'direct'
          ? 'direct'
          : 'via-cloud'
  return [
    `Scenario ${info.number}: ${info.title}.`,
    MX_TEXT[info.mx],
    FILTERING_TEXT[info.inboundFiltering],
    ...(onPremOutbound === null ? [] : [ONPREM_OUTBOUND_TEXT[onPremOutbound]]),
    CLOUD_OUTBOUND_TEXT[info.cloudOutbound],
    ...info.routingNotes,
    ...(scenario === 2 ? [describeScenario2Outbound(outbound)] : [])
  ].join(' ')
}

export type ConditionLabel = {
  label: string
  /** One sentence saying when to tick the condition. */
  help: string
}

/** Form labels for the per-domain conditions that change which connector steps are required. */
export const CONDITION_LABELS: Readonly<Record<keyof DomainConditions, ConditionLabel>> = {
  sendsAsNonOwnedDomains: {
    label: 'Sends as domains the organisation doesn’t own',
    help:
      'Tick when the on-premises servers send on behalf of a client’s domain, for example ' +
      'contoso.com sending as fabrikam.com, which contoso.com does not own.'
  },
  relaysNdrsViaCloud: {
    label: 'Relays NDRs through Microsoft 365',
    help:
      'Tick when non-delivery reports (bounce messages) from the on-premises servers go to the ' +
      'internet through Microsoft 365.'
  },
  autoForwardsExternally: {
    label: 'Users auto-forward to external addresses',
    help:
      'Tick when users automatically forward mail to addresses outside the organisation, for ' +
      'example kate@contoso.com forwarding everything to kate@tailspintoys.com.'
  },
  partnerRequiresTls: {
    label: 'A partner has special requirements',
    help:
      'Tick when a partner, such as a bank, requires enforced TLS or other special connector ' +
      'settings for the mail it exchanges with this domain.'
  },
  thirdPartyFilterInFront: {
    label: 'A third-party filter is in front of Microsoft 365',
    help:
      'Tick when the MX record points to a filtering service (for example Proofpoint or ' +
      'Mimecast) that delivers the domain’s mail to Microsoft 365.'
  }
}

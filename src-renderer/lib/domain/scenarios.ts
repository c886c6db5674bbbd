/**
 * The four mail-flow scenarios of Microsoft's "Manage mail flow with mailboxes in multiple
 * locations", described in the user's words, with where mail goes in each.
 *
 * Source: ../../../../shared/reference/mail-flow-multiple-locations.txt and domain-brief.md.
 * Where the two disagree (domain-brief section 0) the brief wins, and where the routing depends on
 * configuration the reference does not describe, `routingNotes` says so instead of guessing.
 */
import type { DomainConditions, Scenario } from './types'

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
      // domain-brief section 0, defect 4: the two Microsoft pages disagree.
      'Centralized mail transport sends cloud mailboxes’ internet mail to the on-premises servers. ' +
        'Whether on-premises then delivers it directly using DNS (Microsoft’s hybrid transport ' +
        'routing page) or hands it back to Exchange Online for delivery (the multiple-locations ' +
        'page) depends on the on-premises send connector: check it rather than assume.',
      'Mail forwarded in Exchange Online with a mailbox forwarding address does not follow ' +
        'centralized mail transport.',
      'On-premises mailboxes send to the internet directly using DNS unless the on-premises send ' +
        'connector uses a smart host; the reference does not describe this path.'
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
      'on-premises server.',
    mx: 'onprem',
    inboundFiltering: 'onprem',
    onPremOutbound: 'direct',
    // As the reference describes the scenario; routingNotes explains what that takes.
    cloudOutbound: 'via-onprem',
    routingNotes: [
      'The reference routes cloud mailboxes’ internet mail through the on-premises servers, but its ' +
        'steps for this scenario do not enable centralized mail transport; without it Exchange ' +
        'Online delivers that mail directly. Confirm which path is intended.'
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
 * One paragraph describing a scenario's mail flow: title, MX, filtering, both outbound paths and
 * the caveats from `routingNotes`.
 */
export function describeScenario(scenario: Scenario): string {
  const info = SCENARIO_INFO[scenario]
  return [
    `Scenario ${info.number}: ${info.title}.`,
    MX_TEXT[info.mx],
    FILTERING_TEXT[info.inboundFiltering],
    ONPREM_OUTBOUND_TEXT[info.onPremOutbound],
    CLOUD_OUTBOUND_TEXT[info.cloudOutbound],
    ...info.routingNotes
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

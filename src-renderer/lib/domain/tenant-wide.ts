/**
 * Settings one tenant shares across every domain of a project, and where the domains' scenarios
 * ask them for different things. Centralized mail transport is a setting of the hybrid outbound
 * connector (RouteAllMessagesViaOnPremises), and the on-premises send connector for * (through
 * Exchange Online Protection or by DNS) is one for the organisation (domain-brief 7.6): a project
 * whose domains need both answers cannot give each domain its own by those settings alone.
 */
import type { Domain, Scenario, Scenario2Outbound, SourceLink } from './types'

export type TenantWideSetting = 'centralized-transport' | 'onprem-send-connector'

/** One answer the setting can have, and the domains whose scenario needs it. */
export type TenantWideNeed = { answer: string; domains: string[] }

/** A way out, with the Exchange Online PowerShell it takes where there is one. */
export type TenantWideChoice = { title: string; text: string; command?: string }

export type TenantWideIssue = {
  setting: TenantWideSetting
  /** 'contradiction': domains need different answers; 'undecided': a scenario 2 domain has not
   *  recorded its outbound path, so the send connector cannot be judged. */
  kind: 'contradiction' | 'undecided'
  title: string
  summary: string
  needs: TenantWideNeed[]
  choices: TenantWideChoice[]
  sources: SourceLink[]
}

export type TenantWideDomain = Pick<Domain, 'name' | 'scenario' | 'scenario2Outbound'>

const LEARN = 'https://learn.microsoft.com/en-us'

const SOURCES = {
  transportOptions: {
    url: `${LEARN}/exchange/transport-options`,
    title: 'Transport options in Exchange hybrid deployments'
  },
  transportRouting: {
    url: `${LEARN}/exchange/transport-routing`,
    title: 'Transport routing in Exchange hybrid deployments'
  },
  conditionalRouting: {
    url: `${LEARN}/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/conditional-mail-routing`,
    title: 'Scenario: Conditional mail routing in Exchange Online'
  },
  newOutboundConnector: {
    url: `${LEARN}/powershell/module/exchange/new-outboundconnector`,
    title: 'New-OutboundConnector (IsTransportRuleScoped)'
  },
  newTransportRule: {
    url: `${LEARN}/powershell/module/exchange/new-transportrule`,
    title: 'New-TransportRule (RouteMessageOutboundConnector)'
  },
  newSendConnector: {
    url: `${LEARN}/powershell/module/exchange/new-sendconnector`,
    title: 'New-SendConnector (AddressSpaces, SourceTransportServers)'
  },
  multipleLocations: {
    url: `${LEARN}/exchange/mail-flow-best-practices/manage-mail-flow-for-multiple-locations`,
    title: 'Manage mail flow with mailboxes in multiple locations'
  }
} as const satisfies Record<string, SourceLink>

function namesWhere(
  domains: readonly TenantWideDomain[],
  test: (domain: TenantWideDomain) => boolean
): string[] {
  return domains
    .filter(test)
    .map((domain) => domain.name)
    .sort()
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `'${name}'`).join(',')
}

/** Scenarios 2 and 3 route cloud mailboxes' internet mail through on-premises (brief 7.3). */
function needsCentralizedTransport(scenario: Scenario): boolean {
  return scenario === 2 || scenario === 3
}

function centralizedTransportIssue(domains: readonly TenantWideDomain[]): TenantWideIssue | null {
  const on = namesWhere(domains, (d) => needsCentralizedTransport(d.scenario))
  const off = namesWhere(domains, (d) => !needsCentralizedTransport(d.scenario))
  if (on.length === 0 || off.length === 0) return null
  return {
    setting: 'centralized-transport',
    kind: 'contradiction',
    title: 'Centralized mail transport: the domains need different answers',
    summary:
      'Centralized mail transport is one setting of the hybrid outbound connector ' +
      '(RouteAllMessagesViaOnPremises) and applies to the internet mail of every cloud mailbox ' +
      'in the tenant, whatever its domain. Scenarios 2 and 3 need it on; scenarios 1 and 4 need ' +
      'cloud mailboxes to send directly from Exchange Online.',
    needs: [
      { answer: 'On (scenarios 2 and 3)', domains: on },
      { answer: 'Off (scenarios 1 and 4)', domains: off }
    ],
    choices: [
      {
        title: 'Give every domain the same answer',
        text:
          'Move the domains to scenarios that agree: 1 and 2 both point MX to Microsoft 365, 3 ' +
          'and 4 both point it on-premises. Each move is planned on the domain’s Transition tab.'
      },
      {
        title: 'Turn it on for everyone, knowingly',
        text:
          `With centralized mail transport on, cloud mailboxes of ${off.join(', ')} also send ` +
          'internet mail through the on-premises servers. If that is acceptable, record those ' +
          'domains in scenario 2 or 3 so their checklists and route tests expect it.'
      },
      {
        title: 'Conditional routing for the domains that need on-premises',
        text:
          'Leave RouteAllMessagesViaOnPremises off and route only these domains’ mail through ' +
          'on-premises: an outbound connector that only mail flow rules use ' +
          '(IsTransportRuleScoped), and a rule that sends these senders’ internet mail to it ' +
          '(RouteMessageOutboundConnector). The rule covers only the mail it matches: internet ' +
          'mail arriving for these domains’ cloud mailboxes does not pass on-premises this way, ' +
          'and mail forwarded in Exchange Online may not match. Prove it with route tests.',
        command:
          "New-OutboundConnector -Name 'Through on-premises (rule-scoped)' -ConnectorType " +
          "OnPremises -IsTransportRuleScoped $true -UseMxRecord $false -SmartHosts '<onPremHost>' " +
          "-TlsSettings DomainValidation -TlsDomain '<certificateDomain>'\n" +
          `New-TransportRule -Name 'Internet mail of ${on.join(', ')} through on-premises' ` +
          `-SenderDomainIs ${quoted(on)} -SentToScope NotInOrganization ` +
          "-RouteMessageOutboundConnector 'Through on-premises (rule-scoped)'"
      }
    ],
    sources: [
      SOURCES.transportOptions,
      SOURCES.conditionalRouting,
      SOURCES.newOutboundConnector,
      SOURCES.newTransportRule
    ]
  }
}

type SendRoute = 'exchange-online' | 'dns' | 'undecided'

/** Where a domain's scenario needs the on-premises send connector for * to send internet mail. */
function sendRoute(scenario: Scenario, outbound: Scenario2Outbound | undefined): SendRoute {
  if (scenario === 1 || scenario === 4) return 'exchange-online'
  if (scenario === 3) return 'dns'
  if (outbound === undefined) return 'undecided'
  return outbound === 'direct' ? 'dns' : 'exchange-online'
}

function sendConnectorIssues(domains: readonly TenantWideDomain[]): TenantWideIssue[] {
  const route = (d: TenantWideDomain): SendRoute => sendRoute(d.scenario, d.scenario2Outbound)
  const viaCloud = namesWhere(domains, (d) => route(d) === 'exchange-online')
  const direct = namesWhere(domains, (d) => route(d) === 'dns')
  const undecided = namesWhere(domains, (d) => route(d) === 'undecided')
  const needs = [
    {
      answer: 'Through Exchange Online Protection (scenarios 1 and 4, 2 back through it)',
      domains: viaCloud
    },
    { answer: 'Directly using DNS (scenario 3, 2 directly)', domains: direct }
  ]
  const issues: TenantWideIssue[] = []
  if (viaCloud.length > 0 && direct.length > 0)
    issues.push({
      setting: 'onprem-send-connector',
      kind: 'contradiction',
      title: 'The on-premises send connector for *: the domains need different routes',
      summary:
        'The on-premises servers send internet mail through one send connector for the address ' +
        'space *. Exchange chooses a send connector by the recipient’s address space (and the ' +
        'servers it sends from), not by the sender’s domain, so one connector cannot relay one ' +
        'domain’s mail through Exchange Online and send another’s directly.',
      needs,
      choices: [
        {
          title: 'Give every domain the same route',
          text:
            'Scenarios 3 and 4 differ only in this route (and centralized mail transport); ' +
            'scenario 2 domains choose theirs with Edit domain. Move or re-record the domains so ' +
            'they agree.'
        },
        {
          title: 'Relay everything through Exchange Online Protection',
          text:
            `Then ${direct.join(', ')} also send internet mail through Exchange Online: record ` +
            'them in scenario 4 (or scenario 2 back through Exchange Online) so their checklists ' +
            'add the relay and its OnPremises connector, which the relay requires (550 5.7.64).'
        },
        {
          title: 'Send everything directly',
          text:
            `Then ${viaCloud.join(', ')} also send internet mail straight from the on-premises ` +
            'servers: record them in scenario 3 (or scenario 2 directly); their SPF records ' +
            'must keep listing the on-premises addresses.'
        },
        {
          title: 'Separate sending servers',
          text:
            'Only where each domain’s mail leaves from its own on-premises servers can two send ' +
            'connectors for *, each with its own source servers, take different routes; mixed ' +
            'servers make the route depend on which server a message passes.'
        }
      ],
      sources: [SOURCES.newSendConnector, SOURCES.transportRouting, SOURCES.multipleLocations]
    })
  if (undecided.length > 0 && domains.length > 1)
    issues.push({
      setting: 'onprem-send-connector',
      kind: 'undecided',
      title: `Outbound path not chosen: ${undecided.join(', ')}`,
      summary:
        'A scenario 2 domain sends internet mail from on-premises either directly using DNS or ' +
        'back through Exchange Online, as the one on-premises send connector for * decides for ' +
        'every domain. Choose the path with Edit domain so it can be checked against the ' +
        'other domains.',
      needs: [...needs, { answer: 'Not chosen yet (scenario 2)', domains: undecided }],
      choices: [],
      sources: [SOURCES.transportRouting, SOURCES.multipleLocations]
    })
  return issues
}

/**
 * The tenant-wide settings the project's domains ask different things of, with the choices the
 * lead has; empty when every domain agrees (or there is one domain).
 */
export function tenantWideIssues(domains: readonly TenantWideDomain[]): TenantWideIssue[] {
  const cmt = centralizedTransportIssue(domains)
  return [...(cmt === null ? [] : [cmt]), ...sendConnectorIssues(domains)]
}

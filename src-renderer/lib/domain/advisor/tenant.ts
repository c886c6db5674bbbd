/**
 * What the runbook of one domain must respect in the tenant: the project's other domains and the
 * objects they share with it. Centralized mail transport (RouteAllMessagesViaOnPremises), the
 * hybrid outbound connector, the inbound restriction connectors and the on-premises send connector
 * for * serve every domain, so a change to them is either scoped to this domain (AssociatedAcceptedDomains
 * and RecipientDomains edited with @{Add=…}/@{Remove=…}, conditional routing by a transport rule)
 * or not proposed as a command at all: the action then names the domains it would affect.
 *
 * Sources: Set-OutboundConnector and Set-InboundConnector (multivalued properties, the
 * IsTransportRuleScoped connector a transport rule routes to), Microsoft Learn.
 */
import type { Scenario2Outbound } from '../types'
import { centralized } from './transition'
import type { ProjectDomain, RegisteredConnector, TransitionContext } from './types'

/** The rule-scoped connector and the rule that route one domain's internet mail via on-premises. */
export const CONDITIONAL_CONNECTOR_PREFIX = 'Via on-premises for '
export const CONDITIONAL_RULE_PREFIX = 'Internet mail of '

/** The project's domains as one domain's runbook sees them. */
export type TenantFacts = {
  /** This domain, lower case ('' without a context). */
  domain: string
  /** The project's other domains; [] when none or not known. */
  others: readonly ProjectDomain[]
  /** False when the context did not list the project's domains. */
  othersKnown: boolean
  /** Scenario 2's outbound path of this domain, when chosen. */
  scenario2Outbound: Scenario2Outbound | undefined
  /** The centralized-transport switch is on on a registered hybrid outbound connector. */
  cmtSwitchOn: boolean
  /** A registered rule-scoped connector routes this domain's internet mail via on-premises. */
  conditional: boolean
  /** The restriction connector the forward removed, recreated by name in the rollback. */
  removedRestriction: RegisteredConnector | null
  /** Outbound connectors the forward took * out of, and whether it added this domain instead. */
  wildcardRemoved: readonly { name: string; addedDomain: boolean }[]
}

export function isConditionalConnector(connector: RegisteredConnector): boolean {
  return connector.name.startsWith(CONDITIONAL_CONNECTOR_PREFIX)
}

/** The tenant facts of a context. */
export function tenantFactsOf(
  context: TransitionContext | undefined,
  domain: string,
  outbound: readonly RegisteredConnector[]
): TenantFacts {
  const others = (context?.domains ?? []).filter(
    (other) => other.name.trim().toLowerCase() !== domain
  )
  const conditionalName = `${CONDITIONAL_CONNECTOR_PREFIX}${domain}`.toLowerCase()
  return {
    domain,
    others,
    othersKnown: context?.domains !== undefined,
    scenario2Outbound: context?.scenario2Outbound,
    cmtSwitchOn: outbound.some((c) => c.routeAllMessagesViaOnPremises),
    conditional: (context?.connectors ?? []).some(
      (c) => c.direction === 'cloud-to-onprem' && c.name.toLowerCase() === conditionalName
    ),
    removedRestriction: null,
    wildcardRemoved: []
  }
}

/** "b.com (scenario 1), c.com (scenario 4)". */
export function domainList(domains: readonly ProjectDomain[]): string {
  return domains.map((d) => `${d.name} (scenario ${d.scenario})`).join(', ')
}

/** The sentence for changes the advisor cannot scope when it does not know the other domains. */
export const UNKNOWN_OTHERS =
  ' The project lists no other domain here: if the tenant has more, this setting is theirs too.'

/** The other domains in a centralized scenario (they need cloud mail routed via on-premises). */
export function centralizedOthers(t: TenantFacts): ProjectDomain[] {
  return t.others.filter((d) => centralized(d.scenario))
}

/** The restriction connectors whose AssociatedAcceptedDomains list this domain. */
export function restrictionsOf(
  restrictions: readonly RegisteredConnector[],
  domain: string
): RegisteredConnector[] {
  return restrictions.filter((c) => (c.associatedAcceptedDomains ?? []).includes(domain))
}

/** Restriction connectors whose domains are not known (nothing entered): they may cover any. */
export function unscopedRestrictions(
  restrictions: readonly RegisteredConnector[]
): RegisteredConnector[] {
  return restrictions.filter((c) => (c.associatedAcceptedDomains ?? []).length === 0)
}

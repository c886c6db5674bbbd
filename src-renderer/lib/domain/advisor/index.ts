/**
 * The scenario transition advisor: the ordered runbook that moves a domain from one mail-flow
 * scenario to another, what its checklist gains and retires, how to go back, and what to watch.
 *
 * Sources, cited per rule below:
 * - [page] Microsoft, "Manage mail flow with mailboxes in multiple locations"
 *   (shared/reference/mail-flow-multiple-locations.txt), the best practices of each scenario.
 * - [brief n] shared/reference/domain-brief.md, section n; [seed a→b] its "Seed rules for the
 *   transition advisor". Where the page and the brief disagree (brief section 0) the brief wins.
 *
 * Pure: no clock, no ids. Called from outside this repository: keep `planTransition`'s name,
 * parameters and result shape.
 */
export type { DnsVerdictStatus } from '../dns/records'
export { planTransition } from './plan'
export { dnsObservationFrom, registeredConnectorFrom } from './rows'
export { ACTION_ORDER } from './types'
export type {
  ChangeKind,
  DnsObservation,
  ProjectDomain,
  RegisteredConnector,
  TransitionAction,
  TransitionActionId,
  TransitionContext,
  TransitionPlan
} from './types'

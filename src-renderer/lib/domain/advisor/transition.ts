/**
 * A transition between two scenarios (forward or its rollback), what changes with it (MX, the
 * on-premises relay, the inbound restriction), and the rule that decides which actions a plan
 * holds. Sources are cited as in ../advisor.ts.
 */
import { SCENARIO_INFO } from '../scenarios'
import type { Scenario, Scenario2Outbound } from '../types'
import type { TransitionActionId } from './types'

type Mode = 'forward' | 'rollback'

/** A scenario change, and how the MX record moves with it. */
export type Transition = {
  from: Scenario
  to: Scenario
  mode: Mode
  mxMoves: boolean
  mxToEop: boolean
  mxToOnPrem: boolean
  /** Whether on-premises relays internet mail through Microsoft 365 before and after; null for
   *  scenario 2 while its outbound path is not chosen. */
  fromRelays: boolean | null
  toRelays: boolean | null
  /** Scenario 2's outbound path as the domain records it. */
  choice: Scenario2Outbound | undefined
}

/**
 * Whether on-premises relays internet mail through Microsoft 365 in scenario `s` (brief 1.6:
 * scenarios 1 and 4); in scenario 2 its recorded outbound path decides (issue 11 item 9: back
 * through Exchange Online relays), null while it is not chosen.
 */
export function relaysIn(s: Scenario, choice: Scenario2Outbound | undefined): boolean | null {
  if (s === 2) return choice === undefined ? null : choice === 'through-exchange-online'
  return SCENARIO_INFO[s].onPremOutbound === 'via-cloud'
}

/** Centralized mail transport: scenario 2 (page step 4) and scenario 3, whose description and
 *  diagram send cloud mailboxes' internet mail through on-premises (brief 7.3). */
export function centralized(s: Scenario): boolean {
  return SCENARIO_INFO[s].cloudOutbound === 'via-onprem'
}

/** page scenarios 3 and 4, step 5: the "Example 3" restriction belongs to MX-on-premises. */
function restricted(s: Scenario): boolean {
  return SCENARIO_INFO[s].mx === 'onprem'
}

/** The transition from `from` to `to`, with how the MX record and the on-premises relay move. */
export function transition(
  from: Scenario,
  to: Scenario,
  mode: Mode,
  choice?: Scenario2Outbound
): Transition {
  const mxFrom = SCENARIO_INFO[from].mx
  const mxTo = SCENARIO_INFO[to].mx
  return {
    from,
    to,
    mode,
    mxMoves: mxFrom !== mxTo,
    mxToEop: mxFrom === 'onprem' && mxTo === 'eop',
    mxToOnPrem: mxFrom === 'eop' && mxTo === 'onprem',
    fromRelays: relaysIn(from, choice),
    toRelays: relaysIn(to, choice),
    choice
  }
}

/** When each action belongs in a plan. */
export const RULES: Readonly<Record<TransitionActionId, (t: Transition) => boolean>> = {
  // seed 3→2: "Get the exact MX from the admin center, then lower the MX TTL"; brief 1.1: a
  // computed host is never authoritative.
  'confirm-eop-mx-host': (t) => t.mxToEop,
  // page step 3 of every scenario; seed 3→2: SPF is unchanged unless on-premises egress IPs
  // change, so every plan confirms it (leaving a relay makes on-premises send directly).
  'dns-spf': () => true,
  // page step 4 (scenarios 1 and 4: connectors both ways; 2: CMT needs both, brief 1.6); brief
  // 7.1-7.3: scenario 3 needs both too (centralized transport, enhanced filtering), so every
  // target confirms them.
  'connector-cloud-to-onprem': () => true,
  'connector-onprem-to-cloud': () => true,
  // brief 1.6: on-premises sends directly using DNS until its send connector uses EOP as smart
  // host, and the Hybrid Configuration Wizard never makes that change. Leaving scenario 2 with its
  // path not recorded, the relay is set up (or confirmed).
  'onprem-relay-via-cloud': (t) => t.toRelays === true && t.fromRelays !== true,
  // brief 0, defect 4: under CMT the two Microsoft pages disagree on the outbound path: ask.
  // seed 1→3/2→3: verify the on-premises send connector sends direct if 3 (not 4) is intended.
  'check-onprem-send-connector': (t) => t.to === 2 || (t.from === 2 && t.to === 3),
  // brief 1.6 (routing facts), the reverse of onprem-relay-via-cloud. Into scenario 2 only once its
  // path is recorded as direct (issue 11 item 9: follow the choice, never assume it).
  'onprem-send-direct': (t) => t.fromRelays === true && t.toRelays === false,
  // Microsoft 365 URLs and IP address ranges: once MX points to Exchange Online Protection, mail
  // for on-premises mailboxes arrives from its addresses (firewall, receive connector, filters).
  'accept-mail-from-eop': (t) => t.mxToEop,
  // seed 3→2: lower the MX TTL in advance; whichever way MX moves.
  'lower-mx-ttl': (t) => t.mxMoves,
  // page scenario 2 step 4, brief 7.3 for scenario 3; seed 3→2: rerun HCW with CMT or set
  // RouteAllMessagesViaOnPremises. 2→3 and 3→2 keep it.
  'enable-cmt': (t) => centralized(t.to) && !centralized(t.from),
  // brief 1.5 ("Example 3", advisor consequence); seed 3→2 and 4→1: remove or re-scope the IP
  // restriction before cutover, or internet mail arriving at EOP is rejected.
  'remove-inbound-ip-restriction': (t) => restricted(t.from) && t.mxToEop,
  // page step 3 of scenarios 1 and 2; brief 0 defect 1 and 1.1 for the host's form.
  'dns-mx-eop': (t) => t.mxToEop,
  // page scenario 4 step 3 (brief 0 defect 2 corrects its example); seed 1→3/2→3.
  'dns-mx-onprem': (t) => t.mxToOnPrem,
  // page scenarios 3 and 4 step 5; seed 1→3/2→3: "Add the Example-3 restriction".
  'restrict-inbound-to-mx-path': (t) => restricted(t.to) && !restricted(t.from),
  // seed 2→1: clear CMT (RouteAllMessagesViaOnPremises $false) when leaving scenarios 2 and 3.
  'disable-cmt': (t) => centralized(t.from) && !centralized(t.to),
  // seed 2→1: "Check that the outbound connector RecipientDomains no longer is *" (brief 1.6:
  // under CMT the wizard sets RecipientDomains '*').
  'check-outbound-recipient-domains': (t) => centralized(t.from) && !centralized(t.to),
  // page: each scenario's diagram is the path mail must take afterwards.
  'verify-mail-flow': () => true,
  // The TTL lowered for the cut-over goes back once a rollback is no longer expected.
  'restore-mx-ttl': (t) => t.mxMoves
}

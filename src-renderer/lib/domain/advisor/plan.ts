/**
 * The plan: which actions a transition holds, in ACTION_ORDER, with their values filled and what
 * the context shows done; the catalog difference; and the warnings. Sources are cited as in
 * ../advisor.ts.
 */
import { CATALOG_ORDER, fillPlaceholders, stepsFor } from '../catalog'
import { normaliseHostname } from '../net/hostname'
import { connectorSenderIpProblem } from '../net/ranges'
import { cloudNames } from '../cloud'
import { domainProfile, NO_CONDITIONS } from '../profile'
import type { DomainProfile, StepId } from '../types'
import { afterForward } from './after-forward'
import { draftFor } from './drafts'
import { factsOf, isVerified, psValues, type Facts } from './facts'
import { domainList, restrictionsOf } from './tenant'
import { isScenario } from '../scenarios'
import { centralized, RULES, transition, type Transition } from './transition'
import {
  ACTION_ORDER,
  type TransitionAction,
  type TransitionActionId,
  type TransitionContext,
  type TransitionPlan
} from './types'

/** Why an action is already done, from the context; null when nothing shows it. */
function doneBecause(id: TransitionActionId, t: Transition, f: Facts): string | null {
  if (t.mode === 'rollback') return null
  const stepDone =
    (CATALOG_ORDER as readonly string[]).includes(id) && f.doneSteps.has(id as StepId)
  const byStep = stepDone ? 'the checklist step is done' : null
  switch (id) {
    case 'dns-spf':
      if (f.spfStatus === 'error' || f.spfStatus === 'warning') return null
      return f.spfStatus === 'ok' ? 'the last DNS check of the SPF record passed' : byStep
    case 'connector-cloud-to-onprem':
    case 'connector-onprem-to-cloud': {
      const list = id === 'connector-cloud-to-onprem' ? f.outbound : f.inbound
      const verified = list.filter((c) => c.type === 'OnPremises' && isVerified(c))
      if (verified.length > 0)
        return `the registered connector ${verified.map((c) => `“${c.name}”`).join(', ')} is verified`
      return byStep
    }
    case 'enable-cmt': {
      const on = f.outbound.filter((c) => c.routeAllMessagesViaOnPremises)
      if (on.length > 0)
        return `“${on.map((c) => c.name).join('”, “')}” already routes all messages via on-premises`
      return f.tenant.conditional
        ? 'a registered connector already routes this domain’s internet mail via on-premises'
        : byStep
    }
    case 'disable-cmt':
      return f.outbound.length > 0 &&
        f.outbound.every((c) => !c.routeAllMessagesViaOnPremises) &&
        !f.tenant.conditional
        ? 'no registered outbound connector routes all messages via on-premises'
        : null
    case 'check-outbound-recipient-domains':
      return f.outbound.length > 0 && f.outbound.every((c) => !c.recipientDomains.includes('*'))
        ? 'the registered outbound connectors list their domains instead of *'
        : null
    case 'confirm-eop-mx-host':
    case 'dns-mx-eop':
      return f.eopObserved !== null && f.mxHosts.every((host) => host === f.eopObserved)
        ? `DNS shows the MX record at ${f.eopObserved}`
        : byStep
    case 'dns-mx-onprem': {
      const host = f.values.onPremHost
      return host !== undefined &&
        f.mxHosts.length > 0 &&
        f.mxHosts.every((mx) => mx === normaliseHostname(host))
        ? `DNS shows the MX record at ${host}`
        : byStep
    }
    case 'restrict-inbound-to-mx-path': {
      const mine = restrictionsOf(f.restrictions, f.tenant.domain)
      return mine.length > 0
        ? `the registered connector “${mine.map((c) => c.name).join('”, “')}” restricts the domain`
        : byStep
    }
    default:
      return byStep
  }
}

function confirmTitle(title: string): string {
  return `Confirm: ${title.charAt(0).toLowerCase()}${title.slice(1)}`
}

function buildActions(t: Transition, f: Facts): TransitionAction[] {
  const prose = f.values
  const ps = psValues(f.values)
  const actions: TransitionAction[] = []
  for (const id of ACTION_ORDER) {
    if (!RULES[id](t)) continue
    const draft = draftFor(id, t, f)
    const evidence = doneBecause(id, t, f)
    const action: TransitionAction = {
      id,
      title: fillPlaceholders(evidence === null ? draft.title : confirmTitle(draft.title), prose),
      why: fillPlaceholders(draft.why, prose),
      // A rollback is its own cut-over.
      when: t.mode === 'rollback' ? draft.when.replace(/cut-over/g, 'rollback') : draft.when,
      verify: fillPlaceholders(draft.verify, ps),
      risk: fillPlaceholders(draft.risk, prose),
      source: draft.source
    }
    if (evidence === null && draft.change) {
      action.change = {
        kind: draft.change.kind,
        text: fillPlaceholders(draft.change.text, draft.change.kind === 'powershell' ? ps : prose)
      }
    }
    if (evidence !== null) {
      action.alreadyDone = true
      action.doneBecause = evidence
    }
    actions.push(action)
  }
  return actions
}

/** Centralized transport's switch is tenant-wide: on for other domains, it routes this one too. */
function switchOnForOthers(t: Transition, f: Facts): string | null {
  if (centralized(t.to) || !f.tenant.cmtSwitchOn || RULES['disable-cmt'](t)) return null
  const others = f.tenant.others.filter((d) => centralized(d.scenario))
  return (
    'Centralized mail transport is switched on (RouteAllMessagesViaOnPremises) on the hybrid ' +
    `outbound connector${others.length > 0 ? ` for ${domainList(others)}` : ''}: it applies to ` +
    `every domain, so <domain>’s internet mail from cloud mailboxes still goes through ` +
    `on-premises in scenario ${t.to}. Give the domains that need it conditional routing (a ` +
    'transport rule to a connector only it uses) and then turn the switch off.'
  ).replace('<domain>', f.values.domain ?? 'this domain')
}

/** MX records beyond the one that stays, found by the last DNS check, at a cut-over. */
function secondaryMx(t: Transition, f: Facts): string | null {
  if (!t.mxMoves) return null
  const keep = t.mxToEop ? f.values.eopHost : f.values.onPremMx
  const stay = new Set([keep, t.mxToEop ? f.values.onPremMx : f.values.eopHost])
  const found = f.mxRecords.filter((record) => !stay.has(record.host))
  if (found.length === 0) return null
  const list = found
    .map((r) => `${r.priority === null ? '' : `${r.priority} `}${r.host}`)
    .join(', ')
  return (
    `The last DNS check found more MX records than the one this change moves: ${list}. ` +
    'Senders use a secondary MX whenever the first does not answer, so mail would skip ' +
    `${t.mxToEop ? 'Exchange Online Protection' : 'the on-premises filtering'}: remove ` +
    `${found.length === 1 ? 'it' : 'them'} at the cut-over, or have ${found.length === 1 ? 'it' : 'them'} ` +
    `deliver only to ${keep ?? 'the new MX host'}.`
  )
}

function warningsFor(t: Transition, f: Facts, context: TransitionContext | undefined): string[] {
  const warnings: string[] = []
  const values = f.values
  if (t.to === 2) {
    // brief 1.6, known CMT gap: https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/799
    warnings.push(
      'Mail forwarded in Exchange Online with a mailbox forwarding address (ForwardingAddress) ' +
        'bypasses centralized mail transport, even with RouteAllMessagesViaOnPremises set: it ' +
        'leaves Microsoft 365 without passing the on-premises filtering.'
    )
    // brief 0, defect 4: ask rather than assume; issue 11 item 9: a recorded choice.
    if (t.choice === undefined)
      warnings.push(
        'Scenario 2’s outbound path is not chosen: record on the domain whether the on-premises ' +
          'send connector delivers internet mail directly using DNS or back through Exchange ' +
          'Online. Microsoft’s pages describe both, so this runbook does not assume either.'
      )
    // brief 1.6: CMT "only recommended for … specific compliance-related transport needs".
    warnings.push(
      'Centralized mail transport is recommended only for specific compliance needs: it adds ' +
        'load and bandwidth on-premises and makes Exchange Online’s mail depend on the ' +
        'on-premises servers.'
    )
  }
  if (t.to === 2 || t.mxToEop) {
    // brief 1.6: "may need to purchase EOP licenses" for on-premises mailboxes behind EOP.
    warnings.push(
      'On-premises mailboxes whose mail now arrives through Exchange Online Protection may need ' +
        'Exchange Online Protection licences.'
    )
  }
  if (t.to === 2 || t.from === 2) {
    // brief 1.6: "HCW reruns reset custom connector edits".
    warnings.push(
      'Rerunning the Hybrid Configuration Wizard resets manual edits to the connectors it ' +
        'created: choose the same centralized mail transport option, or repeat these changes ' +
        'after a rerun.'
    )
  }
  const sharedSwitch = switchOnForOthers(t, f)
  if (sharedSwitch !== null) warnings.push(sharedSwitch)
  const secondary = secondaryMx(t, f)
  if (secondary !== null) warnings.push(secondary)
  if (t.mxToEop && f.eopSource === 'predicted') {
    // brief 1.1: never present a computed MX as authoritative.
    warnings.push(
      `The MX host ${values.eopHost} is predicted from the domain name: confirm it in the admin ` +
        'center (Settings → Domains) before publishing it.' +
        (f.eopConfident ? '' : ' Domains with hyphens usually get a different host.')
    )
  }
  // brief 1.5: a Partner inbound connector fails relayed mail with 550 5.7.64.
  for (const connector of f.inbound.filter((c) => c.type === 'Partner')) {
    warnings.push(
      `The registered connector “${connector.name}” from on-premises is of type Partner: it ` +
        'accepts relayed mail but rejects it with 550 5.7.64. Make it an OnPremises connector.'
    )
  }
  if (context?.project) {
    const missing: string[] = []
    if (values.onPremHost === undefined) missing.push('on-premises mail host')
    if (values.onPremIps === undefined) missing.push('on-premises IP addresses')
    if (values.tenant === undefined) missing.push('tenant name')
    // New-InboundConnector -SenderIPAddresses takes IPv4 /24 to /32 only (its Learn reference).
    if (RULES['restrict-inbound-to-mx-path'](t)) {
      const leftOut = context.project.onPremIps.flatMap((ip) => {
        const problem = ip.trim() === '' ? null : connectorSenderIpProblem(ip)
        return problem === null ? [] : [problem]
      })
      if (leftOut.length > 0)
        warnings.push(`Left out of the connector’s SenderIPAddresses: ${leftOut.join(' ')}`)
    }
    if (missing.length > 0)
      warnings.push(
        `The project profile has no ${missing.join(', ')}: the commands keep <placeholders> ` +
          'until you fill it in.'
      )
  }
  return warnings
}

function profileOf(context: TransitionContext | undefined): DomainProfile {
  // Without a context: no special conditions, and an Exchange version the wizard supports.
  return domainProfile(
    context?.conditions ?? NO_CONDITIONS,
    context?.project?.exchangeVersion ?? '2016',
    cloudNames(context?.project).cloud
  )
}

/**
 * The runbook for moving a domain from scenario `from` to scenario `to`. Without a context it
 * assumes nothing is done and leaves <placeholders> for the project's values; with one it fills
 * them, names the registered connectors, and marks what the steps, DNS checks or connectors show
 * done as `alreadyDone` (its change dropped, its verification kept). `from === to` gives an empty
 * plan.
 *
 * @throws RangeError when `from` or `to` is not 1, 2, 3 or 4.
 */
export function planTransition(
  from: 1 | 2 | 3 | 4,
  to: 1 | 2 | 3 | 4,
  context?: TransitionContext
): TransitionPlan {
  if (!isScenario(from)) throw new RangeError(`Unknown scenario: ${String(from)}`)
  if (!isScenario(to)) throw new RangeError(`Unknown scenario: ${String(to)}`)
  if (from === to) return { from, to, actions: [], add: [], retire: [], rollback: [], warnings: [] }

  const facts = factsOf(context)
  const profile = profileOf(context)
  const before = new Set(stepsFor(from, profile).map((step) => step.id))
  const after = new Set(stepsFor(to, profile).map((step) => step.id))
  const choice = context?.scenario2Outbound
  const forward = transition(from, to, 'forward', choice)
  return {
    from,
    to,
    actions: buildActions(forward, facts),
    add: CATALOG_ORDER.filter((id) => after.has(id) && !before.has(id)),
    retire: CATALOG_ORDER.filter((id) => before.has(id) && !after.has(id)),
    rollback: buildActions(transition(to, from, 'rollback', choice), afterForward(forward, facts)),
    warnings: warningsFor(forward, facts, context)
  }
}

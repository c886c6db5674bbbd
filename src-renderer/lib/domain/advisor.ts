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
import { CATALOG_ORDER, fillPlaceholders, placeholderValues, stepsFor } from './catalog'
import { classifyMxHost, predictEopMx } from './dns/mx'
import { composeSpf } from './dns/spf-compose'
import { normaliseHostname } from './net/hostname'
import { domainProfile, NO_CONDITIONS } from './profile'
import { SCENARIO_INFO } from './scenarios'
import type { DomainConditions, DomainProfile, Project, Scenario, Step, StepId } from './types'

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
}

export type DnsVerdictStatus = 'ok' | 'warning' | 'error' | 'unknown'

/** What the last DNS check saw for one kind of record ('mx', 'spf', …) of the domain. */
export type DnsObservation = {
  kind: string
  status?: DnsVerdictStatus
  /** Observed values; for MX either "mail.contoso.com" or "10 mail.contoso.com". */
  values?: readonly string[]
  /** The value the user confirmed; for MX, the host the admin center assigned. */
  expected?: string
}

/** What the advisor may know about the domain; every part is optional. */
export type TransitionContext = {
  domainName?: string
  /** The domain's conditions, for the catalog difference (`add` and `retire`). */
  conditions?: DomainConditions
  steps?: readonly Step[]
  dns?: readonly DnsObservation[]
  connectors?: readonly RegisteredConnector[]
  project?: Pick<
    Project,
    'tenantName' | 'onPremHost' | 'onPremIps' | 'thirdPartySenders' | 'exchangeVersion'
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

export type ChangeKind = 'dns' | 'powershell' | 'manual'

export type TransitionAction = {
  id: TransitionActionId
  title: string
  why: string
  /** Lead time, e.g. "24–48 hours before the cut-over". */
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
  /** The reference or brief section the action comes from. */
  source: string
}

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

type Mode = 'forward' | 'rollback'

type Transition = {
  from: Scenario
  to: Scenario
  mode: Mode
  mxMoves: boolean
  mxToEop: boolean
  mxToOnPrem: boolean
}

function isScenario(value: unknown): value is Scenario {
  return value === 1 || value === 2 || value === 3 || value === 4
}

/** brief 1.6: on-premises relays internet mail through Microsoft 365 only in scenarios 1 and 4. */
function relays(s: Scenario): boolean {
  return SCENARIO_INFO[s].onPremOutbound === 'via-cloud'
}

/** page scenarios 3 and 4, step 5: the "Example 3" restriction belongs to MX-on-premises. */
function restricted(s: Scenario): boolean {
  return SCENARIO_INFO[s].mx === 'onprem'
}

function transition(from: Scenario, to: Scenario, mode: Mode): Transition {
  const mxFrom = SCENARIO_INFO[from].mx
  const mxTo = SCENARIO_INFO[to].mx
  return {
    from,
    to,
    mode,
    mxMoves: mxFrom !== mxTo,
    mxToEop: mxFrom === 'onprem' && mxTo === 'eop',
    mxToOnPrem: mxFrom === 'eop' && mxTo === 'onprem'
  }
}

/** When each action belongs in a plan. */
const RULES: Readonly<Record<TransitionActionId, (t: Transition) => boolean>> = {
  // seed 3→2: "Get the exact MX from the admin center, then lower the MX TTL"; brief 1.1: a
  // computed host is never authoritative.
  'confirm-eop-mx-host': (t) => t.mxToEop,
  // page step 3 of every scenario; seed 3→2: SPF is unchanged unless on-premises egress IPs
  // change, so every plan confirms it (leaving a relay makes on-premises send directly).
  'dns-spf': () => true,
  // page step 4 (scenarios 1 and 4: connectors both ways; 2: CMT needs both, brief 1.6); the
  // rule "before MX moves to Microsoft 365 both connectors are in place and verified". Scenario 3
  // keeps whatever connectors exist (seed 1→3/2→3: "Keep the connectors").
  'connector-cloud-to-onprem': (t) => t.to !== 3,
  'connector-onprem-to-cloud': (t) => t.to !== 3,
  // brief 1.6: on-premises sends directly using DNS until its send connector uses EOP as smart
  // host, and the Hybrid Configuration Wizard never makes that change.
  'onprem-relay-via-cloud': (t) => relays(t.to) && !relays(t.from),
  // brief 0, defect 4: under CMT the two Microsoft pages disagree on the outbound path: ask.
  // seed 1→3/2→3: verify the on-premises send connector sends direct if 3 (not 4) is intended.
  'check-onprem-send-connector': (t) => t.to === 2 || (t.from === 2 && t.to === 3),
  // brief 1.6 (routing facts), the reverse of onprem-relay-via-cloud.
  'onprem-send-direct': (t) => relays(t.from) && !relays(t.to),
  // seed 3→2: lower the MX TTL in advance; whichever way MX moves.
  'lower-mx-ttl': (t) => t.mxMoves,
  // page scenario 2 step 4; seed 3→2: rerun HCW with CMT or set RouteAllMessagesViaOnPremises.
  'enable-cmt': (t) => t.to === 2,
  // brief 1.5 ("Example 3", advisor consequence); seed 3→2 and 4→1: remove or re-scope the IP
  // restriction before cutover, or internet mail arriving at EOP is rejected.
  'remove-inbound-ip-restriction': (t) => restricted(t.from) && t.mxToEop,
  // page step 3 of scenarios 1 and 2; brief 0 defect 1 and 1.1 for the host's form.
  'dns-mx-eop': (t) => t.mxToEop,
  // page scenario 4 step 3 (brief 0 defect 2 corrects its example); seed 1→3/2→3.
  'dns-mx-onprem': (t) => t.mxToOnPrem,
  // page scenarios 3 and 4 step 5; seed 1→3/2→3: "Add the Example-3 restriction".
  'restrict-inbound-to-mx-path': (t) => restricted(t.to) && !restricted(t.from),
  // seed 2→1: clear CMT (RouteAllMessagesViaOnPremises $false); only scenario 2 uses it.
  'disable-cmt': (t) => t.from === 2,
  // seed 2→1: "Check that the outbound connector RecipientDomains no longer is *" (brief 1.6:
  // under CMT the wizard sets RecipientDomains '*').
  'check-outbound-recipient-domains': (t) => t.from === 2,
  // page: each scenario's diagram is the path mail must take afterwards.
  'verify-mail-flow': () => true,
  // The TTL lowered for the cut-over goes back once a rollback is no longer expected.
  'restore-mx-ttl': (t) => t.mxMoves
}

/** Facts derived once from the context and shared by the plan and its rollback. */
type Facts = {
  /** Placeholder values for prose and DNS text. */
  values: Record<string, string>
  /** Where the EOP MX host comes from. */
  eopSource: 'published' | 'entered' | 'predicted'
  eopConfident: boolean
  eopObserved: string | null
  onPremMxObserved: string | null
  outbound: readonly RegisteredConnector[]
  inbound: readonly RegisteredConnector[]
  restrictions: readonly RegisteredConnector[]
  doneSteps: ReadonlySet<StepId>
  spfStatus: DnsVerdictStatus | null
  mxHosts: readonly string[]
  hasContext: boolean
}

const EOP_HOST_PLACEHOLDER = '<domainKey>.mail.protection.outlook.com'
const DEFAULT_RESTRICTION_NAME = 'Only through on-premises MX (<domain>)'

function isVerified(connector: RegisteredConnector): boolean {
  return connector.status.trim().toLowerCase() === 'verified'
}

function observation(
  dns: readonly DnsObservation[] | undefined,
  kind: string
): DnsObservation | null {
  return dns?.find((entry) => entry.kind.toLowerCase() === kind) ?? null
}

/** MX values as host names: "10 mail.contoso.com." → mail.contoso.com. */
function mxHostsOf(values: readonly string[]): string[] {
  const hosts: string[] = []
  for (const value of values) {
    const match = /^(?:\d+\s+)?(\S+)$/.exec(value.trim())
    if (match?.[1]) hosts.push(normaliseHostname(match[1]))
  }
  return hosts
}

function factsOf(context: TransitionContext | undefined): Facts {
  const project = context?.project
  const domainName = context?.domainName?.trim().toLowerCase() ?? ''
  const values = placeholderValues(
    {
      tenantName: project?.tenantName ?? '',
      onPremHost: project?.onPremHost ?? '',
      onPremIps: project?.onPremIps ?? []
    },
    domainName
  )
  const mx = observation(context?.dns, 'mx')
  const mxHosts = mxHostsOf(mx?.values ?? [])
  const isEop = (host: string): boolean => {
    const kind = classifyMxHost(host)
    return kind === 'eop' || kind === 'eop-dane'
  }
  const eopObserved = mxHosts.find(isEop) ?? null
  const entered = mx?.expected === undefined ? '' : normaliseHostname(mx.expected)
  const eopEntered = entered !== '' && isEop(entered) ? entered : null
  const onPremMxObserved = mxHosts.find((host) => classifyMxHost(host) === 'other') ?? null

  let eopHost = eopObserved ?? eopEntered
  let eopConfident = true
  if (eopHost === null && domainName !== '') {
    try {
      const prediction = predictEopMx(domainName)
      eopHost = prediction.host
      eopConfident = prediction.confident
    } catch {
      // Not a domain name: the placeholder stays visible.
    }
  }
  values.eopHost = eopHost ?? EOP_HOST_PLACEHOLDER
  values.domainKey = values.eopHost.replace(/\.mail\.protection\.outlook\.com$/, '')
  values.onPremMx = onPremMxObserved ?? values.onPremHost ?? '<onPremHost>'

  const spf = composeSpf({
    ips: project?.onPremIps ?? [],
    thirdParties: project?.thirdPartySenders ?? []
  })
  values.spfRecord =
    (project?.onPremIps.length ?? 0) > 0
      ? spf.strings.map((text) => `"${text}"`).join(' ')
      : '"v=spf1 ip4:<onPremIps> include:spf.protection.outlook.com -all"'

  const connectors = context?.connectors ?? []
  const outbound = connectors.filter(
    (c) => c.direction === 'cloud-to-onprem' && c.type === 'OnPremises'
  )
  const inbound = connectors.filter((c) => c.direction === 'onprem-to-cloud')
  const restrictions = connectors.filter((c) => c.restrictDomainsToIps === true)
  const [firstOutbound] = outbound
  if (firstOutbound) values.outboundConnector = firstOutbound.name
  const [firstRestriction] = restrictions
  values.restrictionConnector = firstRestriction
    ? firstRestriction.name
    : fillPlaceholders(DEFAULT_RESTRICTION_NAME, values)

  const doneSteps = new Set<StepId>()
  for (const step of context?.steps ?? []) {
    if (!step.retired && step.status === 'done') doneSteps.add(step.stepId)
  }
  const spfStatus = observation(context?.dns, 'spf')?.status ?? null
  return {
    values,
    eopSource: eopObserved !== null ? 'published' : eopEntered !== null ? 'entered' : 'predicted',
    eopConfident,
    eopObserved,
    onPremMxObserved,
    outbound,
    inbound,
    restrictions,
    doneSteps,
    spfStatus,
    mxHosts,
    hasContext: context !== undefined
  }
}

/** Doubles every quote PowerShell treats as a single quote, for use inside '…'. */
function psEscape(value: string): string {
  return value.replace(/['‘’‚‛]/g, (quote) => quote + quote)
}

function psValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, psEscape(value)]))
}

function quoteNames(connectors: readonly RegisteredConnector[]): string {
  return connectors
    .map(
      (c) =>
        `“${c.name}” (${c.type}, ${isVerified(c) ? 'verified' : `not verified: ${c.status || 'no status'}`})`
    )
    .join(', ')
}

function registeredNote(connectors: readonly RegisteredConnector[]): string {
  if (connectors.length === 0) return ''
  return ` Registered in this project: ${quoteNames(connectors)}.`
}

/** An action before its values are filled; texts use <placeholders>. */
type Draft = {
  title: string
  why: string
  when: string
  change?: { kind: ChangeKind; text: string }
  verify: string
  risk: string
  source: string
}

const MX_VERIFY =
  'Resolve-DnsName -Name <domain> -Type MX -DnsOnly\n' +
  'nslookup -type=mx <domain> 8.8.8.8   # a public resolver too'

function eopLabel(f: Facts): string {
  if (f.eopSource === 'published') return 'as published'
  if (f.eopSource === 'entered') return 'as entered from the admin center'
  return f.eopConfident
    ? 'predicted: confirm in the admin center, Settings → Domains'
    : 'predicted: confirm in the admin center, Settings → Domains; domains with hyphens usually get a different host'
}

function draftFor(id: TransitionActionId, t: Transition, f: Facts): Draft {
  const target = `scenario ${t.to}`
  switch (id) {
    case 'confirm-eop-mx-host':
      return {
        title: 'Copy the exact MX host from the admin center',
        why:
          'Microsoft assigns the MX host of each domain. <eopHost> follows the usual pattern, but ' +
          'domains with hyphens and newer domains (hosts ending in mx.microsoft) often get another ' +
          'one, so the host to publish comes from the admin center, not from the domain name.',
        when: 'Before lowering the MX TTL, at least 2 days before the cut-over',
        change: {
          kind: 'manual',
          text:
            'Microsoft 365 admin center → Settings → Domains → <domain> → DNS records: copy the MX ' +
            '“Points to address” into this domain’s DNS records.\n' +
            `Expected: <eopHost> (${eopLabel(f)}).`
        },
        verify: 'nslookup <eopHost>   # the host resolves; note the date you checked',
        risk:
          'A host worked out by hand may not exist: internet mail is then deferred or bounced while ' +
          'mail inside the tenant still works.',
        source: 'domain-brief 0 (defect 1) and 1.1; seed rules 3→2'
      }
    case 'dns-spf':
      return {
        title: 'Confirm the SPF record',
        why:
          'Every path out must stay authorised: Microsoft 365 (include:spf.protection.outlook.com), ' +
          'the on-premises addresses (<onPremIps>) and any third party. ' +
          (relays(t.from) && !relays(t.to)
            ? `In ${target} the on-premises servers send to the internet directly, so their addresses must be in the record.`
            : 'The record changes only if the on-premises egress addresses change.') +
          (f.spfStatus === 'warning' || f.spfStatus === 'error'
            ? ` The last DNS check of the SPF record reported a${f.spfStatus === 'error' ? 'n error' : ' warning'}.`
            : ''),
        when: 'A few days before the cut-over, before any mail path changes',
        change: { kind: 'dns', text: '<domain>.  3600  IN  TXT  <spfRecord>' },
        verify:
          'nslookup -type=txt <domain>\n' +
          '# exactly one v=spf1 record, with include:spf.protection.outlook.com and the on-premises ' +
          'addresses, within 10 DNS lookups',
        risk: 'Two SPF records, or one that misses a path, make receivers reject or junk the domain’s mail.',
        source: 'reference page, step 3; domain-brief 1.3; seed rules 3→2'
      }
    case 'connector-cloud-to-onprem':
      return {
        title: 'Connector from Microsoft 365 to on-premises servers in place and validated',
        why:
          (t.to === 2
            ? 'Centralized mail transport sends every message from Exchange Online to the on-premises servers through this OnPremises outbound connector.'
            : t.mxToEop
              ? 'Once MX points to Microsoft 365, mail for on-premises mailboxes reaches them only through this OnPremises outbound connector, so it must work before the MX change.'
              : `${target} sends mail for on-premises mailboxes from Exchange Online through this OnPremises outbound connector.`) +
          registeredNote(f.outbound),
        when: 'A few days before the cut-over, so there is time to validate it',
        change: {
          kind: 'powershell',
          text:
            f.values.outboundConnector === undefined
              ? "New-OutboundConnector -Name 'To on-premises' -ConnectorType OnPremises " +
                "-RecipientDomains '<domain>' -SmartHosts '<onPremHost>' -UseMxRecord $false " +
                "-TlsSettings DomainValidation -TlsDomain '<certificateDomain>'\n" +
                '# or let the Hybrid Configuration Wizard create it'
              : "Validate-OutboundConnector -Identity '<outboundConnector>' -Recipients 'postmaster@<domain>'"
        },
        verify:
          'Get-OutboundConnector | Format-List Name,ConnectorType,RecipientDomains,SmartHosts,' +
          'TlsSettings,TlsDomain,RouteAllMessagesViaOnPremises\n' +
          "Validate-OutboundConnector -Identity '" +
          (f.values.outboundConnector === undefined ? 'To on-premises' : '<outboundConnector>') +
          "' -Recipients 'postmaster@<domain>'",
        risk: 'Without it, mail from Exchange Online to on-premises mailboxes queues and then bounces.',
        source: 'reference page, step 4; domain-brief 1.5 and 1.6'
      }
    case 'connector-onprem-to-cloud':
      return {
        title: 'Connector from on-premises servers to Microsoft 365 in place and validated',
        why:
          'Exchange Online recognises mail from the on-premises servers by their TLS certificate ' +
          'through an OnPremises inbound connector (with CloudServicesMailEnabled, as the Hybrid ' +
          'Configuration Wizard sets it), so that mail stays internal. ' +
          (relays(t.to)
            ? `In ${target} the on-premises servers also relay internet mail through it.`
            : t.to === 2
              ? 'Centralized mail transport returns mail from on-premises to Exchange Online through it.'
              : 'It carries mail from on-premises mailboxes to cloud mailboxes.') +
          registeredNote(f.inbound),
        when: 'A few days before the cut-over, so there is time to validate it',
        change: {
          kind: 'powershell',
          text:
            "New-InboundConnector -Name 'From on-premises' -ConnectorType OnPremises " +
            "-SenderDomains '*' -RequireTls $true -TlsSenderCertificateName '<certificateDomain>'\n" +
            '# or let the Hybrid Configuration Wizard create it'
        },
        verify:
          'Get-InboundConnector | Format-List Name,ConnectorType,RequireTls,' +
          'TlsSenderCertificateName,CloudServicesMailEnabled\n' +
          '# on-premises: the send connector to Exchange Online has address space ' +
          'smtp:<tenant>.mail.onmicrosoft.com\n' +
          'Get-SendConnector | Format-List Name,AddressSpaces,RequireTLS,TlsDomain',
        risk:
          'A Partner connector accepts relayed mail but rejects it with 550 5.7.64; without the ' +
          'connector Exchange Online treats on-premises mail as internet mail (anti-spam, SPF).',
        source: 'reference page, step 4; domain-brief 1.5 and 1.6'
      }
    case 'onprem-relay-via-cloud':
      return {
        title: 'Send on-premises internet mail through Microsoft 365',
        why:
          `In ${target} the on-premises servers relay internet mail through Microsoft 365. They ` +
          'send directly using DNS until their send connector uses Exchange Online Protection as ' +
          'its smart host, and the Hybrid Configuration Wizard does not make that change.',
        when: t.mxMoves
          ? 'In a change window before the cut-over, once the connector from on-premises is validated'
          : 'In a change window, once the connector from on-premises is validated',
        change: {
          kind: 'powershell',
          text:
            `# Smart host <eopHost> (${eopLabel(f)})\n` +
            '$cert = Get-ExchangeCertificate | Where-Object { $_.Subject -like ' +
            "'*<certificateDomain>*' } | Select-Object -First 1\n" +
            "New-SendConnector -Name 'Internet via Microsoft 365' -AddressSpaces '*' " +
            "-SmartHosts '<eopHost>' -DNSRoutingEnabled $false " +
            "-RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain 'mail.protection.outlook.com' " +
            '-TlsCertificateName "<I>$($cert.Issuer)<S>$($cert.Subject)"\n' +
            '# then disable the send connector that delivered internet mail directly'
        },
        verify:
          'Get-SendConnector | Format-List Name,Enabled,AddressSpaces,SmartHosts,DNSRoutingEnabled,' +
          'RequireTLS,TlsAuthLevel,TlsDomain\n' +
          '# send a test message to an external mailbox: its headers show Exchange Online Protection',
        risk:
          'The retired hosts mail.messaging.microsoft.com, mail.eo.outlook.com and ' +
          'mail.global.frontbridge.com fail with 451 4.4.62; a certificate the inbound connector ' +
          'does not expect makes Exchange Online refuse the relay.',
        source: 'domain-brief 1.6 (routing facts) and 1.1; catalog step onprem-relay-via-cloud'
      }
    case 'check-onprem-send-connector':
      return t.to === 2
        ? {
            title: 'Decide how on-premises delivers internet mail under centralized mail transport',
            why:
              'With centralized mail transport, internet mail from cloud mailboxes goes to the ' +
              'on-premises servers first. Microsoft’s pages disagree on what happens next: the ' +
              'multiple-locations page says it comes back to Exchange Online for delivery, the ' +
              'hybrid transport routing page says on-premises delivers it directly using DNS. It ' +
              'depends on the on-premises send connector: decide which path you want and check it.',
            when: 'Before the change window',
            change: {
              kind: 'manual',
              text:
                'Agree with the on-premises mail team: internet mail leaves on-premises directly ' +
                '(DNS routing), or through Exchange Online (smart host <eopHost>). Write the ' +
                'decision in the plan.'
            },
            verify:
              'Get-SendConnector | Format-List Name,Enabled,AddressSpaces,SmartHosts,DNSRoutingEnabled',
            risk:
              'Assuming the wrong path hides a compliance gap, or sends mail from addresses the ' +
              'SPF record does not list.',
            source: 'domain-brief 0, defect 4; domain-brief 1.6'
          }
        : {
            title: 'Check that on-premises sends internet mail directly',
            why:
              'Scenario 3 delivers on-premises internet mail directly using DNS. If the send ' +
              'connector for address space * still uses Exchange Online Protection as its smart ' +
              'host, the domain is in fact in scenario 4.',
            when: 'Before the change window',
            change: {
              kind: 'manual',
              text:
                'Confirm the enabled send connector for address space * uses DNS routing and no ' +
                'smart host, or plan scenario 4 instead.'
            },
            verify:
              'Get-SendConnector | Format-List Name,Enabled,AddressSpaces,SmartHosts,DNSRoutingEnabled',
            risk: 'The checklist then tracks the wrong scenario and its steps.',
            source: 'seed rules 1→3/2→3; domain-brief 1.6'
          }
    case 'onprem-send-direct':
      return {
        title: 'Send on-premises internet mail directly again',
        why:
          `Scenario ${t.to} delivers on-premises internet ` +
          'mail directly using DNS, so the send connector that relays through Microsoft 365 is no ' +
          'longer used.' +
          (t.to === 2
            ? ' Skip this if you decided to keep relaying through Exchange Online in the previous action.'
            : ''),
        when: 'In a change window, once the SPF record lists the on-premises addresses',
        change: {
          kind: 'powershell',
          text:
            'Get-SendConnector | Format-Table Name,Enabled,AddressSpaces,SmartHosts,DNSRoutingEnabled\n' +
            '# enable the connector that delivered internet mail directly, then the relay goes\n' +
            "Set-SendConnector -Identity '<directSendConnector>' -Enabled $true\n" +
            "Set-SendConnector -Identity 'Internet via Microsoft 365' -Enabled $false"
        },
        verify:
          'Get-SendConnector | Format-List Name,Enabled,AddressSpaces,SmartHosts,DNSRoutingEnabled\n' +
          '# the enabled connector for address space * uses DNS routing and no smart host',
        risk:
          'Receivers reject direct mail from on-premises addresses that SPF does not list; some ' +
          'also check the reverse DNS of those addresses.',
        source: 'domain-brief 1.6 (routing facts); seed rules 1→3/2→3'
      }
    case 'lower-mx-ttl': {
      const current = t.mxToEop ? '<onPremMx>' : '<eopHost>'
      const priority = t.mxToEop ? '10' : '0'
      return {
        title: 'Lower the MX record’s TTL',
        why:
          'Resolvers keep the old MX for as long as its TTL. A short TTL (300 seconds) makes the ' +
          `${t.mode === 'rollback' ? 'rollback' : 'cut-over, and a rollback,'} take effect within minutes.`,
        when:
          t.mode === 'rollback'
            ? 'Already done if you roll back before the TTL was restored; otherwise 24–48 hours before the rollback'
            : '24–48 hours before the cut-over (at least one current TTL ahead)',
        change: {
          kind: 'dns',
          text: `<domain>.  300  IN  MX  ${priority}  ${current}.   ; only the TTL changes`
        },
        verify:
          'Resolve-DnsName -Name <domain> -Type MX -DnsOnly   # the TTL column shows 300 or less',
        risk:
          'Without it some senders keep the old MX for up to the old TTL (often an hour, sometimes ' +
          'a day), and a rollback is just as slow.',
        source: 'seed rules 3→2 (lower the MX TTL in advance)'
      }
    }
    case 'enable-cmt':
      return {
        title: 'Enable centralized mail transport',
        why:
          'Scenario 2 filters mail on-premises while MX points to Microsoft 365: every message ' +
          'from Exchange Online, internet mail included, goes through the on-premises servers. ' +
          (t.mxToEop
            ? 'Turn it on before the MX change so mail for cloud mailboxes never skips the on-premises filtering.'
            : 'Until it is on, cloud mailboxes’ mail skips the on-premises filtering.') +
          (f.outbound.length > 0 ? registeredNote(f.outbound) : ''),
        when: t.mxToEop ? 'On the cut-over day, before the MX change' : 'In a change window',
        change: {
          kind: 'powershell',
          text:
            (f.values.outboundConnector === undefined
              ? "Get-OutboundConnector | Where-Object ConnectorType -eq 'OnPremises' | " +
                'Set-OutboundConnector -RouteAllMessagesViaOnPremises $true'
              : "Set-OutboundConnector -Identity '<outboundConnector>' -RouteAllMessagesViaOnPremises $true") +
            '\n# or rerun the Hybrid Configuration Wizard and choose centralized mail transport'
        },
        verify:
          'Get-OutboundConnector | Format-List Name,RouteAllMessagesViaOnPremises,RecipientDomains',
        risk:
          'Mail forwarded in Exchange Online with a mailbox forwarding address bypasses it; ' +
          'on-premises load and bandwidth grow, and Exchange Online mail depends on the ' +
          'on-premises servers.',
        source: 'reference page, scenario 2 step 4; domain-brief 1.5 and 1.6; seed rules 3→2'
      }
    case 'remove-inbound-ip-restriction':
      return {
        title: 'Remove or re-scope the on-premises-only restriction',
        why:
          'While MX pointed on-premises, an inbound connector (the reference’s “Example 3”) made ' +
          'Microsoft 365 accept mail for <domain> only from the on-premises addresses ' +
          '(<onPremIps>). Once MX points to Microsoft 365, internet mail reaches Exchange Online ' +
          'Protection directly and that connector would reject it.' +
          registeredNote(f.restrictions),
        when: 'In the cut-over window, immediately before the MX change',
        change: {
          kind: 'powershell',
          text:
            "Remove-InboundConnector -Identity '<restrictionConnector>'\n" +
            "# or re-scope it: Set-InboundConnector -Identity '<restrictionConnector>' " +
            '-RestrictDomainsToIPAddresses $false'
        },
        verify:
          'Get-InboundConnector | Format-List Name,ConnectorType,AssociatedAcceptedDomains,' +
          'SenderIPAddresses,RestrictDomainsToIPAddresses\n' +
          '# no connector restricts <domain> to the on-premises addresses',
        risk:
          'Left in place it rejects every internet message that reaches Exchange Online ' +
          'Protection once MX moves; removed days early, senders can skip the on-premises ' +
          'filtering by connecting to Exchange Online Protection directly.',
        source:
          'reference page, scenarios 3 and 4 step 5 (“Example 3”); domain-brief 1.5; seed rules 3→2 and 4→1'
      }
    case 'dns-mx-eop':
      return {
        title: 'Point the MX record to Exchange Online Protection',
        why: `The cut-over: internet mail for <domain> reaches Microsoft 365 first${t.to === 2 ? ', which hands it to the on-premises servers for filtering' : ' and is filtered there'}.`,
        when: 'The cut-over, in the agreed change window',
        change: {
          kind: 'dns',
          text:
            `<domain>.  300  IN  MX  0  <eopHost>.   ; ${eopLabel(f)}\n` +
            '; then delete the MX records that point to <onPremMx>'
        },
        verify: `${MX_VERIFY}\n# one record, priority 0: <eopHost>`,
        risk:
          'A mistyped host stops inbound mail; an MX left pointing on-premises keeps a path that ' +
          'skips Microsoft 365.',
        source: 'reference page, step 3 of scenarios 1 and 2; domain-brief 0 (defect 1) and 1.1'
      }
    case 'dns-mx-onprem':
      return {
        title: 'Point the MX record to the on-premises server',
        why: 'Internet mail for <domain> reaches the on-premises filtering first again.',
        when: 'The cut-over, in the agreed change window',
        change: {
          kind: 'dns',
          text: '<domain>.  300  IN  MX  10  <onPremMx>.\n; then delete the MX record that points to <eopHost>'
        },
        verify: `${MX_VERIFY}\n# only <onPremMx>`,
        risk:
          'If the on-premises server no longer accepts internet mail (firewall, certificate, ' +
          'anti-spam), inbound mail is deferred.',
        source:
          'reference page, scenario 4 step 3 (corrected by domain-brief 0, defect 2); seed rules 1→3/2→3'
      }
    case 'restrict-inbound-to-mx-path':
      return {
        title: 'Accept mail for the domain only from on-premises IP addresses',
        why:
          'With MX on-premises, the reference (step 5 of scenarios 3 and 4, its “Example 3”) ' +
          'restricts what Microsoft 365 accepts for <domain> to the on-premises addresses ' +
          '(<onPremIps>), so senders cannot skip the on-premises filtering.' +
          registeredNote(f.restrictions),
        when: 'After the MX change, once the lowered TTL has passed',
        change: {
          kind: 'powershell',
          text:
            f.restrictions.length > 0
              ? "Set-InboundConnector -Identity '<restrictionConnector>' -RestrictDomainsToIPAddresses $true"
              : "New-InboundConnector -Name '<restrictionConnector>' -ConnectorType Partner " +
                "-SenderDomains '*' -AssociatedAcceptedDomains '<domain>' -SenderIPAddresses <onPremIps> " +
                '-RestrictDomainsToIPAddresses $true'
        },
        verify:
          'Get-InboundConnector | Format-List Name,ConnectorType,SenderDomains,' +
          'AssociatedAcceptedDomains,SenderIPAddresses,RestrictDomainsToIPAddresses',
        risk:
          'Added too early it rejects mail from senders that still use the old MX; a missing ' +
          'on-premises address rejects the mail on-premises passes on.',
        source: 'reference page, scenarios 3 and 4 step 5; domain-brief 1.5; seed rules 1→3/2→3'
      }
    case 'disable-cmt':
      return {
        title: 'Turn off centralized mail transport',
        why:
          (t.to === 1
            ? 'In scenario 1 Microsoft 365 filters and sends all mail itself.'
            : t.to === 4
              ? 'In scenario 4 Exchange Online delivers its own internet mail.'
              : 'Scenario 3’s steps do not keep centralized mail transport; the reference still ' +
                'draws cloud mailboxes’ internet mail through on-premises, so keep it on (skip this ' +
                'and the next action) if that path is required.') +
          (t.mxToOnPrem
            ? ' Turn it off only after the MX change has taken effect, so mail for cloud mailboxes never skips the on-premises filtering.'
            : '') +
          registeredNote(f.outbound.filter((c) => c.routeAllMessagesViaOnPremises)),
        when: t.mxToOnPrem
          ? 'After the MX change, once the lowered TTL has passed'
          : 'In a change window',
        change: {
          kind: 'powershell',
          text:
            (f.values.outboundConnector === undefined
              ? "Get-OutboundConnector | Where-Object ConnectorType -eq 'OnPremises' | " +
                'Set-OutboundConnector -RouteAllMessagesViaOnPremises $false'
              : "Set-OutboundConnector -Identity '<outboundConnector>' -RouteAllMessagesViaOnPremises $false") +
            '\n# or rerun the Hybrid Configuration Wizard and clear centralized mail transport'
        },
        verify: 'Get-OutboundConnector | Format-List Name,RouteAllMessagesViaOnPremises',
        risk:
          'A later wizard run without the same choice sets it again: reruns reset manual edits ' +
          'to the connectors the wizard created.',
        source: 'domain-brief 1.5 and 1.6; seed rules 2→1'
      }
    case 'check-outbound-recipient-domains': {
      const wildcard = f.outbound.filter((c) => c.recipientDomains.includes('*'))
      return {
        title: 'Scope the outbound connector to the on-premises domains',
        why:
          'Under centralized mail transport the outbound connector to on-premises takes every ' +
          'recipient domain (*). Left at *, it still sends all of Exchange Online’s mail, internet ' +
          'mail included, to the on-premises servers.' +
          (wildcard.length > 0
            ? ` Still set to *: ${wildcard.map((c) => `“${c.name}”`).join(', ')}.`
            : ''),
        when: 'Right after turning off centralized mail transport',
        change: {
          kind: 'powershell',
          text:
            (f.values.outboundConnector === undefined
              ? "Get-OutboundConnector | Where-Object ConnectorType -eq 'OnPremises' | " +
                "Set-OutboundConnector -RecipientDomains '<domain>'"
              : "Set-OutboundConnector -Identity '<outboundConnector>' -RecipientDomains '<domain>'") +
            '\n# list every domain that still has on-premises mailboxes'
        },
        verify:
          'Get-OutboundConnector | Format-List Name,RecipientDomains,RouteAllMessagesViaOnPremises',
        risk:
          'A domain missing from the list sends its on-premises mail to the internet MX instead ' +
          'of through the connector.',
        source: 'domain-brief 1.6 (RecipientDomains * under CMT); seed rules 2→1'
      }
    }
    case 'verify-mail-flow':
      return {
        title: 'Verify mail flow end to end',
        why:
          `Every path of ${target} (see its diagram) must work in both directions, for cloud and ` +
          'on-premises mailboxes, before the change counts as done.',
        when: `Right after the last change, and again the next day`,
        change: {
          kind: 'manual',
          text:
            '1. From an external mailbox, send to a cloud mailbox and to an on-premises mailbox at <domain>.\n' +
            '2. Reply from each to the external mailbox.\n' +
            '3. Send between a cloud and an on-premises mailbox (cloud mailboxes are reached at ' +
            '<tenant>.mail.onmicrosoft.com).\n' +
            `4. Read the Received headers: each message took the path of ${target}.`
        },
        verify:
          'Exchange admin center → Mail flow → Message trace\n' +
          "Get-MessageTrackingLog -Start (Get-Date).AddHours(-2) | Where-Object Recipients -like '*@<domain>'",
        risk: 'A broken path may show in one direction or for one mailbox location only.',
        source: 'reference page, the diagram of each scenario; domain-brief 1.6'
      }
    case 'restore-mx-ttl': {
      const next = t.mxToEop ? '<eopHost>' : '<onPremMx>'
      const priority = t.mxToEop ? '0' : '10'
      return {
        title: 'Restore the MX record’s TTL',
        why:
          'A longer TTL again means fewer DNS queries and mail that keeps flowing through short DNS ' +
          'outages. Keep it short while a rollback may still be needed.',
        when:
          t.mode === 'rollback'
            ? 'A few days after the rollback, once mail flow is stable'
            : 'A few days after the cut-over, once a rollback is no longer expected',
        change: {
          kind: 'dns',
          text: `<domain>.  3600  IN  MX  ${priority}  ${next}.   ; the TTL it had before, often 3600`
        },
        verify:
          'Resolve-DnsName -Name <domain> -Type MX -DnsOnly   # the TTL column shows the restored value',
        risk: 'Restored too early, a rollback takes as long as the TTL.',
        source: 'seed rules 3→2 (the TTL lowered in advance)'
      }
    }
  }
}

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
      return on.length > 0
        ? `“${on.map((c) => c.name).join('”, “')}” already routes all messages via on-premises`
        : byStep
    }
    case 'disable-cmt':
      return f.outbound.length > 0 && f.outbound.every((c) => !c.routeAllMessagesViaOnPremises)
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
    case 'restrict-inbound-to-mx-path':
      return f.restrictions.length > 0
        ? `the registered connector “${f.restrictions.map((c) => c.name).join('”, “')}” restricts the domain`
        : byStep
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
    // brief 0, defect 4: ask rather than assume.
    warnings.push(
      'Ask how the on-premises send connector delivers internet mail under centralized mail ' +
        'transport: directly using DNS, or back through Exchange Online Protection. Microsoft’s ' +
        'pages disagree, so this runbook does not assume either.'
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
    context?.project?.exchangeVersion ?? '2016'
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
  const forward = transition(from, to, 'forward')
  return {
    from,
    to,
    actions: buildActions(forward, facts),
    add: CATALOG_ORDER.filter((id) => after.has(id) && !before.has(id)),
    retire: CATALOG_ORDER.filter((id) => before.has(id) && !after.has(id)),
    rollback: buildActions(transition(to, from, 'rollback'), facts),
    warnings: warningsFor(forward, facts, context)
  }
}

function stringArray(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null
}

/**
 * Reads a stored connector row (another feature's table) as a RegisteredConnector, or null when
 * it lacks the fields the advisor needs. `restrictDomainsToIps` is read when present.
 */
export function registeredConnectorFrom(row: unknown): RegisteredConnector | null {
  if (row === null || typeof row !== 'object') return null
  const r = row as Record<string, unknown>
  const recipientDomains = stringArray(r.recipientDomains)
  if (
    typeof r.name !== 'string' ||
    (r.direction !== 'cloud-to-onprem' &&
      r.direction !== 'onprem-to-cloud' &&
      r.direction !== 'partner') ||
    (r.type !== 'OnPremises' && r.type !== 'Partner') ||
    typeof r.routeAllMessagesViaOnPremises !== 'boolean' ||
    recipientDomains === null ||
    typeof r.status !== 'string'
  )
    return null
  return {
    name: r.name,
    direction: r.direction,
    type: r.type,
    routeAllMessagesViaOnPremises: r.routeAllMessagesViaOnPremises,
    recipientDomains,
    status: r.status,
    ...(typeof r.restrictDomainsToIps === 'boolean'
      ? { restrictDomainsToIps: r.restrictDomainsToIps }
      : {})
  }
}

const VERDICTS: readonly DnsVerdictStatus[] = ['ok', 'warning', 'error', 'unknown']

/**
 * Reads a stored DNS row as a DnsObservation, or null. Accepts `kind` (or `type`), a `status`
 * (or `verdict.status`) among ok/warning/error/unknown, `values` (or `observed`) as strings and
 * a non-empty `expected`.
 */
export function dnsObservationFrom(row: unknown): DnsObservation | null {
  if (row === null || typeof row !== 'object') return null
  const r = row as Record<string, unknown>
  const kind = typeof r.kind === 'string' ? r.kind : typeof r.type === 'string' ? r.type : null
  if (kind === null) return null
  const verdict =
    r.verdict !== null && typeof r.verdict === 'object'
      ? (r.verdict as Record<string, unknown>).status
      : undefined
  const rawStatus = r.status ?? verdict
  const status = VERDICTS.find((candidate) => candidate === rawStatus)
  const values = stringArray(r.values) ?? stringArray(r.observed)
  const expected = typeof r.expected === 'string' && r.expected.trim() !== '' ? r.expected : null
  return {
    kind: kind.toLowerCase(),
    ...(status === undefined ? {} : { status }),
    ...(values === null ? {} : { values }),
    ...(expected === null ? {} : { expected })
  }
}

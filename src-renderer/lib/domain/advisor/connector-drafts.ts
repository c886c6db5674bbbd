/**
 * The drafts of the Exchange Online connector actions: the connectors both ways, the inbound
 * restriction to the on-premises addresses, and the outbound connector's recipient domains.
 * Sources are cited as in ../advisor.ts.
 */
import { PUBLIC_SOURCES } from '../public-sources'
import { removeRestrictionDraft, restrictInboundDraft } from './restriction-drafts'
import { registeredNote, type Draft } from './draft-parts'
import { psQuote, type Facts } from './facts'
import { domainList } from './tenant'
import type { Transition } from './transition'
import type { RegisteredConnector, TransitionActionId } from './types'

/** The actions on Exchange Online connectors. */
export type ConnectorActionId = Extract<
  TransitionActionId,
  | 'connector-cloud-to-onprem'
  | 'connector-onprem-to-cloud'
  | 'remove-inbound-ip-restriction'
  | 'restrict-inbound-to-mx-path'
  | 'check-outbound-recipient-domains'
>

/** The change that takes * out of the outbound connector, or why it is not a command here. */
function wildcardChange(f: Facts): Draft['change'] {
  const wildcard = f.outbound.filter((c) => c.recipientDomains.includes('*'))
  const others = f.tenant.others
  const replace = (identity: string, c?: RegisteredConnector): string =>
    c?.recipientDomains.includes(f.tenant.domain) === true
      ? `Set-OutboundConnector -Identity ${identity} -RecipientDomains @{Remove='*'}`
      : `Set-OutboundConnector -Identity ${identity} -RecipientDomains @{Add='<domain>'; Remove='*'}`
  const all = [f.tenant.domain || '<domain>', ...others.map((d) => d.name)].map(psQuote).join(',')
  const shared = (commands: string): Draft['change'] => ({
    kind: 'manual',
    text:
      `* also carries the mail of ${domainList(others)}: replace it only once none of them ` +
      'needs centralized mail transport, and list every domain with on-premises mailboxes:\n' +
      commands
  })
  if (f.outbound.length === 0) {
    const pipeline = (set: string): string =>
      "Get-OutboundConnector | Where-Object { $_.ConnectorType -eq 'OnPremises' -and " +
      `$_.RecipientDomains -contains '*' } |\n  ForEach-Object { ${set} }`
    if (others.length > 0)
      return shared(
        pipeline(
          `Set-OutboundConnector -Identity $_.Identity -RecipientDomains @{Add=${all}; Remove='*'}`
        )
      )
    return {
      kind: 'powershell',
      text:
        pipeline(replace('$_.Identity')) +
        (f.tenant.othersKnown ? '' : '\n# add every other domain with on-premises mailboxes too')
    }
  }
  if (wildcard.length === 0) return undefined
  if (others.length > 0)
    return shared(
      wildcard
        .map(
          (c) =>
            `Set-OutboundConnector -Identity ${psQuote(c.name)} -RecipientDomains @{Add=${all}; Remove='*'}`
        )
        .join('\n')
    )
  return { kind: 'powershell', text: wildcard.map((c) => replace(psQuote(c.name), c)).join('\n') }
}

function recipientDomainsDraft(t: Transition, f: Facts): Draft {
  const wildcard = f.outbound.filter((c) => c.recipientDomains.includes('*'))
  return {
    title: 'Scope the outbound connector to the on-premises domains',
    why:
      'Under centralized mail transport the outbound connector to on-premises may take every ' +
      'recipient domain (*). Left at *, it still sends all of Exchange Online’s mail, internet ' +
      'mail included, to the on-premises servers. @{Add=…; Remove=…} changes only the values ' +
      'named, so the other domains the connector lists keep their mail flow.' +
      (wildcard.length > 0
        ? ` Still set to *: ${wildcard.map((c) => `“${c.name}”`).join(', ')}.`
        : f.outbound.length > 0
          ? ' No registered outbound connector is set to *: nothing to change.'
          : ''),
    when: 'Right after turning off centralized mail transport',
    change: wildcardChange(f),
    verify:
      'Get-OutboundConnector | Format-List Name,RecipientDomains,RouteAllMessagesViaOnPremises',
    risk:
      'A domain missing from the list sends its on-premises mail to the internet MX instead ' +
      'of through the connector.',
    // Internal note: domain-brief 1.6 (RecipientDomains * under CMT); seed rules 2→1.
    source: PUBLIC_SOURCES.setOutboundConnector
  }
}

/** Validating a connector takes minutes; a new one may need a certificate or firewall change. */
function connectorLeadTime(t: Transition): string {
  return t.mode === 'rollback'
    ? 'Before the rollback’s first change: it served the old scenario, so validate it again (minutes)'
    : 'At least a week before the cut-over when it is new (a certificate or firewall change may be needed); otherwise before the first change'
}

/** Validate the registered connector (adding this domain when it does not list it), or create one. */
function outboundChange(t: Transition, f: Facts): string {
  const [connector] = f.outbound
  const validate =
    "Validate-OutboundConnector -Identity '<outboundConnector>' -Recipients 'postmaster@<domain>'"
  // The scenario the rollback leaves needed the connector too: it exists, so it is validated.
  if (connector === undefined && t.mode === 'rollback')
    return '# the connector to on-premises the cut-over used\n' + validate
  if (connector === undefined)
    return (
      "New-OutboundConnector -Name 'To on-premises' -ConnectorType OnPremises " +
      "-RecipientDomains '<domain>' -SmartHosts '<onPremHost>' -UseMxRecord $false " +
      "-TlsSettings DomainValidation -TlsDomain '<certificateDomain>'\n" +
      '# or let the Hybrid Configuration Wizard create it'
    )
  const listed = f.outbound.some(
    (c) => c.recipientDomains.includes('*') || c.recipientDomains.includes(f.tenant.domain)
  )
  return listed
    ? validate
    : "Set-OutboundConnector -Identity '<outboundConnector>' -RecipientDomains @{Add='<domain>'}\n" +
        validate
}

/** Create the inbound connector, or confirm the registered one (never a second one). */
function inboundChange(t: Transition, f: Facts): Draft['change'] {
  const onPremises = f.inbound.filter((c) => c.type === 'OnPremises')
  if (onPremises.length > 0 || t.mode === 'rollback')
    return {
      kind: 'manual',
      text:
        `Confirm ${onPremises.length > 0 ? onPremises.map((c) => `“${c.name}”`).join(', ') : 'the connector from on-premises the cut-over used'} is enabled and its ` +
        'TlsSenderCertificateName matches the on-premises certificate (<certificateDomain>); ' +
        'it serves every domain, so change nothing else on it.'
    }
  return {
    kind: 'powershell',
    text:
      "New-InboundConnector -Name 'From on-premises' -ConnectorType OnPremises " +
      "-SenderDomains '*' -RequireTls $true -TlsSenderCertificateName '<certificateDomain>'\n" +
      '# or let the Hybrid Configuration Wizard create it'
  }
}

function outboundConnectorDraft(t: Transition, f: Facts): Draft {
  const target = `scenario ${t.to}`
  return {
    title: 'Connector from Microsoft 365 to on-premises servers in place and validated',
    why:
      (t.to === 2
        ? 'Centralized mail transport sends every message from Exchange Online to the on-premises servers through this OnPremises outbound connector.'
        : t.mxToEop
          ? 'Once MX points to Microsoft 365, mail for on-premises mailboxes reaches them only through this OnPremises outbound connector, so it must work before the MX change.'
          : `${target} sends mail for on-premises mailboxes from Exchange Online through this OnPremises outbound connector.`) +
      registeredNote(f.outbound),
    when: connectorLeadTime(t),
    change: { kind: 'powershell', text: outboundChange(t, f) },
    verify:
      'Get-OutboundConnector | Format-List Name,ConnectorType,RecipientDomains,SmartHosts,' +
      'TlsSettings,TlsDomain,RouteAllMessagesViaOnPremises\n' +
      "Validate-OutboundConnector -Identity '" +
      (f.values.outboundConnector === undefined ? 'To on-premises' : '<outboundConnector>') +
      "' -Recipients 'postmaster@<domain>'",
    risk: 'Without it, mail from Exchange Online to on-premises mailboxes queues and then bounces.',
    // Internal note: reference page, step 4; domain-brief 1.5 and 1.6.
    source: PUBLIC_SOURCES.connectorsToOnPremises
  }
}

function inboundConnectorDraft(t: Transition, f: Facts): Draft {
  const target = `scenario ${t.to}`
  return {
    title: 'Connector from on-premises servers to Microsoft 365 in place and validated',
    why:
      'Exchange Online recognises mail from the on-premises servers by their TLS certificate ' +
      'through an OnPremises inbound connector (with CloudServicesMailEnabled, as the Hybrid ' +
      'Configuration Wizard sets it), so that mail stays internal. ' +
      (t.toRelays === true
        ? `In ${target} the on-premises servers also relay internet mail through it.`
        : t.to === 2
          ? 'Centralized mail transport returns mail from on-premises to Exchange Online through it.'
          : 'It carries mail from on-premises mailboxes to cloud mailboxes.') +
      registeredNote(f.inbound),
    when: connectorLeadTime(t),
    change: inboundChange(t, f),
    verify:
      'Get-InboundConnector | Format-List Name,ConnectorType,RequireTls,' +
      'TlsSenderCertificateName,CloudServicesMailEnabled\n' +
      '# on-premises: the send connector to Exchange Online has address space ' +
      'smtp:<tenant><routingSuffix>\n' +
      'Get-SendConnector | Format-List Name,AddressSpaces,RequireTLS,TlsDomain',
    risk:
      'A Partner connector accepts relayed mail but rejects it with 550 5.7.64; without the ' +
      'connector Exchange Online treats on-premises mail as internet mail (anti-spam, SPF).',
    // Internal note: reference page, step 4; domain-brief 1.5 and 1.6.
    source: PUBLIC_SOURCES.connectorsToOnPremises
  }
}

const DRAFTS: Readonly<Record<ConnectorActionId, (t: Transition, f: Facts) => Draft>> = {
  'check-outbound-recipient-domains': recipientDomainsDraft,
  'connector-cloud-to-onprem': outboundConnectorDraft,
  'connector-onprem-to-cloud': inboundConnectorDraft,
  'remove-inbound-ip-restriction': removeRestrictionDraft,
  'restrict-inbound-to-mx-path': restrictInboundDraft
}

/** The draft of one of the actions on Exchange Online connectors. */
export function connectorDraftFor(id: ConnectorActionId, t: Transition, f: Facts): Draft {
  return DRAFTS[id](t, f)
}

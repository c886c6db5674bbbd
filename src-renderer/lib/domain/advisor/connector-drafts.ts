/**
 * The drafts of the Exchange Online connector actions: the connectors both ways, the inbound
 * restriction to the on-premises addresses, and the outbound connector's recipient domains.
 * Sources are cited as in ../advisor.ts.
 */
import { PUBLIC_SOURCES } from '../public-sources'
import { registeredNote, type Draft } from './draft-parts'
import type { Facts } from './facts'
import { relays, type Transition } from './transition'
import type { TransitionActionId } from './types'

/** The actions on Exchange Online connectors. */
export type ConnectorActionId = Extract<
  TransitionActionId,
  | 'connector-cloud-to-onprem'
  | 'connector-onprem-to-cloud'
  | 'remove-inbound-ip-restriction'
  | 'restrict-inbound-to-mx-path'
  | 'check-outbound-recipient-domains'
>

function recipientDomainsDraft(t: Transition, f: Facts): Draft {
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
    // Internal note: domain-brief 1.6 (RecipientDomains * under CMT); seed rules 2→1.
    source: PUBLIC_SOURCES.setOutboundConnector
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
      'smtp:<tenant><routingSuffix>\n' +
      'Get-SendConnector | Format-List Name,AddressSpaces,RequireTLS,TlsDomain',
    risk:
      'A Partner connector accepts relayed mail but rejects it with 550 5.7.64; without the ' +
      'connector Exchange Online treats on-premises mail as internet mail (anti-spam, SPF).',
    // Internal note: reference page, step 4; domain-brief 1.5 and 1.6.
    source: PUBLIC_SOURCES.connectorsToOnPremises
  }
}

function removeRestrictionDraft(t: Transition, f: Facts): Draft {
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
    // Internal note: reference page, scenarios 3 and 4 step 5 (“Example 3”); domain-brief 1.5; seed rules 3→2 and 4→1.
    source: PUBLIC_SOURCES.multipleLocations
  }
}

function restrictInboundDraft(t: Transition, f: Facts): Draft {
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
            "-SenderDomains '*' -AssociatedAcceptedDomains '<domain>' -SenderIPAddresses <connectorIps> " +
            '-RestrictDomainsToIPAddresses $true'
    },
    verify:
      'Get-InboundConnector | Format-List Name,ConnectorType,SenderDomains,' +
      'AssociatedAcceptedDomains,SenderIPAddresses,RestrictDomainsToIPAddresses',
    risk:
      'Added too early it rejects mail from senders that still use the old MX; a missing ' +
      'on-premises address rejects the mail on-premises passes on.',
    // Internal note: reference page, scenarios 3 and 4 step 5; domain-brief 1.5; seed rules 1→3/2→3.
    source: PUBLIC_SOURCES.multipleLocations
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

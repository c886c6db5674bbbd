/**
 * What must be true on-premises before MX moves to Microsoft 365: mail for on-premises mailboxes
 * then arrives from Exchange Online Protection's addresses, not from the internet, so the firewall,
 * the receive connector and the on-premises filters must expect them. The addresses come from
 * Microsoft's published list (Microsoft 365 URLs and IP address ranges, Exchange Online, SMTP),
 * which changes over time, so the runbook points to it instead of copying it.
 */
import { PUBLIC_SOURCES } from '../public-sources'
import type { Draft } from './draft-parts'
import type { Transition } from './transition'

function filteringNote(t: Transition): string {
  return t.to === 2
    ? 'In scenario 2 the on-premises filters stay the ones that decide, so they must judge the ' +
        'original sender, not Exchange Online Protection.'
    : 'In scenario 1 Exchange Online Protection filters the mail: decide whether the on-premises ' +
        'filters still run (twice-filtered mail is slower and its verdicts can disagree); if they ' +
        'do, keep them from judging Exchange Online Protection’s addresses.'
}

export function acceptEopDraft(t: Transition): Draft {
  const window = t.mode === 'rollback' ? 'the rollback' : 'the cut-over'
  return {
    title: 'Let on-premises accept mail from Exchange Online Protection',
    why:
      'Once MX points to Microsoft 365, mail for on-premises mailboxes at <domain> arrives from ' +
      'Exchange Online Protection’s addresses instead of from the internet. The firewall in front ' +
      'of <onPremHost> (TCP 25) and the receive connector that takes that mail must accept them, ' +
      'and the on-premises filters then see Exchange Online Protection as the sender: ' +
      'connection filtering, IP block lists and SPF checks there would reject or junk good mail. ' +
      filteringNote(t),
    when: `Before lowering the MX TTL for ${window}; a firewall change often needs its own change request`,
    change: {
      kind: 'manual',
      text:
        '1. Take the Exchange Online addresses for SMTP (*.mail.protection.outlook.com) from ' +
        'Microsoft’s list “Microsoft 365 URLs and IP address ranges” (it changes: use the ' +
        'current list, or its web service).\n' +
        '2. Firewall: allow inbound TCP 25 to <onPremHost> from those addresses.\n' +
        '3. Receive connector that takes this mail: if RemoteIPRanges is limited, add them.\n' +
        '4. On-premises anti-spam: let connection filtering and Sender ID look past those ' +
        'addresses, e.g. Set-TransportConfig -InternalSMTPServers @{Add=<the ranges>}, or turn ' +
        'those checks off for this path; a third-party filter needs the same exception.'
    },
    verify:
      'Get-ReceiveConnector | Format-List Name,Bindings,RemoteIPRanges,PermissionGroups\n' +
      'Get-TransportConfig | Format-List InternalSMTPServers\n' +
      '# after the MX change: a message from an external mailbox to an on-premises mailbox ' +
      'arrives, its headers showing Exchange Online Protection, then on-premises',
    risk:
      'A firewall or filter that still expects internet senders rejects or junks every message ' +
      'for on-premises mailboxes from the moment MX moves.',
    // Internal note: issue 11, "Cut-over items missing from MX moves".
    source: PUBLIC_SOURCES.m365Endpoints
  }
}

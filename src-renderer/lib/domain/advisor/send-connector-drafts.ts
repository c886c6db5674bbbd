/**
 * How on-premises sends internet mail: directly using DNS, or through Microsoft 365. The send
 * connector for address space * is one for the whole Exchange organisation, so switching it
 * changes the on-premises internet mail of every domain: with other domains in the project the
 * runbook names them and leaves the switch to the lead instead of proposing it as a command.
 * Scenario 2's path is the domain's recorded choice (direct, or back through Exchange Online);
 * while it is not made, the runbook asks for it first. Sources are cited as in ./index.ts.
 */
import { PUBLIC_SOURCES } from '../public-sources'
import { eopHostToPublish, publishedEopLabel, type Draft } from './draft-parts'
import type { Facts } from './facts'
import { relaysIn, type Transition } from './transition'
import { UNKNOWN_OTHERS } from './tenant'

const SEND_VERIFY =
  'Get-SendConnector | Format-List Name,Enabled,AddressSpaces,SmartHosts,DNSRoutingEnabled'

/** Who else the switch of the send connector for * changes, and the change made safe for them. */
function tenantWide(f: Facts, relay: boolean, commands: string): Draft['change'] {
  const others = f.tenant.others
  if (others.length === 0) return { kind: 'powershell', text: commands }
  const path = (d: (typeof others)[number]): string => {
    const wants = relaysIn(d.scenario, d.scenario2Outbound)
    if (wants === null) return `${d.name} (scenario 2, its outbound path not chosen yet)`
    return `${d.name} (scenario ${d.scenario}, ${wants === relay ? 'wants this path too' : 'wants the current path'})`
  }
  return {
    kind: 'manual',
    text:
      'The send connector for * carries the internet mail of every domain’s on-premises ' +
      `mailboxes, so this also changes ${others.map(path).join(', ')}. Switch it once for all ` +
      'of them: plan the domains that want the current path into a scenario with this path ' +
      'first (or keep this domain’s path), then run:\n' +
      commands
  }
}

function chosenPath(t: Transition): string {
  return t.choice === 'through-exchange-online'
    ? 'back through Exchange Online (smart host <eopHost>)'
    : 'directly using DNS'
}

export function sendConnectorCheckDraft(t: Transition): Draft {
  if (t.to === 2 && t.choice === undefined)
    return {
      title: 'Choose scenario 2’s outbound path first',
      why:
        'With centralized mail transport, internet mail from cloud mailboxes goes to the ' +
        'on-premises servers first. From there the on-premises send connector either delivers ' +
        'it directly using DNS (Microsoft’s transport routing page) or sends it back through ' +
        'Exchange Online (the multiple-locations page’s diagram). This runbook follows the ' +
        'choice recorded on the domain and has no send connector change until it is made.',
      when: 'Before the change window: the send connector change of this runbook depends on it',
      change: {
        kind: 'manual',
        text:
          'Agree with the on-premises mail team which path internet mail takes, record it on ' +
          'the domain (scenario 2’s outbound path: direct, or back through Exchange Online), ' +
          'then open this runbook again: it adds the send connector change the choice needs.'
      },
      verify: SEND_VERIFY,
      risk:
        'Assuming the wrong path hides a compliance gap, or sends mail from addresses the SPF ' +
        'record does not list.',
      // Internal note: domain-brief 0, defect 4; domain-brief 1.6; issue 11 item 9.
      source: PUBLIC_SOURCES.transportRouting
    }
  if (t.to === 2)
    return {
      title: `Check that on-premises sends internet mail ${chosenPath(t)}`,
      why:
        `The domain records scenario 2’s outbound path as ${chosenPath(t)}: the enabled send ` +
        'connector for address space * must match it, since it decides where the internet mail ' +
        'that centralized transport brings on-premises goes next.',
      when: 'Before the change window',
      verify: SEND_VERIFY,
      risk: 'A send connector that does not match the choice sends mail by the other path.',
      // Internal note: domain-brief 1.6; issue 11 item 9.
      source: PUBLIC_SOURCES.transportRouting
    }
  return {
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
    verify: SEND_VERIFY,
    risk: 'The checklist then tracks the wrong scenario and its steps.',
    // Internal note: seed rules 1→3/2→3; domain-brief 1.6.
    source: PUBLIC_SOURCES.transportRouting
  }
}

/** A new relay connector; in a rollback the forward only disabled it, so it is enabled again. */
function relayCommands(t: Transition, f: Facts): string {
  if (t.mode === 'rollback')
    return (
      "Set-SendConnector -Identity 'Internet via Microsoft 365' -Enabled $true\n" +
      "Set-SendConnector -Identity '<directSendConnector>' -Enabled $false"
    )
  return (
    `# Smart host ${eopHostToPublish(f)} (${publishedEopLabel(f)})\n` +
    '$cert = Get-ExchangeCertificate | Where-Object { $_.Subject -like ' +
    "'*<certificateDomain>*' } | Select-Object -First 1\n" +
    "New-SendConnector -Name 'Internet via Microsoft 365' -AddressSpaces '*' " +
    `-SmartHosts '${eopHostToPublish(f)}' -DNSRoutingEnabled $false ` +
    "-RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain '<eopTlsDomain>' " +
    '-TlsCertificateName "<I>$($cert.Issuer)<S>$($cert.Subject)"\n' +
    '# then disable the send connector that delivered internet mail directly'
  )
}

export function relayViaCloudDraft(t: Transition, f: Facts): Draft {
  const target = `scenario ${t.to}`
  return {
    title: 'Send on-premises internet mail through Microsoft 365',
    why:
      `In ${t.to === 2 ? 'scenario 2, as the domain records it,' : target} the on-premises servers relay internet mail through Microsoft 365. They ` +
      'send directly using DNS until their send connector uses Exchange Online Protection as ' +
      'its smart host, and the Hybrid Configuration Wizard does not make that change.' +
      (f.tenant.othersKnown ? '' : UNKNOWN_OTHERS),
    when: t.mxMoves
      ? 'In a change window before the cut-over, once the connector from on-premises is validated'
      : 'In a change window, once the connector from on-premises is validated',
    change: tenantWide(f, true, relayCommands(t, f)),
    verify:
      'Get-SendConnector | Format-List Name,Enabled,AddressSpaces,SmartHosts,DNSRoutingEnabled,' +
      'RequireTLS,TlsAuthLevel,TlsDomain\n' +
      '# send a test message to an external mailbox: its headers show Exchange Online Protection',
    risk:
      'The retired hosts mail.messaging.microsoft.com, mail.eo.outlook.com and ' +
      'mail.global.frontbridge.com fail with 451 4.4.62; a certificate the inbound connector ' +
      'does not expect makes Exchange Online refuse the relay.',
    // Internal note: domain-brief 1.6 (routing facts) and 1.1; catalog step onprem-relay-via-cloud.
    source: PUBLIC_SOURCES.relayDenied
  }
}

export function sendDirectDraft(t: Transition, f: Facts): Draft {
  return {
    title: 'Send on-premises internet mail directly again',
    why:
      `Scenario ${t.to} delivers on-premises internet ` +
      'mail directly using DNS, so the send connector that relays through Microsoft 365 is no ' +
      'longer used.' +
      (t.to === 2 ? ' The domain records scenario 2’s outbound path as direct.' : '') +
      (f.tenant.othersKnown ? '' : UNKNOWN_OTHERS),
    when: 'In a change window, once the SPF record lists the on-premises addresses',
    change: tenantWide(
      f,
      false,
      'Get-SendConnector | Format-Table Name,Enabled,AddressSpaces,SmartHosts,DNSRoutingEnabled\n' +
        '# enable the connector that delivered internet mail directly, then the relay goes\n' +
        "Set-SendConnector -Identity '<directSendConnector>' -Enabled $true\n" +
        "Set-SendConnector -Identity 'Internet via Microsoft 365' -Enabled $false"
    ),
    verify:
      'Get-SendConnector | Format-List Name,Enabled,AddressSpaces,SmartHosts,DNSRoutingEnabled\n' +
      '# the enabled connector for address space * uses DNS routing and no smart host',
    risk:
      'Receivers reject direct mail from on-premises addresses that SPF does not list; some ' +
      'also check the reverse DNS of those addresses.',
    // Internal note: domain-brief 1.6 (routing facts); seed rules 1→3/2→3.
    source: PUBLIC_SOURCES.transportRouting
  }
}

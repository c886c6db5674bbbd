/**
 * The drafts of the transport actions: how on-premises sends internet mail, centralized mail
 * transport, and the end-to-end check of mail flow. Sources are cited as in ../advisor.ts.
 */
import { PUBLIC_SOURCES } from '../public-sources'
import { eopLabel, registeredNote, type Draft } from './draft-parts'
import type { Facts } from './facts'
import type { Transition } from './transition'
import type { TransitionActionId } from './types'

/** The actions on mail routing and its verification. */
export type TransportActionId = Extract<
  TransitionActionId,
  | 'onprem-relay-via-cloud'
  | 'check-onprem-send-connector'
  | 'onprem-send-direct'
  | 'enable-cmt'
  | 'disable-cmt'
  | 'verify-mail-flow'
>

function sendConnectorCheckDraft(t: Transition): Draft {
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
        // Internal note: domain-brief 0, defect 4; domain-brief 1.6.
        source: PUBLIC_SOURCES.transportRouting
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
        // Internal note: seed rules 1→3/2→3; domain-brief 1.6.
        source: PUBLIC_SOURCES.transportRouting
      }
}

function relayViaCloudDraft(t: Transition, f: Facts): Draft {
  const target = `scenario ${t.to}`
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
        "-RequireTLS $true -TlsAuthLevel DomainValidation -TlsDomain '<eopTlsDomain>' " +
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
    // Internal note: domain-brief 1.6 (routing facts) and 1.1; catalog step onprem-relay-via-cloud.
    source: PUBLIC_SOURCES.relayDenied
  }
}

function sendDirectDraft(t: Transition): Draft {
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
    // Internal note: domain-brief 1.6 (routing facts); seed rules 1→3/2→3.
    source: PUBLIC_SOURCES.transportRouting
  }
}

function enableCmtDraft(t: Transition, f: Facts): Draft {
  return {
    title: 'Enable centralized mail transport',
    why:
      (t.to === 2
        ? 'Scenario 2 filters mail on-premises while MX points to Microsoft 365: every message ' +
          'from Exchange Online, internet mail included, goes through the on-premises servers. '
        : 'Scenario 3 sends cloud mailboxes’ internet mail out through the on-premises ' +
          'servers, which only centralized mail transport does (the reference draws it but ' +
          'leaves the step out). ') +
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
    // Internal note: reference page, scenario 2 step 4; domain-brief 1.5 and 1.6; seed rules 3→2.
    source: PUBLIC_SOURCES.transportOptions
  }
}

function disableCmtDraft(t: Transition, f: Facts): Draft {
  return {
    title: 'Turn off centralized mail transport',
    why:
      (t.to === 1
        ? 'In scenario 1 Microsoft 365 filters and sends all mail itself.'
        : 'In scenario 4 Exchange Online delivers its own internet mail.') +
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
    // Internal note: domain-brief 1.5 and 1.6; seed rules 2→1.
    source: PUBLIC_SOURCES.transportOptions
  }
}

function verifyMailFlowDraft(t: Transition): Draft {
  const target = `scenario ${t.to}`
  return {
    title: 'Verify mail flow end to end',
    why:
      `Every path of ${target} (see its diagram) must work in both directions, for cloud and ` +
      'on-premises mailboxes, before the change counts as done. Record the results in the ' +
      'checklist step “Prove mail flow by the scenario’s route”.',
    when: `Right after the last change, and again the next day`,
    change: {
      kind: 'manual',
      text:
        '1. From an external mailbox, send to a cloud mailbox and to an on-premises mailbox at <domain>.\n' +
        '2. Reply from each to the external mailbox.\n' +
        '3. Send between a cloud and an on-premises mailbox (cloud mailboxes are reached at ' +
        '<tenant><routingSuffix>).\n' +
        `4. Read the Received headers: each message took the path of ${target}.`
    },
    verify:
      'Exchange admin center → Mail flow → Message trace\n' +
      "Get-MessageTraceV2 -RecipientAddress '<testRecipient>' -StartDate (Get-Date).AddHours(-2) " +
      '-EndDate (Get-Date) | Format-Table Received,SenderAddress,RecipientAddress,Status',
    risk: 'A broken path may show in one direction or for one mailbox location only.',
    // Internal note: reference page, the diagram of each scenario; domain-brief 1.6.
    source: PUBLIC_SOURCES.testMailFlow
  }
}

const DRAFTS: Readonly<Record<TransportActionId, (t: Transition, f: Facts) => Draft>> = {
  'check-onprem-send-connector': sendConnectorCheckDraft,
  'onprem-relay-via-cloud': relayViaCloudDraft,
  'onprem-send-direct': sendDirectDraft,
  'enable-cmt': enableCmtDraft,
  'disable-cmt': disableCmtDraft,
  'verify-mail-flow': verifyMailFlowDraft
}

/** The draft of one of the actions on mail routing and its verification. */
export function transportDraftFor(id: TransportActionId, t: Transition, f: Facts): Draft {
  return DRAFTS[id](t, f)
}

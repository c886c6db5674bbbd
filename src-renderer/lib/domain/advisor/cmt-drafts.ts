/**
 * Centralized mail transport for one domain. RouteAllMessagesViaOnPremises is a setting of the
 * hybrid outbound connector and so applies to every domain of the tenant: the runbook flips it only
 * when the project has no other domain. Otherwise it routes this domain's internet mail through
 * on-premises by conditional routing (a transport rule scoped to an IsTransportRuleScoped
 * outbound connector: Set-OutboundConnector and New-TransportRule on Microsoft Learn), which it
 * can add and remove without touching the others; turning the switch off while other domains
 * rely on it is left to the lead, with their names. Sources are cited as in ./index.ts.
 */
import { PUBLIC_SOURCES } from '../public-sources'
import { registeredNote, type Draft } from './draft-parts'
import { psQuote, type Facts } from './facts'
import {
  CONDITIONAL_CONNECTOR_PREFIX,
  CONDITIONAL_RULE_PREFIX,
  centralizedOthers,
  domainList,
  UNKNOWN_OTHERS
} from './tenant'
import type { Transition } from './transition'

/** How this domain's cloud internet mail comes to go through on-premises. */
export type CmtOn = 'present' | 'conditional' | 'switch'
/** How it stops: remove the conditional routing, flip the switch, or not here (others need it). */
export type CmtOff = 'absent' | 'conditional' | 'switch' | 'blocked'

export function cmtOn(f: Facts): CmtOn {
  if (f.tenant.cmtSwitchOn || f.tenant.conditional) return 'present'
  return f.tenant.others.length > 0 ? 'conditional' : 'switch'
}

export function cmtOff(f: Facts): CmtOff {
  if (f.tenant.conditional) return 'conditional'
  if (f.outbound.length > 0 && !f.tenant.cmtSwitchOn) return 'absent'
  return f.tenant.others.length > 0 ? 'blocked' : 'switch'
}

/** The names of this domain's conditional routing, quoted for PowerShell. */
function conditionalNames(f: Facts): { connector: string; rule: string } {
  return {
    connector: psQuote(`${CONDITIONAL_CONNECTOR_PREFIX}${f.tenant.domain || '<domain>'}`),
    rule: psQuote(`${CONDITIONAL_RULE_PREFIX}${f.tenant.domain || '<domain>'} via on-premises`)
  }
}

/** Conditional routing of this domain's internet mail through on-premises. */
export function conditionalRouting(f: Facts): string {
  const names = conditionalNames(f)
  return (
    `New-OutboundConnector -Name ${names.connector} -ConnectorType OnPremises ` +
    "-IsTransportRuleScoped $true -UseMxRecord $false -SmartHosts '<onPremHost>' " +
    "-TlsSettings DomainValidation -TlsDomain '<certificateDomain>'\n" +
    `New-TransportRule -Name ${names.rule} -SenderDomainIs '<domain>' ` +
    `-SentToScope NotInOrganization -RouteMessageOutboundConnector ${names.connector}`
  )
}

/** Its removal: the rule first, so no rule ever names a removed connector. */
export function removeConditionalRouting(f: Facts): string {
  const names = conditionalNames(f)
  return (
    `Remove-TransportRule -Identity ${names.rule}\n` +
    `Remove-OutboundConnector -Identity ${names.connector}`
  )
}

/** The switch on the registered hybrid connector (or every OnPremises one), on or off. */
function switchCommand(f: Facts, on: boolean): string {
  const value = on ? '$true' : '$false'
  if (f.outbound.length === 0)
    return (
      "Get-OutboundConnector | Where-Object ConnectorType -eq 'OnPremises' | " +
      `Set-OutboundConnector -RouteAllMessagesViaOnPremises ${value}`
    )
  const restore = on ? f.tenant.wildcardRemoved : []
  return [
    ...f.outbound.map(
      (c) =>
        `Set-OutboundConnector -Identity ${psQuote(c.name)} -RouteAllMessagesViaOnPremises ${value}`
    ),
    // The rollback puts back the * it took out of the recipient domains, and only that.
    ...restore.map(
      (r) =>
        `Set-OutboundConnector -Identity ${psQuote(r.name)} -RecipientDomains @{Add='*'` +
        (r.addedDomain ? "; Remove='<domain>'}" : '}')
    )
  ].join('\n')
}

function enableChange(f: Facts): Draft['change'] {
  switch (cmtOn(f)) {
    case 'present':
      return undefined
    case 'conditional':
      return { kind: 'powershell', text: conditionalRouting(f) }
    case 'switch':
      return {
        kind: 'powershell',
        text:
          switchCommand(f, true) +
          '\n# or rerun the Hybrid Configuration Wizard and choose centralized mail transport'
      }
  }
}

function enableScope(f: Facts): string {
  const kind = cmtOn(f)
  if (kind === 'conditional')
    return (
      ` The switch for it (RouteAllMessagesViaOnPremises) would apply to every domain, ` +
      `${domainList(f.tenant.others)} included, so a transport rule routes only <domain>’s ` +
      'internet mail through a connector to on-premises that only that rule uses.'
    )
  if (kind === 'switch')
    return (
      ' RouteAllMessagesViaOnPremises applies to every domain of the tenant.' +
      (f.tenant.othersKnown ? '' : UNKNOWN_OTHERS)
    )
  return ''
}

export function enableCmtDraft(t: Transition, f: Facts): Draft {
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
      enableScope(f) +
      (f.outbound.length > 0 ? registeredNote(f.outbound) : ''),
    when: t.mxToEop
      ? `On the ${t.mode === 'rollback' ? 'rollback' : 'cut-over'} day, before the MX change`
      : 'In a change window',
    change: enableChange(f),
    verify:
      'Get-OutboundConnector | Format-List Name,RouteAllMessagesViaOnPremises,IsTransportRuleScoped,RecipientDomains\n' +
      'Get-TransportRule | Format-List Name,SenderDomainIs,RouteMessageOutboundConnector',
    risk:
      'Mail forwarded in Exchange Online with a mailbox forwarding address bypasses it; ' +
      'on-premises load and bandwidth grow, and Exchange Online mail depends on the ' +
      'on-premises servers.',
    // Internal note: reference page, scenario 2 step 4; domain-brief 1.5 and 1.6; seed rules 3→2.
    source:
      cmtOn(f) === 'conditional'
        ? PUBLIC_SOURCES.setOutboundConnector
        : PUBLIC_SOURCES.transportOptions
  }
}

function disableChange(f: Facts): Draft['change'] {
  switch (cmtOff(f)) {
    case 'absent':
      return undefined
    case 'conditional':
      return { kind: 'powershell', text: removeConditionalRouting(f) }
    case 'blocked': {
      const need = centralizedOthers(f.tenant)
      return {
        kind: 'manual',
        text:
          'RouteAllMessagesViaOnPremises applies to every domain: turning it off also changes ' +
          `${domainList(f.tenant.others)}. ` +
          (need.length > 0
            ? `${domainList(need)} still need${need.length === 1 ? 's its' : ' their'} internet mail ` +
              `through on-premises: give ${need.length === 1 ? 'it' : 'each'} conditional routing first (a transport rule to a ` +
              'connector only it uses, as the runbook into scenario 2 does), then turn the switch off:\n'
            : 'Their scenarios do not route internet mail through on-premises either, so it ' +
              'brings them in line; tell their owners, then:\n') +
          switchCommand(f, false) +
          (f.outbound.length === 0
            ? '\nIf <domain> has a transport rule and connector of its own instead (conditional ' +
              'routing), remove only those; that changes no other domain:\n' +
              removeConditionalRouting(f)
            : '')
      }
    }
    case 'switch':
      return {
        kind: 'powershell',
        text:
          switchCommand(f, false) +
          '\n# or rerun the Hybrid Configuration Wizard and clear centralized mail transport'
      }
  }
}

export function disableCmtDraft(t: Transition, f: Facts): Draft {
  return {
    title: 'Turn off centralized mail transport',
    why:
      (t.to === 1
        ? 'In scenario 1 Microsoft 365 filters and sends all mail itself.'
        : 'In scenario 4 Exchange Online delivers its own internet mail.') +
      (t.mxToOnPrem
        ? ' Turn it off only after the MX change has taken effect, so mail for cloud mailboxes never skips the on-premises filtering.'
        : '') +
      (cmtOff(f) === 'conditional'
        ? ' <domain> uses its own transport rule and connector for it: removing them changes no other domain.'
        : f.tenant.othersKnown || cmtOff(f) === 'absent'
          ? ''
          : UNKNOWN_OTHERS) +
      registeredNote(f.outbound.filter((c) => c.routeAllMessagesViaOnPremises)),
    when: t.mxToOnPrem
      ? 'After the MX change, once the lowered TTL has passed'
      : 'In a change window',
    change: disableChange(f),
    verify:
      'Get-OutboundConnector | Format-List Name,RouteAllMessagesViaOnPremises,IsTransportRuleScoped\n' +
      'Get-TransportRule | Format-List Name,SenderDomainIs,RouteMessageOutboundConnector',
    risk:
      'A later wizard run without the same choice sets it again: reruns reset manual edits ' +
      'to the connectors the wizard created.',
    // Internal note: domain-brief 1.5 and 1.6; seed rules 2→1.
    source: PUBLIC_SOURCES.transportOptions
  }
}

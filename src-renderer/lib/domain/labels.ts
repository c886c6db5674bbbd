/**
 * The words the app shows for stored codes, in one place for the screens and for the status
 * report, which leaves the app (HTML, PDF, Markdown, CSV) and so must say the same.
 */
import type { ConnectorDirection, ConnectorStatus } from './connectors/model'
import type { ConnectorWarningSeverity } from './connectors/warnings'
import type { DnsRecordKind, DnsVerdictStatus } from './dns/records'
import { SCENARIO_INFO } from './scenarios'
import type { Requirement, Scenario, StepCategory, StepStatus } from './types'

export const STEP_STATUS_LABELS: Readonly<Record<StepStatus, string>> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  'not-applicable': 'Not applicable'
}

export const REQUIREMENT_LABELS: Readonly<Record<Requirement, string>> = {
  required: 'Required',
  recommended: 'Recommended',
  optional: 'Optional'
}

export const CATEGORY_LABELS: Readonly<Record<StepCategory, string>> = {
  domain: 'Domain',
  mailboxes: 'Mailboxes',
  dns: 'DNS',
  connectors: 'Connectors',
  transport: 'Transport'
}

export const DNS_VERDICT_LABELS: Readonly<Record<DnsVerdictStatus, string>> = {
  ok: 'OK',
  warning: 'Warning',
  error: 'Error',
  unknown: 'Unknown'
}

/** A verdict's words, or 'Not checked' for a record no check has answered. */
export const DNS_STATUS_LABELS: Readonly<Record<DnsVerdictStatus | 'not-checked', string>> = {
  ...DNS_VERDICT_LABELS,
  'not-checked': 'Not checked'
}

export const DIRECTION_LABELS: Readonly<Record<ConnectorDirection, string>> = {
  'cloud-to-onprem': 'Microsoft 365 → on-premises',
  'onprem-to-cloud': 'On-premises → Microsoft 365',
  partner: 'Partner'
}

export const CONNECTOR_STATUS_LABELS: Readonly<Record<ConnectorStatus, string>> = {
  planned: 'Planned',
  created: 'Created',
  verified: 'Verified'
}

export const SEVERITY_LABELS: Readonly<Record<ConnectorWarningSeverity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note'
}

/** A DNS record's title: its purpose, telling the DKIM selectors apart by their DNS name. */
export function dnsRecordTitle(kind: DnsRecordKind, name: string): string {
  switch (kind) {
    case 'mx':
      return 'MX'
    case 'spf':
      return 'SPF'
    case 'verification':
      return 'Domain verification'
    case 'autodiscover':
      return 'Autodiscover'
    case 'dkim':
      return name.startsWith('selector2.') ? 'DKIM selector2' : 'DKIM selector1'
    case 'dmarc':
      return 'DMARC'
  }
}

/** "Scenario 2", the badge text the app shows beside a domain. */
export function scenarioLabel(scenario: Scenario): string {
  return `Scenario ${scenario}`
}

/** "MX to Microsoft 365, filtering on-premises": the scenario's short title. */
export function scenarioTitle(scenario: Scenario): string {
  return SCENARIO_INFO[scenario].title
}

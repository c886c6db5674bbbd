import { localDayOf } from '../../db/local-days'
import type { ScenarioInfo } from '../../domain/scenarios'
import type { Requirement, StepCategory, StepStatus } from '../../domain/types'

export const STATUS_LABELS: Record<StepStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  'not-applicable': 'Not applicable'
}

export const REQUIREMENT_LABELS: Record<Requirement, string> = {
  required: 'Required',
  recommended: 'Recommended',
  optional: 'Optional'
}

export const CATEGORY_LABELS: Record<StepCategory, string> = {
  domain: 'Domain',
  mailboxes: 'Mailboxes',
  dns: 'DNS',
  connectors: 'Connectors',
  transport: 'Transport'
}

/** A date like “12 Mar 2026” for an ISO date or timestamp, in the user's locale. */
export function formatDate(iso: string): string {
  if (!iso) return ''
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso)
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit'
  })
}

/** Today in the user's time zone, as YYYY-MM-DD. */
export function localToday(): string {
  return localDayOf(new Date())
}

/** The routing facts of a scenario in one line, e.g. “MX → Microsoft 365 · filtered in Microsoft 365 · …”. */
export function scenarioFacts(info: ScenarioInfo): string {
  const mx = info.mx === 'eop' ? 'MX → Microsoft 365' : 'MX → on-premises'
  const filtering =
    info.inboundFiltering === 'cloud' ? 'filtered in Microsoft 365' : 'filtered on-premises'
  const outbound =
    info.onPremOutbound === 'via-cloud'
      ? 'on-premises sends out through Microsoft 365'
      : 'on-premises sends out directly'
  return `${mx} · ${filtering} · ${outbound}`
}

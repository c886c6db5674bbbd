import { localDayOf } from '../../db/local-days'
import type { ScenarioInfo } from '../../domain/scenarios'

export {
  CATEGORY_LABELS,
  REQUIREMENT_LABELS,
  STEP_STATUS_LABELS as STATUS_LABELS
} from '../../domain/labels'

// Formatters are made once: toLocaleString() builds a new one on every call, which shows when a
// dashboard formats the hundreds of cells of its chart tables.
const NUMBER = new Intl.NumberFormat()
const SHORT_DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })

/** 12345 → “12,345” in the user's locale. */
export function formatNumber(value: number): string {
  return NUMBER.format(value)
}

/** "12 Mar" in the user's locale, for an ISO date (YYYY-MM-DD): the days along a burn-up. */
export function formatShortDay(iso: string): string {
  return SHORT_DAY.format(new Date(`${iso}T00:00:00`))
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

import { localDayOf } from '../../db/local-days'
import { DISPLAY_LOCALE } from '../../domain/numbers'
import { onPremisesSendsFact, type ScenarioInfo } from '../../domain/scenarios'
import type { Scenario2Outbound } from '../../domain/types'

export {
  CATEGORY_LABELS,
  REQUIREMENT_LABELS,
  STEP_STATUS_LABELS as STATUS_LABELS
} from '../../domain/labels'

// Numbers and dates are in the user's locale, which `domain/numbers` supplies. Formatters are made
// once: toLocaleString() builds a new one on every call, which shows when a dashboard formats the
// hundreds of cells of its chart tables.
const SHORT_DAY = new Intl.DateTimeFormat(DISPLAY_LOCALE, { day: 'numeric', month: 'short' })
const DATE = new Intl.DateTimeFormat(DISPLAY_LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric'
})
const DATE_TIME = new Intl.DateTimeFormat(DISPLAY_LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit'
})

/** 12345 → “12,345” in the user's locale. */
export { formatCount as formatNumber } from '../../domain/numbers'

/** "12 Mar" in the user's locale, for an ISO date (YYYY-MM-DD): the days along a burn-up. */
export function formatShortDay(iso: string): string {
  return SHORT_DAY.format(new Date(`${iso}T00:00:00`))
}

/** A date like “12 Mar 2026” for an ISO date or timestamp, in the user's locale. */
export function formatDate(iso: string): string {
  if (!iso) return ''
  return DATE.format(new Date(iso.length === 10 ? `${iso}T00:00:00` : iso))
}

/** A moment like “12 Mar 2026, 14:05” for a timestamp, in the user's locale. */
export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso))
}

/** Today in the user's time zone, as YYYY-MM-DD. */
export function localToday(): string {
  return localDayOf(new Date())
}

/** The routing facts of a scenario in one line, e.g. “MX → Microsoft 365 · filtered in Microsoft 365 · …”. */
export function scenarioFacts(info: ScenarioInfo, outbound?: Scenario2Outbound): string {
  const mx = info.mx === 'eop' ? 'MX → Microsoft 365' : 'MX → on-premises'
  const filtering =
    info.inboundFiltering === 'cloud' ? 'filtered in Microsoft 365' : 'filtered on-premises'
  return `${mx} · ${filtering} · ${onPremisesSendsFact(info.number, outbound)}`
}

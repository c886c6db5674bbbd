/**
 * When will the work be done? Mailbox completion dates from recent throughput, and required
 * checklist steps from their pace and due dates. Pure: "today" is passed in as an ISO date.
 *
 * Method and decisions:
 * - Throughput is completions per day over two windows ending today (today included): the last
 *   7 and the last 14 days. With `workingDaysOnly` the windows are the last 7 and 14 working days
 *   (Monday to Friday); completions on a weekend inside the window still count, the weekend days
 *   do not, and projected finish dates fall on working days.
 * - The first day of history is the baseline, not throughput: a first import often brings
 *   mailboxes that were completed long before. A window never reaches back past it, so a 10-day
 *   record gives a "14-day" rate over 10 days.
 * - Likely date: from the 14-day rate, the steadier of the two. Range: the faster and the slower
 *   of the two rates, never narrower than ±10% of the time left (at least a day each side),
 *   because two windows agreeing is no proof that the pace will hold.
 * - Fewer than MIN_HISTORY_DAYS days of history, or no completion at all: "insufficient-history",
 *   worded as "too little history to say".
 * - A pause (no completion in the last 7 days, though there were some before): "stalled", with no
 *   date. A range stretched to infinity would only hide that nothing moves.
 * - Steps: required steps left against required steps completed per week over the last 4 weeks
 *   (20 working days), and the latest due date among the open required steps. The forecast is
 *   flagged behind schedule when the pace says later than that due date, when the due date has
 *   passed, or when the work has stalled with due dates set.
 */
export {
  LONG_WINDOW_DAYS,
  MIN_HISTORY_DAYS,
  SHORT_WINDOW_DAYS,
  STEP_WINDOW_WEEKS,
  formatRate,
  type DayCount,
  type ForecastOptions,
  type ForecastStatus
} from './pace'
export {
  forecastBatches,
  forecastDomains,
  forecastMailboxes,
  type BatchForecast,
  type BatchForecastInput,
  type CompletionInput,
  type DomainForecastInput,
  type MailboxForecast,
  type MailboxForecastOptions
} from './mailboxes'
export { forecastSteps, type StepForecast, type StepHistory } from './steps'

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
import { domainProgress } from './progress'
import {
  addWorkingDays,
  dayNumber,
  dayString,
  describeDay,
  describeDayRange,
  isWeekend,
  requireDay
} from './days'
import type { Step } from './types'
import { formatCount } from './numbers'

/** How many things were completed on one day (net: completions minus reopenings). */
export type DayCount = { day: string; count: number }

export type ForecastOptions = {
  /** Count Monday to Friday only; the user's choice. */
  workingDaysOnly?: boolean
}

export type ForecastStatus = 'forecast' | 'done' | 'insufficient-history' | 'stalled'

/** Days of history (after the baseline day) a forecast needs. */
export const MIN_HISTORY_DAYS = 7
export const SHORT_WINDOW_DAYS = 7
export const LONG_WINDOW_DAYS = 14
/** The step pace window: 4 weeks, or 20 working days. */
export const STEP_WINDOW_WEEKS = 4
/** Beyond a hundred years a date means nothing; later projections are clamped. */
const MAX_PROJECTION_DAYS = 36_500

/** What the mailbox forecast needs, for a project, a domain or a batch. */
export type CompletionInput = {
  /** Net completions per day, in any order; days outside the history are ignored. */
  completions: readonly DayCount[]
  /** The first day anything was recorded (the baseline), or null when nothing was. */
  historyStart: string | null
  /** Mailboxes not yet completed. */
  remaining: number
  /** All mailboxes in scope, completed ones included. */
  total: number
}

export type MailboxForecast = {
  status: ForecastStatus
  /** The likely finish date, null unless status is 'forecast'. */
  date: string | null
  range: { early: string; late: string } | null
  ratePerDay7: number
  ratePerDay14: number
  remaining: number
  /** The last day with a completion, null when there was none. */
  lastCompletion: string | null
  /** One plain sentence for the user. */
  explanation: string
}

type Window = { rate: number; days: number }

type Throughput = {
  counts: Map<number, number>
  start: number | null
  today: number
  working: boolean
}

function throughput(
  completions: readonly DayCount[],
  historyStart: string | null,
  today: string,
  options: ForecastOptions
): Throughput {
  const todayDay = requireDay(today, 'today')
  const start = historyStart === null ? null : dayNumber(historyStart)
  const counts = new Map<number, number>()
  for (const { day, count } of completions) {
    const value = dayNumber(day)
    if (value === null || value > todayDay || (start !== null && value <= start)) continue
    counts.set(value, (counts.get(value) ?? 0) + count)
  }
  return { counts, start, today: todayDay, working: options.workingDaysOnly === true }
}

function counts(day: number, working: boolean): boolean {
  return !working || !isWeekend(day)
}

/** Days of history after the baseline, in the unit the rates use. */
function historyDays(data: Throughput): number {
  if (data.start === null) return 0
  let days = 0
  for (let day = data.start + 1; day <= data.today; day += 1) if (counts(day, data.working)) days++
  return days
}

/** Completions per (working) day over the last `size` (working) days, clamped to the history. */
function windowRate(data: Throughput, size: number): Window {
  if (data.start === null) return { rate: 0, days: 0 }
  let days = 0
  let completed = 0
  for (let day = data.today; day > data.start && days < size; day -= 1) {
    completed += data.counts.get(day) ?? 0
    if (counts(day, data.working)) days += 1
  }
  return { rate: days === 0 ? 0 : Math.max(0, completed) / days, days }
}

function lastCompletion(data: Throughput): number | null {
  let last: number | null = null
  for (const [day, count] of data.counts) if (count > 0 && (last === null || day > last)) last = day
  return last
}

/** (Working) days needed for `amount` at `rate` a (working) day: at least one, at most the clamp. */
function daysNeeded(amount: number, rate: number): number {
  return Math.min(MAX_PROJECTION_DAYS, Math.max(1, Math.ceil(amount / rate)))
}

/** The day `needed` (working) days after today. */
function dayAfter(data: Throughput, needed: number): number {
  return data.working ? addWorkingDays(data.today, needed) : data.today + needed
}

function formatAmount(value: number): string {
  if (value >= 10) return formatCount(value)
  return (Math.round(value * 10) / 10).toString()
}

/** "42 a day", "3.5 a working day", or per week under one a day: "3 a week". */
export function formatRate(perDay: number, working: boolean): string {
  if (perDay >= 1 || perDay === 0)
    return `${formatAmount(perDay)} a ${working ? 'working ' : ''}day`
  return `${formatAmount(perDay * (working ? 5 : 7))} a week`
}

function windowText(days: number, working: boolean): string {
  return `the last ${days} ${working ? 'working ' : ''}${days === 1 ? 'day' : 'days'}`
}

export type MailboxForecastOptions = ForecastOptions & {
  /** Appended to "mailboxes" in the sentence, e.g. "in Wave 1" or "in contoso.com". */
  scope?: string
}

/** The mailbox completion forecast of a project, a domain or a batch on `today`. */
export function forecastMailboxes(
  input: CompletionInput,
  today: string,
  options: MailboxForecastOptions = {}
): MailboxForecast {
  const data = throughput(input.completions, input.historyStart, today, options)
  const short = windowRate(data, SHORT_WINDOW_DAYS)
  const long = windowRate(data, LONG_WINDOW_DAYS)
  const last = lastCompletion(data)
  const scope = options.scope ? ` ${options.scope}` : ''
  const remaining = Math.max(0, input.remaining)
  const theRemaining =
    remaining === 1
      ? `the last mailbox${scope}`
      : `the remaining ${formatCount(remaining)} mailboxes${scope}`
  const base = {
    date: null,
    range: null,
    ratePerDay7: short.rate,
    ratePerDay14: long.rate,
    remaining,
    lastCompletion: last === null ? null : dayString(last)
  }

  if (input.total > 0 && remaining === 0)
    return {
      ...base,
      status: 'done',
      explanation:
        input.total === 1
          ? `The 1 mailbox${scope} is completed.`
          : `All ${formatCount(input.total)} mailboxes${scope} are completed.`
    }
  if (input.total === 0)
    return {
      ...base,
      status: 'insufficient-history',
      explanation: `No mailboxes${scope} yet: too little history to say when they finish.`
    }
  const known = historyDays(data)
  if (known < MIN_HISTORY_DAYS)
    return {
      ...base,
      status: 'insufficient-history',
      explanation: `Too little history to say when ${theRemaining} finish: a forecast needs ${MIN_HISTORY_DAYS} ${data.working ? 'working ' : ''}days of records, and there ${known === 1 ? 'is' : 'are'} ${known}.`
    }
  if (last === null)
    return {
      ...base,
      status: 'insufficient-history',
      explanation: `Too little history to say when ${theRemaining} finish: none has been completed since the records began.`
    }
  if (short.rate === 0) {
    const before =
      long.rate > 0
        ? ` Over ${windowText(long.days, data.working)} the pace was ${formatRate(long.rate, data.working)}.`
        : ''
    return {
      ...base,
      status: 'stalled',
      explanation: `No mailbox${scope} was completed in ${windowText(short.days, data.working)}, so there is no finish date to forecast for ${theRemaining} (the last completion was on ${describeDay(last, data.today)}).${before}`
    }
  }

  const likely = daysNeeded(remaining, long.rate)
  const fast = daysNeeded(remaining, Math.max(short.rate, long.rate))
  const slow = daysNeeded(remaining, Math.min(short.rate, long.rate))
  const spread = Math.max(1, Math.round(likely * 0.1))
  const likelyDay = dayAfter(data, likely)
  const earlyDay = dayAfter(data, Math.min(fast, Math.max(1, likely - spread)))
  const lateDay = dayAfter(data, Math.max(slow, likely + spread))
  const shortText = formatRate(short.rate, data.working)
  const longText = formatRate(long.rate, data.working)
  const recent =
    shortText === longText ? '' : ` (${shortText} over ${windowText(short.days, data.working)})`
  const verb = remaining === 1 ? 'finishes' : 'finish'
  return {
    ...base,
    status: 'forecast',
    date: dayString(likelyDay),
    range: { early: dayString(earlyDay), late: dayString(lateDay) },
    explanation: `At ${longText} over ${windowText(long.days, data.working)}${recent}, ${theRemaining} ${verb} around ${describeDay(likelyDay, data.today)} (${describeDayRange(earlyDay, lateDay, data.today)}).`
  }
}

export type BatchForecastInput = CompletionInput & {
  id: string
  name: string
  /** ISO date or '' when the batch has no planned completion. */
  plannedCompletion: string
}

export type BatchForecast = {
  id: string
  name: string
  plannedCompletion: string
  forecast: MailboxForecast
  /** The forecast, or a passed planned date with mailboxes left, says later than planned. */
  late: boolean
}

/** One forecast per batch (wave), each against its planned completion date. */
export function forecastBatches(
  batches: readonly BatchForecastInput[],
  today: string,
  options: ForecastOptions = {}
): BatchForecast[] {
  return batches.map((batch) => {
    const forecast = forecastMailboxes(batch, today, { ...options, scope: `in ${batch.name}` })
    const planned = batch.plannedCompletion
    let late = false
    if (planned !== '' && forecast.status !== 'done') {
      if (forecast.date !== null) late = forecast.date > planned
      else late = forecast.remaining > 0 && planned < today
    }
    return { id: batch.id, name: batch.name, plannedCompletion: planned, forecast, late }
  })
}

export type DomainForecastInput = CompletionInput & { id: string; name: string }

/** One mailbox forecast per domain. */
export function forecastDomains(
  domains: readonly DomainForecastInput[],
  today: string,
  options: ForecastOptions = {}
): { id: string; name: string; forecast: MailboxForecast }[] {
  return domains.map((domain) => ({
    id: domain.id,
    name: domain.name,
    forecast: forecastMailboxes(domain, today, { ...options, scope: `in ${domain.name}` })
  }))
}

export type StepForecast = {
  status: ForecastStatus
  /** When the pace says the open required steps are done, null unless status is 'forecast'. */
  date: string | null
  remaining: number
  ratePerWeek: number
  /** The latest due date among the open required steps, null when none has one. */
  latestDue: string | null
  /** Open required steps without a due date. */
  withoutDueDate: number
  /** The pace says later than the latest due date, that date has passed, or the work stalled. */
  behindSchedule: boolean
  explanation: string
}

export type StepHistory = {
  /** Required steps settled (done or not applicable) per day, net of reopenings. */
  completions: readonly DayCount[]
  historyStart: string | null
}

function isOpenRequired(step: Step): boolean {
  return (
    !step.retired &&
    step.requirement === 'required' &&
    step.status !== 'done' &&
    step.status !== 'not-applicable'
  )
}

/**
 * When the open required steps of `steps` (a project's or a domain's) will be done at the pace of
 * the last four weeks, against their due dates.
 */
export function forecastSteps(
  steps: readonly Step[],
  history: StepHistory,
  today: string,
  options: ForecastOptions = {}
): StepForecast {
  const data = throughput(history.completions, history.historyStart, today, options)
  const progress = domainProgress(steps, today)
  const remaining = progress.requiredTotal - progress.requiredDone
  const open = steps.filter(isOpenRequired)
  const dues = open.map((step) => step.dueDate).filter((due) => dayNumber(due) !== null)
  const latestDue = dues.length === 0 ? null : dues.reduce((a, b) => (a > b ? a : b))
  const withoutDueDate = open.length - dues.length
  const windowSize = STEP_WINDOW_WEEKS * (data.working ? 5 : 7)
  const window = windowRate(data, windowSize)
  const perWeek = window.rate * (data.working ? 5 : 7)
  const duePassed = latestDue !== null && latestDue < today
  const theSteps =
    remaining === 1 ? 'the last required step' : `the ${remaining} remaining required steps`
  const dueText =
    latestDue === null
      ? ''
      : `${duePassed ? 'The latest due date among them has passed' : 'The latest due date among them is'} ${describeDay(requireDay(latestDue), data.today)}.`
  const base = {
    date: null,
    remaining,
    ratePerWeek: perWeek,
    latestDue,
    withoutDueDate,
    behindSchedule: duePassed
  }

  if (progress.requiredTotal > 0 && remaining === 0)
    return {
      ...base,
      status: 'done',
      explanation:
        progress.requiredTotal === 1
          ? 'The 1 required step is done.'
          : `All ${progress.requiredTotal} required steps are done.`
    }
  const known = historyDays(data)
  if (progress.requiredTotal === 0 || known < MIN_HISTORY_DAYS || lastCompletion(data) === null) {
    const reason =
      progress.requiredTotal === 0
        ? 'No required steps yet: too little history to say.'
        : `Too little history to say when ${theSteps} will be done.`
    return {
      ...base,
      status: 'insufficient-history',
      explanation: [reason, dueText].filter(Boolean).join(' ')
    }
  }
  const period =
    window.days === windowSize
      ? `the last ${STEP_WINDOW_WEEKS} weeks`
      : windowText(window.days, data.working)
  if (window.rate === 0)
    return {
      ...base,
      status: 'stalled',
      behindSchedule: latestDue !== null,
      explanation: [`No required step was completed in ${period}.`, dueText]
        .filter(Boolean)
        .join(' ')
    }

  const finish = dayAfter(data, daysNeeded(remaining, window.rate))
  const date = dayString(finish)
  const behind = duePassed || (latestDue !== null && date > latestDue)
  const against =
    latestDue === null
      ? ''
      : duePassed
        ? `, though the latest due date among them, ${describeDay(requireDay(latestDue), data.today)}, has passed`
        : `, ${behind ? 'after' : 'by'} the latest due date among them, ${describeDay(requireDay(latestDue), data.today)}`
  return {
    ...base,
    status: 'forecast',
    date,
    behindSchedule: behind,
    explanation: `At ${formatAmount(perWeek)} a week over ${period}, ${theSteps} ${remaining === 1 ? 'is' : 'are'} done around ${describeDay(finish, data.today)}${against}.`
  }
}

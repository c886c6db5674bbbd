/** Mailbox completion forecasts: of a project, a domain or a batch (wave) against its plan. */
import { describeDay, describeDayRange, dayString } from '../days'
import { formatCount } from '../numbers'
import {
  LONG_WINDOW_DAYS,
  MIN_HISTORY_DAYS,
  SHORT_WINDOW_DAYS,
  dayAfter,
  daysNeeded,
  formatRate,
  historyDays,
  lastCompletion,
  throughput,
  windowRate,
  windowText,
  type DayCount,
  type ForecastOptions,
  type ForecastStatus,
  type Throughput,
  type Window
} from './pace'

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

  return { ...base, ...projection(data, short, long, remaining, theRemaining) }
}

/** The likely finish date at the 14-day pace, its range between the two paces, and its sentence. */
function projection(
  data: Throughput,
  short: Window,
  long: Window,
  remaining: number,
  theRemaining: string
): Pick<MailboxForecast, 'status' | 'date' | 'range' | 'explanation'> {
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

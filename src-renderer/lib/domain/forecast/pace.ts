/**
 * The pace a forecast projects from: net completions per (working) day over windows ending today,
 * clamped to the history after its baseline day, and the words that describe it. See index.ts for
 * the method.
 */
import { addWorkingDays, dayNumber, isWeekend, requireDay } from '../days'
import { formatCount } from '../numbers'

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

export type Window = { rate: number; days: number }

export type Throughput = {
  counts: Map<number, number>
  start: number | null
  today: number
  working: boolean
}

export function throughput(
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
export function historyDays(data: Throughput): number {
  if (data.start === null) return 0
  let days = 0
  for (let day = data.start + 1; day <= data.today; day += 1) if (counts(day, data.working)) days++
  return days
}

/** Completions per (working) day over the last `size` (working) days, clamped to the history. */
export function windowRate(data: Throughput, size: number): Window {
  if (data.start === null) return { rate: 0, days: 0 }
  let days = 0
  let completed = 0
  for (let day = data.today; day > data.start && days < size; day -= 1) {
    completed += data.counts.get(day) ?? 0
    if (counts(day, data.working)) days += 1
  }
  return { rate: days === 0 ? 0 : Math.max(0, completed) / days, days }
}

export function lastCompletion(data: Throughput): number | null {
  let last: number | null = null
  for (const [day, count] of data.counts) if (count > 0 && (last === null || day > last)) last = day
  return last
}

/** (Working) days needed for `amount` at `rate` a (working) day: at least one, at most the clamp. */
export function daysNeeded(amount: number, rate: number): number {
  return Math.min(MAX_PROJECTION_DAYS, Math.max(1, Math.ceil(amount / rate)))
}

/** The day `needed` (working) days after today. */
export function dayAfter(data: Throughput, needed: number): number {
  return data.working ? addWorkingDays(data.today, needed) : data.today + needed
}

export function formatAmount(value: number): string {
  if (value >= 10) return formatCount(value)
  return (Math.round(value * 10) / 10).toString()
}

/** "42 a day", "3.5 a working day", or per week under one a day: "3 a week". */
export function formatRate(perDay: number, working: boolean): string {
  if (perDay >= 1 || perDay === 0)
    return `${formatAmount(perDay)} a ${working ? 'working ' : ''}day`
  return `${formatAmount(perDay * (working ? 5 : 7))} a week`
}

export function windowText(days: number, working: boolean): string {
  return `the last ${days} ${working ? 'working ' : ''}${days === 1 ? 'day' : 'days'}`
}

/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) for charts and forecasts. Days are counted as
 * whole UTC days since 1970-01-01, so adding days never meets a daylight-saving hour.
 */

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The day number of an ISO date, or null when the text is no real date (2026-02-30). */
export function dayNumber(isoDate: string): number | null {
  if (!ISO_DATE.test(isoDate)) return null
  const time = Date.parse(`${isoDate}T00:00:00Z`)
  if (Number.isNaN(time)) return null
  const day = time / MS_PER_DAY
  return dayString(day) === isoDate ? day : null
}

/** Like dayNumber, for dates the caller must supply correctly ("today"). */
export function requireDay(isoDate: string, name = 'day'): number {
  const day = dayNumber(isoDate)
  if (day === null)
    throw new RangeError(`${name} must be an ISO date (YYYY-MM-DD), got "${isoDate}"`)
  return day
}

/** The ISO date of a day number. */
export function dayString(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/** Saturday and Sunday. */
export function isWeekend(day: number): boolean {
  // 1970-01-01 was a Thursday: day 0 → weekday 4 (Sunday = 0).
  const weekday = (((day + 4) % 7) + 7) % 7
  return weekday === 0 || weekday === 6
}

/** The day `count` working days (Monday to Friday) after `day`; a weekend start counts from Monday. */
export function addWorkingDays(day: number, count: number): number {
  let current = day
  let left = count
  while (left > 0) {
    current += 1
    if (!isWeekend(current)) left -= 1
  }
  return current
}

/** English month names: the app's sentences are English (see describeDay). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const

type DayParts = { year: number; month: string; date: number }

function parts(day: number): DayParts {
  const value = new Date(day * MS_PER_DAY)
  return {
    year: value.getUTCFullYear(),
    month: MONTHS[value.getUTCMonth()] ?? '',
    date: value.getUTCDate()
  }
}

/**
 * "12 May", with the year only when it differs from the reference day's ("3 January 2027").
 * English on purpose: the sentence around it is English, and tests need a fixed text.
 */
export function describeDay(day: number, reference: number): string {
  const value = parts(day)
  const sameYear = value.year === parts(reference).year
  return sameYear ? `${value.date} ${value.month}` : `${value.date} ${value.month} ${value.year}`
}

/** "between 6 and 19 May", "between 28 April and 3 May", "between 20 December and 9 January 2027". */
export function describeDayRange(early: number, late: number, reference: number): string {
  const from = parts(early)
  const to = parts(late)
  const end = describeDay(late, reference)
  if (from.year === to.year && from.month === to.month) return `between ${from.date} and ${end}`
  if (from.year === to.year) return `between ${from.date} ${from.month} and ${end}`
  return `between ${describeDay(early, reference)} and ${end}`
}

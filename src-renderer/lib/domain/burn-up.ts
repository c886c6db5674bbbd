/**
 * Burn-up series: how many things were done on each day, with the total as a second line, built
 * from two sources. Pure: "today" is passed in.
 *
 * - Deltas come from the activity log (a mailbox moving into or out of completed, a required step
 *   settled or reopened). They are the history of every day, but they are lost with deleted rows
 *   in older data and miss changes made outside the app.
 * - Levels are the daily progress snapshots. They win for the days they cover: a snapshot is what
 *   the project really looked like that day, even after mailboxes were deleted or re-imported.
 * - Today is always the live count, so the chart ends where the rest of the page stands.
 */
import { dayNumber, dayString, requireDay } from './days'
import type { DayCount } from './forecast'
import type { MailboxLifecycle } from './mailboxes/lifecycle'
import { formatCount } from './numbers'
import type { StepStatus } from './types'

/** What a snapshot says about one day. */
export type DayLevel = { day: string; done: number; total: number }

export type History = {
  /** Net changes of the done count per day, from the activity log. */
  deltas: readonly DayCount[]
  /** Snapshot levels; they win for their days. */
  levels: readonly DayLevel[]
  /** The live count, used for today. */
  current: { done: number; total: number }
}

/** Rows of a table alternative to a chart: a header row, then one row per category or day. */
export type DataTable = {
  caption: string
  /** Header of the row-label column first, then one per cell. */
  columns: string[]
  rows: { label: string; cells: (string | number)[] }[]
}

/**
 * A cell of a data table as text, on screen and in reports: whole numbers in the user's locale
 * with its grouping, a fraction as it is (never rounded away), text unchanged.
 */
export function dataCellText(cell: string | number): string {
  return typeof cell === 'number' && Number.isInteger(cell) ? formatCount(cell) : String(cell)
}

export type BurnUp = {
  /** Every day from the first record to today, as ISO dates. */
  days: string[]
  done: number[]
  total: number[]
  table: DataTable
}

export type BurnUpLabels = { caption: string; done: string; total: string }

/**
 * The cumulative done count and the total for every day from the first record to today.
 *
 * Snapshots and today's live count are levels. A day after a level carries that level forward
 * with the day's deltas. A day before the first level is counted back from it (the level minus the
 * deltas of the days in between): imports create mailboxes without one log entry each, so counting
 * up from zero would draw every mailbox that arrived completed as done on the last day, while
 * counting back keeps each logged change on its own day. The total of a day without a level is the
 * nearest earlier level's, else the nearest later one's. A count is never drawn below zero.
 */
export function burnUp(history: History, today: string, labels: BurnUpLabels): BurnUp {
  const todayDay = requireDay(today, 'today')
  const deltas = new Map<number, number>()
  const levels = new Map<number, { done: number; total: number }>()
  let first = todayDay
  for (const { day, count } of history.deltas) {
    const value = dayNumber(day)
    if (value === null || value > todayDay) continue
    deltas.set(value, (deltas.get(value) ?? 0) + count)
    first = Math.min(first, value)
  }
  for (const level of history.levels) {
    const value = dayNumber(level.day)
    if (value === null || value > todayDay) continue
    levels.set(value, level)
    first = Math.min(first, value)
  }
  levels.set(todayDay, history.current)
  const firstLevel = Math.min(...levels.keys())

  const length = todayDay - first + 1
  const done = new Array<number>(length).fill(0)
  const total = new Array<number>(length).fill(0)
  const anchor = levels.get(firstLevel) ?? history.current
  let running = anchor.done
  for (let day = firstLevel; day >= first; day -= 1) {
    done[day - first] = running
    total[day - first] = anchor.total
    running -= deltas.get(day) ?? 0
  }
  let runningTotal = anchor.total
  running = anchor.done
  for (let day = firstLevel + 1; day <= todayDay; day += 1) {
    running += deltas.get(day) ?? 0
    const level = levels.get(day)
    if (level) {
      running = level.done
      runningTotal = level.total
    }
    done[day - first] = running
    total[day - first] = runningTotal
  }
  const days = done.map((_, index) => dayString(first + index))
  const clamped = done.map((value) => Math.max(0, value))
  return {
    days,
    done: clamped,
    total,
    table: {
      caption: labels.caption,
      columns: ['Day', labels.done, labels.total],
      rows: days.map((day, index) => ({
        label: day,
        cells: [clamped[index] ?? 0, total[index] ?? 0]
      }))
    }
  }
}

/** The burn-up's day-to-day increments for a forecast: the first day is the baseline. */
export function completionsOf(series: Pick<BurnUp, 'days' | 'done'>): {
  completions: DayCount[]
  historyStart: string | null
} {
  const completions: DayCount[] = []
  for (let index = 1; index < series.days.length; index += 1) {
    const day = series.days[index]
    if (day === undefined) continue
    completions.push({ day, count: (series.done[index] ?? 0) - (series.done[index - 1] ?? 0) })
  }
  return { completions, historyStart: series.days[0] ?? null }
}

/** Completed, with or without warnings: the mailbox is in Exchange Online for good. */
export const DONE_LIFECYCLES: readonly MailboxLifecycle[] = ['completed', 'completed-with-warnings']

export function isDoneLifecycle(value: unknown): boolean {
  return DONE_LIFECYCLES.some((lifecycle) => lifecycle === value)
}

function field(side: unknown, name: string): unknown {
  if (typeof side !== 'object' || side === null) return undefined
  return (side as Record<string, unknown>)[name]
}

/**
 * How an activity-log entry changed the completed-mailbox count: +1 when the mailbox became
 * completed (or was created completed), -1 when it left completed (or was removed while completed),
 * else 0. A side without a `lifecycle` field (a created or removed row is null there) is not
 * completed; an entry whose sides both lack it changed something else.
 */
export function mailboxCompletionDelta(before: unknown, after: unknown): number {
  const was = field(before, 'lifecycle')
  const now = field(after, 'lifecycle')
  if (was === undefined && now === undefined) return 0
  return Number(isDoneLifecycle(now)) - Number(isDoneLifecycle(was))
}

const SETTLED: readonly StepStatus[] = ['done', 'not-applicable']

/**
 * How a step's activity-log entry changed its settled count (done or not applicable, as
 * progress.ts counts required steps): +1, -1 or 0.
 */
export function stepSettledDelta(before: unknown, after: unknown): number {
  const was = field(before, 'status')
  const now = field(after, 'status')
  if (was === undefined || now === undefined) return 0
  const settled = (status: unknown): number => Number(SETTLED.some((value) => value === status))
  return settled(now) - settled(was)
}

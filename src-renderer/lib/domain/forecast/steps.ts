/** When the open required checklist steps will be done, at their pace and against due dates. */
import { dayNumber, dayString, describeDay, requireDay } from '../days'
import { domainProgress } from '../progress'
import type { Step } from '../types'
import {
  MIN_HISTORY_DAYS,
  STEP_WINDOW_WEEKS,
  dayAfter,
  daysNeeded,
  formatAmount,
  historyDays,
  lastCompletion,
  throughput,
  windowRate,
  windowText,
  type DayCount,
  type ForecastOptions,
  type ForecastStatus,
  type Throughput
} from './pace'

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
  const { latestDue, withoutDueDate } = dueDates(steps)
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

  return {
    ...base,
    ...projection(data, perWeek, period, window.rate, remaining, { latestDue, duePassed })
  }
}

/** The open required steps' latest due date, and how many have none. */
function dueDates(steps: readonly Step[]): { latestDue: string | null; withoutDueDate: number } {
  const open = steps.filter(isOpenRequired)
  const dues = open.map((step) => step.dueDate).filter((due) => dayNumber(due) !== null)
  return {
    latestDue: dues.length === 0 ? null : dues.reduce((a, b) => (a > b ? a : b)),
    withoutDueDate: open.length - dues.length
  }
}

/** The finish date at the window's pace, against the latest due date, and its sentence. */
function projection(
  data: Throughput,
  perWeek: number,
  period: string,
  rate: number,
  remaining: number,
  { latestDue, duePassed }: { latestDue: string | null; duePassed: boolean }
): Pick<StepForecast, 'status' | 'date' | 'behindSchedule' | 'explanation'> {
  const finish = dayAfter(data, daysNeeded(remaining, rate))
  const date = dayString(finish)
  const behind = duePassed || (latestDue !== null && date > latestDue)
  const theSteps =
    remaining === 1 ? 'the last required step' : `the ${remaining} remaining required steps`
  const against =
    latestDue === null
      ? ''
      : duePassed
        ? `, though the latest due date among them, ${describeDay(requireDay(latestDue), data.today)}, has passed`
        : `, ${behind ? 'after' : 'by'} the latest due date among them, ${describeDay(requireDay(latestDue), data.today)}`
  return {
    status: 'forecast',
    date,
    behindSchedule: behind,
    explanation: `At ${formatAmount(perWeek)} a week over ${period}, ${theSteps} ${remaining === 1 ? 'is' : 'are'} done around ${describeDay(finish, data.today)}${against}.`
  }
}

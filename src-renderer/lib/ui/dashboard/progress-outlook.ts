/**
 * What the project's dashboard and a domain's progress tab both derive from a progress history:
 * the burn-ups of completed mailboxes and settled required steps, and the forecasts they give.
 */
import { burnUp, completionsOf, type BurnUp, type History } from '../../domain/burn-up'
import {
  forecastMailboxes,
  forecastSteps,
  type ForecastOptions,
  type MailboxForecast,
  type MailboxForecastOptions,
  type StepForecast
} from '../../domain/forecast'
import type { Step } from '../../domain/types'

export type ProgressSeries = { mailboxes: BurnUp; steps: BurnUp }

/** The two burn-ups, each table captioned as given. */
export function progressSeries(
  history: { mailboxHistory: History; stepHistory: History },
  today: string,
  captions: { mailboxes: string; steps: string }
): ProgressSeries {
  return {
    mailboxes: burnUp(history.mailboxHistory, today, {
      caption: captions.mailboxes,
      done: 'Completed',
      total: 'All mailboxes'
    }),
    steps: burnUp(history.stepHistory, today, {
      caption: captions.steps,
      done: 'Required steps done',
      total: 'Required steps'
    })
  }
}

/** When the mailboxes not yet done finish, at the pace of their burn-up. */
export function mailboxOutlook(
  mailboxes: { total: number; done: number },
  series: BurnUp,
  today: string,
  options: MailboxForecastOptions
): MailboxForecast {
  return forecastMailboxes(
    {
      ...completionsOf(series),
      remaining: mailboxes.total - mailboxes.done,
      total: mailboxes.total
    },
    today,
    options
  )
}

/** When the open required steps are done, at the pace of their burn-up (none yet: no pace). */
export function stepOutlook(
  steps: readonly Step[],
  series: BurnUp | null,
  today: string,
  options: ForecastOptions
): StepForecast {
  const history = series ? completionsOf(series) : { completions: [], historyStart: null }
  return forecastSteps(steps, history, today, options)
}

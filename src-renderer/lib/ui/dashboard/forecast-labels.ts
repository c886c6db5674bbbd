import type { ForecastStatus, MailboxForecast, StepForecast } from '../../domain/forecast'

export type Tone = 'neutral' | 'ok' | 'warn' | 'danger' | 'info' | 'accent'

const MAILBOX_BADGES: Record<ForecastStatus, { text: string; tone: Tone }> = {
  forecast: { text: 'Forecast', tone: 'info' },
  done: { text: 'All completed', tone: 'ok' },
  'insufficient-history': { text: 'Too little history to say', tone: 'neutral' },
  stalled: { text: 'Stalled', tone: 'warn' }
}

/** The badge beside a mailbox forecast. */
export function mailboxBadge(forecast: MailboxForecast): { text: string; tone: Tone } {
  return MAILBOX_BADGES[forecast.status]
}

/** The badge beside a step forecast: whether the pace keeps the due dates. */
export function stepBadge(forecast: StepForecast): { text: string; tone: Tone } {
  if (forecast.status === 'done') return { text: 'All done', tone: 'ok' }
  if (forecast.behindSchedule) return { text: 'Behind schedule', tone: 'danger' }
  if (forecast.status === 'insufficient-history')
    return { text: 'Too little history to say', tone: 'neutral' }
  if (forecast.status === 'stalled') return { text: 'Stalled', tone: 'warn' }
  return { text: forecast.latestDue ? 'On schedule' : 'Forecast', tone: 'ok' }
}

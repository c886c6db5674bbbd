/** Words and badge tones of route tests, shared by the panel, the result and the hop table. */
import type { RouteFindingSeverity, RouteVerdict } from '../../domain/route/types'

export type Tone = 'neutral' | 'ok' | 'warn' | 'danger' | 'info' | 'accent'

export const VERDICT_TONES: Readonly<Record<RouteVerdict, Tone>> = {
  expected: 'ok',
  unexpected: 'danger',
  inconclusive: 'warn'
}

export const SEVERITY_LABELS: Readonly<Record<RouteFindingSeverity, string>> = {
  ok: 'OK',
  info: 'Note',
  warning: 'Warning',
  problem: 'Problem'
}

export const SEVERITY_TONES: Readonly<Record<RouteFindingSeverity, Tone>> = {
  ok: 'ok',
  info: 'info',
  warning: 'warn',
  problem: 'danger'
}

/** "2 s", "3 min 5 s", "1 h 2 min"; '' when unknown. */
export function formatDelay(seconds: number | null): string {
  if (seconds === null) return ''
  const sign = seconds < 0 ? '−' : ''
  const total = Math.abs(seconds)
  if (total < 60) return `${sign}${total} s`
  const minutes = Math.floor(total / 60)
  if (minutes < 60) return `${sign}${minutes} min ${total % 60} s`
  return `${sign}${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

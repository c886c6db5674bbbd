/**
 * The schedule form shows local time (a datetime-local input's "2026-12-12T22:00") and the run
 * stores ISO timestamps: these convert between the two in the user's time zone.
 */
import { DISPLAY_LOCALE } from '../../domain/numbers'

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** An ISO timestamp as a datetime-local value in local time; '' for null or an invalid one. */
export function toLocalInput(iso: string | null): string {
  if (iso === null) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  )
}

/** A datetime-local value (local time) as an ISO timestamp; '' when empty or not a time. */
export function fromLocalInput(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return ''
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? '' : date.toISOString()
}

const TIME = new Intl.DateTimeFormat(DISPLAY_LOCALE, { hour: '2-digit', minute: '2-digit' })

/** "22:30" in the user's locale and time zone. */
export function formatTime(iso: string): string {
  return TIME.format(new Date(iso))
}

/**
 * Days in the user's time zone. The activity log stores UTC timestamps; charts, snapshots and
 * forecasts count local days, so a change at 00:30 local time lands on the day the user lived it.
 */

function pad(value: number): string {
  return value.toString().padStart(2, '0')
}

/** The local YYYY-MM-DD of a timestamp (an ISO string or a Date). */
export function localDayOf(at: string | Date): string {
  const date = typeof at === 'string' ? new Date(at) : at
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The ISO timestamp of local midnight at the start of `day`, for ranges over the `at` index. */
export function localDayStart(day: string): string {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1).toISOString()
}

/** Remembers the last conversion: an import writes thousands of entries with the same time. */
export function dayConverter(): (at: string) => string {
  let lastAt = ''
  let lastDay = ''
  return (at) => {
    if (at !== lastAt) {
      lastAt = at
      lastDay = localDayOf(at)
    }
    return lastDay
  }
}

// Which automatic backups to keep, after Actual Budget's desktop rule: several from today, one
// per earlier day, a fixed number in all. Pure: the clock and the calendar are parameters.

/** A backup as retention sees it. */
export type RetainedBackup = { name: string; time: number }

/** The rule's numbers and calendar. */
export type RetentionPolicy = {
  /** Backups kept from the day `now` falls on. */
  perToday: number
  /** Backups kept in all (the protected ones included). */
  total: number
  /** The calendar day of a time, e.g. '2026-03-01'; backups of the same key share a day. */
  dayOf: (time: number) => string
}

/** Keeps 3 from today, 1 per earlier day, 10 in all, with days in UTC. */
export const DEFAULT_RETENTION: RetentionPolicy = {
  perToday: 3,
  total: 10,
  dayOf: (time) => new Date(time).toISOString().slice(0, 10)
}

/** The backups to keep and to delete, each newest first. */
export type RetentionPlan = { keep: string[]; remove: string[] }

function newestFirst(a: RetainedBackup, b: RetainedBackup): number {
  return b.time - a.time || (b.name < a.name ? -1 : b.name > a.name ? 1 : 0)
}

/**
 * Splits backups into those to keep and those to delete. In order of priority, until `total`
 * are kept:
 * 1. the newest backup of all and the newest one not after `now` (normally the one just
 *    written) are never deleted, whatever the clock says;
 * 2. backups dated after `now` (written while the clock ran ahead) are kept, newest first,
 *    and count towards the total: a skewed clock never makes retention delete real backups in
 *    their place without limit, and never deletes the future-dated ones first;
 * 3. up to `perToday` of today's, newest first;
 * 4. the newest of each earlier day, newest day first.
 * Everything else is deleted, so at most `total` remain (2 if `total` is smaller).
 */
export function planRetention(
  backups: readonly RetainedBackup[],
  now: number,
  policy: RetentionPolicy = DEFAULT_RETENTION
): RetentionPlan {
  const sorted = [...backups].sort(newestFirst)
  const keep = new Set<string>()
  const newest = sorted[0]
  if (newest) keep.add(newest.name)
  const newestReal = sorted.find((backup) => backup.time <= now)
  if (newestReal) keep.add(newestReal.name)

  function offer(backup: RetainedBackup): void {
    if (keep.size < policy.total) keep.add(backup.name)
  }

  for (const backup of sorted) if (backup.time > now) offer(backup)
  const today = policy.dayOf(now)
  const past = sorted.filter((backup) => backup.time <= now)
  const todays = past.filter((backup) => policy.dayOf(backup.time) === today)
  // The protected newest-real backup is usually today's first and already counts.
  let keptToday = todays.filter((backup) => keep.has(backup.name)).length
  for (const backup of todays) {
    if (keptToday >= policy.perToday) break
    if (keep.has(backup.name)) continue
    offer(backup)
    keptToday++
  }
  const days = new Set<string>([today])
  for (const backup of past) {
    const day = policy.dayOf(backup.time)
    if (days.has(day)) continue
    days.add(day)
    offer(backup)
  }
  return {
    keep: sorted.filter((backup) => keep.has(backup.name)).map((backup) => backup.name),
    remove: sorted.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name)
  }
}

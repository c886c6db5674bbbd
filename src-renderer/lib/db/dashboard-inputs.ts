/**
 * Reads what the progress dashboard aggregates, shaped as the plain inputs of lib/domain/burn-up,
 * dashboard and forecast. Built for 100,000 mailboxes and their activity log:
 * - mailbox counts per lifecycle are index counts on [projectId+lifecycle], never loaded rows;
 * - the activity log is walked with a cursor and folded into per-day numbers as it goes, so no
 *   list of entries is kept; and only the days the daily snapshots do not cover are walked (plus
 *   the first snapshot's day, which the days before it are counted back from);
 * - batch progress and forecasts: batch-inputs.ts.
 *
 * Inside a live query, Dexie remembers every key a read returns so that it can re-run when one of
 * them changes; for tens of thousands of keys or log entries that bookkeeping costs more than the
 * read. So each reader first reads, observed, small things and index counts over the same ranges
 * (they change whenever the rows behind them do), then does the bulk read `untracked`.
 */
import { DONE_LIFECYCLES, mailboxCompletionDelta, stepSettledDelta } from '../domain/burn-up'
import type { History } from '../domain/burn-up'
import { snapshotMailboxLevel, snapshotStepLevel } from '../domain/dashboard'
import { dayNumber, dayString } from '../domain/days'
import type { DayCount } from '../domain/forecast'
import { LIFECYCLES, type MailboxLifecycle } from '../domain/mailboxes/lifecycle'
import { domainProgress } from '../domain/progress'
import type { EventRecord, Step } from '../domain/types'
import { dayConverter, localDayStart } from './local-days'
import type { TrackerDb } from './schema'

export type LifecycleCountsRow = Record<MailboxLifecycle, number>

/** Mailboxes of a project per lifecycle: one index count each. */
export async function countMailboxesByLifecycle(
  db: TrackerDb,
  projectId: string
): Promise<LifecycleCountsRow> {
  const counts = await Promise.all(
    LIFECYCLES.map((lifecycle) =>
      db.mailboxes.where('[projectId+lifecycle]').equals([projectId, lifecycle]).count()
    )
  )
  return Object.fromEntries(
    LIFECYCLES.map((lifecycle, index) => [lifecycle, counts[index] ?? 0])
  ) as LifecycleCountsRow
}

/** Mailboxes of one domain per lifecycle: one index count each. */
async function countDomainMailboxesByLifecycle(
  db: TrackerDb,
  projectId: string,
  domainId: string
): Promise<LifecycleCountsRow> {
  const counts = await Promise.all(
    LIFECYCLES.map((lifecycle) =>
      db.mailboxes
        .where('[projectId+domainId+lifecycle]')
        .equals([projectId, domainId, lifecycle])
        .count()
    )
  )
  return Object.fromEntries(
    LIFECYCLES.map((lifecycle, index) => [lifecycle, counts[index] ?? 0])
  ) as LifecycleCountsRow
}

function doneOf(counts: LifecycleCountsRow): number {
  return DONE_LIFECYCLES.reduce((sum, lifecycle) => sum + counts[lifecycle], 0)
}

function totalOf(counts: LifecycleCountsRow): number {
  return LIFECYCLES.reduce((sum, lifecycle) => sum + counts[lifecycle], 0)
}

/**
 * Runs a read outside the live query that awaits it: a timer callback leaves Dexie's live-query
 * zone, so the rows it reads are not remembered one by one. Callers observe counts instead.
 */
export function untracked<T>(read: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    setTimeout(() => read().then(resolve, reject), 0)
  })
}

/** Per-day sums, kept as a map while the log is walked. */
export class DayTally {
  readonly #days = new Map<string, number>()

  add(day: string, count: number): void {
    if (count !== 0) this.#days.set(day, (this.#days.get(day) ?? 0) + count)
  }

  /** By day: the log may be walked in several ranges at once. */
  list(): DayCount[] {
    return [...this.#days]
      .map(([day, count]) => ({ day, count }))
      .sort((a, b) => a.day.localeCompare(b.day))
  }
}

type LogFold = { mailboxes: DayTally; steps: DayTally; visit: (event: EventRecord) => void }

/** Folds log entries into completed-mailbox and settled-required-step deltas per local day. */
function logFold(steps: readonly Step[]): LogFold {
  const required = new Set(
    steps.filter((step) => step.requirement === 'required' && !step.retired).map((step) => step.id)
  )
  const dayOf = dayConverter()
  const mailboxes = new DayTally()
  const stepDeltas = new DayTally()
  return {
    mailboxes,
    steps: stepDeltas,
    visit(event) {
      if (event.entity === 'step') {
        if (required.has(event.entityId))
          stepDeltas.add(dayOf(event.at), stepSettledDelta(event.before, event.after))
        return
      }
      const day = dayOf(event.at)
      forEachMailboxChange(event, (_id, before, after) =>
        mailboxes.add(day, mailboxCompletionDelta(before, after))
      )
    }
  }
}

/**
 * Calls `visit` for each mailbox change an event records: the event's own, or each mailbox a bulk
 * change (one event) lists in its items.
 */
export function forEachMailboxChange(
  event: EventRecord,
  visit: (mailboxId: string, before: unknown, after: unknown) => void
): void {
  if (event.items === undefined) visit(event.entityId, event.before, event.after)
  else for (const item of event.items) visit(item.id, item.before, item.after)
}

/** `at` ranges ([from, to), '' and '\uffff' for open ends) of the days no snapshot covers. */
function uncoveredRanges(snapshotDays: readonly string[]): [string, string][] {
  const days = snapshotDays
    .map((day) => dayNumber(day))
    .filter((day): day is number => day !== null)
    .sort((a, b) => a - b)
  const first = days[0]
  if (first === undefined) return [['', '\uffff']]
  const start = (day: number): string => localDayStart(dayString(day))
  // The first snapshot's own day is walked too: the days before it are counted back from it.
  const ranges: [string, string][] = [['', start(first + 1)]]
  for (let index = 1; index < days.length; index += 1) {
    const previous = days[index - 1] ?? first
    const current = days[index] ?? first
    if (current - previous > 1) ranges.push([start(previous + 1), start(current)])
  }
  ranges.push([start((days[days.length - 1] ?? first) + 1), '\uffff'])
  return ranges
}

export type ProjectHistoryInputs = {
  counts: LifecycleCountsRow
  steps: Step[]
  mailboxHistory: History
  stepHistory: History
}

/**
 * The inputs of the project dashboard on `today`: mailbox counts, the project's steps, and the
 * burn-up histories of completed mailboxes and settled required steps.
 */
export async function readProjectHistory(
  db: TrackerDb,
  projectId: string,
  today: string
): Promise<ProjectHistoryInputs> {
  const log = db.events.where('[projectId+at]').between([projectId, ''], [projectId, '\uffff'])
  const [counts, steps, snapshots] = await db.transaction(
    'r',
    [db.mailboxes, db.steps, db.snapshots, db.events],
    () =>
      Promise.all([
        countMailboxesByLifecycle(db, projectId),
        db.steps.where('projectId').equals(projectId).toArray(),
        db.snapshots
          .where('[projectId+day]')
          .between([projectId, ''], [projectId, '\uffff'])
          .toArray(),
        // Observed so that any new log entry of the project re-runs the query: a query observes
        // its whole key range whatever its limit, and one key costs nothing (a count walked the
        // whole log).
        log.clone().limit(1).primaryKeys()
      ])
  )
  const fold = logFold(steps)
  // Every range at once: IndexedDB walks them back to back instead of waiting for this thread
  // (busy drawing the first charts) between one range and the next.
  await untracked(() =>
    db.transaction('r', db.events, () =>
      Promise.all(
        uncoveredRanges(snapshots.map((snapshot) => snapshot.day)).map(([from, to]) =>
          db.events
            .where('[projectId+at]')
            .between([projectId, from], [projectId, to], true, false)
            .each(fold.visit)
        )
      )
    )
  )
  const progress = domainProgress(steps, today)
  return {
    counts,
    steps,
    mailboxHistory: {
      deltas: fold.mailboxes.list(),
      levels: snapshots.map(snapshotMailboxLevel),
      current: { done: doneOf(counts), total: totalOf(counts) }
    },
    stepHistory: {
      deltas: fold.steps.list(),
      levels: snapshots.map(snapshotStepLevel),
      current: { done: progress.requiredDone, total: progress.requiredTotal }
    }
  }
}

export type DomainHistoryInputs = {
  counts: LifecycleCountsRow
  mailboxHistory: History
  stepHistory: History
}

/**
 * The inputs of one domain's progress charts. Snapshots are per project, so a domain's history is
 * its activity log alone; and mailboxes have no domain index, so its counts take one pass over the
 * project's mailboxes.
 */
export async function readDomainHistory(
  db: TrackerDb,
  projectId: string,
  domainId: string,
  today: string
): Promise<DomainHistoryInputs> {
  const [steps, counts] = await db.transaction('r', [db.mailboxes, db.steps, db.events], () =>
    Promise.all([
      db.steps.where('domainId').equals(domainId).toArray(),
      countDomainMailboxesByLifecycle(db, projectId, domainId),
      // Observed: a new entry in the domain's log.
      db.events.where('[domainId+at]').between([domainId, ''], [domainId, '\uffff']).count()
    ])
  )
  const fold = logFold(steps)
  await untracked(() =>
    db.transaction('r', [db.events], async () => {
      await db.events
        .where('[domainId+at]')
        .between([domainId, ''], [domainId, '\uffff'])
        .each(fold.visit)
    })
  )
  const progress = domainProgress(steps, today)
  return {
    counts,
    mailboxHistory: {
      deltas: fold.mailboxes.list(),
      levels: [],
      current: { done: doneOf(counts), total: totalOf(counts) }
    },
    stepHistory: {
      deltas: fold.steps.list(),
      levels: [],
      current: { done: progress.requiredDone, total: progress.requiredTotal }
    }
  }
}

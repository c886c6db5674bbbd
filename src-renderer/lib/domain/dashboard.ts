/**
 * What the progress dashboard draws, aggregated before any chart sees it: a handful of series of
 * a few hundred points at most (domains × statuses, days, batches), never one point per mailbox.
 * Each aggregation also comes as a table, the charts' alternative for screen readers and copying.
 * Pure: "today" is passed in; labels of step statuses come from the caller (the UI owns them).
 */
import { DONE_LIFECYCLES, type DataTable, type DayLevel } from './burn-up'
import { progressOfBatch, type LifecycleTally } from './mailboxes/batches'
import { LIFECYCLE_LABELS, LIFECYCLES, type MailboxLifecycle } from './mailboxes/lifecycle'
import type { Batch } from './mailboxes/model'
import { domainProgress, type ProjectProgress } from './progress'
import type { ProgressSnapshot } from './snapshots'
import type { Domain, Step, StepStatus } from './types'

/** One line, bar set or ring of a chart; `id` names what it counts (a status, a lifecycle…). */
export type ChartSeries = { id: string; label: string; values: number[] }

/** Categories (domains, lifecycles, batches) × series, with the same data as a table. */
export type CategoryChart = { labels: string[]; series: ChartSeries[]; table: DataTable }

/** The stacking order of step statuses: settled work first, then what is left. */
export const STATUS_ORDER: readonly StepStatus[] = [
  'done',
  'not-applicable',
  'in-progress',
  'blocked',
  'todo'
]

/** 0 to 100, rounded; 0 when there is nothing to count. */
export function percentOf(part: number, whole: number): number {
  return whole <= 0 ? 0 : Math.round((part / whole) * 100)
}

function percent(part: number, whole: number): string {
  return `${percentOf(part, whole)}%`
}

/**
 * Required steps per domain by status, for stacked bars. Retired steps are history, not work, as
 * in progress.ts. Series that are zero everywhere are left out of the chart, not the table.
 */
export function requiredStepsByDomain(
  domains: readonly Pick<Domain, 'id' | 'name'>[],
  stepsByDomain: ReadonlyMap<string, readonly Step[]>,
  statusLabels: Readonly<Record<StepStatus, string>>
): CategoryChart {
  const counts = domains.map((domain) => {
    const tally = new Map<StepStatus, number>()
    for (const step of stepsByDomain.get(domain.id) ?? [])
      if (!step.retired && step.requirement === 'required')
        tally.set(step.status, (tally.get(step.status) ?? 0) + 1)
    return tally
  })
  const all = STATUS_ORDER.map((status) => ({
    id: status,
    label: statusLabels[status],
    values: counts.map((tally) => tally.get(status) ?? 0)
  }))
  return {
    labels: domains.map((domain) => domain.name),
    series: all.filter((series) => series.values.some((value) => value > 0)),
    table: {
      caption: 'Required steps per domain by status',
      columns: ['Domain', ...all.map((series) => series.label), 'Total'],
      rows: domains.map((domain, index) => {
        const cells = all.map((series) => series.values[index] ?? 0)
        return { label: domain.name, cells: [...cells, cells.reduce((a, b) => a + b, 0)] }
      })
    }
  }
}

/** Overdue and blocked steps per domain, counted by projectProgress. */
export function overdueAndBlocked(progress: ProjectProgress): CategoryChart {
  const overdue = progress.domains.map((row) => row.progress.overdue.length)
  const blocked = progress.domains.map((row) => row.progress.blocked.length)
  return {
    labels: progress.domains.map((row) => row.domainName),
    series: [
      { id: 'overdue', label: 'Overdue', values: overdue },
      { id: 'blocked', label: 'Blocked', values: blocked }
    ],
    table: {
      caption: 'Overdue and blocked steps per domain',
      columns: ['Domain', 'Overdue', 'Blocked'],
      rows: progress.domains.map((row, index) => ({
        label: row.domainName,
        cells: [overdue[index] ?? 0, blocked[index] ?? 0]
      }))
    }
  }
}

export type LifecycleCounts = Partial<Record<MailboxLifecycle, number>>

export type LifecycleChart = CategoryChart & {
  total: number
  /** Completed with or without warnings. */
  done: number
}

/**
 * Mailboxes by lifecycle, for a doughnut: one ring segment per lifecycle that has mailboxes, in
 * the order a move goes through them. The table lists every lifecycle with its share.
 */
export function mailboxesByLifecycle(counts: LifecycleCounts): LifecycleChart {
  const total = LIFECYCLES.reduce((sum, lifecycle) => sum + (counts[lifecycle] ?? 0), 0)
  const present = LIFECYCLES.filter((lifecycle) => (counts[lifecycle] ?? 0) > 0)
  return {
    labels: present.map((lifecycle) => LIFECYCLE_LABELS[lifecycle]),
    series: [
      { id: 'mailboxes', label: 'Mailboxes', values: present.map((key) => counts[key] ?? 0) }
    ],
    total,
    done: DONE_LIFECYCLES.reduce((sum, lifecycle) => sum + (counts[lifecycle] ?? 0), 0),
    table: {
      caption: 'Mailboxes by lifecycle',
      columns: ['Lifecycle', 'Mailboxes', 'Share'],
      rows: LIFECYCLES.map((lifecycle) => ({
        label: LIFECYCLE_LABELS[lifecycle],
        cells: [counts[lifecycle] ?? 0, percent(counts[lifecycle] ?? 0, total)]
      }))
    }
  }
}

/** Ids of the lifecycles drawn by mailboxesByLifecycle, in the same order as its labels. */
export function lifecyclesPresent(counts: LifecycleCounts): MailboxLifecycle[] {
  return LIFECYCLES.filter((lifecycle) => (counts[lifecycle] ?? 0) > 0)
}

/** A batch's mailbox counts, as the database adapter reads them. */
export type BatchProgress = {
  id: string
  name: string
  /** ISO date or ''. */
  plannedCompletion: string
  total: number
  done: number
}

/** A batch's counts for the dashboard and the report, by the mailbox page's definition. */
export function batchCounts(
  batch: Pick<Batch, 'id' | 'name' | 'plannedCompletion'>,
  byLifecycle: LifecycleTally
): BatchProgress {
  const progress = progressOfBatch(batch.id, byLifecycle)
  return {
    id: batch.id,
    name: batch.name,
    plannedCompletion: batch.plannedCompletion,
    total: progress.total,
    done: progress.completed
  }
}

export type BatchPlanChart = CategoryChart & {
  /** The batches in chart order: planned completion first (undated last), then name. */
  batches: (BatchProgress & { remaining: number; pastPlannedDate: boolean })[]
}

function byPlan(a: BatchProgress, b: BatchProgress): number {
  if (a.plannedCompletion !== b.plannedCompletion) {
    if (a.plannedCompletion === '') return 1
    if (b.plannedCompletion === '') return -1
    return a.plannedCompletion < b.plannedCompletion ? -1 : 1
  }
  return a.name.localeCompare(b.name)
}

/**
 * Per batch: planned completion date against what is actually completed. A batch is past its
 * planned date when that date is before today and mailboxes remain.
 */
export function batchPlanVsActual(
  batches: readonly BatchProgress[],
  today: string
): BatchPlanChart {
  const rows = [...batches].sort(byPlan).map((batch) => {
    const remaining = Math.max(0, batch.total - batch.done)
    const pastPlannedDate =
      batch.plannedCompletion !== '' && batch.plannedCompletion < today && remaining > 0
    return { ...batch, remaining, pastPlannedDate }
  })
  return {
    batches: rows,
    labels: rows.map((batch) => batch.name),
    series: [
      { id: 'completed', label: 'Completed', values: rows.map((batch) => batch.done) },
      { id: 'remaining', label: 'Not yet completed', values: rows.map((batch) => batch.remaining) }
    ],
    table: {
      caption: 'Batches: planned completion against mailboxes completed',
      columns: [
        'Batch',
        'Planned completion',
        'Mailboxes',
        'Completed',
        'Completed share',
        'State'
      ],
      rows: rows.map((batch) => ({
        label: batch.name,
        cells: [
          batch.plannedCompletion || 'Not planned',
          batch.total,
          batch.done,
          percent(batch.done, batch.total),
          batch.total > 0 && batch.remaining === 0
            ? 'Done'
            : batch.pastPlannedDate
              ? 'Past planned date'
              : 'In progress'
        ]
      }))
    }
  }
}

/**
 * The daily progress snapshot of a project: mailbox counts per lifecycle (every lifecycle present,
 * zeros included, so two snapshots compare field by field) and its required steps as progress.ts
 * counts them. The id is derived from project and day: there is one snapshot per project and day.
 */
export function snapshotFor(
  projectId: string,
  day: string,
  mailboxesByLifecycle: LifecycleCounts,
  steps: readonly Step[]
): ProgressSnapshot {
  const progress = domainProgress(steps, day)
  return {
    id: `${projectId}/${day}`,
    projectId,
    day,
    mailboxesByLifecycle: Object.fromEntries(
      LIFECYCLES.map((lifecycle) => [lifecycle, mailboxesByLifecycle[lifecycle] ?? 0])
    ),
    requiredStepsDone: progress.requiredDone,
    requiredStepsTotal: progress.requiredTotal
  }
}

/** A snapshot's completed mailboxes and total, as a burn-up level. */
export function snapshotMailboxLevel(snapshot: ProgressSnapshot): DayLevel {
  const counts = snapshot.mailboxesByLifecycle
  let total = 0
  for (const value of Object.values(counts)) total += value
  const done = DONE_LIFECYCLES.reduce((sum, lifecycle) => sum + (counts[lifecycle] ?? 0), 0)
  return { day: snapshot.day, done, total }
}

/** A snapshot's settled required steps and their total, as a burn-up level. */
export function snapshotStepLevel(snapshot: ProgressSnapshot): DayLevel {
  return {
    day: snapshot.day,
    done: snapshot.requiredStepsDone,
    total: snapshot.requiredStepsTotal
  }
}

/**
 * The report's charts: each the dashboard's own aggregation (dashboard.ts, burn-up.ts), so the UI
 * draws it with the dashboard's chart specs, plus a title and an alt text that says what the
 * chart shows in numbers. Only charts with something to draw are made.
 */
import type { BurnUp } from '../burn-up'
import type { BatchPlanChart, CategoryChart, LifecycleChart, LifecycleCounts } from '../dashboard'
import { formatCount } from '../numbers'
import { LIFECYCLE_LABELS, LIFECYCLES } from '../mailboxes/lifecycle'
import type { ReportChart, ReportDomain } from './types'

export type ChartParts = {
  domains: readonly ReportDomain[]
  stepsByDomain: CategoryChart
  lifecycle: LifecycleChart
  counts: LifecycleCounts
  mailboxSeries: BurnUp
  stepSeries: BurnUp
  batches: BatchPlanChart
}

export const MAILBOX_SERIES_LABELS = {
  caption: 'Mailboxes completed per day',
  done: 'Completed',
  total: 'All mailboxes'
} as const

export const STEP_SERIES_LABELS = {
  caption: 'Required steps done per day',
  done: 'Required steps done',
  total: 'Required steps'
} as const

function stepsAlt(domains: readonly ReportDomain[]): string {
  const parts = domains.map(
    (domain) => `${domain.name}: ${domain.requiredDone} of ${domain.requiredTotal} settled`
  )
  return `Stacked bar chart of required steps per domain by status. ${parts.join('; ')}.`
}

function lifecycleAlt(counts: LifecycleCounts, total: number): string {
  const parts = LIFECYCLES.filter((lifecycle) => (counts[lifecycle] ?? 0) > 0).map(
    (lifecycle) => `${LIFECYCLE_LABELS[lifecycle]} ${formatCount(counts[lifecycle] ?? 0)}`
  )
  return `Doughnut chart of ${formatCount(total)} mailboxes by lifecycle: ${parts.join(', ')}.`
}

function burnUpAlt(series: BurnUp, what: string): string {
  const last = series.days.length - 1
  return `Line chart of ${what} per day from ${series.days[0] ?? ''} to ${series.days[last] ?? ''}: from ${formatCount(series.done[0] ?? 0)} to ${formatCount(series.done[last] ?? 0)} of ${formatCount(series.total[last] ?? 0)}.`
}

function batchesAlt(plan: BatchPlanChart): string {
  const parts = plan.batches.map(
    (batch) => `${batch.name} ${formatCount(batch.done)} of ${formatCount(batch.total)}`
  )
  return `Stacked bar chart of completed and remaining mailboxes per batch: ${parts.join('; ')}.`
}

/**
 * The charts that have data, in report order: steps by domain, mailboxes by lifecycle, the two
 * burn-ups (once they span more than a day) and the batches.
 */
export function reportCharts(parts: ChartParts): ReportChart[] {
  const charts: ReportChart[] = []
  const requiredTotal = parts.domains.reduce((sum, domain) => sum + domain.requiredTotal, 0)
  if (requiredTotal > 0)
    charts.push({
      id: 'steps-by-domain',
      title: 'Required steps by domain',
      alt: stepsAlt(parts.domains),
      table: parts.stepsByDomain.table,
      chart: parts.stepsByDomain
    })
  if (parts.lifecycle.total > 0)
    charts.push({
      id: 'mailboxes-by-lifecycle',
      title: 'Mailboxes by lifecycle',
      alt: lifecycleAlt(parts.counts, parts.lifecycle.total),
      table: parts.lifecycle.table,
      counts: parts.counts
    })
  if (parts.lifecycle.total > 0 && parts.mailboxSeries.days.length > 1)
    charts.push({
      id: 'mailbox-burn-up',
      title: 'Mailboxes completed over time',
      alt: burnUpAlt(parts.mailboxSeries, 'completed mailboxes'),
      table: parts.mailboxSeries.table,
      series: parts.mailboxSeries,
      doneLabel: MAILBOX_SERIES_LABELS.done,
      totalLabel: MAILBOX_SERIES_LABELS.total
    })
  if (requiredTotal > 0 && parts.stepSeries.days.length > 1)
    charts.push({
      id: 'step-burn-up',
      title: 'Required steps done over time',
      alt: burnUpAlt(parts.stepSeries, 'settled required steps'),
      table: parts.stepSeries.table,
      series: parts.stepSeries,
      doneLabel: STEP_SERIES_LABELS.done,
      totalLabel: STEP_SERIES_LABELS.total
    })
  if (parts.batches.batches.length > 0)
    charts.push({
      id: 'batches',
      title: 'Batches: planned against completed',
      alt: batchesAlt(parts.batches),
      table: parts.batches.table,
      plan: parts.batches
    })
  return charts
}

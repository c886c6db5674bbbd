/**
 * The dashboard's aggregations (lib/domain/dashboard, burn-up) as chart descriptions: which
 * chart, which colour for which status or lifecycle. Colours name design tokens, so both themes
 * work; the nine lifecycles share the tokens in full and see-through shades.
 */
import type { BurnUp } from '../../domain/burn-up'
import type { BatchPlanChart, CategoryChart, LifecycleCounts } from '../../domain/dashboard'
import { lifecyclesPresent } from '../../domain/dashboard'
import { LIFECYCLE_LABELS, type MailboxLifecycle } from '../../domain/mailboxes/lifecycle'
import type { StepStatus } from '../../domain/types'
import type { ChartSpec } from '../charts/chart-spec'
import type { ChartColor } from '../charts/palette'
import { formatShortDay } from '../common/labels'

export const STATUS_COLORS: Readonly<Record<StepStatus, ChartColor>> = {
  done: { token: 'ok' },
  'not-applicable': { token: 'ok', alpha: 0.4 },
  'in-progress': { token: 'accent' },
  blocked: { token: 'danger' },
  todo: { token: 'borderStrong' }
}

export const LIFECYCLE_COLORS: Readonly<Record<MailboxLifecycle, ChartColor>> = {
  'not-started': { token: 'borderStrong' },
  queued: { token: 'info', alpha: 0.45 },
  syncing: { token: 'info' },
  synced: { token: 'accent', alpha: 0.5 },
  completing: { token: 'accent' },
  completed: { token: 'ok' },
  'completed-with-warnings': { token: 'warn' },
  failed: { token: 'danger' },
  stopped: { token: 'fgMuted' }
}

function isStatus(id: string): id is StepStatus {
  return id in STATUS_COLORS
}

/** One bar series per series of `chart`, coloured by series id. */
function bars(
  chart: CategoryChart,
  colorOf: (id: string) => ChartColor,
  layout: { stacked?: boolean; horizontal?: boolean } = {}
): ChartSpec {
  return {
    kind: 'bar',
    ...layout,
    labels: chart.labels,
    series: chart.series.map((series) => ({
      label: series.label,
      values: series.values,
      color: colorOf(series.id)
    }))
  }
}

/** Stacked bars across, one per category: long domain and batch names stay readable. */
const STACKED_ACROSS = { stacked: true, horizontal: true }

function statusColor(id: string): ChartColor {
  return isStatus(id) ? STATUS_COLORS[id] : { token: 'fgMuted' }
}

/** Required steps per domain by status: stacked bars across, one per domain. */
export function stepsByDomainSpec(chart: CategoryChart): ChartSpec {
  return bars(chart, statusColor, STACKED_ACROSS)
}

/** A single domain's required steps by status, as a ring. */
export function stepStatusSpec(chart: CategoryChart): ChartSpec {
  const present = chart.series.filter((series) => (series.values[0] ?? 0) > 0)
  return {
    kind: 'doughnut',
    labels: present.map((series) => series.label),
    values: present.map((series) => series.values[0] ?? 0),
    colors: present.map((series) => statusColor(series.id))
  }
}

export function overdueSpec(chart: CategoryChart): ChartSpec {
  return bars(chart, (id) => (id === 'overdue' ? { token: 'danger' } : { token: 'warn' }))
}

export function lifecycleSpec(counts: LifecycleCounts): ChartSpec {
  const present = lifecyclesPresent(counts)
  return {
    kind: 'doughnut',
    labels: present.map((lifecycle) => LIFECYCLE_LABELS[lifecycle]),
    values: present.map((lifecycle) => counts[lifecycle] ?? 0),
    colors: present.map((lifecycle) => LIFECYCLE_COLORS[lifecycle])
  }
}

export function burnUpSpec(series: BurnUp, doneLabel: string, totalLabel: string): ChartSpec {
  return {
    kind: 'line',
    labels: series.days.map(formatShortDay),
    series: [
      { label: doneLabel, values: series.done, color: { token: 'ok' }, fill: true },
      { label: totalLabel, values: series.total, color: { token: 'fgMuted' }, dashed: true }
    ]
  }
}

export function batchSpec(chart: BatchPlanChart): ChartSpec {
  return bars(
    chart,
    (id) => (id === 'completed' ? { token: 'ok' } : { token: 'borderStrong', alpha: 0.7 }),
    STACKED_ACROSS
  )
}

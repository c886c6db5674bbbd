/**
 * The report's charts drawn as the dashboard draws them: the same specs and colours, so the
 * steering committee sees the charts the project lead sees.
 */
import type { ReportChart } from '../../domain/report'
import type { ChartSpec } from '../charts/chart-spec'
import { batchSpec, burnUpSpec, lifecycleSpec, stepsByDomainSpec } from '../dashboard/chart-specs'
import type { ChartImageRequest } from './chart-images'

function specOf(chart: ReportChart): ChartSpec {
  switch (chart.id) {
    case 'steps-by-domain':
      return stepsByDomainSpec(chart.chart)
    case 'mailboxes-by-lifecycle':
      return lifecycleSpec(chart.counts)
    case 'mailbox-burn-up':
    case 'step-burn-up':
      return burnUpSpec(chart.series, chart.doneLabel, chart.totalLabel)
    case 'batches':
      return batchSpec(chart.plan)
  }
}

/** What to draw for each of the report's charts. */
export function reportChartRequests(charts: readonly ReportChart[]): ChartImageRequest[] {
  return charts.map((chart) => ({ id: chart.id, spec: specOf(chart) }))
}

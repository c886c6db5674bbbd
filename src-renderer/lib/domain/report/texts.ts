/**
 * The sentences a report prints around its numbers, shared by the HTML and Markdown renderers so
 * both formats say the same thing. Values from the project are returned raw: each renderer
 * escapes the whole sentence for its format.
 */
import { dataCellText, type DataTable } from '../burn-up'
import type { BatchForecast, ForecastStatus, StepForecast } from '../forecast'
import { DISPLAY_LOCALE, formatCount } from '../numbers'
import type {
  Report,
  ReportConnector,
  ReportDnsRecord,
  ReportDomain,
  ReportFailedMailbox,
  ReportStep
} from './types'

/** What an empty list or section says instead of an empty table. */
export const EMPTY_TEXT = {
  domains: 'No domains yet.',
  blocked: 'No blocked steps.',
  overdue: 'No overdue steps.',
  dns: 'No DNS records to check.',
  connectors: 'No connectors recorded yet.',
  missingConnectors: 'Nothing missing: every connector step the domains require has a connector.',
  mailboxes: 'No mailboxes imported yet.',
  batches: 'No batches yet.',
  failed: 'No failed mailboxes.',
  unverifiedDns: 'Every DNS record the domains need has an OK verdict.'
} as const

/** What the route-test section says about itself, in both formats. */
export const ROUTE_TESTS_NOTE =
  'Test messages in each direction that matters, read from their headers and checked against the domain’s scenario; the newest test per direction counts.'
export const REDACTED_NOTE = 'Email addresses are redacted: only their domains are shown.'

export const FORECAST_STATUS_LABELS: Readonly<Record<ForecastStatus, string>> = {
  forecast: 'Forecast',
  done: 'All completed',
  'insufficient-history': 'Too little history to say',
  stalled: 'Stalled'
}

/** "12 of 30 (40%)". */
function ofText(part: number, whole: number, percent: number): string {
  return `${formatCount(part)} of ${formatCount(whole)} (${percent}%)`
}

/** The report's header facts as label and value pairs, in order. */
export function metaRows(report: Report, generated: string): [string, string][] {
  return [
    ['Organisation', report.projectName],
    ['Tenant', report.tenantName],
    ['Scope', report.scopeLabel],
    ['Status on', report.today],
    ['Generated', generated]
  ]
}

/** The summary's figures as label and value pairs, in order. */
export function summaryRows(report: Report): [string, string][] {
  const { summary } = report
  return [
    [summary.domainCount === 1 ? 'Domain' : 'Domains', formatCount(summary.domainCount)],
    [
      'Required steps settled',
      ofText(summary.requiredDone, summary.requiredTotal, summary.requiredPercent)
    ],
    [
      'Mailboxes completed',
      summary.mailboxesTotal === 0
        ? 'None imported yet'
        : ofText(summary.mailboxesDone, summary.mailboxesTotal, summary.mailboxesPercent)
    ],
    ['Blocked steps', formatCount(summary.blockedCount)],
    ['Overdue steps', formatCount(summary.overdueCount)]
  ]
}

/** "Required steps: 5 of 9 settled (56%), 1 of them not applicable." */
export function progressSentence(domain: ReportDomain): string {
  if (domain.requiredTotal === 0) return 'Required steps: none yet.'
  const na =
    domain.requiredNotApplicable > 0
      ? `, ${formatCount(domain.requiredNotApplicable)} of them not applicable`
      : ''
  return `Required steps: ${formatCount(domain.requiredDone)} of ${formatCount(domain.requiredTotal)} settled (${domain.percent}%)${na}.`
}

/** "1,200 of 5,000 mailboxes completed (24%)." or the empty text. */
export function mailboxSentence(report: Report): string {
  const { mailboxes } = report
  if (mailboxes.total === 0) return EMPTY_TEXT.mailboxes
  return `${formatCount(mailboxes.done)} of ${formatCount(mailboxes.total)} mailboxes completed (${mailboxes.percent}%).`
}

/** Says the failed list is cut short, or null when it shows them all. */
export function failedCapSentence(report: Report): string | null {
  const { failedMailboxes, failedTotal } = report.exceptions
  if (failedTotal <= failedMailboxes.length) return null
  return `Showing ${formatCount(failedMailboxes.length)} of ${formatCount(failedTotal)} failed mailboxes; the mailbox CSV lists them all.`
}

/** What the forecast section says of the mailboxes or the required steps. */
export type ForecastLine = {
  heading: string
  /** The badge's text and its status code. */
  label: string
  code: string
  explanation: string
}

/** The forecast section's two verdicts, the mailboxes' first. */
export function forecastLines(forecast: Report['forecast']): ForecastLine[] {
  const { mailboxes, steps } = forecast
  return [
    {
      heading: 'Mailboxes',
      label: FORECAST_STATUS_LABELS[mailboxes.status],
      code: mailboxes.status,
      explanation: mailboxes.explanation
    },
    {
      heading: 'Required steps',
      label: stepForecastLabel(steps),
      code: steps.behindSchedule ? 'behind-schedule' : steps.status,
      explanation: steps.explanation
    }
  ]
}

/** What the forecast section adds when the forecasts skip weekends. */
export const WORKING_DAYS_NOTE = 'Forecasts count working days (Monday to Friday).'

/** The step forecast's badge: whether the pace keeps the due dates. */
export function stepForecastLabel(forecast: StepForecast): string {
  if (forecast.status === 'done') return 'All done'
  if (forecast.behindSchedule) return 'Behind schedule'
  return FORECAST_STATUS_LABELS[forecast.status]
}

/**
 * A cell of a report table. `badge` is the status code the HTML shows as a badge
 * (class "status status-<badge>"); `numeric` right-aligns it.
 */
/** A cell: its text, shown as a badge of that code, a number (aligned right) or a date (kept whole). */
export type ReportCell = { text: string; badge?: string; numeric?: boolean; date?: boolean }

/** A table both renderers print: a caption, column headers, and rows whose first cell heads the row. */
export type ReportTable = { caption: string; columns: readonly string[]; rows: ReportCell[][] }

const NONE = '—'

function withDomain(step: { domainName: string }, domainColumn: boolean): ReportCell[] {
  return domainColumn ? [{ text: step.domainName }] : []
}

/** Blocked steps: step, reason, owner (and the domain first, when the list spans domains). */
export function blockedTable(steps: readonly ReportStep[], domainColumn: boolean): ReportTable {
  return {
    caption: 'Blocked steps',
    columns: [...(domainColumn ? ['Domain'] : []), 'Step', 'Reason', 'Owner'],
    rows: steps.map((step) => [
      ...withDomain(step, domainColumn),
      { text: step.title },
      { text: step.statusReason || NONE },
      { text: step.owner || 'Unassigned' }
    ])
  }
}

/** Overdue steps: step, due date, owner, status (and the domain first, when it spans domains). */
export function overdueTable(steps: readonly ReportStep[], domainColumn: boolean): ReportTable {
  return {
    caption: 'Overdue steps',
    columns: [...(domainColumn ? ['Domain'] : []), 'Step', 'Due date', 'Owner', 'Status'],
    rows: steps.map((step) => [
      ...withDomain(step, domainColumn),
      { text: step.title },
      { text: step.dueDate, date: true },
      { text: step.owner || 'Unassigned' },
      { text: step.statusLabel, badge: step.status }
    ])
  }
}

/** DNS records: record, name, verdict, message, date checked (and the domain first, when asked). */
export function dnsTable(
  records: readonly ReportDnsRecord[],
  domainColumn: boolean,
  caption: string
): ReportTable {
  return {
    caption,
    columns: [
      ...(domainColumn ? ['Domain'] : []),
      'Record',
      'DNS name',
      'Verdict',
      'Message',
      'Checked'
    ],
    rows: records.map((record) => [
      ...withDomain(record, domainColumn),
      { text: record.title },
      { text: record.name },
      { text: record.statusLabel, badge: record.status },
      { text: record.message },
      { text: record.checkedOn ?? NONE, date: true }
    ])
  }
}

/** The failed mailboxes listed (at most the cap). */
export function failedTable(mailboxes: readonly ReportFailedMailbox[]): ReportTable {
  return {
    caption: 'Failed mailboxes',
    columns: ['Address', 'Display name', 'Domain', 'Batch', 'Status', 'Detail', 'Owner'],
    rows: mailboxes.map((mailbox) => [
      { text: mailbox.address || NONE },
      { text: mailbox.displayName },
      { text: mailbox.domainName },
      { text: mailbox.batchName },
      { text: mailbox.status },
      { text: mailbox.statusDetail },
      { text: mailbox.owner }
    ])
  }
}

/** The project's connectors; warnings go in one cell, one sentence after another. */
export function connectorTable(connectors: readonly ReportConnector[]): ReportTable {
  return {
    caption: 'Connectors',
    columns: ['Connector', 'Direction', 'Status', 'Warnings'],
    rows: connectors.map((connector) => [
      { text: connector.name },
      { text: connector.directionLabel },
      {
        text: connector.enabled ? connector.statusLabel : `${connector.statusLabel}, disabled`,
        badge: connector.status
      },
      {
        text:
          connector.warnings.length === 0
            ? 'None'
            : connector.warnings.map((w) => `${w.severityLabel}: ${w.message}`).join(' ')
      }
    ])
  }
}

/** Batch forecasts: batch, planned completion, the forecast's sentence, late or not. */
/**
 * Batch forecasts by planned completion, earliest first (unplanned batches last), then by name:
 * the order the caption states.
 */
export function batchForecastTable(batches: readonly BatchForecast[]): ReportTable {
  const ordered = [...batches].sort(
    (a, b) =>
      (a.plannedCompletion || '\uffff').localeCompare(b.plannedCompletion || '\uffff') ||
      a.name.localeCompare(b.name, DISPLAY_LOCALE, { numeric: true })
  )
  return {
    caption: 'Batch forecasts, by planned completion (unplanned last), then name',
    columns: ['Batch', 'Planned completion', 'Forecast', 'Late'],
    rows: ordered.map((batch) => [
      { text: batch.name },
      { text: batch.plannedCompletion || 'Not planned' },
      { text: batch.forecast.explanation },
      batch.late ? { text: 'Later than planned', badge: 'late' } : { text: 'No' }
    ])
  }
}

/** A chart's data table as a report table: the row label first, numbers right-aligned. */
export function chartTable(table: DataTable): ReportTable {
  return {
    caption: table.caption,
    columns: table.columns,
    rows: table.rows.map((row) => [
      { text: row.label },
      ...row.cells.map((cell) => ({ text: dataCellText(cell), numeric: typeof cell === 'number' }))
    ])
  }
}

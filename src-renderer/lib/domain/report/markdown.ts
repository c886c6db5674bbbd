/**
 * The status report as Markdown (GitHub-flavoured tables): the same sections and sentences as
 * the HTML, with each chart as its table. Every value goes through escapeMarkdown, which escapes
 * raw HTML and table pipes and keeps each value on its line.
 */
import type { Report, ReportChartId } from './index'
import {
  batchForecastTable,
  chartTable,
  connectorTable,
  EMPTY_TEXT,
  REDACTED_NOTE,
  ROUTE_TESTS_NOTE,
  forecastLines,
  mailboxSentence,
  metaRows,
  progressSentence,
  WORKING_DAYS_NOTE,
  summaryRows,
  type ReportTable
} from './texts'
import {
  domainLists,
  exceptionLists,
  listOrEmpty,
  milestoneList,
  type ListDrawing,
  type ReportList
} from './lists'
import { escapeMarkdown } from '../text/escape'
import { formatTimestamp } from '../text/timestamp'
import { routeTestTable } from './route-tests'
import {
  CUTOVER_RUNS_NOTE,
  NO_CUTOVER_RUNS,
  runActionTable,
  runGateTable,
  runSentence,
  runTitle,
  scheduledRunLine
} from './cutover-runs'
import { changeLines, domainStatusTable, NO_COMMENTARY, verdictText } from './steering-texts'

function cell(text: string): string {
  return text === '' ? ' ' : escapeMarkdown(text)
}

function tableMarkdown(table: ReportTable): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`
  return [
    line(table.columns),
    `|${table.columns.map(() => ' --- ').join('|')}|`,
    ...table.rows.map((row) => line(row.map((c) => c.text)))
  ].join('\n')
}

const MARKDOWN_LISTS: ListDrawing = { table: tableMarkdown, empty: escapeMarkdown }

/** A list under its heading (`###` or `####`), its note, then the table or its empty text. */
function listMarkdown(list: ReportList, level: '###' | '####'): string[] {
  return [
    `${level} ${escapeMarkdown(list.heading)}`,
    '',
    ...(list.note === undefined ? [] : [escapeMarkdown(list.note), '']),
    listOrEmpty(list.table, list.emptyText, MARKDOWN_LISTS),
    ''
  ]
}

function bullets(rows: readonly [string, string][]): string {
  return rows.map(([term, value]) => `- **${cell(term)}:** ${cell(value)}`).join('\n')
}

/** A chart as its title and its table (a Markdown file carries no images). */
function chartMarkdown(report: Report, id: ReportChartId): string[] {
  const chart = report.charts.find((candidate) => candidate.id === id)
  if (!chart) return []
  return [`### ${escapeMarkdown(chart.title)}`, '', tableMarkdown(chartTable(chart.table)), '']
}

function domainsMarkdown(report: Report): string[] {
  const out = ['## Domains', '']
  out.push(...chartMarkdown(report, 'steps-by-domain'), ...chartMarkdown(report, 'step-burn-up'))
  if (report.domains.length === 0) out.push(escapeMarkdown(EMPTY_TEXT.domains), '')
  for (const domain of report.domains) {
    out.push(
      `### ${escapeMarkdown(domain.name)} (${escapeMarkdown(domain.scenarioLabel)})`,
      '',
      escapeMarkdown(`${domain.scenarioLabel}: ${domain.scenarioTitle}`),
      '',
      escapeMarkdown(progressSentence(domain)),
      '',
      ...domainLists(domain).flatMap((list) => listMarkdown(list, '####'))
    )
    if (domain.verifiedFromConfiguration.length > 0)
      out.push(
        '#### Verified from configuration',
        '',
        ...domain.verifiedFromConfiguration.map(
          (row) => `- ${escapeMarkdown(row.title)}: verified from configuration on ${row.date}`
        ),
        ''
      )
  }
  return out
}

function connectorsMarkdown(report: Report): string[] {
  const { connectors } = report
  return [
    '## Connectors',
    '',
    escapeMarkdown(connectors.note),
    '',
    listOrEmpty(connectorTable(connectors.connectors), EMPTY_TEXT.connectors, MARKDOWN_LISTS),
    '',
    '### What the domains lack',
    '',
    connectors.missing.length === 0
      ? escapeMarkdown(EMPTY_TEXT.missingConnectors)
      : connectors.missing
          .map((warning) => `- **${cell(warning.severityLabel)}:** ${cell(warning.message)}`)
          .join('\n'),
    ''
  ]
}

function mailboxesMarkdown(report: Report): string[] {
  return [
    '## Mailboxes',
    '',
    escapeMarkdown(mailboxSentence(report)),
    '',
    ...chartMarkdown(report, 'mailboxes-by-lifecycle'),
    ...chartMarkdown(report, 'mailbox-burn-up'),
    ...(report.mailboxes.batches.batches.length === 0
      ? ['### By batch', '', escapeMarkdown(EMPTY_TEXT.batches), '']
      : chartMarkdown(report, 'batches'))
  ]
}

function forecastMarkdown(report: Report): string[] {
  const { forecast } = report
  const out = [
    '## Forecast',
    '',
    ...forecastLines(forecast).map(
      (line) => `- **${cell(line.heading)} (${cell(line.label)}):** ${cell(line.explanation)}`
    ),
    '',
    '### Batches',
    '',
    forecast.batchesNote === null
      ? tableMarkdown(batchForecastTable(forecast.batches))
      : escapeMarkdown(forecast.batchesNote),
    ''
  ]
  if (report.workingDaysOnly) out.push(WORKING_DAYS_NOTE, '')
  return out
}

function routeTestsMarkdown(report: Report): string[] {
  const { routeTests } = report
  const out = ['## Route tests', '', escapeMarkdown(ROUTE_TESTS_NOTE), '']
  if (routeTests.redacted) out.push(escapeMarkdown(REDACTED_NOTE), '')
  for (const domain of routeTests.domains) {
    const table = routeTestTable(domain)
    out.push(`**${escapeMarkdown(table.caption)}**`, '', tableMarkdown(table), '')
    for (const test of domain.tests.filter((candidate) => candidate.evidence.length > 0)) {
      out.push(
        `Evidence, ${escapeMarkdown(test.title)} (${escapeMarkdown(test.verdictLabel)}):`,
        ''
      )
      out.push(...test.evidence.map((line, index) => `${index + 1}. ${escapeMarkdown(line)}`), '')
    }
  }
  return out
}

function cutoverRunsMarkdown(report: Report): string[] {
  const { archived, scheduled } = report.cutoverRuns
  const out = ['## Cut-over runs', '', escapeMarkdown(CUTOVER_RUNS_NOTE), '']
  if (archived.length === 0 && scheduled.length === 0) out.push(escapeMarkdown(NO_CUTOVER_RUNS), '')
  for (const run of archived) {
    out.push(`### ${escapeMarkdown(`${runTitle(run)}: ${run.statusLabel}`)}`, '')
    out.push(escapeMarkdown(runSentence(run)), '')
    if (run.gates.length > 0) out.push(tableMarkdown(runGateTable(run)), '')
    out.push(tableMarkdown(runActionTable(run)), '')
  }
  if (scheduled.length > 0) {
    out.push('### Scheduled', '')
    out.push(...scheduled.map((run) => `- ${escapeMarkdown(scheduledRunLine(run))}`), '')
  }
  return out
}

function exceptionsMarkdown(report: Report): string[] {
  return [
    '## Exceptions',
    '',
    ...exceptionLists(report).flatMap((list) => listMarkdown(list, '###'))
  ]
}

function steeringMarkdown(report: Report): string[] {
  const { steering } = report
  const commentary = steering.commentary.trim()
  return [
    '## Status',
    '',
    `**${escapeMarkdown(steering.status.statusLabel)}**: ${escapeMarkdown(verdictText(steering.status))}`,
    '',
    ...(steering.domains.length === 0 ? [] : [tableMarkdown(domainStatusTable(steering)), '']),
    escapeMarkdown(`How the status is set: ${steering.rule}`),
    '',
    '### Commentary',
    '',
    escapeMarkdown(commentary === '' ? NO_COMMENTARY : commentary),
    '',
    ...listMarkdown(milestoneList(steering), '###'),
    '### Changes since the last report',
    '',
    ...changeLines(steering, formatTimestamp).map((line) => escapeMarkdown(line)),
    ''
  ]
}

/** The report as a Markdown document, ending with a newline. */
export function reportMarkdown(report: Report): string {
  const out = [
    `# ${escapeMarkdown(report.title)}`,
    '',
    bullets(metaRows(report, formatTimestamp(report.generatedAt))),
    '',
    ...steeringMarkdown(report),
    '## Summary',
    '',
    bullets(summaryRows(report)),
    '',
    escapeMarkdown(report.summary.forecastSentence),
    '',
    ...domainsMarkdown(report),
    ...connectorsMarkdown(report),
    ...routeTestsMarkdown(report),
    ...cutoverRunsMarkdown(report),
    ...mailboxesMarkdown(report),
    ...forecastMarkdown(report),
    ...exceptionsMarkdown(report)
  ]
  return `${out.join('\n').trimEnd()}\n`
}

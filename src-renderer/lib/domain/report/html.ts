/**
 * The status report as HTML: a self-contained document to save or print to PDF, and the same
 * article alone for the app's preview. Safe by construction, since the preview is inserted as raw
 * markup: every value goes through escapeHtml, no element carries a script, an event handler, a
 * style attribute or an id, class names come from fixed codes reduced to [a-z0-9-], and images
 * are PNG data: URLs checked character by character. The document's CSP allows inline styles and
 * data: images, nothing else.
 */
import type { ReportChart, ReportChartId, Report } from './index'
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
  type ReportCell,
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
import { escapeHtml } from '../text/escape'
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

/**
 * The report's Content Security Policy: inline styles and data: images, nothing else. A constant
 * with no quote, ampersand or angle bracket, so it goes into its attribute as it is.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** The only image URLs a report embeds: base64 PNG data, nothing that could run or load. */
const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/

/** Chart images by chart id, as PNG data: URLs; any other value is ignored. */
export type ReportImages = ReadonlyMap<string, string>

export type ReportHtmlOptions = {
  /** The report stylesheet's text; any `</style` in it is removed. */
  css: string
  images: ReportImages
}

/** A class name from a code: lower-case letters, digits and hyphens only. */
function classPart(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9-]+/g, '-')
}

/** A badge: `<span class="status status-blocked">Blocked</span>` (or another kind of badge). */
function badge(text: string, code: string, kind: 'status' | 'scenario' = 'status'): string {
  return `<span class="${kind} ${kind}-${classPart(code)}">${escapeHtml(text)}</span>`
}

function cellHtml(cell: ReportCell, header: boolean): string {
  const content = cell.badge === undefined ? escapeHtml(cell.text) : badge(cell.text, cell.badge)
  const className = cell.numeric ? ' class="num"' : cell.date ? ' class="date"' : ''
  return header ? `<th scope="row"${className}>${content}</th>` : `<td${className}>${content}</td>`
}

function tableHtml(table: ReportTable, className = 'report-table'): string {
  const head = table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')
  const body = table.rows.map(
    (row) => `<tr>${row.map((cell, index) => cellHtml(cell, index === 0)).join('')}</tr>`
  )
  return [
    `<table class="${className}">`,
    `<caption>${escapeHtml(table.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${body.join('')}</tbody>`,
    '</table>'
  ].join('')
}

const HTML_LISTS: ListDrawing = {
  table: (table) => tableHtml(table),
  empty: (text) => paragraph(text, 'report-empty')
}

/** A list under its heading (h3 or h4), its note, then the table or its empty text. */
function listHtml(list: ReportList, level: 'h3' | 'h4'): string[] {
  return [
    `<${level}>${escapeHtml(list.heading)}</${level}>`,
    ...(list.note === undefined ? [] : [paragraph(list.note, 'report-note')]),
    listOrEmpty(list.table, list.emptyText, HTML_LISTS)
  ]
}

function paragraph(text: string, className: string): string {
  return `<p class="${className}">${escapeHtml(text)}</p>`
}

function definitionList(rows: readonly [string, string][], className: string): string {
  const items = rows.map(
    ([term, value]) => `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd></div>`
  )
  return `<dl class="${className}">${items.join('')}</dl>`
}

function imageHtml(chart: ReportChart, images: ReportImages): string {
  const url = images.get(chart.id)
  if (url === undefined || !PNG_DATA_URL.test(url)) return ''
  return `<img class="report-chart-image" src="${escapeHtml(url)}" alt="${escapeHtml(chart.alt)}">`
}

/** Charts whose table has a row per day: pages of numbers that the image already shows. */
const FOLDED_TABLES: ReadonlySet<ReportChartId> = new Set(['mailbox-burn-up', 'step-burn-up'])

/**
 * A chart as a figure: its image when one was given, its title, and its numbers as a table. A
 * day-by-day table under its image is folded into a closed <details>, which opens without script.
 */
function figureHtml(report: Report, id: ReportChartId, images: ReportImages): string {
  const chart = report.charts.find((candidate) => candidate.id === id)
  if (!chart) return ''
  const image = imageHtml(chart, images)
  const table = tableHtml(chartTable(chart.table), 'report-table report-chart-table')
  const fold = image !== '' && FOLDED_TABLES.has(chart.id)
  return [
    `<figure class="report-chart report-chart-${classPart(chart.id)}">`,
    image,
    `<figcaption>${escapeHtml(chart.title)}</figcaption>`,
    fold
      ? `<details class="report-chart-data"><summary>Day by day</summary>${table}</details>`
      : table,
    '</figure>'
  ].join('')
}

function section(className: string, heading: string, parts: readonly string[]): string {
  return [
    `<section class="report-section ${className}">`,
    `<h2>${escapeHtml(heading)}</h2>`,
    ...parts,
    '</section>'
  ].join('\n')
}

function domainsHtml(report: Report, images: ReportImages): string {
  const parts = [figureHtml(report, 'steps-by-domain', images)]
  parts.push(figureHtml(report, 'step-burn-up', images))
  if (report.domains.length === 0) parts.push(paragraph(EMPTY_TEXT.domains, 'report-empty'))
  for (const domain of report.domains) {
    parts.push(
      '<section class="report-domain">',
      `<h3>${escapeHtml(domain.name)} ${badge(domain.scenarioLabel, String(domain.scenario), 'scenario')}</h3>`,
      paragraph(`${domain.scenarioLabel}: ${domain.scenarioTitle}`, 'report-scenario'),
      paragraph(progressSentence(domain), 'report-progress'),
      ...domainLists(domain).flatMap((list) => listHtml(list, 'h4')),
      ...(domain.verifiedFromConfiguration.length === 0
        ? []
        : [
            '<h4>Verified from configuration</h4>',
            `<ul class="report-verified">${domain.verifiedFromConfiguration
              .map(
                (row) =>
                  `<li>${escapeHtml(row.title)}: verified from configuration on ${escapeHtml(row.date)}</li>`
              )
              .join('')}</ul>`
          ]),
      '</section>'
    )
  }
  return section('report-domains', 'Domains', parts)
}

function connectorsHtml(report: Report): string {
  const { connectors } = report
  const missing =
    connectors.missing.length === 0
      ? paragraph(EMPTY_TEXT.missingConnectors, 'report-empty')
      : `<ul class="report-warnings">${connectors.missing
          .map(
            (warning) =>
              `<li>${badge(warning.severityLabel, warning.severity)} ${escapeHtml(warning.message)}</li>`
          )
          .join('')}</ul>`
  return section('report-connectors', 'Connectors', [
    paragraph(connectors.note, 'report-note'),
    listOrEmpty(connectorTable(connectors.connectors), EMPTY_TEXT.connectors, HTML_LISTS),
    '<h3>What the domains lack</h3>',
    missing
  ])
}

/** Route tests per domain, each direction's evidence (its Received lines) folded below. */
function routeTestsHtml(report: Report): string {
  const { routeTests } = report
  const parts = routeTests.domains.map((domain) => {
    const evidence = domain.tests
      .filter((test) => test.evidence.length > 0)
      .map(
        (test) =>
          `<details class="report-route-evidence"><summary>Evidence: ${escapeHtml(test.title)} (${escapeHtml(test.verdictLabel)})</summary><ul>${test.evidence
            .map((line, index) => `<li>${escapeHtml(`Hop ${index + 1}: ${line}`)}</li>`)
            .join('')}</ul></details>`
      )
    return [tableHtml(routeTestTable(domain)), ...evidence].join('\n')
  })
  return section('report-route-tests', 'Route tests', [
    paragraph(ROUTE_TESTS_NOTE, 'report-note'),
    ...(routeTests.redacted ? [paragraph(REDACTED_NOTE, 'report-note')] : []),
    ...(parts.length === 0 ? [paragraph(EMPTY_TEXT.domains, 'report-empty')] : parts)
  ])
}

/** Archived cut-over runs as executed (gates, then actions), and the scheduled ones in a line. */
function cutoverRunsHtml(report: Report): string {
  const { archived, scheduled } = report.cutoverRuns
  const parts = archived.map((run) =>
    [
      '<section class="report-run">',
      `<h3>${escapeHtml(runTitle(run))} ${badge(run.statusLabel, run.status)}</h3>`,
      paragraph(runSentence(run), 'report-run-outcome'),
      run.gates.length === 0 ? '' : tableHtml(runGateTable(run)),
      tableHtml(runActionTable(run)),
      '</section>'
    ].join('\n')
  )
  if (scheduled.length > 0)
    parts.push(
      '<h3>Scheduled</h3>',
      `<ul class="report-runs-scheduled">${scheduled
        .map((run) => `<li>${escapeHtml(scheduledRunLine(run))}</li>`)
        .join('')}</ul>`
    )
  return section('report-cutover-runs', 'Cut-over runs', [
    paragraph(CUTOVER_RUNS_NOTE, 'report-note'),
    ...(parts.length === 0 ? [paragraph(NO_CUTOVER_RUNS, 'report-empty')] : parts)
  ])
}

function mailboxesHtml(report: Report, images: ReportImages): string {
  const parts = [paragraph(mailboxSentence(report), 'report-mailbox-summary')]
  parts.push(figureHtml(report, 'mailboxes-by-lifecycle', images))
  parts.push(figureHtml(report, 'mailbox-burn-up', images))
  parts.push('<h3>By batch</h3>')
  parts.push(
    report.mailboxes.batches.batches.length === 0
      ? paragraph(EMPTY_TEXT.batches, 'report-empty')
      : figureHtml(report, 'batches', images)
  )
  return section('report-mailboxes', 'Mailboxes', parts)
}

function forecastHtml(report: Report): string {
  const { forecast } = report
  const parts = [
    ...forecastLines(forecast).flatMap((line) => [
      `<h3>${escapeHtml(line.heading)}</h3>`,
      `<p class="report-forecast-line">${badge(line.label, line.code)} ${escapeHtml(line.explanation)}</p>`
    ]),
    '<h3>Batches</h3>',
    forecast.batchesNote === null
      ? tableHtml(batchForecastTable(forecast.batches))
      : paragraph(forecast.batchesNote, 'report-empty')
  ]
  if (report.workingDaysOnly) parts.push(paragraph(WORKING_DAYS_NOTE, 'report-note'))
  return section('report-forecast', 'Forecast', parts)
}

/** The first page's steering part: status by the stated rule, commentary, milestones, changes. */
function steeringHtml(report: Report): string {
  const { steering } = report
  const commentary = steering.commentary.trim()
  return section('report-steering', 'Status', [
    `<p class="report-status-line">${badge(steering.status.statusLabel, `rag-${steering.status.status}`)} ${escapeHtml(verdictText(steering.status))}</p>`,
    steering.domains.length === 0 ? '' : tableHtml(domainStatusTable(steering)),
    paragraph(`How the status is set: ${steering.rule}`, 'report-note'),
    '<h3>Commentary</h3>',
    commentary === ''
      ? paragraph(NO_COMMENTARY, 'report-empty')
      : commentary
          .split(/\n{2,}/)
          .map((text) => paragraph(text, 'report-commentary'))
          .join(''),
    ...listHtml(milestoneList(steering), 'h3'),
    '<h3>Changes since the last report</h3>',
    ...changeLines(steering, formatTimestamp).map((line) => paragraph(line, 'report-change'))
  ])
}

function exceptionsHtml(report: Report): string {
  const lists = exceptionLists(report).flatMap((list) => listHtml(list, 'h3'))
  return section('report-exceptions', 'Exceptions', lists)
}

/**
 * The report as one `<article class="report">`, for the app's preview and the document's body.
 * `images` maps chart ids to PNG data: URLs; a chart without a valid one shows its table only.
 */
export function reportBodyHtml(report: Report, images: ReportImages): string {
  return [
    '<article class="report">',
    '<header class="report-header">',
    `<h1>${escapeHtml(report.title)}</h1>`,
    definitionList(metaRows(report, formatTimestamp(report.generatedAt)), 'report-meta'),
    '</header>',
    steeringHtml(report),
    section('report-summary', 'Summary', [
      definitionList(summaryRows(report), 'report-figures'),
      paragraph(report.summary.forecastSentence, 'report-forecast-summary')
    ]),
    domainsHtml(report, images),
    connectorsHtml(report),
    routeTestsHtml(report),
    cutoverRunsHtml(report),
    mailboxesHtml(report, images),
    forecastHtml(report),
    exceptionsHtml(report),
    '</article>'
  ].join('\n')
}

/** The stylesheet with every `</style` removed (repeatedly, so none can be pieced together). */
function styleText(css: string): string {
  let text = css
  for (;;) {
    const next = text.replace(/<\/style/gi, '')
    if (next === text) return text
    text = next
  }
}

/**
 * The report as a complete HTML document: the CSP meta tag first in the head, then the charset,
 * the title and the caller's stylesheet in one `<style>`; no scripts and nothing loaded from
 * elsewhere.
 */
export function reportHtml(report: Report, options: ReportHtmlOptions): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${styleText(options.css)}</style>`,
    '</head>',
    '<body>',
    reportBodyHtml(report, options.images),
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

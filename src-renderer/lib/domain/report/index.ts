/**
 * The steering-committee status report: buildReport turns what lib/db/report-inputs reads into one
 * model (report/types.ts) that the HTML, Markdown and CSV renderers and the in-app preview share.
 * The numbers come from the dashboard's own functions (progress, dashboard, burn-up, forecast), so
 * the report and the dashboard never disagree. Pure: today and the time of creation are passed in.
 */
import { burnUp, completionsOf } from '../burn-up'
import {
  batchPlanVsActual,
  mailboxesByLifecycle,
  percentOf,
  requiredStepsByDomain
} from '../dashboard'
import { forecastBatches, forecastMailboxes, forecastSteps } from '../forecast'
import { projectProgress, stepsByDomain } from '../progress'
import { MAILBOX_SERIES_LABELS, reportCharts, STEP_SERIES_LABELS } from './charts'
import { reportConnectors } from './connectors'
import { reportDomain } from './domains'
import { reportRouteTests } from './route-tests'
import { reportCutoverRuns } from './cutover-runs'
import { reportSteering } from './steering'
import { STEP_STATUS_LABELS } from '../labels'
import type { LifecycleChart } from '../dashboard'
import type {
  Report,
  ReportDomain,
  ReportExceptions,
  ReportFailedMailbox,
  ReportForecast,
  ReportInputs,
  ReportOptions,
  ReportSummary
} from './types'
import type { Domain, Step } from '../types'

export type * from './types'
export {
  CATEGORY_LABELS,
  CONNECTOR_STATUS_LABELS,
  DIRECTION_LABELS,
  DNS_STATUS_LABELS,
  REQUIREMENT_LABELS,
  SEVERITY_LABELS,
  STEP_STATUS_LABELS,
  scenarioLabel,
  scenarioTitle
} from '../labels'

/** How many failed mailboxes a report lists by name; the total is always given. */
export const FAILED_MAILBOX_CAP = 200

function scopedDomains(inputs: ReportInputs): Domain[] {
  const own = inputs.domains
    .filter((domain) => domain.projectId === inputs.project.id)
    .sort((a, b) => a.name.localeCompare(b.name))
  if (inputs.scope.kind === 'project') return own
  const { domainId } = inputs.scope
  const domain = own.find((candidate) => candidate.id === domainId)
  if (!domain) throw new RangeError(`The report's domain ${domainId} is not in the project`)
  return [domain]
}

function failedMailboxes(
  inputs: ReportInputs,
  domainNames: ReadonlyMap<string, string>
): ReportFailedMailbox[] {
  const batchNames = new Map(inputs.batches.map((batch) => [batch.id, batch.name]))
  return inputs.failedMailboxes.rows
    .map((row) => ({
      address: row.address,
      displayName: row.displayName,
      domainName: row.domainId === null ? '' : (domainNames.get(row.domainId) ?? ''),
      batchName: row.batchId === null ? '' : (batchNames.get(row.batchId) ?? ''),
      status: row.rawStatus,
      statusDetail: row.statusDetail,
      owner: row.owner
    }))
    .sort((a, b) => a.address.localeCompare(b.address))
}

/** The scope's steps, grouped per domain, their progress and each domain's section. */
function scopedSteps(inputs: ReportInputs, domains: readonly Domain[], today: string) {
  const scopeIds = new Set(domains.map((domain) => domain.id))
  const steps = inputs.steps.filter((step) => scopeIds.has(step.domainId))
  const grouped = stepsByDomain(steps)
  const progress = projectProgress(domains, grouped, today)
  const byId = new Map(domains.map((domain) => [domain.id, domain]))
  const sections = progress.domains.flatMap((row) => {
    const domain = byId.get(row.domainId)
    if (!domain) return []
    const own = grouped.get(domain.id) ?? []
    return [reportDomain(inputs.project, domain, own, row.progress, inputs.dnsRecords)]
  })
  return { scopeIds, steps, grouped, progress, sections }
}

/** The burn-up series and the forecasts of mailboxes, steps and batches. */
function forecastsOf(
  inputs: ReportInputs,
  options: ReportOptions,
  steps: readonly Step[],
  single: Domain | null
) {
  const { today } = options
  const forecastOptions = { workingDaysOnly: options.workingDaysOnly === true }
  const lifecycle = mailboxesByLifecycle(inputs.mailboxCounts)
  const mailboxSeries = burnUp(inputs.mailboxHistory, today, MAILBOX_SERIES_LABELS)
  const stepSeries = burnUp(inputs.stepHistory, today, STEP_SERIES_LABELS)
  const mailboxes = forecastMailboxes(
    {
      ...completionsOf(mailboxSeries),
      remaining: lifecycle.total - lifecycle.done,
      total: lifecycle.total
    },
    today,
    single ? { ...forecastOptions, scope: `in ${single.name}` } : forecastOptions
  )
  const forecast: ReportForecast = {
    mailboxes,
    steps: forecastSteps([...steps], completionsOf(stepSeries), today, forecastOptions),
    batches: single ? [] : forecastBatches(inputs.batchForecasts, today, forecastOptions),
    batchesNote: single
      ? 'Batch forecasts are per project: see the project report.'
      : inputs.batchForecasts.length === 0
        ? 'No batches yet.'
        : null
  }
  return { forecastOptions, lifecycle, mailboxSeries, stepSeries, forecast }
}

function exceptionsOf(inputs: ReportInputs, sections: readonly ReportDomain[]): ReportExceptions {
  return {
    failedMailboxes: failedMailboxes(
      inputs,
      new Map(inputs.domains.map((domain) => [domain.id, domain.name]))
    ),
    failedTotal: Math.max(inputs.failedMailboxes.total, inputs.failedMailboxes.rows.length),
    blocked: sections.flatMap((domain) => domain.blocked),
    overdue: sections.flatMap((domain) => domain.overdue),
    unverifiedDns: sections.flatMap((domain) =>
      domain.dns.filter((record) => record.status !== 'ok')
    )
  }
}

function summaryOf(
  domainCount: number,
  progress: { requiredDone: number; requiredTotal: number },
  lifecycle: LifecycleChart,
  exceptions: ReportExceptions,
  forecast: ReportForecast
): ReportSummary {
  return {
    domainCount,
    requiredDone: progress.requiredDone,
    requiredTotal: progress.requiredTotal,
    requiredPercent: percentOf(progress.requiredDone, progress.requiredTotal),
    mailboxesDone: lifecycle.done,
    mailboxesTotal: lifecycle.total,
    mailboxesPercent: percentOf(lifecycle.done, lifecycle.total),
    blockedCount: exceptions.blocked.length,
    overdueCount: exceptions.overdue.length,
    forecastSentence: `${forecast.mailboxes.explanation} ${forecast.steps.explanation}`
  }
}

/** The report of `inputs.scope` on `options.today`. */
export function buildReport(inputs: ReportInputs, options: ReportOptions): Report {
  const { project, scope } = inputs
  const { today } = options
  const domains = scopedDomains(inputs)
  const single = scope.kind === 'domain' ? (domains[0] ?? null) : null
  const { scopeIds, steps, grouped, progress, sections } = scopedSteps(inputs, domains, today)
  const { forecastOptions, lifecycle, mailboxSeries, stepSeries, forecast } = forecastsOf(
    inputs,
    options,
    steps,
    single
  )
  const batches = batchPlanVsActual(inputs.batches, today)
  const exceptions = exceptionsOf(inputs, sections)
  const report = {
    title: single
      ? `Status report: ${single.name} (${project.name})`
      : `Status report: ${project.name}`,
    projectId: project.id,
    projectName: project.name,
    tenantName: project.tenantName,
    generatedAt: options.generatedAt,
    today,
    workingDaysOnly: forecastOptions.workingDaysOnly,
    scope,
    scopeLabel: single ? `Domain ${single.name}` : 'Whole project',
    summary: summaryOf(domains.length, progress, lifecycle, exceptions, forecast),
    domains: sections,
    connectors: reportConnectors(
      project,
      inputs.domains,
      inputs.connectors,
      scopeIds,
      single?.name ?? null
    ),
    mailboxes: {
      total: lifecycle.total,
      done: lifecycle.done,
      percent: percentOf(lifecycle.done, lifecycle.total),
      lifecycle,
      counts: inputs.mailboxCounts,
      batches
    },
    forecast,
    exceptions,
    routeTests: reportRouteTests(
      domains,
      (inputs.routeTests ?? []).filter((row) => scopeIds.has(row.domainId)),
      options.redactAddresses === true
    ),
    cutoverRuns: reportCutoverRuns(domains, inputs.runs ?? []),
    charts: reportCharts({
      domains: sections,
      stepsByDomain: requiredStepsByDomain(domains, grouped, STEP_STATUS_LABELS),
      lifecycle,
      counts: inputs.mailboxCounts,
      mailboxSeries,
      stepSeries,
      batches
    })
  }
  return {
    ...report,
    steering: reportSteering(report, inputs.notes ?? [], inputs.previous ?? null)
  }
}

/** Lower-case letters, digits, dots and hyphens; accents dropped ("Société" → "societe"). */
function fileNamePart(text: string, fallback: string): string {
  const part = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, 60)
    .replace(/^[.-]+|[.-]+$/g, '')
  return part || fallback
}

/**
 * A safe file name for the report, such as contoso-status-2026-11-29.html, or for a domain report
 * contoso-contoso.com-status-2026-11-29.pdf. `part` names one of several files of the same report
 * (contoso-status-steps-2026-11-29.csv).
 */
export function reportFileName(
  report: Pick<Report, 'projectName' | 'today' | 'scope' | 'domains'>,
  extension: 'html' | 'md' | 'csv' | 'pdf',
  part?: string
): string {
  const names = [fileNamePart(report.projectName, 'project')]
  if (report.scope.kind === 'domain')
    names.push(fileNamePart(report.domains[0]?.name ?? '', 'domain'))
  names.push('status')
  if (part !== undefined) names.push(fileNamePart(part, 'part'))
  return `${names.join('-')}-${fileNamePart(report.today, 'undated')}.${extension}`
}

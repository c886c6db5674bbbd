/**
 * The steering-committee status report as data: what readReportInputs reads, and the model
 * buildReport makes of it. Every renderer (HTML, Markdown, CSV, the in-app preview, the charts the
 * UI draws as images) reads this model and nothing else, so they all tell the same story.
 */
import type { BurnUp, DataTable, History } from '../burn-up'
import type { Connector, ConnectorDirection, ConnectorStatus } from '../connectors/model'
import type { ConnectorWarningSeverity } from '../connectors/warnings'
import type {
  BatchPlanChart,
  BatchProgress,
  CategoryChart,
  LifecycleChart,
  LifecycleCounts
} from '../dashboard'
import type { DnsRecordEntry, DnsRecordKind, DnsVerdictStatus } from '../dns/records'
import type { BatchForecast, BatchForecastInput, MailboxForecast, StepForecast } from '../forecast'
import type { Mailbox } from '../mailboxes/model'
import type { RouteTestRow } from '../route/stored'
import type { ReportRouteTests } from './route-tests'
import type { ReportCutoverRuns } from './cutover-runs'
import type { CutoverRun } from '../cutover/model'
import type { ReportNotes, StoredReport } from './notes'
import type { ReportSteering } from './steering'
import type {
  Domain,
  Project,
  Requirement,
  Scenario,
  Step,
  StepCategory,
  StepId,
  StepStatus
} from '../types'

/** A report covers the whole project or one of its domains. */
export type ReportScope = { kind: 'project' } | { kind: 'domain'; domainId: string }

/** The fields of a failed mailbox the report lists. */
export type ReportMailboxRow = Pick<
  Mailbox,
  'id' | 'address' | 'displayName' | 'domainId' | 'batchId' | 'rawStatus' | 'statusDetail' | 'owner'
>

/** Everything buildReport needs, as lib/db/report-inputs reads it. */
export type ReportInputs = {
  scope: ReportScope
  project: Project
  /** Every domain of the project: connector warnings weigh them all, whatever the scope. */
  domains: readonly Domain[]
  /** The steps of the domains in scope (retired ones included: the model leaves them out). */
  steps: readonly Step[]
  /** The stored DNS records of the domains in scope. */
  dnsRecords: readonly DnsRecordEntry[]
  /** The project's connectors: they are per project, in either scope. */
  connectors: readonly Connector[]
  /** Mailboxes in scope per lifecycle. */
  mailboxCounts: LifecycleCounts
  /** Burn-up histories of the scope, as dashboard-inputs reads them. */
  mailboxHistory: History
  stepHistory: History
  /** Per batch, the mailboxes in scope and the completed ones. */
  batches: readonly BatchProgress[]
  /** Batch forecasts' inputs; per project, so [] in domain scope. */
  batchForecasts: readonly BatchForecastInput[]
  /** Failed mailboxes in scope: at most `cap` rows, and how many there are in all. */
  failedMailboxes: { rows: readonly ReportMailboxRow[]; total: number; cap: number }
  /** The route tests of the domains in scope (none when not read). */
  routeTests?: readonly RouteTestRow[]
  /** The cut-over runs of the project's domains (none when not read). */
  runs?: readonly CutoverRun[]
  /** The lead's notes of the project and its domains (commentary, target dates, overrides). */
  notes?: readonly ReportNotes[]
  /** The last exported report of the same scope, for "changes since". */
  previous?: StoredReport | null
}

export type ReportOptions = {
  /** ISO date (YYYY-MM-DD) the report is about: overdue steps, forecasts and charts end here. */
  today: string
  /** ISO timestamp of the report's creation (passed in: lib/domain has no clock). */
  generatedAt: string
  /** Forecast in working days (Monday to Friday), as the dashboard's option. */
  workingDaysOnly?: boolean
  /** Replace the mailbox part of email addresses in route-test evidence with "…". */
  redactAddresses?: boolean
}

/** One checklist step as the report shows it, with its domain. */
export type ReportStep = {
  id: string
  stepId: StepId
  domainId: string
  domainName: string
  /** "Scenario 2". */
  scenarioLabel: string
  title: string
  category: StepCategory
  categoryLabel: string
  requirement: Requirement
  requirementLabel: string
  status: StepStatus
  statusLabel: string
  statusReason: string
  owner: string
  /** ISO date or ''. */
  dueDate: string
  /** ISO timestamp or null. */
  completedAt: string | null
  overdue: boolean
}

/** A DNS record the domain needs, with the verdict of its last check. */
export type ReportDnsRecord = {
  domainId: string
  domainName: string
  kind: DnsRecordKind
  /** "MX", "DKIM selector2"… */
  title: string
  /** The DNS name, e.g. _dmarc.contoso.com. */
  name: string
  /** The verdict, or 'not-checked' when no check has answered for this record. */
  status: DnsVerdictStatus | 'not-checked'
  statusLabel: string
  /** The verdict's summary, or why there is none. */
  message: string
  /** ISO date of the last successful check, or null. */
  checkedOn: string | null
}

export type ReportDomain = {
  id: string
  name: string
  scenario: Scenario
  /** "Scenario 2". */
  scenarioLabel: string
  /** "MX to Microsoft 365, filtering on-premises". */
  scenarioTitle: string
  requiredDone: number
  requiredTotal: number
  /** Of requiredDone, settled as not applicable. */
  requiredNotApplicable: number
  /** 0 to 100, rounded. */
  percent: number
  /** Active steps in checklist order (retired ones are history and left out). */
  steps: ReportStep[]
  blocked: ReportStep[]
  overdue: ReportStep[]
  dns: ReportDnsRecord[]
  /** Done steps whose evidence an accepted tenant inventory gave: "verified from configuration on <date>". */
  verifiedFromConfiguration: { title: string; date: string }[]
}

export type ReportWarning = {
  severity: ConnectorWarningSeverity
  severityLabel: string
  message: string
  /** Where the rule comes from. */
  source: string
}

export type ReportConnector = {
  id: string
  name: string
  direction: ConnectorDirection
  directionLabel: string
  status: ConnectorStatus
  statusLabel: string
  enabled: boolean
  warnings: ReportWarning[]
}

export type ReportConnectors = {
  /** One sentence: connectors are per project (said in both scopes). */
  note: string
  connectors: ReportConnector[]
  /** Warnings about what the domains in scope lack (no connector for a required step…). */
  missing: ReportWarning[]
}

export type ReportFailedMailbox = {
  address: string
  displayName: string
  domainName: string
  batchName: string
  status: string
  statusDetail: string
  owner: string
}

export type ReportMailboxes = {
  total: number
  done: number
  percent: number
  lifecycle: LifecycleChart
  counts: LifecycleCounts
  batches: BatchPlanChart
}

export type ReportForecast = {
  mailboxes: MailboxForecast
  steps: StepForecast
  /** One per batch in project scope; [] in domain scope. */
  batches: BatchForecast[]
  /** Why `batches` is empty, or null when it is not. */
  batchesNote: string | null
}

export type ReportExceptions = {
  failedMailboxes: ReportFailedMailbox[]
  /** All failed mailboxes in scope; more than the list when it was capped. */
  failedTotal: number
  blocked: ReportStep[]
  overdue: ReportStep[]
  /** Records with no verdict or a verdict other than 'ok'. */
  unverifiedDns: ReportDnsRecord[]
}

type ChartBase = { title: string; alt: string; table: DataTable }

/**
 * A chart: its table alternative, and the data the UI passes to the dashboard's chart specs
 * (ui/dashboard/chart-specs.ts) to draw it as an image. Only charts with something to draw are
 * listed; the sections say so in words when there is nothing.
 */
export type ReportChart =
  | (ChartBase & { id: 'steps-by-domain'; chart: CategoryChart })
  | (ChartBase & { id: 'mailboxes-by-lifecycle'; counts: LifecycleCounts })
  | (ChartBase & { id: 'mailbox-burn-up'; series: BurnUp; doneLabel: string; totalLabel: string })
  | (ChartBase & { id: 'step-burn-up'; series: BurnUp; doneLabel: string; totalLabel: string })
  | (ChartBase & { id: 'batches'; plan: BatchPlanChart })

export type ReportChartId = ReportChart['id']

export type ReportSummary = {
  domainCount: number
  requiredDone: number
  requiredTotal: number
  requiredPercent: number
  mailboxesDone: number
  mailboxesTotal: number
  mailboxesPercent: number
  blockedCount: number
  overdueCount: number
  /** The mailbox forecast's sentence, then the step forecast's. */
  forecastSentence: string
}

export type Report = {
  title: string
  projectId: string
  projectName: string
  tenantName: string
  generatedAt: string
  today: string
  workingDaysOnly: boolean
  scope: ReportScope
  /** "Whole project" or "Domain contoso.com". */
  scopeLabel: string
  summary: ReportSummary
  domains: ReportDomain[]
  connectors: ReportConnectors
  mailboxes: ReportMailboxes
  forecast: ReportForecast
  exceptions: ReportExceptions
  charts: ReportChart[]
  routeTests: ReportRouteTests
  /** The cut-over runs of the domains in scope: the archived ones as executed, the scheduled ones. */
  cutoverRuns: ReportCutoverRuns
  /** Status by the stated rule, commentary, milestones and changes since the last report. */
  steering: ReportSteering
}

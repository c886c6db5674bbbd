/**
 * Live reads for the UI: each factory returns a Dexie liveQuery, a Svelte-compatible store that
 * re-runs when the tables it read change (in this window or another). Components use them as
 * `const projects = $derived(liveProjects())` and read `$projects`.
 */
import { liveQuery, type Observable } from 'dexie'
import type { Domain, EventRecord, Project, Step } from '../domain/types'
import { db } from './database'
import type { TrackerDb } from './schema'
import { readSettings, type Settings } from './repositories/settings'
import { readBatchForecastInputs, readBatchProgress } from './batch-inputs'
import {
  readDomainHistory,
  readProjectHistory,
  type DomainHistoryInputs,
  type ProjectHistoryInputs
} from './dashboard-inputs'
import type { BatchProgress } from '../domain/dashboard'
import type { BatchForecastInput } from '../domain/forecast'
import type { Batch, ImportRecord, Mailbox } from '../domain/mailboxes/model'
import { readMailboxHistory } from './repositories/mailboxes'
import { readAdvisorInputs, type AdvisorInputs } from './repositories/advisor-plans'
import { readDnsRecords, readDnsServer, readProjectDnsRecords } from './repositories/dns-records'
import { readConnectors } from './repositories/connectors'
import { readDnsPastes } from './repositories/dns-pastes'
import type { DnsPasteRow } from '../domain/dns/paste-rows'
import type { DnsRecordEntry } from '../domain/dns/records'
import type { Connector } from '../domain/connectors/model'
import { readRouteTests } from './repositories/route-tests'
import type { RouteTestRow } from '../domain/route/stored'
import type { InventorySnapshot } from '../domain/inventory/model'
import type { ProposalDecisionRow } from '../domain/proposals'
import { readInventories } from './repositories/inventories'
import type { ReportNotes } from '../domain/report/notes'
import { readReportNotes } from './repositories/report-notes'
import { readDomainRuns, readProjectRuns } from './repositories/cutover-runs'
import type { CutoverRun } from '../domain/cutover/model'

type Listener = (error: unknown) => void
const errorListeners = new Set<Listener>()

/** liveQuery errors never reach a Svelte store, so they are reported here for the error banner. */
export function onLiveQueryError(listener: Listener): () => void {
  errorListeners.add(listener)
  return () => errorListeners.delete(listener)
}

function live<T>(query: () => Promise<T>): Observable<T> {
  return liveQuery(async () => {
    try {
      return await query()
    } catch (error) {
      for (const listener of errorListeners) listener(error)
      throw error
    }
  })
}

export function liveProjects(database: TrackerDb = db): Observable<Project[]> {
  return live(() => database.projects.orderBy('name').toArray())
}

export function liveProject(id: string, database: TrackerDb = db): Observable<Project | undefined> {
  return live(() => database.projects.get(id))
}

export function liveDomains(projectId: string, database: TrackerDb = db): Observable<Domain[]> {
  return live(async () => {
    const domains = await database.domains.where('projectId').equals(projectId).toArray()
    return domains.sort((a, b) => a.name.localeCompare(b.name))
  })
}

export function liveDomain(id: string, database: TrackerDb = db): Observable<Domain | undefined> {
  return live(() => database.domains.get(id))
}

export function liveProjectSteps(projectId: string, database: TrackerDb = db): Observable<Step[]> {
  return live(() => database.steps.where('projectId').equals(projectId).toArray())
}

export function liveDomainSteps(domainId: string, database: TrackerDb = db): Observable<Step[]> {
  return live(async () => {
    const steps = await database.steps.where('domainId').equals(domainId).toArray()
    return steps.sort((a, b) => a.order - b.order)
  })
}

/** Newest first. Without a project, the log of every project including deleted ones. */
export function liveEvents(
  filter: { projectId?: string; domainId?: string; limit?: number },
  database: TrackerDb = db
): Observable<EventRecord[]> {
  const limit = filter.limit ?? 200
  return live(() => {
    if (filter.domainId)
      return database.events
        .where('[domainId+at]')
        .between([filter.domainId, ''], [filter.domainId, '\uffff'])
        .reverse()
        .limit(limit)
        .toArray()
    if (filter.projectId)
      return database.events
        .where('[projectId+at]')
        .between([filter.projectId, ''], [filter.projectId, '\uffff'])
        .reverse()
        .limit(limit)
        .toArray()
    return database.events.orderBy('at').reverse().limit(limit).toArray()
  })
}

/** The status report notes of a project (the project's and each domain's). */
export function liveReportNotes(
  projectId: string,
  database: TrackerDb = db
): Observable<ReportNotes[]> {
  return live(() => readReportNotes(database, projectId))
}

export function liveSettings(database: TrackerDb = db): Observable<Settings> {
  return live(() => readSettings(database))
}

/** The project dashboard's inputs on `today`: mailbox counts, steps, burn-up histories. */
export function liveProjectHistory(
  projectId: string,
  today: string,
  database: TrackerDb = db
): Observable<ProjectHistoryInputs> {
  return live(() => readProjectHistory(database, projectId, today))
}

/** Per batch: its mailboxes and the completed ones. */
export function liveBatchProgress(
  projectId: string,
  database: TrackerDb = db
): Observable<BatchProgress[]> {
  return live(() => readBatchProgress(database, projectId))
}

/** Per batch: counts and recent completions, for the batch forecasts (a walk of the log). */
export function liveBatchForecastInputs(
  projectId: string,
  today: string,
  database: TrackerDb = db
): Observable<BatchForecastInput[]> {
  return live(() => readBatchForecastInputs(database, projectId, today))
}

/** What the dashboard's DNS and connector figures are counted from (dashboardProblems). */
export type DashboardProblemInputs = { dnsRecords: DnsRecordEntry[]; connectors: Connector[] }

/** The project's stored DNS records and connectors, for the dashboard's problem figures. */
export function liveDashboardProblemInputs(
  projectId: string,
  database: TrackerDb = db
): Observable<DashboardProblemInputs> {
  return live(async () => ({
    dnsRecords: await readProjectDnsRecords(database, projectId),
    connectors: await readConnectors(database, projectId)
  }))
}

/** One domain's mailbox counts and burn-up histories, for its progress tab. */
export function liveDomainHistory(
  projectId: string,
  domainId: string,
  today: string,
  database: TrackerDb = db
): Observable<DomainHistoryInputs> {
  return live(() => readDomainHistory(database, projectId, domainId, today))
}

/**
 * A cheap signal for big lists: a new object (with the row count) whenever any mailbox of the
 * project is added, changed or removed. A view of 100,000 rows re-reads them on this signal with
 * readProjectMailboxes, outside liveQuery, which would otherwise track every row it returned.
 */
export function liveMailboxChanges(
  projectId: string,
  database: TrackerDb = db
): Observable<{ count: number }> {
  return live(async () => ({
    count: await database.mailboxes
      .where('[projectId+address]')
      .between([projectId, ''], [projectId, '\uffff'])
      .count()
  }))
}

export function liveBatches(projectId: string, database: TrackerDb = db): Observable<Batch[]> {
  return live(() => database.batches.where('projectId').equals(projectId).toArray())
}

/** The project's imports, newest first. */
export function liveImports(
  projectId: string,
  limit = 20,
  database: TrackerDb = db
): Observable<ImportRecord[]> {
  return live(() =>
    database.imports
      .where('[projectId+at]')
      .between([projectId, ''], [projectId, '\uffff'])
      .reverse()
      .limit(limit)
      .toArray()
  )
}

/** The status history of one mailbox, newest first. */
export function liveMailboxHistory(
  mailbox: Pick<Mailbox, 'id' | 'projectId' | 'createdAt'>,
  database: TrackerDb = db
): Observable<EventRecord[]> {
  return live(() => readMailboxHistory(database, mailbox))
}

/** A domain's transition plan with the connectors and DNS records the advisor reads. */
export function liveAdvisorInputs(
  projectId: string,
  domainId: string,
  database: TrackerDb = db
): Observable<AdvisorInputs> {
  return live(() => readAdvisorInputs(database, projectId, domainId))
}

/** A domain's stored DNS records: entered values, observations and verdicts. */
export function liveDnsRecords(
  domainId: string,
  database: TrackerDb = db
): Observable<DnsRecordEntry[]> {
  return live(() => readDnsRecords(database, domainId))
}

/** The pasted DNS output kept for a domain, in the order it was pasted. */
export function liveDnsPastes(
  domainId: string,
  database: TrackerDb = db
): Observable<DnsPasteRow[]> {
  return live(() => readDnsPastes(database, domainId))
}

/** The DNS server live checks ask ('' for the system's servers). */
export function liveDnsServer(database: TrackerDb = db): Observable<string> {
  return live(() => readDnsServer(database))
}

/** The project's connectors, by name. */
export function liveConnectors(
  projectId: string,
  database: TrackerDb = db
): Observable<Connector[]> {
  return live(() => readConnectors(database, projectId))
}

/** The project's imported inventories, newest collection first. */
export function liveInventories(
  projectId: string,
  database: TrackerDb = db
): Observable<InventorySnapshot[]> {
  return live(() => readInventories(database, projectId))
}

/** The user's decisions on proposals for one domain (accepted and dismissed). */
export function liveProposalDecisions(
  domainId: string,
  database: TrackerDb = db
): Observable<ProposalDecisionRow[]> {
  return live(() => database.proposalDecisions.where('domainId').equals(domainId).toArray())
}

/** A domain's route tests, newest first. */
export function liveRouteTests(
  domainId: string,
  database: TrackerDb = db
): Observable<RouteTestRow[]> {
  return live(() => readRouteTests(database, domainId))
}

/** A domain's cut-over runs (the open one and its archive), newest window first. */
export function liveDomainRuns(
  domainId: string,
  database: TrackerDb = db
): Observable<CutoverRun[]> {
  return live(() => readDomainRuns(database, domainId))
}

/** A project's cut-over runs (their owners are among the project's people). */
export function liveProjectRuns(
  projectId: string,
  database: TrackerDb = db
): Observable<CutoverRun[]> {
  return live(() => readProjectRuns(database, projectId))
}

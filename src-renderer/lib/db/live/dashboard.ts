/** The dashboard's and the domain progress tab's live reads (see ./index). */
import type { Observable } from 'dexie'
import type { BatchProgress } from '../../domain/dashboard'
import type { BatchForecastInput } from '../../domain/forecast'
import type { DnsRecordEntry } from '../../domain/dns/records'
import type { Connector } from '../../domain/connectors/model'
import { db } from '../database'
import type { TrackerDb } from '../schema'
import { readBatchForecastInputs, readBatchProgress } from '../batch-inputs'
import {
  readDomainHistory,
  readProjectHistory,
  type DomainHistoryInputs,
  type ProjectHistoryInputs
} from '../dashboard-inputs'
import { readProjectDnsRecords } from '../repositories/dns-records'
import { readConnectors } from '../repositories/connectors'
import { live } from './query'

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

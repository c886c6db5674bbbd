/** The dashboard's and the domain progress tab's live reads (see ./index). */
import type { Observable } from 'dexie'
import type { BatchProgress } from '../../domain/dashboard'
import type { BatchForecastInput } from '../../domain/forecast'
import { db } from '../database'
import type { TrackerDb } from '../schema'
import { readBatchForecastInputs, readBatchProgress } from '../batch-inputs'
import {
  readDomainHistory,
  readProjectHistory,
  type DomainHistoryInputs,
  type ProjectHistoryInputs
} from '../dashboard-inputs'
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

/** One domain's mailbox counts and burn-up histories, for its progress tab. */
export function liveDomainHistory(
  projectId: string,
  domainId: string,
  today: string,
  database: TrackerDb = db
): Observable<DomainHistoryInputs> {
  return live(() => readDomainHistory(database, projectId, domainId, today))
}

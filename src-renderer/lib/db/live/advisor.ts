/** The advisor tab's live reads (see ./index). */
import type { Observable } from 'dexie'
import type { CutoverRun } from '../../domain/cutover/model'
import { db } from '../database'
import type { TrackerDb } from '../schema'
import { readAdvisorInputs, type AdvisorInputs } from '../repositories/advisor-plans'
import { readDomainRuns } from '../repositories/cutover-run-reads'
import { live } from './query'

/** A domain's transition plan with the connectors and DNS records the advisor reads. */
export function liveAdvisorInputs(
  projectId: string,
  domainId: string,
  database: TrackerDb = db
): Observable<AdvisorInputs> {
  return live(() => readAdvisorInputs(database, projectId, domainId))
}

/** A domain's cut-over runs (the open one and its archive), newest window first. */
export function liveDomainRuns(
  domainId: string,
  database: TrackerDb = db
): Observable<CutoverRun[]> {
  return live(() => readDomainRuns(database, domainId))
}

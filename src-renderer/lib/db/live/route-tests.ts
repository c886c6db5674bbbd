/** The route tests' live reads (see ./index). */
import type { Observable } from 'dexie'
import type { RouteTestRow } from '../../domain/route/stored'
import { db } from '../database'
import type { TrackerDb } from '../schema'
import { readRouteTests } from '../repositories/route-tests'
import { live } from './query'

/** A domain's route tests, newest first. */
export function liveRouteTests(
  domainId: string,
  database: TrackerDb = db
): Observable<RouteTestRow[]> {
  return live(() => readRouteTests(database, domainId))
}

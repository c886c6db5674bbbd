/** The connector register's live reads (see ./index). */
import type { Observable } from 'dexie'
import type { Connector } from '../../domain/connectors/model'
import { db } from '../database'
import type { TrackerDb } from '../schema'
import { readConnectors } from '../repositories/connectors'
import { live } from './query'

/** The project's connectors, by name. */
export function liveConnectors(
  projectId: string,
  database: TrackerDb = db
): Observable<Connector[]> {
  return live(() => readConnectors(database, projectId))
}

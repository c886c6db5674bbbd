/** The tenant inventories' live reads (see ./index). */
import type { Observable } from 'dexie'
import type { InventorySnapshot } from '../../domain/inventory/model'
import { db } from '../database'
import type { TrackerDb } from '../schema'
import { readInventories } from '../repositories/inventories'
import { live } from './query'

/** The project's imported inventories, newest collection first. */
export function liveInventories(
  projectId: string,
  database: TrackerDb = db
): Observable<InventorySnapshot[]> {
  return live(() => readInventories(database, projectId))
}

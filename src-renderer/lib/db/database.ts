/**
 * The app's database instance. Opening it also asks the browser to keep the data
 * (navigator.storage.persist): without that, Chromium may evict the whole origin under storage pressure.
 */
import { TrackerDb } from './schema'

export const db = new TrackerDb()

export type StorageStatus = { persisted: boolean }

export async function openDatabase(database: TrackerDb = db): Promise<StorageStatus> {
  await database.open()
  let persisted = false
  if (typeof navigator !== 'undefined' && navigator.storage?.persist) {
    persisted = (await navigator.storage.persisted()) || (await navigator.storage.persist())
  }
  return { persisted }
}

import { db } from '../database'
import type { TrackerDb } from '../schema'

/** `fn` with the app's database as its first argument. */
export function bound<A extends unknown[], R>(fn: (database: TrackerDb, ...args: A) => R) {
  return (...args: A): R => fn(db, ...args)
}

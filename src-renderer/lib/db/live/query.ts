/**
 * The one wrapper every live read goes through: a Dexie liveQuery whose errors are also told to
 * the app's error banner (liveQuery errors never reach a Svelte store).
 */
import { liveQuery, type Observable } from 'dexie'

type Listener = (error: unknown) => void
const errorListeners = new Set<Listener>()

/** liveQuery errors never reach a Svelte store, so they are reported here for the error banner. */
export function onLiveQueryError(listener: Listener): () => void {
  errorListeners.add(listener)
  return () => errorListeners.delete(listener)
}

export function live<T>(query: () => Promise<T>): Observable<T> {
  return liveQuery(async () => {
    try {
      return await query()
    } catch (error) {
      for (const listener of errorListeners) listener(error)
      throw error
    }
  })
}

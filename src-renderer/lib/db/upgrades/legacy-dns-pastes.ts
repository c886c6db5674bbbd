/**
 * Before schema version 7 pasted DNS output was kept in localStorage. On start the app moves
 * what is there into the database; the localStorage copy is removed only once the database holds
 * it, so a failed move loses nothing and is tried again on the next start.
 */
import { db } from '../database'
import type { TrackerDb } from '../schema'
import { liveWriteContext, type WriteContext } from '../write-context'

/** The localStorage key the pastes were kept under before version 7. */
export const LEGACY_PASTES_KEY = 'tracker.dnsPastes'

type LegacyStorage = Pick<Storage, 'getItem' | 'removeItem'>

/** Moves the pastes kept in `storage` into the database; returns how many rows were written. */
export async function moveLegacyPastes(
  db: TrackerDb,
  storage: LegacyStorage | undefined,
  context: WriteContext
): Promise<number> {
  const text = storage?.getItem(LEGACY_PASTES_KEY) ?? null
  if (storage === undefined || text === null) return 0
  // Every start asks, but only data from before version 7 has anything to move: the DNS paste
  // parser and repository load then, not in the start-up bundle.
  const [{ parseKeptPastes }, { importKeptPastes }] = await Promise.all([
    import('../../domain/dns/pasted'),
    import('../repositories/dns-pastes')
  ])
  const written = await importKeptPastes(db, parseKeptPastes(text), context)
  storage.removeItem(LEGACY_PASTES_KEY)
  return written
}

/** moveLegacyPastes on start: never stops the start; what it could not move stays for next time. */
export async function moveLegacyPastesOnStart(): Promise<void> {
  try {
    const storage = typeof localStorage === 'undefined' ? undefined : localStorage
    await moveLegacyPastes(db, storage, liveWriteContext('App upgrade'))
  } catch (error) {
    console.warn('Could not move the pasted DNS output into the database:', error)
  }
}

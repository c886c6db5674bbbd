/**
 * Pasted DNS output kept per domain with when it was pasted (table dnsPastes). A later paste of
 * the same record replaces the earlier one. The pastes are the input of checks, which log what
 * they found; keeping or removing a paste changes no verdict by itself.
 */
import type { DnsPasteRow } from '../../domain/dns/paste-rows'
import { inPasteOrder, isDnsPasteRow } from '../../domain/dns/paste-rows'
import type { KeptPaste } from '../../domain/dns/pasted'
import { isKeptPaste, pasteKey } from '../../domain/dns/pasted'
import type { Domain } from '../../domain/types'
import { ValidationError } from '../../domain/validation'
import type { TrackerDb } from '../schema'
import { newRowMeta, type WriteContext } from '../write-context'
import { domainOrThrow } from './domains'

/** A domain's kept pastes, in the order they were pasted; rows of an unknown shape are left out. */
export async function readDnsPastes(db: TrackerDb, domainId: string): Promise<DnsPasteRow[]> {
  const rows = await db.dnsPastes.where('domainId').equals(domainId).toArray()
  return inPasteOrder(rows.filter(isDnsPasteRow))
}

/** Stores one paste for `domain`, replacing the stored paste of the same record if older. */
async function keepOne(
  db: TrackerDb,
  domain: Domain,
  kept: KeptPaste,
  context: WriteContext,
  replaceNewer: boolean
): Promise<boolean> {
  const key = pasteKey(kept.paste)
  const current = await db.dnsPastes.where('[domainId+key]').equals([domain.id, key]).first()
  if (current && !replaceNewer && current.pastedAt >= kept.pastedAt) return false
  const row: DnsPasteRow = {
    ...(current ?? newRowMeta(context)),
    projectId: domain.projectId,
    domainId: domain.id,
    key,
    paste: kept.paste,
    pastedAt: kept.pastedAt,
    updatedAt: context.now,
    rev: current ? current.rev + 1 : 1
  }
  await db.dnsPastes.put(row)
  return true
}

/**
 * Keeps pasted outputs for a domain, all or none: a paste that is not a readable paste with its
 * date is refused with a ValidationError and nothing is stored. Returns the domain's pastes.
 */
export async function keepDnsPastes(
  db: TrackerDb,
  domainId: string,
  added: readonly KeptPaste[],
  context: WriteContext
): Promise<DnsPasteRow[]> {
  const refused = added.findIndex((kept) => !isKeptPaste(kept))
  if (refused >= 0) {
    throw new ValidationError({ paste: `Pasted output ${refused + 1} could not be read.` })
  }
  return db.transaction('rw', [db.domains, db.dnsPastes], async () => {
    const domain = await domainOrThrow(db, domainId)
    for (const kept of added) await keepOne(db, domain, kept, context, true)
    return readDnsPastes(db, domainId)
  })
}

/** Removes one kept paste (a paste already removed is no error). */
export async function removeDnsPaste(db: TrackerDb, id: string): Promise<void> {
  await db.dnsPastes.delete(id)
}

/**
 * Moves pastes kept before schema version 7 (by domain id, as localStorage held them) into the
 * table, in one transaction. Pastes of domains that no longer exist are dropped with their domain;
 * a stored paste of the same record pasted later wins. Returns how many rows were written.
 */
export async function importKeptPastes(
  db: TrackerDb,
  byDomain: Readonly<Record<string, readonly KeptPaste[]>>,
  context: WriteContext
): Promise<number> {
  return db.transaction('rw', [db.domains, db.dnsPastes], async () => {
    let written = 0
    for (const [domainId, pastes] of Object.entries(byDomain)) {
      const domain = await db.domains.get(domainId)
      if (!domain) continue
      for (const kept of pastes.filter(isKeptPaste)) {
        if (await keepOne(db, domain, kept, context, false)) written++
      }
    }
    return written
  })
}

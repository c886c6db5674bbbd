import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBackup, restoreBackup } from '../../src-renderer/lib/db/backup'
import {
  importKeptPastes,
  keepDnsPastes,
  readDnsPastes,
  removeDnsPaste
} from '../../src-renderer/lib/db/repositories/dns-pastes'
import { removeDomain } from '../../src-renderer/lib/db/repositories/domains'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import type { KeptPaste, PastedDns } from '../../src-renderer/lib/domain/dns/pasted'
import { parseManyPasted } from '../../src-renderer/lib/domain/dns/pasted'
import type { Domain } from '../../src-renderer/lib/domain/types'
import { ValidationError } from '../../src-renderer/lib/domain/validation'
import {
  LEGACY_PASTES_KEY,
  moveLegacyPastes
} from '../../src-renderer/lib/db/upgrades/legacy-dns-pastes'
import {
  contextSequence,
  openTestDb,
  seedProjectWithDomain,
  upgradedFrom,
  VERSION_6_STORES
} from '../support/db'
import * as F from '../support/dns-paste-fixtures'

let db: TrackerDb
let domain: Domain
const at = contextSequence()

function pasted(text: string): PastedDns {
  const [paste] = parseManyPasted(text).pastes
  if (!paste) throw new Error('no paste')
  return paste
}

const MX = pasted(F.NSLOOKUP_WINDOWS_MX)
const TXT = pasted(F.NSLOOKUP_WINDOWS_TXT)

function kept(paste: PastedDns, pastedAt: string): KeptPaste {
  return { paste, pastedAt }
}

/** localStorage as the app used it before schema version 7. */
function legacyStorage(value: string | null): Pick<Storage, 'getItem' | 'removeItem'> & {
  value: string | null
} {
  return {
    value,
    getItem(key) {
      return key === LEGACY_PASTES_KEY ? this.value : null
    },
    removeItem(key) {
      if (key === LEGACY_PASTES_KEY) this.value = null
    }
  }
}

beforeEach(async () => {
  db = await openTestDb()
  ;({ domain } = await seedProjectWithDomain(db, at))
})
afterEach(async () => {
  await db.delete()
})

describe('kept DNS pastes', () => {
  it('keeps each paste with its date, a later paste of the same record replacing the earlier', async () => {
    await keepDnsPastes(
      db,
      domain.id,
      [kept(MX, '2026-12-01T10:00:00.000Z'), kept(TXT, '2026-12-01T10:00:00.000Z')],
      at('2026-12-01T10:00:01.000Z')
    )
    const again = await keepDnsPastes(
      db,
      domain.id,
      [kept(MX, '2026-12-02T10:00:00.000Z')],
      at('2026-12-02T10:00:01.000Z')
    )
    expect(again.map((row) => [row.key, row.pastedAt, row.rev])).toEqual([
      ['txt:contoso.com', '2026-12-01T10:00:00.000Z', 1],
      ['mx:contoso.com', '2026-12-02T10:00:00.000Z', 2]
    ])
    expect(again[1]?.paste).toEqual(MX)
    expect(again.every((row) => row.projectId === domain.projectId)).toBe(true)

    await removeDnsPaste(db, again[0]?.id ?? '')
    expect((await readDnsPastes(db, domain.id)).map((row) => row.key)).toEqual(['mx:contoso.com'])
  })

  it('refuses what is not a paste, storing nothing', async () => {
    const broken = { paste: { ok: false }, pastedAt: 'x' } as unknown as KeptPaste
    await expect(
      keepDnsPastes(
        db,
        domain.id,
        [kept(MX, '2026-12-01T10:00:00.000Z'), broken],
        at('2026-12-01T10:00:01.000Z')
      )
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db.dnsPastes.count()).toBe(0)
  })

  it('go with their domain', async () => {
    await keepDnsPastes(
      db,
      domain.id,
      [kept(MX, '2026-12-01T10:00:00.000Z')],
      at('2026-12-01T10:00:01.000Z')
    )
    await removeDomain(db, domain.id, at('2026-12-01T11:00:00.000Z'))
    expect(await db.dnsPastes.count()).toBe(0)
  })

  it('are in a backup, and a restore brings them back', async () => {
    await keepDnsPastes(
      db,
      domain.id,
      [kept(MX, '2026-12-01T10:00:00.000Z')],
      at('2026-12-01T10:00:01.000Z')
    )
    const before = await db.dnsPastes.toArray()
    const { text, rowCounts } = await createBackup(db, '0.1.0', '2026-12-07T10:05:00.000Z')
    expect(rowCounts.dnsPastes).toBe(1)
    await db.dnsPastes.clear()
    const result = await restoreBackup(db, text, '0.1.0', at('2026-12-07T10:06:00.000Z'))
    expect(result.ok).toBe(true)
    expect(await db.dnsPastes.toArray()).toEqual(before)
  })
})

describe('pastes kept in localStorage before schema version 7', () => {
  const stored = (domainId: string): string =>
    JSON.stringify({
      [domainId]: [kept(MX, '2026-11-20T08:00:00.000Z'), kept(TXT, '2026-11-21T08:00:00.000Z')],
      'a-removed-domain': [kept(MX, '2026-11-20T08:00:00.000Z')]
    })

  it('move into the database on the first start with their dates, then leave localStorage', async () => {
    const storage = legacyStorage(stored(domain.id))
    expect(await moveLegacyPastes(db, storage, at('2026-12-07T09:00:00.000Z'))).toBe(2)
    expect(
      (await readDnsPastes(db, domain.id)).map((row) => [row.key, row.pastedAt, row.paste])
    ).toEqual([
      ['mx:contoso.com', '2026-11-20T08:00:00.000Z', MX],
      ['txt:contoso.com', '2026-11-21T08:00:00.000Z', TXT]
    ])
    expect(storage.value).toBeNull()
    // The next start finds nothing more to move.
    expect(await moveLegacyPastes(db, storage, at('2026-12-08T09:00:00.000Z'))).toBe(0)
  })

  it('never replace a paste of the same record made later in the database', async () => {
    await keepDnsPastes(
      db,
      domain.id,
      [kept(MX, '2026-12-01T10:00:00.000Z')],
      at('2026-12-01T10:00:01.000Z')
    )
    const written = await importKeptPastes(
      db,
      { [domain.id]: [kept(MX, '2026-11-20T08:00:00.000Z')] },
      at('2026-12-07T09:00:00.000Z')
    )
    expect(written).toBe(0)
    expect((await readDnsPastes(db, domain.id))[0]?.pastedAt).toBe('2026-12-01T10:00:00.000Z')
  })

  it('stay in localStorage when the move fails, to be tried again', async () => {
    const storage = legacyStorage(stored(domain.id))
    db.close()
    await expect(moveLegacyPastes(db, storage, at('2026-12-07T09:00:00.000Z'))).rejects.toThrow()
    expect(storage.value).toBe(stored(domain.id))
    await db.open()
  })
})

describe('schema version 7', () => {
  it('opens a version 6 database with its rows intact and an empty dnsPastes table', async () => {
    const upgraded = await upgradedFrom(6, VERSION_6_STORES, async (old) => {
      await old
        .table('domains')
        .add({ id: 'd1', projectId: 'p1', name: 'contoso.com', scenario: 2 })
      await old.table('routeTests').add({ id: 'r1', projectId: 'p1', domainId: 'd1' })
    })
    expect(upgraded.verno).toBe(9)
    expect(await upgraded.domains.get('d1')).toEqual({
      id: 'd1',
      projectId: 'p1',
      name: 'contoso.com',
      scenario: 2
    })
    expect(await upgraded.routeTests.get('r1')).toEqual({
      id: 'r1',
      projectId: 'p1',
      domainId: 'd1'
    })
    expect(await upgraded.dnsPastes.count()).toBe(0)
    await upgraded.delete()
  })
})

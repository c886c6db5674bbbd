import { afterEach, describe, expect, it } from 'vitest'
import { Dexie } from 'dexie'
import { checkBackup } from '../../src-renderer/lib/db/backup'
import { countRows, watchDataChanges } from '../../src-renderer/lib/db/data-watch'
import { onVersionChange, openDatabase } from '../../src-renderer/lib/db/database'
import type { PreUpgradeBackup } from '../../src-renderer/lib/db/upgrade-backup'
import { readPreUpgradeBackup } from '../../src-renderer/lib/db/upgrade-backup'
import { createSampleProject } from '../../src-renderer/lib/db/repositories/sample'
import { TrackerDb } from '../../src-renderer/lib/db/schema'
import { TABLE_KEYS_BY_VERSION } from '../../src-renderer/lib/domain/backup'
import { fixedContext, openTestDb } from '../support/db'

const opened: Dexie[] = []
afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close()
    await Dexie.delete(database.name)
  }
})

/** The version the current code declares. */
const CURRENT = new TrackerDb('never-opened').verno

/** A plain Dexie database of schema version 1 as the first release stored it, with rows. */
async function storedVersion1(name: string): Promise<void> {
  const old = new Dexie(name)
  old.version(1).stores({
    projects: 'id, name',
    domains: 'id, projectId, &[projectId+name]',
    steps: 'id, projectId, domainId, &[domainId+stepId]',
    dnsRecords: 'id, projectId, domainId',
    connectors: 'id, projectId',
    mailboxes: 'id, projectId, &[projectId+address], [projectId+lifecycle], [projectId+batchId]',
    batches: 'id, projectId',
    events: 'id, [projectId+at], [domainId+at], at',
    settings: 'key'
  })
  await old.open()
  await old.table('projects').add({ id: 'p1', name: 'Contoso' })
  await old.table('events').add({ id: 'e1', projectId: 'p1', domainId: null, at: '2026-01-01' })
  old.close()
}

function keeperInto(kept: PreUpgradeBackup[]) {
  return {
    appVersion: async () => '0.1.0',
    keep: async (backup: PreUpgradeBackup) => void kept.push(backup)
  }
}

describe('a newer database met by an older app', () => {
  it('refuses to open with a VersionError and deletes nothing', async () => {
    const name = `newer-${crypto.randomUUID()}`
    const newer = new Dexie(name)
    newer.version(CURRENT + 1).stores({ projects: 'id, name', future: 'id' })
    await newer.open()
    await newer.table('projects').add({ id: 'p1', name: 'Contoso' })
    await newer.table('future').add({ id: 'f1' })
    newer.close()

    const app = new TrackerDb(name)
    await expect(openDatabase(app)).rejects.toMatchObject({
      name: 'VersionError',
      storedVersion: CURRENT + 1,
      knownVersion: CURRENT
    })
    expect(app.isOpen()).toBe(false)

    const again = new Dexie(name)
    opened.push(again)
    await again.open()
    // Not even patched: the version and the tables are exactly the newer app's.
    expect(again.verno).toBe(CURRENT + 1)
    expect(again.tables.map((table) => table.name).sort()).toEqual(['future', 'projects'])
    expect(await again.table('projects').toArray()).toEqual([{ id: 'p1', name: 'Contoso' }])
    expect(await again.table('future').count()).toBe(1)
  })
})

describe('another window upgrading the database', () => {
  it('tells this window, which lets the upgrade go ahead', async () => {
    const app = await openTestDb()
    opened.push(app)
    let told = 0
    const stop = onVersionChange(() => told++, app)
    // Another window opens the same database with a newer version.
    const upgraded = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open(app.name, (CURRENT + 1) * 10)
      request.onsuccess = () => {
        const version = request.result.version
        request.result.close()
        resolve(version)
      }
      request.onerror = () => reject(request.error)
      request.onblocked = () => reject(new Error('blocked: this window did not close'))
    })
    expect(told).toBe(1)
    expect(upgraded).toBe((CURRENT + 1) * 10)
    // This window's code does not know the new schema: it must not reopen it by itself.
    await expect(app.projects.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' })
    stop()
  })

  it('stops telling once unsubscribed', async () => {
    const app = await openTestDb()
    opened.push(app)
    let told = 0
    onVersionChange(() => told++, app)()
    await Dexie.delete(app.name)
    expect(told).toBe(0)
  })
})

describe('a backup before a schema upgrade', () => {
  it('reads version 1 data as a version 1 backup without upgrading it', async () => {
    const name = `v1-${crypto.randomUUID()}`
    await storedVersion1(name)
    const backup = await readPreUpgradeBackup(
      new TrackerDb(name),
      '0.1.0',
      '2026-03-10T09:00:00.000Z'
    )
    expect(backup).toMatchObject({ fromVersion: 1, toVersion: CURRENT })
    const checked = await checkBackup(backup?.text ?? '', CURRENT)
    expect(checked).toMatchObject({
      ok: true,
      createdAt: '2026-03-10T09:00:00.000Z',
      rowCounts: { projects: 1, events: 1, steps: 0 }
    })
    if (checked.ok)
      expect(Object.keys(checked.tables).sort()).toEqual(
        Object.keys(TABLE_KEYS_BY_VERSION[1] ?? {}).sort()
      )
    const still = new Dexie(name)
    opened.push(still)
    await still.open()
    expect(still.verno).toBe(1)
  })

  it('hands the backup to the keeper, then upgrades with the rows intact', async () => {
    const name = `v1-${crypto.randomUUID()}`
    await storedVersion1(name)
    const kept: PreUpgradeBackup[] = []
    const app = new TrackerDb(name)
    opened.push(app)
    await openDatabase(app, keeperInto(kept))
    expect(kept.map((backup) => [backup.fromVersion, backup.toVersion])).toEqual([[1, CURRENT]])
    expect(app.verno).toBe(CURRENT)
    expect(await app.projects.get('p1')).toEqual({ id: 'p1', name: 'Contoso' })
  })

  it('keeps nothing for a new database or one already at the current version', async () => {
    const kept: PreUpgradeBackup[] = []
    const fresh = new TrackerDb(`fresh-${crypto.randomUUID()}`)
    opened.push(fresh)
    await openDatabase(fresh, keeperInto(kept))
    fresh.close()
    await openDatabase(fresh, keeperInto(kept))
    expect(kept).toEqual([])
    expect(fresh.verno).toBe(CURRENT)
  })

  it('still opens the database when keeping the backup fails', async () => {
    const name = `v1-${crypto.randomUUID()}`
    await storedVersion1(name)
    const app = new TrackerDb(name)
    opened.push(app)
    const warn = console.warn
    const warnings: unknown[] = []
    console.warn = (...args: unknown[]) => void warnings.push(args[0])
    try {
      await openDatabase(app, {
        appVersion: async () => '0.1.0',
        keep: async () => {
          throw new Error('the disk is full')
        }
      })
    } finally {
      console.warn = warn
    }
    expect(warnings).toEqual(['Could not back up the data before upgrading it:'])
    expect(await app.projects.count()).toBe(1)
  })
})

describe('watching the data', () => {
  it('counts the rows of every data table', async () => {
    const app = await openTestDb()
    opened.push(app)
    await createSampleProject(app, fixedContext())
    const counts = await countRows(app)
    expect(counts.projects).toBe(1)
    expect(counts.domains).toBe(await app.domains.count())
    expect(counts.events).toBeGreaterThan(0)
    expect(Object.keys(counts)).not.toContain('restorePoints')
  })

  it('hears committed writes to its database only, and stops when asked', async () => {
    const app = await openTestDb()
    const other = await openTestDb()
    opened.push(app, other)
    let heard = 0
    const stop = watchDataChanges(() => heard++, app)
    await app.settings.put({ key: 'theme', value: 'dark' })
    expect(heard).toBe(1)
    await other.settings.put({ key: 'theme', value: 'dark' })
    expect(heard).toBe(1)
    await app.restorePoints.add({ id: 'r1', createdAt: '2026-03-10', backup: '{}' })
    expect(heard).toBe(1)
    stop()
    await app.settings.put({ key: 'theme', value: 'light' })
    expect(heard).toBe(1)
  })
})

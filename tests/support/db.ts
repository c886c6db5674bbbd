import { Dexie } from 'dexie'
import { addDomain } from '../../src-renderer/lib/db/repositories/domains'
import { createProject } from '../../src-renderer/lib/db/repositories/projects'
import { TABLE_NAMES, TrackerDb } from '../../src-renderer/lib/db/schema'
import type { WriteContext } from '../../src-renderer/lib/db/write-context'
import type { DnsRecordEntry } from '../../src-renderer/lib/domain/dns/records'
import type { Mailbox } from '../../src-renderer/lib/domain/mailboxes/model'
import { NO_CONDITIONS } from '../../src-renderer/lib/domain/profile'
import type { Domain, Project } from '../../src-renderer/lib/domain/types'
import type { DomainInput, ProjectInput } from '../../src-renderer/lib/domain/validation'

/** A fresh database per test, so tests never see each other's rows. */
export async function openTestDb(): Promise<TrackerDb> {
  const db = new TrackerDb(`test-${crypto.randomUUID()}`)
  await db.open()
  return db
}

/** A write context with a fixed clock and predictable ids: id-1, id-2, … */
export function fixedContext(now = '2026-03-01T09:00:00.000Z', actor = 'Test Lead'): WriteContext {
  let next = 0
  return { actor, now, newId: () => `id-${++next}` }
}

/** Returns contexts that share one id counter but move the clock forward. */
export function contextSequence(actor = 'Test Lead'): (now: string) => WriteContext {
  let next = 0
  return (now) => ({ actor, now, newId: () => `id-${++next}` })
}

export const CONTOSO: ProjectInput = {
  name: 'Contoso',
  tenantName: 'contoso.onmicrosoft.com',
  onPremIps: ['131.107.21.231'],
  onPremHost: 'mail.contoso.com',
  thirdPartySenders: ['10.10.10.1'],
  exchangeVersion: '2016'
}

/**
 * The setup most database tests start from: the Contoso project, stored at 09:00 on 1 March 2026,
 * and one domain in it a minute later (contoso.com in scenario 1 unless `domain` says otherwise).
 * `at` gives the write contexts, so a test that goes on with it continues the same id sequence.
 */
export async function seedProjectWithDomain(
  db: TrackerDb,
  at: (now: string) => WriteContext,
  domain: DomainInput = { name: 'contoso.com', scenario: 1, conditions: NO_CONDITIONS }
): Promise<{ project: Project; domain: Domain }> {
  const project = await createProject(db, CONTOSO, at('2026-03-01T09:00:00.000Z'))
  return {
    project,
    domain: await addDomain(db, project.id, domain, at('2026-03-01T09:01:00.000Z'))
  }
}

/** A stored mailbox row with defaults for everything not given. */
export function makeMailbox(
  fields: Partial<Mailbox> & Pick<Mailbox, 'id' | 'projectId' | 'address'>
): Mailbox {
  return {
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    rev: 1,
    domainId: null,
    alias: '',
    displayName: '',
    lifecycle: 'not-started',
    rawStatus: '',
    statusDetail: '',
    batchId: null,
    owner: '',
    location: 'onprem',
    sizeBytes: null,
    percentComplete: null,
    importId: null,
    ...fields
  }
}

/** A fingerprint of every data table, to prove that a failed operation changed nothing. */
export async function hashTables(db: TrackerDb): Promise<string> {
  const tables: Record<string, unknown[]> = {}
  for (const name of TABLE_NAMES) tables[name] = await db.table(name).toArray()
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(JSON.stringify(tables))
  )
  return Buffer.from(digest).toString('hex')
}

/** A stored DNS record row with defaults for everything not given. */
export function makeDnsRecord(
  fields: Partial<DnsRecordEntry> & Pick<DnsRecordEntry, 'id' | 'projectId' | 'domainId'>
): DnsRecordEntry {
  return {
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    rev: 1,
    kind: 'mx',
    name: 'contoso.com',
    expected: '',
    observed: null,
    verdict: null,
    checkedAt: null,
    source: null,
    notes: '',
    ...fields
  }
}

/** The stores of the released schema version 2, as it shipped. */
export const VERSION_2_STORES: Readonly<Record<string, string>> = {
  projects: 'id, name',
  domains: 'id, projectId, &[projectId+name]',
  steps: 'id, projectId, domainId, &[domainId+stepId]',
  dnsRecords: 'id, projectId, domainId',
  connectors: 'id, projectId',
  mailboxes:
    'id, projectId, &[projectId+address], [projectId+lifecycle], [projectId+batchId], ' +
    '[projectId+batchId+lifecycle], [projectId+domainId+lifecycle]',
  batches: 'id, projectId',
  events: 'id, [projectId+at], [domainId+at], at, [entityId+at]',
  settings: 'key',
  imports: 'id, [projectId+at]',
  mappings: 'signature',
  snapshots: 'id, &[projectId+day]',
  plans: 'id, projectId, &domainId',
  restorePoints: 'id, createdAt'
}

/**
 * A database of the released schema `version` (with its `stores`) holding what `seed` writes,
 * opened again with today's schema, which runs every upgrade since. The caller deletes it.
 */
export async function upgradedFrom(
  version: number,
  stores: Readonly<Record<string, string>>,
  seed: (old: Dexie) => Promise<unknown>
): Promise<TrackerDb> {
  const name = `upgrade-${crypto.randomUUID()}`
  const old = new Dexie(name)
  old.version(version).stores(stores)
  await old.open()
  await seed(old)
  old.close()
  const upgraded = new TrackerDb(name)
  await upgraded.open()
  return upgraded
}

/** The stores of schema version 6 as released (`schema.ts`, versions 3 to 6 on version 2's). */
export const VERSION_6_STORES: Readonly<Record<string, string>> = {
  ...VERSION_2_STORES,
  events: 'id, [projectId+at], [domainId+at], at, [entityId+at], *itemIds',
  inventories: 'id, [projectId+collectedAt]',
  proposalDecisions: 'id, projectId, domainId, &key',
  reportNotes: 'id, projectId, &[projectId+scope]',
  reports: 'id, projectId, [projectId+scope+createdAt]',
  routeTests: 'id, projectId, domainId'
}

/** Version 7 as released: the pasted DNS output. */
export const VERSION_7_STORES: Readonly<Record<string, string>> = {
  ...VERSION_6_STORES,
  dnsPastes: 'id, projectId, domainId, &[domainId+key]'
}

/** Version 8 as released: the cut-over runs. */
export const VERSION_8_STORES: Readonly<Record<string, string>> = {
  ...VERSION_7_STORES,
  runs: 'id, projectId, domainId, status'
}

/**
 * The one Dexie database of the app. Every released `version(n)` stays exactly as shipped;
 * a later version adds `version(n + 1)` with an upgrade in ./upgrades and a test that opens
 * data of every earlier version.
 */
import { Dexie, type EntityTable, type Table } from 'dexie'
import type { Domain, EventRecord, Project, Step } from '../domain/types'

/** Rows of tables that later issues fill; declared now so schema version 1 holds every table. */
export type DnsRecordRow = { id: string; projectId: string; domainId: string } & Record<
  string,
  unknown
>
export type ConnectorRow = { id: string; projectId: string } & Record<string, unknown>
export type MailboxRow = { id: string; projectId: string; address: string } & Record<
  string,
  unknown
>
export type BatchRow = { id: string; projectId: string } & Record<string, unknown>

export type SettingRow = { key: string; value: unknown }

export const DATABASE_NAME = 'hybrid-mailflow-tracker'

export class TrackerDb extends Dexie {
  projects!: EntityTable<Project, 'id'>
  domains!: EntityTable<Domain, 'id'>
  steps!: EntityTable<Step, 'id'>
  dnsRecords!: EntityTable<DnsRecordRow, 'id'>
  connectors!: EntityTable<ConnectorRow, 'id'>
  mailboxes!: EntityTable<MailboxRow, 'id'>
  batches!: EntityTable<BatchRow, 'id'>
  events!: EntityTable<EventRecord, 'id'>
  settings!: Table<SettingRow, string>

  /** A name parameter lets every test open its own database. */
  constructor(name: string = DATABASE_NAME) {
    super(name)
    this.version(1).stores({
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
  }
}

/** Tables in the order a backup or a hash comparison walks them. */
export const TABLE_NAMES = [
  'projects',
  'domains',
  'steps',
  'dnsRecords',
  'connectors',
  'mailboxes',
  'batches',
  'events',
  'settings'
] as const

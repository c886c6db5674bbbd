/**
 * The one Dexie database of the app. Every released `version(n)` stays exactly as shipped;
 * a later version adds `version(n + 1)` with an upgrade in ./upgrades and a test that opens
 * data of every earlier version.
 */
import { Dexie, type EntityTable, type Table } from 'dexie'
import type { Connector } from '../domain/connectors/model'
import type { DnsPasteRow } from '../domain/dns/paste-rows'
import type { DnsRecordEntry } from '../domain/dns/records'
import type { InventorySnapshot } from '../domain/inventory/model'
import type { Batch, HeaderMapping, ImportRecord, Mailbox } from '../domain/mailboxes/model'
import type { ProposalDecisionRow } from '../domain/proposals'
import type { ReportNotes, StoredReport } from '../domain/report/notes'
import type { ProgressSnapshot } from '../domain/snapshots'
import type { CutoverRun } from '../domain/cutover/model'
import type { RouteTestRow } from '../domain/route/stored'
import type { Domain, EventRecord, Project, Step } from '../domain/types'
import { regenerateChecklistsUpgrade } from './upgrades/regenerate-checklists'

/** A transition plan in progress for one domain (the advisor's runbook with its ticked actions). */
export type PlanRow = { id: string; projectId: string; domainId: string } & Record<string, unknown>

export type SettingRow = { key: string; value: unknown }

/** The whole database as it was just before a restore, so the restore can be undone. */
export type RestorePointRow = { id: string; createdAt: string; backup: string }

export const DATABASE_NAME = 'hybrid-mailflow-tracker'

export class TrackerDb extends Dexie {
  projects!: EntityTable<Project, 'id'>
  domains!: EntityTable<Domain, 'id'>
  steps!: EntityTable<Step, 'id'>
  dnsRecords!: EntityTable<DnsRecordEntry, 'id'>
  connectors!: EntityTable<Connector, 'id'>
  mailboxes!: EntityTable<Mailbox, 'id'>
  batches!: EntityTable<Batch, 'id'>
  events!: EntityTable<EventRecord, 'id'>
  settings!: Table<SettingRow, string>
  imports!: EntityTable<ImportRecord, 'id'>
  mappings!: Table<HeaderMapping, string>
  snapshots!: EntityTable<ProgressSnapshot, 'id'>
  plans!: EntityTable<PlanRow, 'id'>
  restorePoints!: EntityTable<RestorePointRow, 'id'>
  inventories!: EntityTable<InventorySnapshot, 'id'>
  proposalDecisions!: EntityTable<ProposalDecisionRow, 'id'>
  routeTests!: EntityTable<RouteTestRow, 'id'>
  reportNotes!: EntityTable<ReportNotes, 'id'>
  reports!: EntityTable<StoredReport, 'id'>
  dnsPastes!: EntityTable<DnsPasteRow, 'id'>
  runs!: EntityTable<CutoverRun, 'id'>

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
    // Version 2 adds tables, mailbox indexes for the dashboard's counts and an events index for
    // one row's history; no row changes, so it needs no upgrade function.
    this.version(2).stores({
      events: 'id, [projectId+at], [domainId+at], at, [entityId+at]',
      mailboxes:
        'id, projectId, &[projectId+address], [projectId+lifecycle], [projectId+batchId], ' +
        '[projectId+batchId+lifecycle], [projectId+domainId+lifecycle]',
      imports: 'id, [projectId+at]',
      mappings: 'signature',
      snapshots: 'id, &[projectId+day]',
      plans: 'id, projectId, &domainId',
      restorePoints: 'id, createdAt'
    })
    // Version 3 changes no store: its upgrade regenerates every checklist from the catalog, so
    // steps added since (enhanced filtering, directory synchronization, proof of mail flow, the
    // DNSSEC MX) reach existing projects as 'todo' with their reason, history kept.
    this.version(3)
      .stores({})
      .upgrade(regenerateChecklistsUpgrade('by the app upgrade (new Microsoft 365 guidance)'))
    // Version 4 adds the imported tenant inventories (one dated snapshot per import) and the
    // user's decisions on proposals (accepted or dismissed evidence); new tables only, so no
    // upgrade function.
    this.version(4).stores({
      inventories: 'id, [projectId+collectedAt]',
      proposalDecisions: 'id, projectId, domainId, &key'
    })
    // Version 5. A bulk change is one event listing the mailboxes it changed, found from each mailbox through the multi-entry itemIds index. New
    // tables: the status report's notes per scope (the lead's commentary, target date and status
    // override) and every exported report's facts (so the next report can say what changed
    // since). Only an index and tables are added, so no upgrade function is needed.
    this.version(5).stores({
      events: 'id, [projectId+at], [domainId+at], at, [entityId+at], *itemIds',
      reportNotes: 'id, projectId, &[projectId+scope]',
      reports: 'id, projectId, [projectId+scope+createdAt]'
    })
    // Version 6 adds the route tests (pasted message headers and their verdicts); a new table
    // only, so no upgrade function.
    this.version(6).stores({
      routeTests: 'id, projectId, domainId'
    })
    // Version 7 adds the pasted DNS output kept per domain and record (before, it lived in
    // localStorage; the app moves it here on its first start); a new table only, so no upgrade
    // function.
    this.version(7).stores({
      dnsPastes: 'id, projectId, domainId, &[domainId+key]'
    })
    // Version 8 adds the cut-over runs (a domain's scheduled runbook nights, open and archived);
    // a new table only, so no upgrade function.
    this.version(8).stores({
      runs: 'id, projectId, domainId, status'
    })
    // Version 9 changes no store: its upgrade regenerates every checklist, so the steps added for Microsoft's platform changes (keeping on-premises
    // Exchange current, the recurring certificate renewal) reach existing projects as 'todo' with
    // their reason, history kept, as version 3 did.
    this.version(9)
      .stores({})
      .upgrade(regenerateChecklistsUpgrade('by the app upgrade (Microsoft platform changes)'))
  }
}

/** The tables holding the user's data, in the order a backup or a hash comparison walks them.
 *  restorePoints is not among them: it holds a copy of these. */
export const TABLE_NAMES = [
  'projects',
  'domains',
  'steps',
  'dnsRecords',
  'connectors',
  'mailboxes',
  'batches',
  'events',
  'settings',
  'imports',
  'mappings',
  'snapshots',
  'plans',
  'inventories',
  'proposalDecisions',
  'routeTests',
  'reportNotes',
  'reports',
  'dnsPastes',
  'runs'
] as const

/**
 * The repositories and readers as the UI and lib/state call them: bound to the app's one
 * database, so no component or state class holds the Dexie handle (tests/eslint.config.js
 * forbids lib/ui and lib/state to import ./database). Each keeps its repository's name and
 * arguments, less the database; tests in tests/db call the repositories with their own database.
 */
import * as advisorPlans from './repositories/advisor-plans'
import * as backup from './backup'
import * as batches from './repositories/batches'
import * as connectors from './repositories/connectors'
import { countRows as countRowsOf } from './data-watch'
import { db } from './database'
import * as cutoverRuns from './repositories/cutover-runs'
import * as dnsPastes from './repositories/dns-pastes'
import * as dnsRecords from './repositories/dns-records'
import * as domains from './repositories/domains'
import * as inventories from './repositories/inventories'
import * as mailboxImports from './repositories/mailbox-imports'
import * as mailboxes from './repositories/mailboxes'
import * as projects from './repositories/projects'
import * as proposals from './repositories/proposals'
import * as reportInputs from './report-inputs'
import * as reportNotes from './repositories/report-notes'
import * as routeTests from './repositories/route-tests'
import * as sample from './repositories/sample'
import type { TrackerDb } from './schema'
import * as settings from './repositories/settings'
import * as snapshots from './repositories/snapshots'
import * as steps from './repositories/steps'

export { keepBackupsBeforeUpgrades, onVersionChange } from './database'

/** `fn` with the app's database as its first argument. */
function bound<A extends unknown[], R>(fn: (database: TrackerDb, ...args: A) => R) {
  return (...args: A): R => fn(db, ...args)
}

/** The schema version of the open database (what a backup must not be newer than). */
export function schemaVersion(): number {
  return db.verno
}

export const countRows = (): Promise<Record<string, number>> => countRowsOf(db)

export const createProject = bound(projects.createProject)
export const updateProject = bound(projects.updateProject)
export const deleteProject = bound(projects.deleteProject)
export const createSampleProject = bound(sample.createSampleProject)

export const addDomain = bound(domains.addDomain)
export const updateDomain = bound(domains.updateDomain)
export const removeDomain = bound(domains.removeDomain)

export const updateStep = bound(steps.updateStep)
export const acceptProposals = bound(proposals.acceptProposals)
export const dismissProposal = bound(proposals.dismissProposal)

export const saveEnteredRecords = bound(dnsRecords.saveEnteredRecords)
export const saveDnsServer = bound(dnsRecords.saveDnsServer)
export const saveDnsCheck = bound(dnsRecords.saveDnsCheck)
export const keepDnsPastes = bound(dnsPastes.keepDnsPastes)
export const removeDnsPaste = bound(dnsPastes.removeDnsPaste)

export const addConnector = bound(connectors.addConnector)
export const updateConnector = bound(connectors.updateConnector)
export const removeConnector = bound(connectors.removeConnector)
export const importConnectors = bound(connectors.importConnectors)

export const saveInventory = bound(inventories.saveInventory)
export const saveRouteTest = bound(routeTests.saveRouteTest)

export const choosePlanTarget = bound(advisorPlans.choosePlanTarget)
export const setPlanActionDone = bound(advisorPlans.setPlanActionDone)
export const applyTransition = bound(advisorPlans.applyTransition)

export const createBatch = bound(batches.createBatch)
export const updateBatch = bound(batches.updateBatch)
export const deleteBatch = bound(batches.deleteBatch)
export const updateMailbox = bound(mailboxes.updateMailbox)
export const bulkChangeMailboxes = bound(mailboxes.bulkChangeMailboxes)
export const undoBulkChange = bound(mailboxes.undoBulkChange)
export const readProjectMailboxes = bound(mailboxes.readProjectMailboxes)
export const readMapping = bound(mailboxImports.readMapping)
export const saveMapping = bound(mailboxImports.saveMapping)

export const readReportInputs = bound(reportInputs.readReportInputs)
export const readScopeMailboxes = bound(reportInputs.readScopeMailboxes)
export const saveReportNotes = bound(reportNotes.saveReportNotes)
export const recordExportedReport = bound(reportNotes.recordExportedReport)

export const recordDailySnapshot = bound(snapshots.recordDailySnapshot)
export const recordSnapshotsOfDay = bound(snapshots.recordSnapshotsOfDay)
export const readSettings = bound(settings.readSettings)
export const saveSettings = bound(settings.saveSettings)

export const createBackup = bound(backup.createBackup)
export const restoreBackup = bound(backup.restoreBackup)
export const undoRestore = bound(backup.undoRestore)

export const scheduleRun = bound(cutoverRuns.scheduleRun)
export const decideGate = bound(cutoverRuns.decideGate)
export const tickRunAction = bound(cutoverRuns.tickRunAction)
export const endRun = bound(cutoverRuns.endRun)

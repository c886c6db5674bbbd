/**
 * The repositories and readers as the UI and lib/state call them: bound to the app's one
 * database, so no component or state class holds the Dexie handle (tests/eslint.config.js
 * forbids lib/ui and lib/state to import ../database). Each keeps its repository's name and
 * arguments, less the database; tests in tests/db call the repositories with their own database.
 * This file binds what the first screens need; each lazily loaded feature has its own file here
 * (dns, advisor, mailboxes, …), so its repositories load with its screen, not at start.
 */
import { countRows as countRowsOf } from '../data-watch'
import { db } from '../database'
import { bound } from './bind'
import * as domains from '../repositories/domains'
import * as projects from '../repositories/projects'
import * as sample from '../repositories/sample'
import * as settings from '../repositories/settings'
import * as snapshots from '../repositories/snapshots'
import * as steps from '../repositories/steps'

export { keepBackupsBeforeUpgrades, onVersionChange } from '../database'

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

export const recordDailySnapshot = bound(snapshots.recordDailySnapshot)
export const recordSnapshotsOfDay = bound(snapshots.recordSnapshotsOfDay)
export const readSettings = bound(settings.readSettings)
export const saveSettings = bound(settings.saveSettings)

/**
 * Reading cut-over runs (table runs), apart from ./cutover-runs' writes: the project's runs name
 * people the first screen lists, and this keeps the scheduling and runbook code they import out
 * of the start-up bundle.
 */
import { readRun, type CutoverRun } from '../../domain/cutover/model'
import type { TrackerDb } from '../schema'

/** A domain's runs, the newest window first; rows this version does not understand are left out. */
export async function readDomainRuns(db: TrackerDb, domainId: string): Promise<CutoverRun[]> {
  const rows = await db.runs.where('domainId').equals(domainId).toArray()
  return sortRuns(rows)
}

/** A project's runs, the newest window first. */
export async function readProjectRuns(db: TrackerDb, projectId: string): Promise<CutoverRun[]> {
  const rows = await db.runs.where('projectId').equals(projectId).toArray()
  return sortRuns(rows)
}

function sortRuns(rows: readonly unknown[]): CutoverRun[] {
  return rows
    .map(readRun)
    .filter((run): run is CutoverRun => run !== null)
    .sort((a, b) => b.windowStart.localeCompare(a.windowStart))
}

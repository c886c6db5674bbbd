/**
 * Live reads for the UI: each factory returns a Dexie liveQuery, a Svelte-compatible store that
 * re-runs when the tables it read change (in this window or another). Components use them as
 * `const projects = $derived(liveProjects())` and read `$projects`.
 * This file holds what the first screens read (projects, domains, steps, the log) and
 * the plain table reads several features share; each lazily loaded feature has its own file here
 * (dns, advisor, mailboxes, …), so the repositories and judges it reads through load with its
 * screen, not at start (like lib/db/app).
 */
import type { Observable } from 'dexie'
import type { Domain, EventRecord, Project, Step } from '../../domain/types'
import type { Batch } from '../../domain/mailboxes/model'
import type { CutoverRun } from '../../domain/cutover/model'
import { db } from '../database'
import type { TrackerDb } from '../schema'
import { readProjectRuns } from '../repositories/cutover-run-reads'
import { live } from './query'

export { onLiveQueryError } from './query'

export function liveProjects(database: TrackerDb = db): Observable<Project[]> {
  return live(() => database.projects.orderBy('name').toArray())
}

export function liveProject(id: string, database: TrackerDb = db): Observable<Project | undefined> {
  return live(() => database.projects.get(id))
}

export function liveDomains(projectId: string, database: TrackerDb = db): Observable<Domain[]> {
  return live(async () => {
    const domains = await database.domains.where('projectId').equals(projectId).toArray()
    return domains.sort((a, b) => a.name.localeCompare(b.name))
  })
}

export function liveProjectSteps(projectId: string, database: TrackerDb = db): Observable<Step[]> {
  return live(() => database.steps.where('projectId').equals(projectId).toArray())
}

export function liveDomainSteps(domainId: string, database: TrackerDb = db): Observable<Step[]> {
  return live(async () => {
    const steps = await database.steps.where('domainId').equals(domainId).toArray()
    return steps.sort((a, b) => a.order - b.order)
  })
}

/** Newest first. Without a project, the log of every project including deleted ones. */
export function liveEvents(
  filter: { projectId?: string; domainId?: string; limit?: number },
  database: TrackerDb = db
): Observable<EventRecord[]> {
  const limit = filter.limit ?? 200
  return live(() => {
    if (filter.domainId)
      return database.events
        .where('[domainId+at]')
        .between([filter.domainId, ''], [filter.domainId, '\uffff'])
        .reverse()
        .limit(limit)
        .toArray()
    if (filter.projectId)
      return database.events
        .where('[projectId+at]')
        .between([filter.projectId, ''], [filter.projectId, '\uffff'])
        .reverse()
        .limit(limit)
        .toArray()
    return database.events.orderBy('at').reverse().limit(limit).toArray()
  })
}

/** The project's batches (the mailbox page and the activity log's batch names). */
export function liveBatches(projectId: string, database: TrackerDb = db): Observable<Batch[]> {
  return live(() => database.batches.where('projectId').equals(projectId).toArray())
}

/** A project's cut-over runs (their owners are among the project's people). */
export function liveProjectRuns(
  projectId: string,
  database: TrackerDb = db
): Observable<CutoverRun[]> {
  return live(() => readProjectRuns(database, projectId))
}

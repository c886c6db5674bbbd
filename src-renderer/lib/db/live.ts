/**
 * Live reads for the UI: each factory returns a Dexie liveQuery, a Svelte-compatible store that
 * re-runs when the tables it read change (in this window or another). Components use them as
 * `const projects = $derived(liveProjects())` and read `$projects`.
 */
import { liveQuery, type Observable } from 'dexie'
import type { Domain, EventRecord, Project, Step } from '../domain/types'
import { db } from './database'
import type { TrackerDb } from './schema'
import { readSettings, type Settings } from './repositories/settings'

type Listener = (error: unknown) => void
const errorListeners = new Set<Listener>()

/** liveQuery errors never reach a Svelte store, so they are reported here for the error banner. */
export function onLiveQueryError(listener: Listener): () => void {
  errorListeners.add(listener)
  return () => errorListeners.delete(listener)
}

function live<T>(query: () => Promise<T>): Observable<T> {
  return liveQuery(async () => {
    try {
      return await query()
    } catch (error) {
      for (const listener of errorListeners) listener(error)
      throw error
    }
  })
}

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

export function liveDomain(id: string, database: TrackerDb = db): Observable<Domain | undefined> {
  return live(() => database.domains.get(id))
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

export function liveSettings(database: TrackerDb = db): Observable<Settings> {
  return live(() => readSettings(database))
}

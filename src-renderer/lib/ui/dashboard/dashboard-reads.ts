/**
 * The dashboard's live reads, started when the navigation to it starts instead of once its page
 * has mounted: at 100,000 mailboxes IndexedDB counts for longer than the page's chunk and Chart.js
 * take to load, so reading while they load takes that wait off the time to a drawn dashboard.
 * The page takes the reads started for its project and day (dashboardReads); reads nobody took
 * are closed when the next navigation starts others, or when the page chunk has loaded and did
 * not take them (the user left before it mounted), so no live query runs for a page not shown.
 */
import { liveBatchProgress, liveProjectHistory } from '../../db/live/dashboard'
import type { ProjectHistoryInputs } from '../../db/dashboard-inputs'
import type { BatchProgress } from '../../domain/dashboard'

/** What a live query offers: Dexie's Observable, without naming Dexie in the UI. */
type LiveSource<T> = {
  subscribe(observer: { next: (value: T) => void; error: (error: unknown) => void }): {
    unsubscribe(): void
  }
}

/**
 * A Svelte store over a live query that can be opened before anyone subscribes: it keeps the
 * latest value for the first subscriber, then closes the query when the last one leaves.
 */
export class SharedRead<T> {
  readonly #source: LiveSource<T>
  readonly #subscribers = new Set<(value: T | undefined) => void>()
  #subscription: { unsubscribe(): void } | null = null
  #value: T | undefined = undefined
  #held = false

  constructor(source: LiveSource<T>) {
    this.#source = source
  }

  /** Starts the query now and keeps it open until a subscriber comes or `release` is called. */
  open(): this {
    this.#held = true
    this.#start()
    return this
  }

  release(): void {
    this.#held = false
    this.#closeIfUnused()
  }

  subscribe(run: (value: T | undefined) => void): () => void {
    this.#held = false
    this.#subscribers.add(run)
    this.#start()
    run(this.#value)
    return () => {
      this.#subscribers.delete(run)
      this.#closeIfUnused()
    }
  }

  #start(): void {
    // Errors reach the error banner through live.ts; the store keeps its last value, as before.
    this.#subscription ??= this.#source.subscribe({
      next: (value) => {
        this.#value = value
        for (const run of this.#subscribers) run(value)
      },
      error: () => undefined
    })
  }

  #closeIfUnused(): void {
    if (this.#held || this.#subscribers.size > 0 || !this.#subscription) return
    this.#subscription.unsubscribe()
    this.#subscription = null
    this.#value = undefined
  }
}

export type DashboardReads = {
  history: SharedRead<ProjectHistoryInputs>
  batchProgress: SharedRead<BatchProgress[]>
}

function openReads(projectId: string, today: string): DashboardReads {
  return {
    history: new SharedRead<ProjectHistoryInputs>(liveProjectHistory(projectId, today)).open(),
    // Asked for with the history, not after it: index counts, no rows, so the history is not
    // held up for long.
    batchProgress: new SharedRead<BatchProgress[]>(liveBatchProgress(projectId)).open()
  }
}

function release(reads: DashboardReads): void {
  reads.history.release()
  reads.batchProgress.release()
}

let started: { key: string; reads: DashboardReads } | null = null

/** Starts the dashboard's reads of `projectId` on `today` (once; a new navigation drops others). */
export function startDashboardReads(projectId: string, today: string): void {
  const key = `${projectId}/${today}`
  if (started?.key === key) return
  if (started) release(started.reads)
  started = { key, reads: openReads(projectId, today) }
}

/** Closes started reads that no page took (called once the page could have mounted). */
export function dropUntakenDashboardReads(): void {
  if (started) release(started.reads)
  started = null
}

/** The page's reads: the ones started for its project and day, or new ones. */
export function dashboardReads(projectId: string, today: string): DashboardReads {
  const key = `${projectId}/${today}`
  if (started?.key === key) {
    const { reads } = started
    started = null
    return reads
  }
  dropUntakenDashboardReads()
  return openReads(projectId, today)
}

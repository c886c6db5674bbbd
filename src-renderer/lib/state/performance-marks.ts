/**
 * Performance marks the benchmarks (tests/bench) time the app by, set where the user's work
 * reaches a state: the app times itself exactly as a user runs it.
 */

/** Sets a mark afresh, so a second run in the same page is timed on its own. */
export function markAfresh(name: string): void {
  performance.clearMarks(name)
  performance.mark(name)
}

/** Sets a mark the first time only: the moment something first happened in this page. */
export function markOnce(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name)
}

import { PAGES_PREFETCHED_MARK } from './marks'

/**
 * Fetches the code of the pages a project lead opens from the workspace most while the first
 * screen is idle, so that opening one neither shows an empty pane while its chunk loads nor waits
 * for it. Runs the loaders one idle period at a time, so a busy screen is not held up; returns the
 * cancel.
 */
export function prefetchPagesWhenIdle(loaders: readonly (() => Promise<unknown>)[]): () => void {
  let handle: number | null = null
  let index = 0
  const next = () => {
    const load = loaders[index]
    index += 1
    if (!load) {
      handle = null
      performance.mark(PAGES_PREFETCHED_MARK)
      return
    }
    // A failed fetch is not the prefetch's to report: opening the page asks again and says so.
    void load()
      .catch(() => undefined)
      .then(() => {
        if (handle !== null) handle = requestIdleCallback(next)
      })
  }
  handle = requestIdleCallback(next)
  return () => {
    if (handle !== null) cancelIdleCallback(handle)
    handle = null
  }
}

import { loadChart } from '../charts/chart-loader'
import { localToday } from '../common/labels'
import { dropUntakenDashboardReads, startDashboardReads } from './dashboard-reads'

/**
 * The dashboard's code: its page chunk and Chart.js (every chart waits for it), asked for side by
 * side. The workspace prefetches it when idle (layout/prefetch-pages.ts). A failed Chart.js fetch
 * is reported by the charts, which ask again.
 */
export function loadDashboardCode() {
  loadChart().catch(() => undefined)
  return import('./DashboardPage.svelte')
}

/**
 * The dashboard, with the project's dashboard reads (dashboard-reads.ts) started beside its code
 * rather than after it, so IndexedDB starts counting as the navigation starts. The page mounts a
 * task later even when its code is already loaded: a live query may start its read in a task of
 * its own, and IndexedDB should be counting while the page mounts, not after.
 */
export function loadDashboardPage(projectId: string) {
  startDashboardReads(projectId, localToday())
  const page = loadDashboardCode().then(
    (module) => new Promise<typeof module>((resolve) => setTimeout(() => resolve(module), 0))
  )
  // Once the page has had its chance to mount and take the reads, reads it did not take stop.
  void page.finally(() => setTimeout(dropUntakenDashboardReads, 0)).catch(() => undefined)
  return page
}

import { loadChart } from '../charts/chart-loader'
import { localToday } from '../common/labels'
import { dropUntakenDashboardReads, startDashboardReads } from './dashboard-reads'

/**
 * The dashboard's chunk, with what it waits for asked for beside it rather than after it:
 * Chart.js (every chart waits for it) and the project's dashboard reads (dashboard-reads.ts,
 * in this chunk, so IndexedDB starts counting as the navigation starts). A failed fetch is
 * reported by the charts, which ask again, and by the page.
 */
export function loadDashboardPage(projectId: string) {
  loadChart().catch(() => undefined)
  startDashboardReads(projectId, localToday())
  const page = import('./DashboardPage.svelte')
  // Once the page has had its chance to mount and take the reads, reads it did not take stop.
  void page.finally(() => setTimeout(dropUntakenDashboardReads, 0)).catch(() => undefined)
  return page
}

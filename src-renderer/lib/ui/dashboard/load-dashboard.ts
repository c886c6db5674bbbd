import { loadChart } from '../charts/chart-loader'

/**
 * The dashboard's chunk, with Chart.js's fetched beside it rather than after it: every chart
 * waits for Chart.js, and asked for only once the page had mounted, it was the last thing the
 * dashboard waited for. A failed fetch is reported by the charts, which ask again.
 */
export function loadDashboardPage() {
  loadChart().catch(() => undefined)
  return import('./DashboardPage.svelte')
}

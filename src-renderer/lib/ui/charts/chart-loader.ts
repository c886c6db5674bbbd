import type { Chart } from 'chart.js'

let loading: Promise<typeof Chart> | null = null

/** Chart.js, fetched once on first use (the charts chunk is not part of the initial JavaScript). */
export function loadChart(): Promise<typeof Chart> {
  loading ??= import('./chart-runtime')
    .then((module) => module.Chart)
    .catch((error: unknown) => {
      // A failed fetch (an app update replaced the chunk) must not stick: try again next time.
      loading = null
      throw error
    })
  return loading
}

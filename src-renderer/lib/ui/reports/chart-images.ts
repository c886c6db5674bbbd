/**
 * The report's charts as PNG images. A report is read on paper or in a browser without the app,
 * so its charts cannot be live canvases: each is drawn once with Chart.js on a detached canvas at
 * print resolution and kept as a data: URL, which the report's CSP allows and nothing else does.
 */
import { loadChart } from '../charts/chart-loader'
import { chartSetup, type ChartSpec } from '../charts/chart-spec'
import type { Palette } from '../charts/palette'

export type ChartImageRequest = { id: string; spec: ChartSpec }

/** CSS pixels of a chart image; the report scales it to the page width. */
const CHART_IMAGE_SIZE = { width: 720, height: 300 } as const
/** Pixels per CSS pixel: sharp on paper without megabytes per chart. */
const PRINT_PIXEL_RATIO = 2

/**
 * Draws each chart in `palette` (the report's light colours, whatever the app's theme) and
 * returns the PNG data URL of each by id. A chart that cannot be drawn is left out: the report
 * still has its table.
 */
export async function renderChartImages(
  requests: readonly ChartImageRequest[],
  palette: Palette
): Promise<Map<string, string>> {
  const images = new Map<string, string>()
  if (requests.length === 0) return images
  const Chart = await loadChart()
  for (const { id, spec } of requests) {
    const canvas = document.createElement('canvas')
    canvas.width = CHART_IMAGE_SIZE.width
    canvas.height = CHART_IMAGE_SIZE.height
    const setup = chartSetup(spec, palette)
    const options = {
      ...setup.options,
      responsive: false,
      devicePixelRatio: PRINT_PIXEL_RATIO,
      events: []
    }
    try {
      const chart = new Chart(canvas, { ...setup, options } as typeof setup)
      images.set(id, canvas.toDataURL('image/png'))
      chart.destroy()
    } catch {
      // The table alternative carries the numbers.
    }
  }
  return images
}

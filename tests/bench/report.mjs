// Benchmark module: the status report figures of issue 7, for a project with 100,000 mailboxes,
// 20 domains and 90 days of history (project-100k.mjs, the dashboard benchmark's project),
// measured through the report screen of the built renderer.
//   report_html_100k_ms  navigating to the report screen → preview and chart images ready (the
//                        app's mark report:ready: the screen's code, every read, the model, the
//                        charts drawn as PNG), plus "HTML" pressed → the file downloaded
//   report_pdf_100k_ms   report_html_100k_ms, plus that HTML file opened with JavaScript off and
//                        printed to PDF through the DevTools protocol (Page.printToPDF, what the
//                        desktop shell's printToPDF runs)
// Each is the median of 3 runs.
import { rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openProject100k, PROJECT_HEADING } from './project-100k.mjs'

const RUNS = 3

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Navigates to the report screen and returns the time until the report is ready. */
async function openReport(page, hash) {
  await page.evaluate(() => {
    performance.clearMarks()
    globalThis.location.hash = '#/'
  })
  await page.getByRole('heading', { level: 1, name: 'Migration projects' }).waitFor()
  await page.evaluate((target) => {
    performance.mark('bench:navigate')
    globalThis.location.hash = target
  }, hash)
  await page.waitForFunction(() => performance.getEntriesByName('report:ready').length > 0, null, {
    timeout: 120_000,
    polling: 50
  })
  return page.evaluate(
    () =>
      performance.getEntriesByName('report:ready')[0].startTime -
      performance.getEntriesByName('bench:navigate')[0].startTime
  )
}

/** Presses "HTML" and returns the time until the download and the file it saved. */
async function saveHtml(page, run) {
  const file = join(tmpdir(), `tracker-bench-report-100k-${run}.html`)
  const started = Date.now()
  const download = page.waitForEvent('download', { timeout: 120_000 })
  await page.getByRole('button', { name: 'HTML', exact: true }).click()
  await (await download).saveAs(file)
  return { ms: Date.now() - started, file }
}

/** Opens `file` with JavaScript off, as the desktop's hidden window does, and prints it. */
async function printPdf(browser, file) {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    const started = Date.now()
    await page.goto(`file://${file}`)
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    return { ms: Date.now() - started, bytes: pdf.length }
  } finally {
    await context.close()
  }
}

/**
 * @param {{ page: import('playwright-core').Page, baseUrl: string, log: (line: string) => void }}
 *   options a fresh page (empty IndexedDB), the URL the built renderer is served at, a logger
 * @returns {Promise<{ report_html_100k_ms: number, report_pdf_100k_ms: number }>}
 */
export async function measureReport({ page, baseUrl, log }) {
  const projectId = await openProject100k(page, baseUrl)
  await page.reload()
  await page.getByRole('heading', { level: 1, name: PROJECT_HEADING }).waitFor()
  const hash = `#/p/${encodeURIComponent(projectId)}/reports`
  const browser = page.context().browser()
  if (!browser) throw new Error('The report benchmark needs a browser it can open contexts in.')

  const runs = []
  for (let run = 0; run < RUNS; run++) {
    const ready = await openReport(page, hash)
    const html = await saveHtml(page, run)
    const pdf = await printPdf(browser, html.file)
    runs.push({ ready, html: html.ms, pdf: pdf.ms, size: statSync(html.file).size, pages: pdf })
    rmSync(html.file, { force: true })
  }
  for (const run of runs)
    log(
      `report: ready ${Math.round(run.ready)} + html ${run.html} ms (${(run.size / 1024).toFixed(0)} KB), pdf ${run.pdf} ms (${(run.pages.bytes / 1024).toFixed(0)} KB)`
    )
  const html = runs.map((run) => run.ready + run.html)
  return {
    report_html_100k_ms: Math.round(median(html)),
    report_pdf_100k_ms: Math.round(median(runs.map((run) => run.ready + run.html + run.pdf)))
  }
}

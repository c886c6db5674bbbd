// The benchmark's measurement groups, in the order they run. Each group gets a fresh browser
// context (an empty IndexedDB) and returns flat { key: number } figures; the runner merges them
// into bench-results.json. A new group is one module under tests/bench/ plus one entry here.
import { measureBackup } from './backup.mjs'
import { INITIAL_JS_BUDGET_KB, measureBundle } from './bundle-size.mjs'
import { measureDashboard } from './dashboard.mjs'
import { measureMailboxes } from './mailboxes.mjs'
import { measureReport } from './report.mjs'
import { measureSpf } from './spf.mjs'

/**
 * @typedef {{ page: import('playwright-core').Page, baseUrl: string, rendererDir: string,
 *   log: (line: string) => void }} GroupContext
 * @typedef {{ name: string, browser: boolean, targets: Record<string, string>,
 *   run: (context: GroupContext) => Promise<Record<string, number>> }} Group
 */

/** @type {Group[]} */
export const GROUPS = [
  {
    name: 'bundle',
    browser: false,
    targets: { initial_js_gzip_kb: `≤ ${INITIAL_JS_BUDGET_KB}` },
    run: ({ rendererDir, log }) => measureBundle({ rendererDir, log })
  },
  {
    name: 'spf',
    browser: false,
    targets: { spf_nested_10_ms: '' },
    run: () => measureSpf()
  },
  {
    name: 'mailboxes',
    browser: true,
    targets: {
      import_100k_total_ms: '',
      import_100k_baseline_ms: '',
      import_100k_ratio: '≤ 2',
      import_100k_longest_task_ms: '≤ 200',
      filter_100k_p95_ms: '≤ 100',
      heap_100k_mb: '≤ 250',
      startup_100k_interactive_ms: '≤ 1500'
    },
    run: ({ page, baseUrl, log }) => measureMailboxes({ page, baseUrl, log })
  },
  {
    name: 'dashboard',
    browser: true,
    targets: { dashboard_100k_render_ms: '< 200' },
    run: ({ page, baseUrl, log }) => measureDashboard({ page, baseUrl, log })
  },
  {
    name: 'backup',
    browser: true,
    targets: { backup_100k_ms: '≤ 5000', restore_100k_ms: '≤ 20000' },
    run: ({ page, baseUrl, log }) => measureBackup({ page, baseUrl, log })
  },
  {
    name: 'report',
    browser: true,
    targets: { report_html_100k_ms: '≤ 3000', report_pdf_100k_ms: '≤ 5000' },
    run: ({ page, baseUrl, log }) => measureReport({ page, baseUrl, log })
  }
]

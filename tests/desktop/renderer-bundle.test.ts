// The renderer as `npm run build` writes it: the JavaScript index.html loads before anything else
// stays within its budget, and the features that load with their own screens are not in it. The
// build writes each module's path as a comment above its code (`// src-renderer/lib/…`), which is
// how the chunks' contents are read here.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { INITIAL_JS_BUDGET_KB, initialScripts, measureBundle } from '../bench/bundle-size.mjs'

// TRACKER_OUT_DIR matches the build's output folder, as for the end-to-end tests.
const rendererDir = resolve(
  import.meta.dirname,
  '../..',
  process.env.TRACKER_OUT_DIR ?? 'out',
  'renderer'
)

/** The module paths a built chunk holds, from the comment above each module's code. */
function modulesOf(files: readonly string[]): Set<string> {
  const text = files.map((file) => readFileSync(join(rendererDir, file), 'utf8')).join('\n')
  return new Set(
    [...text.matchAll(/^\/\/ ((?:src-renderer|node_modules)\/\S+)$/gm)].map((m) => m[1]!)
  )
}

const initial = () => initialScripts(readFileSync(join(rendererDir, 'index.html'), 'utf8'))
const allChunks = () =>
  readdirSync(join(rendererDir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`)

/** Code each screen that needs it loads; none of it belongs to the first screens. */
const LAZY = [
  'src-renderer/lib/ui/checklist/ChecklistPanel.svelte',
  'src-renderer/lib/domain/proposals.ts',
  'src-renderer/lib/domain/dns/verdicts.ts',
  'src-renderer/lib/domain/inventory/proposals.ts',
  'src-renderer/lib/domain/route/analyze.ts',
  'src-renderer/lib/domain/advisor/plan.ts',
  'src-renderer/lib/domain/report/index.ts',
  'src-renderer/lib/db/live/dns.ts',
  'src-renderer/lib/db/live/advisor.ts',
  'src-renderer/lib/db/app/checklist.ts',
  'node_modules/chart.js/dist/chart.js'
]

describe('the renderer start-up bundle', () => {
  it(`is at most ${INITIAL_JS_BUDGET_KB} KB of gzipped JavaScript`, async () => {
    const { initial_js_gzip_kb } = await measureBundle({ rendererDir, log: () => undefined })
    expect(initial_js_gzip_kb).toBeGreaterThan(0)
    expect(initial_js_gzip_kb).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB)
  })

  it('holds the first screens and leaves each feature to the chunk its screen loads', () => {
    const start = modulesOf(initial())
    // The first screens are there: this proves the module comments are read at all.
    expect(start).toContain('src-renderer/lib/ui/welcome/HomeScreen.svelte')
    expect(start).toContain('src-renderer/lib/ui/projects/ProjectOverview.svelte')
    expect(start).toContain('src-renderer/lib/db/live/index.ts')
    const built = modulesOf(allChunks())
    for (const module of LAZY) {
      expect(built, `${module} is built`).toContain(module)
      expect(start, `${module} is not loaded at start`).not.toContain(module)
    }
  })
})

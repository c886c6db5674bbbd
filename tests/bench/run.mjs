// `npm run bench`: builds the production renderer, serves it, runs every measurement group of
// ./groups.mjs in headless Chromium, prints a table and writes the figures as one flat JSON object
// to bench-results.json at the repository root. Figures are printed, never asserted.
//   node tests/bench/run.mjs [--skip-build] [--only=mailboxes,bundle]
// TRACKER_OUT_DIR builds into (and serves from) another folder than out/, as for the tests.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { startWebServer } from '../../src-main/launch/serve-web.mjs'
import { ensureChromium } from '../support/chromium.mjs'
import { GROUPS } from './groups.mjs'
import { importTypeScript } from './typescript-module.mjs'

const ROOT = resolve(import.meta.dirname, '../..')
const args = process.argv.slice(2)
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const groups = GROUPS.filter((group) => !only || only.includes(group.name))
const rendererDir = resolve(ROOT, process.env.TRACKER_OUT_DIR ?? 'out', 'renderer')

function log(line) {
  console.log(line)
}

if (!args.includes('--skip-build')) {
  log('── build ──')
  const built = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'electron-vite'),
    ['build', '--config', 'electron.config.ts'],
    { cwd: ROOT, stdio: 'inherit' }
  )
  if (built.status !== 0) {
    console.error('bench: the build failed, nothing was measured.')
    process.exit(1)
  }
}

const results = {}
const failures = []
const server = await startWebServer({ root: rendererDir, port: 0 })
let browser
try {
  for (const group of groups) {
    log(`── ${group.name} ──`)
    let context
    try {
      let page
      if (group.browser) {
        if (!browser) {
          const found = ensureChromium()
          log(`browser: ${found.how}`)
          const { CHROMIUM_FLAGS } = await importTypeScript('tests/support/chromium-options.ts')
          browser = await chromium.launch({
            ...(found.path ? { executablePath: found.path } : {}),
            args: CHROMIUM_FLAGS
          })
        }
        context = await browser.newContext({ viewport: { width: 1360, height: 860 } })
        page = await context.newPage()
      }
      const figures = await group.run({ page, baseUrl: server.url, rendererDir, log })
      Object.assign(results, figures)
    } catch (error) {
      failures.push(group.name)
      console.error(
        `bench: ${group.name} failed: ${error instanceof Error ? error.message : error}`
      )
    } finally {
      await context?.close()
    }
  }
} finally {
  await browser?.close()
  await server.close()
}

const targets = Object.assign({}, ...groups.map((group) => group.targets))
const rows = Object.entries(results).map(([key, value]) => [key, String(value), targets[key] ?? ''])
const widths = [0, 1, 2].map((i) =>
  Math.max(...[['figure', 'value', 'target'], ...rows].map((row) => row[i].length))
)
const line = (row) =>
  row.map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ')
log('')
log(line(['figure', 'value', 'target']))
log(line(widths.map((width) => '─'.repeat(width))))
for (const row of rows) log(line(row))
writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`)
log(
  `\nwritten to bench-results.json${failures.length ? `; failed groups: ${failures.join(', ')}` : ''}`
)

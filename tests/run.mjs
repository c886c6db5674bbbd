// `npm test`: every check CI runs, in order, with one summary at the end. Stages: lint and format,
// type checks, the production build, unit and database tests (Vitest), the desktop tier without
// Electron (the built main process booted on a stand-in `electron` module, and the offline
// packaging steps; Vitest), end-to-end tests in Chromium (Playwright), the integration tier on
// the stand-in shell (the real renderer and main-process handlers in Chromium, not Electron;
// Playwright) and the Electron smoke suite, whose tests count as skipped where no binary exists.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ensureChromium } from './support/chromium.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const RESULTS = join(ROOT, 'test-results')
const bin = (name) => join(ROOT, 'node_modules', '.bin', name)

const counts = { passed: 0, failed: 0, skipped: 0 }
const failedStages = []

function run(stage, command, args, env = {}) {
  console.log(`\n── ${stage} ──`)
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env }
  })
  if (result.status !== 0) failedStages.push(stage)
  return result.status === 0
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

function addVitestCounts(report) {
  if (!report) return
  counts.passed += report.numPassedTests
  counts.failed += report.numFailedTests
  counts.skipped += report.numPendingTests + report.numTodoTests
}

function addPlaywrightCounts(report) {
  if (!report) return
  counts.passed += report.stats.expected
  counts.failed += report.stats.unexpected + report.stats.flaky
  counts.skipped += report.stats.skipped
}

rmSync(RESULTS, { recursive: true, force: true })

run('lint', bin('eslint'), ['--config', 'tests/eslint.config.js', '--max-warnings=0', '.'])
run('format', bin('prettier'), ['--check', '.'])
run('types: main', bin('tsc'), ['-p', 'src-main/tsconfig.json', '--noEmit'])
run('types: tests', bin('tsc'), ['-p', 'tests/tsconfig.json', '--noEmit'])
run('types: renderer', bin('svelte-check'), [
  '--tsconfig',
  'src-renderer/tsconfig.json',
  '--fail-on-warnings',
  '--output',
  'human'
])
const built = run('build', bin('electron-vite'), ['build', '--config', 'electron.config.ts'])

const vitestReport = join(RESULTS, 'vitest.json')
run('unit and database tests', bin('vitest'), [
  'run',
  '--config',
  'tests/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`
])
addVitestCounts(readJson(vitestReport))

if (built) {
  const desktopReport = join(RESULTS, 'desktop.json')
  run('desktop tier: boot and packaging (no Electron binary)', bin('vitest'), [
    'run',
    '--config',
    'tests/desktop/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${desktopReport}`
  ])
  addVitestCounts(readJson(desktopReport))

  console.log('\n── browser ──')
  const browser = ensureChromium()
  console.log(`browser: ${browser.how}`)
  run(
    'end-to-end tests',
    bin('playwright'),
    ['test', '--config', 'tests/e2e/playwright.config.ts'],
    {
      CHROMIUM_PATH: browser.path
    }
  )
  addPlaywrightCounts(readJson(join(RESULTS, 'e2e.json')))
  run(
    'integration tests: stand-in shell, not Electron',
    bin('playwright'),
    ['test', '--config', 'tests/shell/playwright.config.ts'],
    { CHROMIUM_PATH: browser.path }
  )
  addPlaywrightCounts(readJson(join(RESULTS, 'shell.json')))
  run('electron smoke tests', process.execPath, ['tests/electron/run.mjs'])
  addPlaywrightCounts(readJson(join(RESULTS, 'electron.json')))
} else {
  failedStages.push('end-to-end tests (not run: the build failed)')
}

console.log('')
if (failedStages.length > 0) console.log(`failed stages: ${failedStages.join(', ')}`)
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
process.exit(failedStages.length > 0 || counts.failed > 0 ? 1 : 0)

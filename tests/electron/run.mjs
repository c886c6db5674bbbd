// Runs the Electron smoke suite where an Electron binary exists. Where it does not (its
// download needs the internet), says so in one line and exits 0: nothing was run, and
// nothing is reported as passed.
//   node tests/electron/run.mjs
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { findElectronBinary, PROJECT_DIR } from '../../src-main/launch/electron-binary.mjs'
import { build, isBuildStale } from '../../src-main/launch/start.mjs'

if (findElectronBinary(PROJECT_DIR) === null) {
  console.log('electron: skipped: no Electron binary')
  process.exit(0)
}

if (isBuildStale(PROJECT_DIR)) build(PROJECT_DIR)

const require = createRequire(join(PROJECT_DIR, 'package.json'))
const cli = join(require.resolve('@playwright/test/package.json'), '..', 'cli.js')
const command = [cli, 'test', '--config', join(PROJECT_DIR, 'tests/electron/playwright.config.ts')]

// Electron needs a display; on a Linux machine without one, use a virtual one when available.
const needsDisplay =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
const hasXvfb =
  needsDisplay && spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error === undefined
const result = hasXvfb
  ? spawnSync('xvfb-run', ['-a', process.execPath, ...command], {
      cwd: PROJECT_DIR,
      stdio: 'inherit'
    })
  : spawnSync(process.execPath, command, { cwd: PROJECT_DIR, stdio: 'inherit' })
process.exit(result.status ?? 1)

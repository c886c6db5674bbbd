// Runs the Electron smoke suite where an Electron binary exists: the one the electron package
// downloaded, or the unpacked Electron folder ELECTRON_OVERRIDE_DIST_PATH names. Where there is
// none (its download needs the internet), says so in one line and lets Playwright report every
// test as skipped: nothing was run, and nothing is reported as passed.
//   node tests/electron/run.mjs
//   ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-v45-linux-x64 node tests/electron/run.mjs
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { findElectronBinary, PROJECT_DIR } from '../../src-main/launch/electron-binary.mjs'
import { build, isBuildStale } from '../../src-main/launch/start.mjs'

const binary = findElectronBinary(PROJECT_DIR)
if (binary === null) {
  console.log(
    'electron: skipped: no Electron binary (set ELECTRON_OVERRIDE_DIST_PATH to an unpacked ' +
      'Electron folder of the version in package.json to run this suite)'
  )
} else if (isBuildStale(PROJECT_DIR)) {
  build(PROJECT_DIR)
}

const require = createRequire(join(PROJECT_DIR, 'package.json'))
const cli = join(require.resolve('@playwright/test/package.json'), '..', 'cli.js')
const command = [cli, 'test', '--config', join(PROJECT_DIR, 'tests/electron/playwright.config.ts')]

// Electron needs a display; on a Linux machine without one, use a virtual one when available.
const needsDisplay =
  binary !== null &&
  process.platform === 'linux' &&
  !process.env.DISPLAY &&
  !process.env.WAYLAND_DISPLAY
const hasXvfb =
  needsDisplay && spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error === undefined
const result = hasXvfb
  ? spawnSync('xvfb-run', ['-a', process.execPath, ...command], {
      cwd: PROJECT_DIR,
      stdio: 'inherit'
    })
  : spawnSync(process.execPath, command, { cwd: PROJECT_DIR, stdio: 'inherit' })
process.exit(result.status ?? 1)

// Where the Electron binary is, and one attempt to fetch it. The `electron` npm package
// downloads its binary in a postinstall script; offline (or with the script disabled, as in
// this repository's package.json) the package installs without it.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The repository root (src-main/launch/../..). */
export const PROJECT_DIR = resolve(import.meta.dirname, '../..')

/**
 * The executable's path inside an Electron folder, as the electron package's installer writes it
 * to path.txt.
 * @param {string} [platform]
 * @returns {string}
 */
export function electronExecutableName(platform = process.platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return platform === 'win32' ? 'electron.exe' : 'electron'
}

/**
 * The absolute path of the Electron executable, or null when there is none: the one in
 * ELECTRON_OVERRIDE_DIST_PATH (a folder holding an unpacked Electron of the same version) when
 * that is set, else the one the electron package downloaded into node_modules/electron/dist.
 * Reads the package's path.txt instead of `require('electron')`: since Electron 45 that require
 * starts a download when the binary is missing, which offline prints a stack trace and waits.
 * @param {string} [projectDir]
 * @param {Record<string, string | undefined>} [env]
 * @returns {string | null}
 */
export function findElectronBinary(projectDir = PROJECT_DIR, env = process.env) {
  const packageDir = join(projectDir, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  let candidate = null
  if (override !== undefined && override !== '') {
    candidate = join(override, recorded === '' ? electronExecutableName() : recorded)
  } else if (recorded !== '') {
    candidate = join(packageDir, 'dist', recorded)
  }
  return candidate !== null && existsSync(candidate) ? resolve(candidate) : null
}

/**
 * Runs the electron package's own installer (`node node_modules/electron/install.js`), which
 * downloads the binary for this platform. Quiet: its output is a stack trace when offline.
 * Returns true when a binary is there afterwards.
 * @param {string} [projectDir]
 * @param {{ timeoutMs?: number }} [options]
 * @returns {boolean}
 */
export function installElectronBinary(projectDir = PROJECT_DIR, { timeoutMs = 300_000 } = {}) {
  const packageDir = join(projectDir, 'node_modules', 'electron')
  const installer = join(packageDir, 'install.js')
  if (!existsSync(installer)) return false
  const result = spawnSync(process.execPath, [installer], {
    cwd: packageDir,
    stdio: 'ignore',
    timeout: timeoutMs
  })
  return result.status === 0 && findElectronBinary(projectDir) !== null
}

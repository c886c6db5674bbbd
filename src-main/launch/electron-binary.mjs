// Where the Electron binary is, and one attempt to fetch it. The `electron` npm package
// downloads its binary in a postinstall script; offline (or with the script disabled, as in
// this repository's package.json) the package installs without it.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

/** The repository root (src-main/launch/../..). */
export const PROJECT_DIR = resolve(import.meta.dirname, '../..')

/**
 * The absolute path of the Electron executable installed in `projectDir`'s node_modules, or
 * null when there is none. `require('electron')` throws when the binary was never downloaded
 * (no path.txt), and may name a file that is gone: both count as missing.
 * @param {string} [projectDir]
 * @returns {string | null}
 */
export function findElectronBinary(projectDir = PROJECT_DIR) {
  const require = createRequire(join(projectDir, 'package.json'))
  /** @type {unknown} */
  let binary
  try {
    const entry = require.resolve('electron')
    // A download in this process must be seen: never answer from the module cache.
    delete require.cache[entry]
    binary = require(entry)
  } catch {
    return null
  }
  if (typeof binary !== 'string' || binary === '') return null
  const absolute = resolve(binary)
  return existsSync(absolute) ? absolute : null
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

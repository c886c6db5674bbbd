// `npm run package [-- electron-builder options]`: builds the app, then the installers for this
// platform with electron-builder (configuration: "build" in package.json). electron-builder
// downloads the Electron runtime and its installer tools (NSIS, AppImage, fpm) from GitHub, or
// from ELECTRON_MIRROR when that is set; where that host cannot be reached this says so in one
// line and exits 1 instead of failing after minutes with a stack trace.
//   npm run package                 installers for this platform (see README, "Installers")
//   npm run package -- --linux deb  one target; any electron-builder option passes through
import { spawnSync } from 'node:child_process'
import { request } from 'node:https'
import { request as httpRequest } from 'node:http'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { PROJECT_DIR } from '../src-main/launch/electron-binary.mjs'
import { build } from '../src-main/launch/start.mjs'

/** Where electron-builder fetches from: ELECTRON_MIRROR's host, else GitHub. */
export function downloadHost(env = process.env) {
  const mirror = env.ELECTRON_MIRROR
  return mirror !== undefined && mirror !== '' ? mirror : 'https://github.com/'
}

/**
 * Resolves null when `url` answers at all (any HTTP status), else the reason it did not.
 * @param {string} url
 * @param {number} [timeoutMs]
 * @returns {Promise<string | null>}
 */
export function probe(url, timeoutMs = 10_000) {
  return new Promise((resolve) => {
    let parsed
    try {
      parsed = new URL(url)
    } catch {
      resolve(`${url} is not a URL`)
      return
    }
    const send = parsed.protocol === 'http:' ? httpRequest : request
    const call = send(parsed, { method: 'HEAD', timeout: timeoutMs }, (response) => {
      response.resume()
      resolve(null)
    })
    call.on('timeout', () => call.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)))
    call.on('error', (error) => resolve(error.message))
    call.end()
  })
}

/**
 * The one line printed when the downloads cannot happen.
 * @param {string} host
 * @param {string} reason
 * @param {string} electronVersion
 */
export function offlineMessage(host, reason, electronVersion) {
  return (
    `package: cannot reach ${host} (${reason}), where electron-builder downloads the Electron ` +
    `${electronVersion} runtime and the installer tools; run \`npm run package\` on a machine ` +
    'with internet access (README, "Installers").'
  )
}

async function main() {
  const require = createRequire(join(PROJECT_DIR, 'package.json'))
  const electronVersion = require('electron/package.json').version
  const host = downloadHost()
  const reason = await probe(host)
  if (reason !== null) {
    console.error(offlineMessage(host, reason, electronVersion))
    process.exit(1)
  }
  build(PROJECT_DIR)
  const cli = join(require.resolve('electron-builder/package.json'), '..', 'cli.js')
  const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
    cwd: PROJECT_DIR,
    stdio: 'inherit'
  })
  process.exit(result.status ?? 1)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`package: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}

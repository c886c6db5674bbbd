// `npm start`: build when the sources changed, then run the desktop app. Where no Electron
// binary can be had (it is downloaded from the internet), serve the same renderer in browser
// mode instead, so the app always runs.
//   node src-main/launch/start.mjs [--web] [--port 5199] [--rebuild] [--no-sandbox]
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { findElectronBinary, installElectronBinary, PROJECT_DIR } from './electron-binary.mjs'
import { closeOnSignals, parsePort, readOption, startWebServer } from './serve-web.mjs'

/** Browser mode's usual port. IndexedDB data belongs to the address, so keep it stable. */
export const DEFAULT_WEB_PORT = 5199

const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']
const BUILD_INPUTS = ['src-main', 'src-renderer', 'electron.config.ts', 'package.json']

/**
 * Newest modification time (ms) under the given files and folders; 0 when none exist.
 * @param {string} projectDir
 * @param {readonly string[]} paths relative to projectDir
 * @returns {number}
 */
function newestMtime(projectDir, paths) {
  let newest = 0
  /** @param {string} path */
  function visit(path) {
    const stats = statSync(path, { throwIfNoEntry: false })
    if (stats === undefined) return
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (entry !== 'node_modules') visit(join(path, entry))
      }
    } else {
      newest = Math.max(newest, stats.mtimeMs)
    }
  }
  for (const path of paths) visit(join(projectDir, path))
  return newest
}

/**
 * True when a build output is missing or older than any source file (a plain mtime check:
 * cheap, and a needless rebuild only costs seconds).
 * @param {string} [projectDir]
 * @returns {boolean}
 */
export function isBuildStale(projectDir = PROJECT_DIR) {
  let oldestOutput = Infinity
  for (const output of BUILD_OUTPUTS) {
    const stats = statSync(join(projectDir, output), { throwIfNoEntry: false })
    if (stats === undefined) return true
    oldestOutput = Math.min(oldestOutput, stats.mtimeMs)
  }
  return newestMtime(projectDir, BUILD_INPUTS) > oldestOutput
}

/**
 * Runs `electron-vite build --config electron.config.ts`; throws when it fails.
 * @param {string} [projectDir]
 */
export function build(projectDir = PROJECT_DIR) {
  const require = createRequire(join(projectDir, 'package.json'))
  const cli = join(require.resolve('electron-vite/package.json'), '..', 'bin', 'electron-vite.js')
  const result = spawnSync(process.execPath, [cli, 'build', '--config', 'electron.config.ts'], {
    cwd: projectDir,
    stdio: 'inherit'
  })
  if (result.status !== 0) throw new Error('The build failed (electron-vite build).')
}

/**
 * Reads the command line: `--web` forces browser mode, `--port` (or PORT) picks its port,
 * `--rebuild` builds even when the output looks fresh, `--no-sandbox` turns Chromium's OS
 * sandbox off (see sandboxNotice).
 * @param {readonly string[]} argv
 * @param {Record<string, string | undefined>} env
 * @returns {{ web: boolean, rebuild: boolean, noSandbox: boolean, port: number }}
 */
export function parseStartArgs(argv, env) {
  const portText = readOption(argv, 'port') ?? env.PORT
  return {
    web: argv.includes('--web'),
    rebuild: argv.includes('--rebuild'),
    noSandbox: argv.includes('--no-sandbox'),
    port: portText === undefined || portText === '' ? DEFAULT_WEB_PORT : parsePort(portText)
  }
}

/**
 * Extra Electron switches: `--no-sandbox` only when the user asked for it. Chromium refuses to
 * start as root on Linux with its OS-level sandbox on (containers and CI often run as root);
 * the renderer keeps `sandbox: true` in its web preferences either way, but the setuid /
 * namespace sandbox of the OS is lost, so it is never turned off on the user's behalf.
 * @param {{ noSandbox: boolean }} options
 * @returns {string[]}
 */
export function electronSwitches(options) {
  return options.noSandbox ? ['--no-sandbox'] : []
}

/**
 * What to tell the user about the sandbox before starting Electron, or null: a warning when
 * they turned it off, and a hint when root on Linux would make Chromium refuse to start.
 * @param {NodeJS.Platform} platform
 * @param {number | undefined} uid
 * @param {boolean} noSandbox
 * @returns {string | null}
 */
export function sandboxNotice(platform, uid, noSandbox) {
  if (noSandbox) {
    return (
      "Warning: --no-sandbox turns off Chromium's operating-system sandbox, so a flaw in the " +
      'page renderer is no longer contained. Use it only in a throwaway container or CI machine.'
    )
  }
  if (platform === 'linux' && uid === 0) {
    return (
      'Running as root: Chromium refuses to start as root with its sandbox on. Start the app as ' +
      'a normal user, or, in a throwaway container only, `npm start -- --no-sandbox`.'
    )
  }
  return null
}

/**
 * The environment Electron starts with: this one without ELECTRON_RUN_AS_NODE (which would run
 * the binary as plain Node) and without ELECTRON_RENDERER_URL (`npm start` always runs the
 * built renderer, never a dev server a developer left configured).
 * @param {Record<string, string | undefined>} env
 * @returns {Record<string, string | undefined>}
 */
export function electronEnvironment(env) {
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ELECTRON_RENDERER_URL: _devServer, ...rest } = env
  return rest
}

/**
 * Starts the desktop app and mirrors its exit code; Ctrl+C and termination requests are
 * passed on so Electron can close cleanly.
 * @param {string} binary
 * @param {string} projectDir
 * @param {boolean} noSandbox
 */
function runElectron(binary, projectDir, noSandbox) {
  const notice = sandboxNotice(process.platform, process.getuid?.(), noSandbox)
  if (notice !== null) console.warn(notice)
  const child = spawn(binary, [projectDir, ...electronSwitches({ noSandbox })], {
    stdio: 'inherit',
    env: electronEnvironment(process.env)
  })
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)))
}

/**
 * Browser mode on 127.0.0.1. When the port is taken, a free one is used, with a warning:
 * the browser keeps IndexedDB per address, so projects saved at the usual address are not
 * visible at the other one.
 * @param {number} port
 */
async function runBrowserMode(port) {
  let server
  try {
    server = await startWebServer({ port })
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined
    if (code !== 'EADDRINUSE') throw error
    server = await startWebServer({ port: 0 })
    console.warn(
      `Port ${port} is busy, so this run uses port ${server.port}: data is kept per address, ` +
        `projects saved at http://127.0.0.1:${port}/ do not show here.`
    )
  }
  console.log(`Browser mode: open ${server.url}`)
  closeOnSignals(server)
}

async function main() {
  const options = parseStartArgs(process.argv.slice(2), process.env)
  if (options.rebuild || isBuildStale(PROJECT_DIR)) build(PROJECT_DIR)
  if (!options.web) {
    let binary = findElectronBinary(PROJECT_DIR)
    if (binary === null) {
      console.log('Downloading the Electron binary…')
      binary = installElectronBinary(PROJECT_DIR) ? findElectronBinary(PROJECT_DIR) : null
    }
    if (binary !== null) return runElectron(binary, PROJECT_DIR, options.noSandbox)
    console.log(
      'Electron binary not available (its download needs the internet); serving the app in browser mode instead.'
    )
  }
  await runBrowserMode(options.port)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}

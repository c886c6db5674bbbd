// Boot test: the built out/main/index.js runs under plain Node.js with a recording stand-in for
// the `electron` module (tests/support/electron-stand-in). This is the main process as a whole,
// bundled as it ships, not its modules with fakes: what it registers before and after 'ready',
// the window it opens, the IPC channels, the app:// handler, and what a second instance does.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, afterAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src-main/shared/csp.mjs'
import { APP_SCHEME_PRIVILEGES } from '../../src-main/protocol'
import { IPC_CHANNELS } from '../../src-main/shared/ipc-contract'
import { HARDENED_WEB_PREFERENCES } from '../../src-main/security'

const ROOT = resolve(import.meta.dirname, '../..')
const run = promisify(execFile)

type Answer = { status: number; contentType: string; csp: string; bodyStart: string }
type BootReport = {
  logBeforeReady: string[]
  devServerInEnvironment: string | null
  log: string[]
  privilegedSchemes: unknown[]
  ipcChannels: string[]
  appListeners: string[]
  window: {
    options: { title: string; show: boolean; webPreferences: Record<string, unknown> }
    url: string
    hasWindowOpenHandler: boolean
    blocksNavigationAway: boolean
    allowsAppNavigation: boolean
    blocksWebview: boolean
  }
  menuHasDevTools: boolean
  permissions: Record<string, boolean>
  responses: Record<'index' | 'root' | 'head' | 'post' | 'missing' | 'otherHost', Answer> & {
    traversal: { url: string; answer: Answer }[]
  }
  ipc: Record<'trusted' | 'untrusted' | 'badArguments', { value?: unknown; error?: string }>
}

let userData: string

async function boot(flags: string[] = [], devServer = ''): Promise<BootReport> {
  const { stdout } = await run(process.execPath, ['tests/desktop/boot-main.mjs', ...flags], {
    cwd: ROOT,
    // The built app, unless a test names a dev server.
    env: { ...process.env, TRACKER_USER_DATA: userData, ELECTRON_RENDERER_URL: devServer }
  })
  return JSON.parse(stdout) as BootReport
}

let report: BootReport

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) {
    throw new Error('out/main/index.js is missing: run `npm run build` before this tier.')
  }
  userData = await mkdtemp(join(tmpdir(), 'tracker-boot-profile-'))
  report = await boot()
})

afterAll(async () => {
  if (userData !== undefined) await rm(userData, { recursive: true, force: true })
})

describe('the built main process on the electron stand-in', () => {
  it('registers app:// as privileged and secure and takes the single-instance lock before ready', () => {
    expect(report.logBeforeReady).toEqual([
      'app.setPath userData',
      'protocol.registerSchemesAsPrivileged',
      'app.enableSandbox',
      'app.requestSingleInstanceLock'
    ])
    expect(report.privilegedSchemes).toEqual([APP_SCHEME_PRIVILEGES])
    expect(report.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, corsEnabled: true })
      }
    ])
    expect(report.appListeners).toEqual(['activate', 'second-instance', 'window-all-closed'])
  })

  it('after ready serves app://, installs the permission rules and the menu, then opens the window', () => {
    expect(report.log.slice(report.logBeforeReady.length)).toEqual([
      'ready',
      'protocol.handle app',
      'setPermissionRequestHandler default',
      'setPermissionCheckHandler default',
      'Menu.setApplicationMenu',
      'new BrowserWindow'
    ])
    expect(report.menuHasDevTools).toBe(false)
  })

  it('opens one window on app://tracker with the hardened web preferences and its guards', () => {
    const { window } = report
    expect(window.url).toBe('app://tracker/index.html')
    expect(window.options).toMatchObject({ title: 'Hybrid Mail-Flow Tracker', show: false })
    const { preload, safeDialogs, ...hardened } = window.options.webPreferences
    expect(hardened).toEqual(HARDENED_WEB_PREFERENCES)
    expect(safeDialogs).toBe(true)
    expect(preload).toMatch(/[\\/]out[\\/]preload[\\/]index\.cjs$/)
    expect(window.hasWindowOpenHandler).toBe(true)
    expect(window.blocksNavigationAway).toBe(true)
    expect(window.allowsAppNavigation).toBe(true)
    expect(window.blocksWebview).toBe(true)
  })

  it('registers exactly the IPC channels of the contract, checking sender and arguments', () => {
    expect(report.ipcChannels).toEqual([...IPC_CHANNELS])
    expect(report.ipc.trusted.value).toMatchObject({ version: expect.any(String), electron: '' })
    expect(report.ipc.untrusted.error).toMatch(/^IPC refused: untrusted sender/)
    expect(report.ipc.badArguments.error).toMatch(/name must be a backup's file name/)
  })

  it('allows clipboard writes to the app origin only', () => {
    expect(report.permissions).toEqual({
      clipboardWriteApp: true,
      clipboardWriteOther: false,
      clipboardReadApp: false
    })
  })

  it('serves index.html through app:// with the CSP on every answer', () => {
    const { index, root, head, post, missing, otherHost } = report.responses
    for (const answer of [index, root]) {
      expect(answer).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' })
      expect(answer.bodyStart).toMatch(/^<!doctype html>/i)
    }
    expect(head).toMatchObject({ status: 200, bodyStart: '' })
    expect(post.status).toBe(405)
    expect(missing.status).toBe(404)
    expect(otherHost.status).toBe(403)
    for (const answer of [index, root, head, post, missing, otherHost]) {
      expect(answer.csp).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it('refuses every traversal attempt, never reading outside the renderer folder', () => {
    expect(report.responses.traversal).toHaveLength(6)
    for (const { url, answer } of report.responses.traversal) {
      expect({ url, status: answer.status }).toEqual({ url, status: 403 })
      expect(answer.bodyStart).toMatch(/^Refused: /)
      expect(answer.csp).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it('a packaged app ignores and removes a dev server URL, and has no DevTools menu', async () => {
    const packaged = await boot(['--packaged'], 'http://localhost:5173/')
    expect(packaged.window.url).toBe('app://tracker/index.html')
    expect(packaged.devServerInEnvironment).toBeNull()
    expect(packaged.menuHasDevTools).toBe(false)
  })

  it('an unpackaged app loads a loopback dev server, with DevTools, and only then', async () => {
    const dev = await boot([], 'http://127.0.0.1:5173/')
    expect(dev.window.url).toBe('http://127.0.0.1:5173/')
    expect(dev.menuHasDevTools).toBe(true)
    const remote = await boot([], 'http://192.0.2.7:5173/')
    expect(remote.window.url).toBe('app://tracker/index.html')
    expect(remote.menuHasDevTools).toBe(false)
  })

  it('a second instance quits at once: no handlers, no window', async () => {
    const second = await boot(['--no-lock'])
    expect(second.logBeforeReady).toEqual([
      'app.setPath userData',
      'protocol.registerSchemesAsPrivileged',
      'app.enableSandbox',
      'app.requestSingleInstanceLock',
      'app.quit'
    ])
    expect(second.ipcChannels).toBeUndefined()
  })
})

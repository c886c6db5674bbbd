// The main entry wires Electron to the tested modules. No Electron binary runs here, so this
// checks the wiring against a minimal fake of the 'electron' module: what happens before
// 'ready', what after, and what a second instance does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const fake = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    hasLock: true,
    isPackaged: true,
    menu: undefined as unknown,
    isReady: false,
    readyListeners: [] as (() => void)[],
    appEvents: new Map<string, (...args: unknown[]) => void>(),
    ipcChannels: [] as string[],
    windows: [] as { options: unknown; url?: string; events: string[] }[],
    protocolHandler: undefined as
      ((request: { url: string; method: string }) => Promise<Response>) | undefined
  }
  return state
})

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows() {
      return fake.windows
    }
    static fromWebContents() {
      return null
    }
    record: { options: unknown; url?: string; events: string[] }
    webContents = {
      setWindowOpenHandler: () => this.record.events.push('window-open-handler'),
      on: (event: string) => this.record.events.push(event)
    }
    constructor(options: unknown) {
      this.record = { options, events: [] }
      fake.windows.push(this.record)
      fake.log.push('new BrowserWindow')
    }
    once() {}
    on() {}
    show() {}
    async loadURL(url: string) {
      this.record.url = url
    }
  }
  return {
    app: {
      get isPackaged() {
        return fake.isPackaged
      },
      setPath: (name: string, path: string) => fake.log.push(`setPath ${name} ${path}`),
      enableSandbox: () => fake.log.push('enableSandbox'),
      requestSingleInstanceLock: () => {
        fake.log.push('requestSingleInstanceLock')
        return fake.hasLock
      },
      on: (event: string, listener: (...args: unknown[]) => void) => {
        fake.appEvents.set(event, listener)
      },
      whenReady: () =>
        new Promise<void>((resolve) => {
          fake.readyListeners.push(resolve)
        }),
      quit: () => fake.log.push('quit'),
      exit: () => fake.log.push('exit'),
      getPath: () => '/home/ada/Documents',
      getVersion: () => '0.1.0'
    },
    BrowserWindow,
    dialog: { showSaveDialog: async () => ({ canceled: true }) },
    ipcMain: { handle: (channel: string) => fake.ipcChannels.push(channel) },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        fake.menu = menu
        fake.log.push('setApplicationMenu')
      }
    },
    protocol: {
      registerSchemesAsPrivileged: () => {
        fake.log.push(
          fake.isReady ? 'scheme registered AFTER ready' : 'registerSchemesAsPrivileged'
        )
      },
      handle: (
        scheme: string,
        handler: (request: { url: string; method: string }) => Promise<Response>
      ) => {
        fake.log.push(`protocol.handle ${scheme}`)
        fake.protocolHandler = handler
      }
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => fake.log.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => fake.log.push('setPermissionCheckHandler')
      }
    },
    shell: { openExternal: async () => undefined }
  }
})

async function becomeReady(): Promise<void> {
  fake.isReady = true
  for (const resolve of fake.readyListeners) resolve()
  await new Promise((resolve) => setTimeout(resolve, 0))
}

beforeEach(() => {
  vi.resetModules()
  Object.assign(fake, {
    log: [],
    hasLock: true,
    isPackaged: true,
    menu: undefined,
    isReady: false,
    readyListeners: [],
    appEvents: new Map(),
    ipcChannels: [],
    windows: [],
    protocolHandler: undefined
  })
  vi.stubEnv('TRACKER_USER_DATA', '/tmp/tracker-profile')
  vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/')
})

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('src-main/index', () => {
  it('prepares the profile, scheme and sandbox before ready, then wires everything', async () => {
    await import('../../../src-main/index')
    expect(fake.log).toEqual([
      'setPath userData /tmp/tracker-profile',
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'requestSingleInstanceLock'
    ])
    expect([...fake.appEvents.keys()].sort()).toEqual([
      'activate',
      'second-instance',
      'window-all-closed'
    ])

    await becomeReady()
    expect(fake.log.slice(4)).toEqual([
      'protocol.handle app',
      'setPermissionRequestHandler',
      'setPermissionCheckHandler',
      'setApplicationMenu',
      'new BrowserWindow'
    ])
    expect(fake.ipcChannels).toEqual([
      'app:get-info',
      'file:save',
      'report:save-pdf',
      'dns:query',
      'backup:write',
      'backup:list',
      'backup:read',
      'canary:read',
      'canary:write'
    ])
  })

  it('loads app://tracker (a packaged app ignores ELECTRON_RENDERER_URL) with the preload', async () => {
    await import('../../../src-main/index')
    await becomeReady()
    expect(fake.windows).toHaveLength(1)
    const window = fake.windows[0]
    expect(window?.url).toBe('app://tracker/index.html')
    expect(window?.options).toMatchObject({
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        // Next to the main bundle's folder: out/main/index.js → out/preload/index.cjs.
        preload: expect.stringMatching(/[\\/]preload[\\/]index\.cjs$/)
      }
    })
    expect(window?.events).toEqual([
      'window-open-handler',
      'will-navigate',
      'will-redirect',
      'will-attach-webview',
      'will-prevent-unload'
    ])
  })

  it('gives a packaged app no DevTools menu', async () => {
    await import('../../../src-main/index')
    await becomeReady()
    expect(JSON.stringify(fake.menu)).not.toContain('toggleDevTools')
  })

  it('loads a loopback dev server with DevTools only when not packaged', async () => {
    fake.isPackaged = false
    await import('../../../src-main/index')
    await becomeReady()
    expect(fake.windows[0]?.url).toBe('http://localhost:5173/')
    expect(JSON.stringify(fake.menu)).toContain('toggleDevTools')
  })

  it('ignores a dev server that is not on loopback, and then offers no DevTools', async () => {
    fake.isPackaged = false
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://192.0.2.7:5173/')
    await import('../../../src-main/index')
    await becomeReady()
    expect(fake.windows[0]?.url).toBe('app://tracker/index.html')
    expect(JSON.stringify(fake.menu)).not.toContain('toggleDevTools')
  })

  it('serves the renderer folder through the app protocol', async () => {
    await import('../../../src-main/index')
    await becomeReady()
    const response = await fake.protocolHandler?.({ url: 'app://evil/', method: 'GET' })
    expect(response?.status).toBe(403)
  })

  it('quits at once when another instance holds the lock', async () => {
    fake.hasLock = false
    await import('../../../src-main/index')
    expect(fake.log).toContain('quit')
    expect(fake.readyListeners).toEqual([])
    expect(fake.appEvents.size).toBe(0)
  })
})

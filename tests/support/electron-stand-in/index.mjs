// A recording stand-in for the `electron` module, for running the built main process
// (out/main/index.js) under plain Node.js: tests/support/stand-in-app.mjs links it in as
// node_modules/electron of a copy of the app. It implements the part of Electron's main-process
// API the app calls, records every call, and lets a test answer what a person or the OS would
// (the save dialog, 'ready'). Windows do nothing unless a test plugs in a `host` that backs
// them with something real (the integration tier uses Chromium pages).
// State lives on globalThis so every copy of this module a loader makes shares it.

const KEY = Symbol.for('hybrid-mailflow-tracker.electron-stand-in')

/** @returns {import('./index.d.mts').StandInState} */
function createState() {
  /** @type {() => void} */
  let fireReady = () => undefined
  const ready = new Promise((resolve) => {
    fireReady = () => resolve(undefined)
  })
  return {
    log: [],
    isReady: false,
    isPackaged: false,
    version: '0.0.0',
    singleInstanceLock: true,
    paths: {},
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    appListeners: new Map(),
    windows: [],
    sessions: new Map(),
    menuTemplate: null,
    saveDialogs: [],
    answerSaveDialog: null,
    openedExternally: [],
    host: null,
    ready,
    fireReady() {
      this.isReady = true
      this.log.push('ready')
      fireReady()
    }
  }
}

/** Starts a fresh record (before each boot of the app). */
export function resetStandIn() {
  Reflect.set(globalThis, KEY, createState())
  return standIn()
}

/** The current record. */
export function standIn() {
  const existing = Reflect.get(globalThis, KEY)
  if (existing !== undefined) return existing
  return resetStandIn()
}

function record(entry) {
  standIn().log.push(entry)
}

class Session {
  constructor(partition) {
    this.partition = partition
    this.permissionRequestHandler = null
    this.permissionCheckHandler = null
    this.beforeRequest = null
    this.webRequest = {
      onBeforeRequest: (listener) => {
        this.beforeRequest = listener
      }
    }
  }
  setPermissionRequestHandler(handler) {
    record(`setPermissionRequestHandler ${this.partition || 'default'}`)
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler) {
    record(`setPermissionCheckHandler ${this.partition || 'default'}`)
    this.permissionCheckHandler = handler
  }
}

function sessionFor(partition) {
  const state = standIn()
  let found = state.sessions.get(partition)
  if (found === undefined) {
    found = new Session(partition)
    state.sessions.set(partition, found)
  }
  return found
}

export const session = {
  get defaultSession() {
    return sessionFor('')
  },
  fromPartition: (partition) => sessionFor(partition)
}

class WebContents {
  constructor(window, partition) {
    this.window = window
    this.session = sessionFor(partition)
    this.listeners = new Map()
    this.windowOpenHandler = null
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler
  }
  on(event, listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  /** Runs the listeners of `event` with a preventable event; true when one prevented it. */
  emit(event, ...args) {
    let prevented = false
    const preventable = { preventDefault: () => (prevented = true) }
    for (const listener of this.listeners.get(event) ?? []) listener(preventable, ...args)
    return prevented
  }
  async printToPDF(options) {
    const host = standIn().host
    if (host === null) throw new Error('The stand-in shell has no printer (no host plugged in).')
    return host.printToPDF(this.window, options)
  }
}

export class BrowserWindow {
  static getAllWindows() {
    return standIn().windows.filter((window) => !window.destroyed)
  }
  static fromWebContents(contents) {
    return standIn().windows.find((window) => window.webContents === contents) ?? null
  }
  constructor(options = {}) {
    const state = standIn()
    this.options = options
    this.destroyed = false
    this.shown = false
    this.listeners = new Map()
    this.webContents = new WebContents(this, options.webPreferences?.partition ?? '')
    state.windows.push(this)
    record('new BrowserWindow')
  }
  on(event, listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event, listener) {
    return this.on(event, listener)
  }
  emit(event) {
    for (const listener of this.listeners.get(event) ?? []) listener()
  }
  show() {
    this.shown = true
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false
  }
  getTitle() {
    return this.options.title ?? ''
  }
  async loadURL(url) {
    this.url = url
    const host = standIn().host
    if (host !== null) await host.loadURL(this, url)
  }
  async loadFile(path) {
    this.file = path
    const host = standIn().host
    if (host !== null) await host.loadFile(this, path)
  }
  isDestroyed() {
    return this.destroyed
  }
  destroy() {
    if (this.destroyed) return
    this.destroyed = true
    void standIn().host?.destroy(this)
  }
}

export const app = {
  get isPackaged() {
    return standIn().isPackaged
  },
  setPath(name, path) {
    record(`app.setPath ${name}`)
    standIn().paths[name] = path
  },
  getPath(name) {
    const path = standIn().paths[name]
    if (path === undefined) throw new Error(`The stand-in has no path for '${name}'.`)
    return path
  },
  getVersion: () => standIn().version,
  enableSandbox() {
    record(standIn().isReady ? 'app.enableSandbox AFTER ready' : 'app.enableSandbox')
  },
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock')
    return standIn().singleInstanceLock
  },
  on(event, listener) {
    standIn().appListeners.set(event, listener)
    return app
  },
  whenReady: () => standIn().ready,
  quit: () => record('app.quit'),
  exit: (code) => record(`app.exit ${code}`)
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    const state = standIn()
    record(
      state.isReady
        ? 'protocol.registerSchemesAsPrivileged AFTER ready'
        : 'protocol.registerSchemesAsPrivileged'
    )
    state.privilegedSchemes.push(...schemes)
  },
  handle(scheme, handler) {
    record(`protocol.handle ${scheme}`)
    standIn().protocolHandlers.set(scheme, handler)
  }
}

export const ipcMain = {
  handle(channel, listener) {
    const handlers = standIn().ipcHandlers
    // Electron throws on a second handler for a channel; so does the stand-in.
    if (handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    handlers.set(channel, listener)
  }
}

export const dialog = {
  async showSaveDialog(windowOrOptions, maybeOptions) {
    const state = standIn()
    const options = maybeOptions ?? windowOrOptions
    state.saveDialogs.push(options)
    return state.answerSaveDialog === null ? { canceled: true } : state.answerSaveDialog(options)
  }
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu(menu) {
    record('Menu.setApplicationMenu')
    standIn().menuTemplate = menu.template
  }
}

export const shell = {
  async openExternal(url) {
    standIn().openedExternally.push(url)
  }
}

export default { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell }

// The Electron main process: app lifecycle and wiring only. Every rule lives in a module that
// takes its Electron pieces as parameters (window, security, protocol, menu, ipc/*).
import { readFile } from 'node:fs/promises'
import { userInfo } from 'node:os'
import { join, resolve } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron'
import { buildMenuTemplate } from './menu'
import { createAppProtocolHandler, registerAppScheme } from './protocol'
import {
  createUrlTrust,
  devRendererUrl,
  installPermissionHandlers,
  isSafeExternalUrl
} from './security'
import { createMainWindow } from './window'
import { getAppInfo } from './ipc/app-info'
import { createIpcHandlers, registerIpcHandlers } from './ipc/register-handlers'
import { APP_ORIGIN, APP_SCHEME } from './shared/ipc-contract'

const outDir = resolve(import.meta.dirname, '..')
const preloadPath = join(outDir, 'preload', 'index.cjs')
const rendererRoot = join(outDir, 'renderer')

// Tests give each run its own profile (and so its own IndexedDB). Set before the
// single-instance lock, which lives in the userData folder.
const userDataOverride = process.env.TRACKER_USER_DATA
if (userDataOverride !== undefined && userDataOverride !== '') {
  app.setPath('userData', resolve(userDataOverride))
}

// Both must happen before 'ready'.
registerAppScheme(protocol)
app.enableSandbox()

// `electron-vite dev` serves the renderer over http with hot reload; a packaged app never does
// (devRendererUrl says when the variable is honoured). Only that mode gets the DevTools menu.
const devUrl = devRendererUrl(process.env.ELECTRON_RENDERER_URL, app.isPackaged)
// An installed app has no dev server: nothing it starts (the renderer, a print window) inherits one.
if (app.isPackaged) delete process.env.ELECTRON_RENDERER_URL
const isTrustedUrl = createUrlTrust(devUrl)
const startUrl = devUrl ?? `${APP_ORIGIN}/index.html`

let mainWindow: BrowserWindow | null = null

function openExternal(url: string): Promise<void> | undefined {
  return isSafeExternalUrl(url) ? shell.openExternal(url) : undefined
}

function openMainWindow(): void {
  const { window, loaded } = createMainWindow({
    createWindow: (options) => new BrowserWindow(options),
    preloadPath,
    url: startUrl,
    openExternal,
    isTrustedUrl,
    confirmLeave: (owner) =>
      dialog.showMessageBoxSync(owner, {
        type: 'question',
        buttons: ['Leave', 'Stay'],
        defaultId: 1,
        cancelId: 1,
        message: 'Leave with unsaved step edits?',
        detail: 'Steps you edited but did not save keep their drafts on this computer.'
      }) === 0
  })
  mainWindow = window
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  loaded.catch((error: unknown) => console.error(`Could not load ${startUrl}:`, error))
}

function focusMainWindow(): void {
  if (mainWindow === null) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function onReady(): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, readFile))
  installPermissionHandlers(session.defaultSession, isTrustedUrl)
  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      appInfo: () => getAppInfo({ app, process, userInfo }),
      showSaveDialog: (event, options) => {
        const owner = BrowserWindow.fromWebContents(event.sender)
        return owner === null
          ? dialog.showSaveDialog(options)
          : dialog.showSaveDialog(owner, options)
      },
      defaultSaveDir: () => app.getPath('documents'),
      userDataDir: () => app.getPath('userData'),
      tempDir: () => app.getPath('temp'),
      createPdfWindow: (options) => new BrowserWindow(options)
    }),
    isTrustedUrl
  )
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isDev: devUrl !== undefined,
        isMac: process.platform === 'darwin',
        openExternal
      })
    )
  )
  openMainWindow()
}

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', focusMainWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Electron failed to start:', error)
      app.exit(1)
    })
} else {
  // Another instance owns this profile; it gets focused through 'second-instance'.
  app.quit()
}

// The main window: Electron's security checklist in one options factory, plus the wiring that
// keeps the window on the app origin. Electron pieces come in as parameters (see
// MainWindowDeps) so tests can pass small fakes.
import type { BrowserWindowConstructorOptions } from 'electron'
import { HARDENED_WEB_PREFERENCES, hardenWebContents, isAppUrl } from './security'
import type { GuardedWebContents, OpenExternal, PreventableEvent, UrlTrust } from './security'

/** The window title; the e2e smoke test looks for it. */
export const APP_TITLE = 'Hybrid Mail-Flow Tracker'

/** Options for the main window: the hardened web preferences with the preload script. */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: APP_TITLE,
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...HARDENED_WEB_PREFERENCES, preload: preloadPath, safeDialogs: true }
  }
}

/** The part of a BrowserWindow createMainWindow uses. */
export type MainWindowLike = {
  webContents: GuardedWebContents & {
    on(event: 'will-prevent-unload', listener: (event: PreventableEvent) => void): unknown
  }
  once(event: 'ready-to-show', listener: () => void): unknown
  show(): void
  loadURL(url: string): Promise<void>
}

/** What createMainWindow needs from Electron and from the caller. */
export type MainWindowDeps<W extends MainWindowLike> = {
  /** Builds the window (`(options) => new BrowserWindow(options)` in the app). */
  createWindow: (options: BrowserWindowConstructorOptions) => W
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string
  /** The page to load: app://tracker/index.html, or the dev server in `electron-vite dev`. */
  url: string
  /** shell.openExternal, for safe links the renderer opens with target="_blank". */
  openExternal: OpenExternal
  /** Which URLs the window may navigate to; app://tracker only unless in dev. */
  isTrustedUrl?: UrlTrust
  /**
   * Asks the user whether to close or reload although the page refused to unload (it holds
   * unsaved step edits); true leaves. Electron shows no prompt of its own for `beforeunload`, so
   * without this the window would silently refuse to close.
   */
  confirmLeave: (window: W) => boolean
}

/**
 * Creates the main window with the hardened options, installs the navigation, window-open and
 * webview guards before any page loads, shows it when ready and starts loading `deps.url`.
 * The returned promise settles when the first load finishes (or fails).
 */
export function createMainWindow<W extends MainWindowLike>(
  deps: MainWindowDeps<W>
): { window: W; loaded: Promise<void> } {
  const window = deps.createWindow(windowOptions(deps.preloadPath))
  hardenWebContents(window.webContents, deps.openExternal, deps.isTrustedUrl ?? isAppUrl)
  // preventDefault on 'will-prevent-unload' overrides the page's beforeunload refusal.
  window.webContents.on('will-prevent-unload', (event) => {
    if (deps.confirmLeave(window)) event.preventDefault()
  })
  window.once('ready-to-show', () => window.show())
  return { window, loaded: window.loadURL(deps.url) }
}

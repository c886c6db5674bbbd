// The renderer is treated as untrusted: it may only show app://tracker, never navigate away,
// never open windows, never gain permissions it does not need. Each rule is a plain function
// so it can be unit-tested without Electron; `hardenWebContents` wires them to a window.
import { APP_HOST, APP_SCHEME } from './shared/ipc-contract'

/** Decides whether a URL belongs to the app (pages, IPC senders, permission requesters). */
export type UrlTrust = (url: string) => boolean

/**
 * The web preferences every window of the app shares: sandboxed, isolated, no Node anywhere, and
 * each other preference that matters for security spelled out even where it equals Electron's
 * default, so a future default change cannot weaken it and the unit tests can assert each one.
 */
export const HARDENED_WEB_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false
} as const

/** The URL, or null when `url` is not one. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True when `url` parses to the app origin app://tracker. Compares the parsed parts, not
 * string prefixes: `app://tracker.evil.com`, `app://tracker@evil`, `app://tracker:1` and
 * `app://evil/` are all false. (Node's URL reports origin 'null' for custom schemes, so the
 * scheme, host, port and user info are checked one by one.)
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url)
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The renderer URL of `electron-vite dev` (ELECTRON_RENDERER_URL), or undefined when this run
 * must load the built renderer from app://tracker. Honoured only in an unpackaged app and only
 * for a plain `http://` URL on a loopback host without user info: an environment variable must
 * never point an installed app (or one started on a shared machine) at another server.
 */
export function devRendererUrl(value: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || value === undefined || value === '') return undefined
  const parsed = parseUrl(value)
  if (parsed === null || parsed.protocol !== 'http:') return undefined
  if (!LOOPBACK_HOSTS.has(parsed.hostname)) return undefined
  if (parsed.username !== '' || parsed.password !== '') return undefined
  return value
}

/**
 * The trust rule for this run. In `electron-vite dev` the renderer comes from a local dev
 * server (ELECTRON_RENDERER_URL), whose exact origin is then trusted as well; a packaged app
 * passes no dev URL and trusts app://tracker only.
 */
export function createUrlTrust(devRendererUrl?: string): UrlTrust {
  const devOrigin = devRendererUrl === undefined ? null : parseUrl(devRendererUrl)?.origin
  if (devOrigin === undefined || devOrigin === null || devOrigin === 'null') return isAppUrl
  return function isTrustedUrl(url) {
    return isAppUrl(url) || parseUrl(url)?.origin === devOrigin
  }
}

/**
 * True for links the OS browser may open: `https:` with a host and no user info. Every other
 * scheme (`http:`, `file:`, `javascript:`, `mailto:`, custom protocol handlers…) is refused,
 * because shell.openExternal hands the URL to whatever program claims the scheme.
 */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url)
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

/** The part of an Electron event the guards use. */
export type PreventableEvent = { preventDefault(): void }

/**
 * `will-navigate` / `will-redirect` guard: the window never leaves the app. Links to the web
 * belong in `target="_blank"` anchors, which the window-open handler sends to the OS browser.
 */
export function guardNavigation(
  event: PreventableEvent,
  url: string,
  isTrustedUrl: UrlTrust = isAppUrl
): void {
  if (!isTrustedUrl(url)) event.preventDefault()
}

/** Opens a URL in the OS browser (Electron's shell.openExternal). */
export type OpenExternal = (url: string) => Promise<void> | void

/**
 * `setWindowOpenHandler` handler: never opens an Electron window. Safe `https:` links are
 * handed to the OS browser; anything else is dropped.
 */
export function windowOpenHandler(
  details: { url: string },
  openExternal: OpenExternal
): { action: 'deny' } {
  if (isSafeExternalUrl(details.url)) {
    // A failure to start the browser must not reach the renderer as an unhandled rejection.
    void Promise.resolve()
      .then(() => openExternal(details.url))
      .catch(() => undefined)
  }
  return { action: 'deny' }
}

/**
 * The only permissions the app ever grants, and only to its own origin.
 * - 'persistent-storage': navigator.storage.persist() keeps IndexedDB from being evicted under
 *   storage pressure; Chromium grants it by asking the embedder for the status of
 *   DURABLE_STORAGE, which Electron passes to the permission CHECK handler as
 *   'persistent-storage' (it is missing from Electron's typings).
 * - 'clipboard-sanitized-write': navigator.clipboard.writeText(), which the Copy buttons use.
 * Everything else (camera, notifications, reading the clipboard, geolocation, HID, serial,
 * USB…) is denied.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set([
  'persistent-storage',
  'clipboard-sanitized-write'
])

/**
 * `session.setPermissionRequestHandler` handler: grants only GRANTED_PERMISSIONS, and only to
 * a trusted page. (Electron's default without a handler is to approve every request.)
 */
export function permissionRequestHandler(
  _webContents: unknown,
  permission: string,
  callback: (permissionGranted: boolean) => void,
  details: { requestingUrl?: string },
  isTrustedUrl: UrlTrust = isAppUrl
): void {
  callback(isPermissionAllowed(permission, details.requestingUrl ?? '', isTrustedUrl))
}

/** `session.setPermissionCheckHandler` handler: the same rule as the request handler. */
export function permissionCheckHandler(
  _webContents: unknown,
  permission: string,
  requestingOrigin: string,
  isTrustedUrl: UrlTrust = isAppUrl
): boolean {
  return isPermissionAllowed(permission, requestingOrigin, isTrustedUrl)
}

function isPermissionAllowed(permission: string, url: string, isTrustedUrl: UrlTrust): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isTrustedUrl(url)
}

/** The part of Electron's Session the permission rules are installed on. */
export type PermissionSession = {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (permissionGranted: boolean) => void,
      details: { requestingUrl?: string }
    ) => void
  ): void
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean
  ): void
}

/** Installs the deny-by-default permission handlers on a session. */
export function installPermissionHandlers(
  session: PermissionSession,
  isTrustedUrl: UrlTrust = isAppUrl
): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) =>
    permissionRequestHandler(webContents, permission, callback, details, isTrustedUrl)
  )
  session.setPermissionCheckHandler((webContents, permission, requestingOrigin) =>
    permissionCheckHandler(webContents, permission, requestingOrigin, isTrustedUrl)
  )
}

/** The part of Electron's WebContents the guards are installed on. */
export type GuardedWebContents = {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: PreventableEvent, url: string) => void
  ): unknown
}

/**
 * Applies the navigation guard, the window-open handler and the `<webview>` ban to a
 * window's contents. (`webviewTag: false` already disables the tag; refusing the attach is
 * the second lock the Electron checklist asks for.)
 */
export function hardenWebContents(
  contents: GuardedWebContents,
  openExternal: OpenExternal,
  isTrustedUrl: UrlTrust = isAppUrl
): void {
  contents.setWindowOpenHandler((details) => windowOpenHandler(details, openExternal))
  contents.on('will-navigate', (event, url) => guardNavigation(event, url, isTrustedUrl))
  contents.on('will-redirect', (event, url) => guardNavigation(event, url, isTrustedUrl))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

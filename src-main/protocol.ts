// The app:// protocol: the desktop renderer is served from app://tracker, never file://.
// IndexedDB belongs to that origin, so the scheme and host never change once released.
import { resolve, sep } from 'node:path'
import type { CustomScheme } from 'electron'
import { APP_HOST, APP_SCHEME } from './shared/ipc-contract'
import { contentTypeFor, resolveStaticPath, staticResponseHeaders } from './shared/static-files.mjs'
import type { StaticPathResult } from './shared/static-files.mjs'

/**
 * Privileges of the app scheme. `standard` gives it a real origin (IndexedDB and other storage
 * are disabled on non-standard schemes), `secure` makes it a secure context (needed for
 * navigator.storage.persist() and IDB durability hints), `supportFetchAPI` lets the renderer
 * fetch its own files, `codeCache` lets V8 cache compiled scripts for a faster start,
 * `corsEnabled` makes Chromium apply CORS to the scheme: without it any origin's fetch could
 * read app:// responses (GHSA-v3j7-r9gq-3gjw). No `bypassCSP`: the CSP header must apply.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    codeCache: true,
    corsEnabled: true
  }
} as const satisfies CustomScheme

/** The part of Electron's `protocol` this module needs before the app is ready. */
export type SchemeRegistrar = { registerSchemesAsPrivileged(schemes: CustomScheme[]): void }

/** Registers the app scheme's privileges; Electron requires this before `app` is ready. */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

/**
 * Where an app:// request URL points: a path relative to the renderer root, or a refusal.
 * Works on the URL as received (before any normalisation by a URL parser) so that traversal
 * attempts are refused rather than silently resolved. Any host but `tracker` is refused,
 * including `tracker.evil`, `tracker:1`, and `x@tracker` style user info.
 */
export function appRequestTarget(url: string): StaticPathResult {
  const withoutQuery = url.split(/[?#]/, 1)[0] ?? ''
  const prefix = `${APP_SCHEME}://`
  if (withoutQuery.slice(0, prefix.length).toLowerCase() !== prefix) {
    return { ok: false, status: 400, reason: 'not an app:// URL' }
  }
  const rest = withoutQuery.slice(prefix.length)
  const slash = rest.indexOf('/')
  const authority = slash === -1 ? rest : rest.slice(0, slash)
  if (authority !== APP_HOST) return { ok: false, status: 403, reason: 'unknown host' }
  return resolveStaticPath(slash === -1 ? '/' : rest.slice(slash))
}

/** Reads a whole file; rejects with a Node-style error (`code: 'ENOENT'`…) when it cannot. */
export type ReadFile = (absolutePath: string) => Promise<Uint8Array>

/** The request fields the handler uses (Electron passes a fetch `Request`). */
export type AppRequest = { url: string; method: string }

const NOT_FOUND_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR'])

/**
 * A `protocol.handle('app', …)` handler serving the files under `rootDir` (out/renderer).
 * GET and HEAD only; refused paths answer 400/403, missing files 404, read failures 500.
 * Every response, errors included, carries the CSP header.
 */
export function createAppProtocolHandler(
  rootDir: string,
  readFile: ReadFile
): (request: AppRequest) => Promise<Response> {
  const root = resolve(rootDir)
  return async function handleAppRequest(request) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed')
    }
    const target = appRequestTarget(request.url)
    if (!target.ok) return textResponse(target.status, `Refused: ${target.reason}`)
    const absolutePath = resolve(root, ...target.path.split('/'))
    // Belt and braces: whatever the path checks missed, never read outside the root.
    if (!absolutePath.startsWith(root + sep)) return textResponse(403, 'Refused: outside root')
    let body: Uint8Array
    try {
      body = await readFile(absolutePath)
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : undefined
      if (typeof code === 'string' && NOT_FOUND_CODES.has(code)) {
        return textResponse(404, 'Not found')
      }
      return textResponse(500, 'Could not read the file')
    }
    const headers = staticResponseHeaders(contentTypeFor(target.path))
    // A copy typed on a plain ArrayBuffer, as the DOM's BodyInit asks; renderer files are small.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers
    })
  }
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: staticResponseHeaders('text/plain; charset=utf-8')
  })
}

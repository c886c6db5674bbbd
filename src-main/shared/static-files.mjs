// Rules for serving the built renderer, shared by the app:// protocol handler (main) and the
// browser-mode web server (plain Node): which request paths map to which files, content types
// and response headers. Plain JavaScript so the launch scripts can import it without a
// TypeScript step; types are in static-files.d.mts. Environment-free: strings in, strings out.
import { CONTENT_SECURITY_POLICY } from './csp.mjs'

/** @typedef {{ ok: true, path: string } | { ok: false, status: 400 | 403, reason: string }} StaticPathResult */

// Control characters and backslashes never belong in a path we serve; a backslash is a
// separator on Windows, so `/a\..\..\x` would escape the root there.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_CHARS = /[\\\u0000-\u001f\u007f]/
// A browser never percent-encodes '.', '/', '\' or NUL in a path it built itself: encoded
// forms only show up in traversal attempts that hope to slip past a check done before decoding.
const FORBIDDEN_ESCAPES = /%(?:2e|2f|5c|00)/i

/**
 * Maps the raw path of a request (as sent: percent-encoded, not normalised, query and fragment
 * already cut off) to a file path relative to the served root, using '/' separators.
 * '/' maps to 'index.html'. Refuses traversal (`..`, `.`, encoded dots or slashes), backslashes,
 * NUL and control characters, UNC or protocol-relative `//host/...` paths, drive letters and
 * other ':' (Windows streams), empty segments and dot-files.
 * @param {string} rawPath
 * @returns {StaticPathResult}
 */
export function resolveStaticPath(rawPath) {
  if (!rawPath.startsWith('/')) return refuse(400, 'path must start with /')
  if (rawPath.startsWith('//')) return refuse(403, 'UNC or protocol-relative path')
  if (FORBIDDEN_CHARS.test(rawPath)) return refuse(403, 'backslash or control character')
  if (FORBIDDEN_ESCAPES.test(rawPath)) return refuse(403, 'encoded dot, slash, backslash or NUL')
  let decoded
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return refuse(400, 'malformed percent-encoding')
  }
  if (FORBIDDEN_CHARS.test(decoded)) return refuse(403, 'backslash or control character')
  if (decoded === '/') return { ok: true, path: 'index.html' }
  const segments = decoded.slice(1).split('/')
  for (const segment of segments) {
    if (segment === '') return refuse(403, 'empty path segment')
    if (segment.startsWith('.')) return refuse(403, 'dot segment or dot-file')
    if (segment.includes(':')) return refuse(403, 'drive letter or stream name')
  }
  return { ok: true, path: segments.join('/') }
}

/**
 * @param {400 | 403} status
 * @param {string} reason
 * @returns {StaticPathResult}
 */
function refuse(status, reason) {
  return { ok: false, status, reason }
}

const CONTENT_TYPES = Object.freeze({
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  wasm: 'application/wasm'
})

/**
 * The Content-Type for a file name, by extension (case-insensitive);
 * 'application/octet-stream' for anything unknown.
 * @param {string} fileName
 * @returns {string}
 */
export function contentTypeFor(fileName) {
  const dot = fileName.lastIndexOf('.')
  const extension = dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase()
  return Object.hasOwn(CONTENT_TYPES, extension)
    ? CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extension)]
    : 'application/octet-stream'
}

/**
 * Headers for every response, errors included: the CSP, no MIME sniffing, no referrer, no
 * caching (a rebuilt renderer must never mix with stale chunks).
 * @param {string} contentType
 * @returns {Record<string, string>}
 */
export function staticResponseHeaders(contentType) {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store'
  }
}

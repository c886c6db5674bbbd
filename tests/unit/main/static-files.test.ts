import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../../src-main/shared/csp.mjs'
import {
  contentTypeFor,
  resolveStaticPath,
  staticResponseHeaders
} from '../../../src-main/shared/static-files.mjs'

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the strict policy of the security brief', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
  })

  it('never allows inline code, eval or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/)
    expect(CSP_DIRECTIVES).toHaveLength(11)
  })
})

describe('resolveStaticPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['/assets/a%20b.css', 'assets/a b.css'],
    ['/%C3%A9t%C3%A9.png', 'été.png']
  ])('maps %j to %j', (rawPath, path) => {
    expect(resolveStaticPath(rawPath)).toEqual({ ok: true, path })
  })

  it.each([
    ['/../etc/passwd', 'dot segment or dot-file'],
    ['/a/../../etc/passwd', 'dot segment or dot-file'],
    ['/./index.html', 'dot segment or dot-file'],
    ['/%2e%2e/etc/passwd', 'encoded dot, slash, backslash or NUL'],
    ['/%2E./etc/passwd', 'encoded dot, slash, backslash or NUL'],
    ['/..%2fetc%2fpasswd', 'encoded dot, slash, backslash or NUL'],
    ['/..%5cwin.ini', 'encoded dot, slash, backslash or NUL'],
    ['/index.html%00', 'encoded dot, slash, backslash or NUL'],
    ['/..\\win.ini', 'backslash or control character'],
    ['/\\\\server\\share', 'backslash or control character'],
    ['//server/share', 'UNC or protocol-relative path'],
    ['/a\u0000b', 'backslash or control character'],
    ['/a%01b', 'backslash or control character'],
    ['/C:/Windows/win.ini', 'drive letter or stream name'],
    ['/index.html:stream', 'drive letter or stream name'],
    ['/assets//x.js', 'empty path segment'],
    ['/assets/', 'empty path segment'],
    ['/.git/config', 'dot segment or dot-file']
  ])('refuses %j (%s)', (rawPath, reason) => {
    expect(resolveStaticPath(rawPath)).toEqual({ ok: false, status: 403, reason })
  })

  it('answers 400 for a path that is not absolute or not decodable', () => {
    expect(resolveStaticPath('index.html')).toMatchObject({ ok: false, status: 400 })
    expect(resolveStaticPath('/%E0%A4%A')).toMatchObject({ ok: false, status: 400 })
  })
})

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.exe', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
    ['a.constructor', 'application/octet-stream']
  ])('%s → %s', (name, type) => {
    expect(contentTypeFor(name)).toBe(type)
  })
})

describe('staticResponseHeaders', () => {
  it('carries the CSP, nosniff, no-referrer and no-store', () => {
    expect(staticResponseHeaders('text/plain')).toEqual({
      'Content-Type': 'text/plain',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store'
    })
  })
})

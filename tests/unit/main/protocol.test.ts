import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  APP_SCHEME_PRIVILEGES,
  appRequestTarget,
  createAppProtocolHandler,
  registerAppScheme
} from '../../../src-main/protocol'
import { CONTENT_SECURITY_POLICY } from '../../../src-main/shared/csp.mjs'

let root: string
let handle: (request: { url: string; method: string }) => Promise<Response>

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'tracker-protocol-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Tracker</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'assets', 'app.css'), 'body{}')
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>')
  await writeFile(join(root, 'assets', 'blob.bin'), new Uint8Array([1, 2, 3]))
  // A secret next to the served root: traversal tests must never reach it.
  await writeFile(join(base, 'secret.txt'), 'secret')
  handle = createAppProtocolHandler(root, (path) => readFile(path))
})

afterAll(async () => {
  await rm(join(root, '..'), { recursive: true, force: true })
})

function get(url: string, method = 'GET'): Promise<Response> {
  return handle({ url, method })
}

describe('registerAppScheme', () => {
  it('registers app:// as standard, secure and fetchable, without bypassing the CSP', () => {
    const registered: unknown[] = []
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) })
    expect(registered).toEqual([APP_SCHEME_PRIVILEGES])
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        codeCache: true,
        corsEnabled: true
      }
    })
  })
})

describe('appRequestTarget', () => {
  it.each([
    ['app://tracker/', 'index.html'],
    ['app://tracker', 'index.html'],
    ['app://tracker/index.html?v=1#/x', 'index.html'],
    ['app://tracker/assets/app.js', 'assets/app.js'],
    ['app://tracker/assets/my%20file.js', 'assets/my file.js']
  ])('maps %j to %j', (url, path) => {
    expect(appRequestTarget(url)).toEqual({ ok: true, path })
  })

  it.each([
    'app://evil/index.html',
    'app://tracker.evil.com/index.html',
    'app://tracker@evil/index.html',
    'app://evil@tracker/index.html',
    'app://tracker:8080/index.html',
    'app://TRACKER/index.html',
    'app://tracker\\evil/index.html'
  ])('refuses the other host in %j', (url) => {
    expect(appRequestTarget(url)).toMatchObject({ ok: false, status: 403 })
  })

  it('refuses other schemes', () => {
    expect(appRequestTarget('file:///etc/passwd')).toMatchObject({ ok: false, status: 400 })
  })
})

describe('createAppProtocolHandler', () => {
  it('serves index.html for / with the CSP and the right content type', async () => {
    const response = await get('app://tracker/')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<!doctype html><title>Tracker</title>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    ['app://tracker/index.html', 'text/html; charset=utf-8'],
    ['app://tracker/assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://tracker/assets/app.css', 'text/css; charset=utf-8'],
    ['app://tracker/assets/logo.svg', 'image/svg+xml'],
    ['app://tracker/assets/blob.bin', 'application/octet-stream']
  ])('serves %s as %s', async (url, contentType) => {
    const response = await get(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(contentType)
  })

  it('returns the bytes unchanged', async () => {
    const response = await get('app://tracker/assets/blob.bin')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
  })

  it('answers HEAD without a body', async () => {
    const response = await get('app://tracker/index.html', 'HEAD')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it('refuses other methods', async () => {
    expect((await get('app://tracker/index.html', 'POST')).status).toBe(405)
  })

  it('answers 404 with the CSP for a missing file or a directory', async () => {
    for (const url of ['app://tracker/missing.js', 'app://tracker/assets']) {
      const response = await get(url)
      expect(response.status).toBe(404)
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it.each([
    'app://tracker/../secret.txt',
    'app://tracker/assets/../../secret.txt',
    'app://tracker/..',
    'app://tracker/%2e%2e/secret.txt',
    'app://tracker/%2E%2E/secret.txt',
    'app://tracker/.%2e/secret.txt',
    'app://tracker/assets%2f..%2f..%2fsecret.txt',
    'app://tracker/..%2fsecret.txt',
    'app://tracker/..%5csecret.txt',
    'app://tracker/..\\secret.txt',
    'app://tracker/assets\\..\\..\\secret.txt',
    'app://tracker//etc/passwd',
    'app://tracker//server/share/secret.txt',
    'app://tracker/\\\\server\\share\\secret.txt',
    'app://tracker/C:/Windows/win.ini',
    'app://tracker/C:%5CWindows%5Cwin.ini',
    'app://tracker/index.html%00.js',
    'app://tracker/index.html\u0000.js',
    'app://tracker/.env',
    'app://tracker/assets//app.js',
    'app://evil/index.html'
  ])('refuses %j with the CSP header', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(403)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).not.toContain('secret')
  })

  it('serves an absolute-looking path from inside the root only', async () => {
    // /etc/passwd is a path under the renderer root, which has no etc folder.
    expect((await get('app://tracker/etc/passwd')).status).toBe(404)
  })

  it('answers 400 for malformed percent-encoding', async () => {
    expect((await get('app://tracker/%E0%A4%A')).status).toBe(400)
  })

  it('answers 500 when the file cannot be read for another reason', async () => {
    const failing = createAppProtocolHandler(root, () =>
      Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' }))
    )
    expect((await failing({ url: 'app://tracker/', method: 'GET' })).status).toBe(500)
  })
})

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../src-main/shared/csp.mjs'
import { parsePort, readOption, startWebServer } from '../../../src-main/launch/serve-web.mjs'
import type { WebServer } from '../../../src-main/launch/serve-web.mjs'

let base: string
let server: WebServer

type RawResponse = { status: number; headers: Record<string, unknown>; body: string }

// fetch() normalises paths ('..' and '%2e%2e' vanish), so send the request line as written.
function rawGet(path: string, options: { method?: string; host?: string } = {}) {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${server.port}` }
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'tracker-web-'))
  const root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Tracker</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'export {}')
  await writeFile(join(base, 'secret.txt'), 'secret')
  server = await startWebServer({ root, port: 0 })
})

afterAll(async () => {
  await server.close()
  await rm(base, { recursive: true, force: true })
})

describe('startWebServer', () => {
  it('listens on a free loopback port when given port 0', () => {
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
  })

  it('serves index.html at / with the CSP, nosniff and no-store', async () => {
    const response = await fetch(server.url)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<!doctype html><title>Tracker</title>')
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store'
    })
  })

  it('serves assets with their content type', async () => {
    const response = await fetch(new URL('assets/app.js?v=1', server.url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('answers 404 with the CSP for missing files', async () => {
    const response = await rawGet('/missing.html')
    expect(response.status).toBe(404)
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '//server/share/secret.txt',
    '/\\\\server\\share\\secret.txt',
    '/C:/Windows/win.ini',
    '/index.html%00'
  ])('refuses the traversal attempt %j', async (path) => {
    const response = await rawGet(path)
    expect([400, 403, 404]).toContain(response.status)
    expect(response.body).not.toContain('secret')
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it('refuses an absolute-form request target', async () => {
    expect((await rawGet('http://127.0.0.1/etc/passwd')).status).toBe(400)
  })

  it('refuses other methods', async () => {
    const response = await rawGet('/', { method: 'POST' })
    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe('GET, HEAD')
  })

  it('answers HEAD without a body', async () => {
    const response = await rawGet('/', { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(response.body).toBe('')
  })

  it('refuses foreign Host headers (DNS rebinding) and accepts loopback names', async () => {
    expect((await rawGet('/', { host: 'evil.example:80' })).status).toBe(403)
    expect((await rawGet('/', { host: `localhost:${server.port}` })).status).toBe(200)
  })

  it('stops accepting connections after close', async () => {
    const other = await startWebServer({ root: join(base, 'renderer'), port: 0 })
    await other.close()
    await expect(fetch(other.url)).rejects.toThrow()
  })

  it('rejects with EADDRINUSE when the port is taken', async () => {
    await expect(startWebServer({ root: base, port: server.port })).rejects.toMatchObject({
      code: 'EADDRINUSE'
    })
  })
})

describe('command-line helpers', () => {
  it('reads --name value and --name=value', () => {
    expect(readOption(['--port', '5199'], 'port')).toBe('5199')
    expect(readOption(['--web', '--port=8080'], 'port')).toBe('8080')
    expect(readOption(['--web'], 'port')).toBeUndefined()
  })

  it('parses ports and refuses anything else', () => {
    expect(parsePort('0')).toBe(0)
    expect(parsePort('65535')).toBe(65535)
    for (const bad of ['', '-1', '65536', '80a', '1e3']) {
      expect(() => parsePort(bad)).toThrow(`Not a port number: ${bad}`)
    }
  })
})

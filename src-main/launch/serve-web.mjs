// Browser mode: a tiny static server for the built renderer on the loopback interface. It
// applies the same path rules and CSP as the app:// protocol (src-main/shared/static-files.mjs)
// and adds Cache-Control: no-store. Used by `npm start` without an Electron binary, by
// `npm run web`, by the end-to-end tests and by the benches.
//   node src-main/launch/serve-web.mjs [--port 5199] [--host 127.0.0.1] [--root out/renderer]
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  contentTypeFor,
  resolveStaticPath,
  staticResponseHeaders
} from '../shared/static-files.mjs'

const PROJECT_DIR = resolve(import.meta.dirname, '../..')
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]', '::1']
const NOT_FOUND_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR'])

/**
 * @typedef {object} WebServer
 * @property {string} url  e.g. 'http://127.0.0.1:5199/'
 * @property {number} port the port actually bound (useful with port 0)
 * @property {() => Promise<void>} close stops listening and drops open connections
 */

/**
 * Starts serving `root` (relative paths are taken from the repository root). Port 0 picks a
 * free port. Rejects when the port cannot be bound (`error.code === 'EADDRINUSE'`…).
 * @param {{ root?: string, host?: string, port?: number }} [options]
 * @returns {Promise<WebServer>}
 */
export async function startWebServer({ root = 'out/renderer', host = '127.0.0.1', port = 0 } = {}) {
  const rootDir = resolve(PROJECT_DIR, root)
  const allowedHosts = new Set([...LOOPBACK_NAMES, host.toLowerCase()])
  const server = createServer((request, response) => {
    serve(rootDir, allowedHosts, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'Internal error')
      else response.destroy()
    })
  })
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen)
    server.listen(port, host, () => {
      server.off('error', rejectListen)
      resolveListen(undefined)
    })
  })
  const address = server.address()
  const boundPort = typeof address === 'object' && address !== null ? address.port : port
  const urlHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${urlHost}:${boundPort}/`,
    port: boundPort,
    close() {
      return new Promise((resolveClose) => {
        server.close(() => resolveClose(undefined))
        server.closeAllConnections()
      })
    }
  }
}

/**
 * @param {string} rootDir
 * @param {Set<string>} allowedHosts
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function serve(rootDir, allowedHosts, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD')
    return send(response, 405, 'Method not allowed')
  }
  // A page on another site that re-points its DNS name at 127.0.0.1 (DNS rebinding) still
  // sends its own name as Host: refuse every name but the loopback ones.
  const hostName = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase()
  if (!allowedHosts.has(hostName)) return send(response, 403, 'Refused: unknown host')
  const rawPath = (request.url ?? '').split(/[?#]/, 1)[0] ?? ''
  const target = resolveStaticPath(rawPath)
  if (!target.ok) return send(response, target.status, `Refused: ${target.reason}`)
  const absolutePath = resolve(rootDir, ...target.path.split('/'))
  if (!absolutePath.startsWith(rootDir + sep)) return send(response, 403, 'Refused: outside root')
  let body
  try {
    body = await readFile(absolutePath)
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined
    if (typeof code === 'string' && NOT_FOUND_CODES.has(code)) {
      return send(response, 404, 'Not found')
    }
    return send(response, 500, 'Could not read the file')
  }
  response.writeHead(200, {
    ...staticResponseHeaders(contentTypeFor(target.path)),
    'Content-Length': String(body.byteLength)
  })
  response.end(request.method === 'HEAD' ? undefined : body)
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} text
 */
function send(response, status, text) {
  const body = Buffer.from(text, 'utf8')
  response.writeHead(status, {
    ...staticResponseHeaders('text/plain; charset=utf-8'),
    'Content-Length': String(body.byteLength)
  })
  response.end(body)
}

/**
 * Reads `--name value` or `--name=value` from argv.
 * @param {readonly string[]} argv
 * @param {string} name
 * @returns {string | undefined}
 */
export function readOption(argv, name) {
  const flag = `--${name}`
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? ''
    if (argument === flag) return argv[index + 1]
    if (argument.startsWith(`${flag}=`)) return argument.slice(flag.length + 1)
  }
  return undefined
}

/**
 * Parses a TCP port (0..65535); throws on anything else.
 * @param {string} text
 * @returns {number}
 */
export function parsePort(text) {
  const port = Number(text)
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`Not a port number: ${text}`)
  return port
}

/**
 * Closes the server on Ctrl+C or a termination request, then exits.
 * @param {WebServer} server
 */
export function closeOnSignals(server) {
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => {
      void server.close().then(() => process.exit(0))
    })
  }
}

async function main() {
  const argv = process.argv.slice(2)
  const portText = readOption(argv, 'port') ?? process.env.PORT
  const server = await startWebServer({
    root: readOption(argv, 'root'),
    host: readOption(argv, 'host'),
    port: portText === undefined ? 5199 : parsePort(portText)
  })
  console.log(`Browser mode: open ${server.url}`)
  closeOnSignals(server)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}

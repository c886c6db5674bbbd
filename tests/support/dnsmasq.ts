// A real DNS server for tests: Debian's dnsmasq (package dnsmasq-base) on 127.0.0.1, serving
// only the records the test passes as dnsmasq options. `.ci/run` installs it where missing.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createSocket } from 'node:dgram'
import { accessSync, constants } from 'node:fs'
import { Resolver } from 'node:dns/promises'
import { delimiter, join } from 'node:path'

export type Dnsmasq = {
  /** The server as `dns:query` takes it: '127.0.0.1:<port>'. */
  server: string
  port: number
  /** What dnsmasq printed: startup lines and, with --log-queries, every query. */
  log(): string
  stop(): Promise<void>
}

/** dnsmasq's path, or null. Looks in PATH and in the sbin folders a normal user's PATH lacks. */
export function findDnsmasq(): string | null {
  const folders = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin']
  for (const folder of folders) {
    if (folder === '') continue
    const candidate = join(folder, 'dnsmasq')
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return null
}

/** A UDP port on 127.0.0.1 that was free a moment ago. */
export async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4')
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  const { port } = socket.address()
  await new Promise<void>((resolve) => socket.close(resolve))
  return port
}

/**
 * Starts dnsmasq on 127.0.0.1 with `records` (dnsmasq options such as '--txt-record=…') and
 * waits until it answers. Nothing else is read: no config file, no /etc/hosts, no resolv.conf,
 * no upstream servers.
 */
export async function startDnsmasq(records: string[]): Promise<Dnsmasq> {
  const binary = findDnsmasq()
  if (binary === null) {
    throw new Error(
      "dnsmasq is not installed: the live DNS tests need Debian's dnsmasq-base " +
        '(apt-get install -y dnsmasq-base; .ci/run installs it)'
    )
  }
  let lastError: unknown = null
  // Another process may take the port between freeUdpPort() and dnsmasq's bind: try again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freeUdpPort()
    try {
      return await launch(binary, port, records)
    } catch (error) {
      lastError = error
    }
  }
  throw lastError
}

async function launch(binary: string, port: number, records: string[]): Promise<Dnsmasq> {
  const child = spawn(
    binary,
    [
      '--no-daemon',
      `--port=${port}`,
      '--listen-address=127.0.0.1',
      '--bind-interfaces',
      '--no-resolv',
      '--no-hosts',
      '--conf-file=/dev/null',
      '--log-facility=-',
      '--log-queries',
      ...records
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<never>((_resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) =>
      reject(new Error(`dnsmasq exited (${code ?? signal}) on port ${port}:\n${output}`))
    )
  })
  exited.catch(() => undefined)
  try {
    await Promise.race([waitUntilAnswering(port), exited])
  } catch (error) {
    await stop(child)
    throw error
  }
  return {
    server: `127.0.0.1:${port}`,
    port,
    log: () => output,
    stop: () => stop(child)
  }
}

/** Resolves once anything answers DNS at the port: an answer, NXDOMAIN or REFUSED alike. */
async function waitUntilAnswering(port: number): Promise<void> {
  const resolver = new Resolver({ timeout: 200, tries: 1 })
  resolver.setServers([`127.0.0.1:${port}`])
  const deadline = Date.now() + 10_000
  for (;;) {
    try {
      await resolver.resolve4('ready.invalid')
      return
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : undefined
      if (code !== 'ECONNREFUSED' && code !== 'ETIMEOUT') return
      if (Date.now() > deadline) {
        throw new Error(`dnsmasq did not answer on port ${port} in 10 s`, { cause: error })
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

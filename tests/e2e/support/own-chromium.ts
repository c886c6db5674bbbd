/**
 * A Chromium this test starts and ends itself (not Playwright's), on a profile folder that
 * outlives it, so a test can kill the browser process with SIGKILL and start it again on the
 * same profile. Playwright drives it through the DevTools protocol (connectOverCDP).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_FLAGS } from '../../support/chromium-options'
import { ensureChromium } from '../../support/chromium.mjs'
import { budget } from './budgets'

/** A running browser: its process and the Playwright connection to it. */
export type OwnChromium = { process: ChildProcess; browser: Browser }

function executable(): string {
  const found = ensureChromium().path
  return found === '' ? chromium.executablePath() : found
}

/** Resolves with the DevTools WebSocket address Chromium prints on stderr once it listens. */
function devToolsAddress(child: ChildProcess, timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not start within ${timeout} ms:\n${output}`)),
      timeout
    )
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (chunk: string) => {
      output += chunk
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output)
      if (match?.[1] !== undefined) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`Chromium exited (${code ?? signal}) before it listened:\n${output}`))
    })
  })
}

/** Starts Chromium headless on `profile` and connects to it. */
export async function launchOwnChromium(profile: string): Promise<OwnChromium> {
  const child = spawn(
    executable(),
    [
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--headless=new',
      ...CHROMIUM_FLAGS,
      'about:blank'
    ],
    // Its own process group, so the test can wait for every process of this browser to end.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] }
  )
  const address = await devToolsAddress(child, budget(30_000))
  // Chromium keeps writing to stderr; nobody reads it from here on.
  child.stderr?.resume()
  return { process: child, browser: await chromium.connectOverCDP(address) }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Waits until the browser's process and every process it started (renderers, utilities) are
 * gone, so a new browser can open the profile. Returns false if some were still there at the
 * timeout.
 */
export async function waitForProcessGroupToEnd(
  pid: number,
  timeout = budget(15_000)
): Promise<boolean> {
  const end = Date.now() + timeout
  while (groupAlive(pid)) {
    if (Date.now() > end) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return true
}

/** Ends a browser this test started: politely, then by its process id. */
export async function closeOwnChromium(own: OwnChromium): Promise<void> {
  const pid = own.process.pid
  // Browser.close ends the browser process; browser.close() alone would only disconnect.
  const session = await own.browser.newBrowserCDPSession().catch(() => null)
  await session?.send('Browser.close').catch(() => undefined)
  await own.browser.close().catch(() => undefined)
  if (pid === undefined) return
  if (!(await waitForProcessGroupToEnd(pid, 10_000)) && own.process.exitCode === null)
    own.process.kill('SIGKILL')
}

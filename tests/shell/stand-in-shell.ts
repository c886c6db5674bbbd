// The stand-in shell: the built main process (out/main/index.js) booted under Node.js on the
// recording `electron` stand-in, with its windows backed by Chromium pages. NOT Electron: no
// Electron binary runs here. What is real: the renderer, the main process's own code (its
// app:// handler serves the renderer, its registered IPC handlers answer window.api, its
// backup, file, DNS and PDF code write real files and ask a real DNS server). What stands in:
// - the preload: window.api is defined by an init script whose functions call a Playwright
//   binding, which passes the call to the handler main registered, as ipcRenderer.invoke would;
// - the app:// origin: Chromium cannot load a custom scheme, so the page is
//   http://tracker.localhost/ (a secure context), every request of which the route below hands
//   to main's app:// handler as app://tracker/…, and IPC calls carry the app:// URL of the frame;
// - printToPDF: Chromium's own Page.printToPDF over the DevTools protocol, in a page of a
//   separate browser context with the options main passed;
// - native dialogs: the test answers them (state.answerSaveDialog).
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { CHANNEL_METHODS } from '../../src-main/shared/ipc-contract'
import type { StandInState, StandInWindow } from '../support/electron-stand-in/index.d.mts'
import { bootStandInApp } from '../support/stand-in-app.mjs'

/** The origin the renderer is served from in Chromium, standing in for app://tracker. */
export const SHELL_ORIGIN = 'http://tracker.localhost'
const BINDING = '__trackerStandInInvoke'

/** The app:// URL a page URL of the stand-in origin stands for; other URLs unchanged. */
export function toAppUrl(url: string): string {
  return url.startsWith(`${SHELL_ORIGIN}/`)
    ? `app://tracker/${url.slice(SHELL_ORIGIN.length + 1)}`
    : url
}

/** The stand-in origin's URL for an app:// URL. */
export function toShellUrl(url: string): string {
  return url.startsWith('app://tracker/')
    ? `${SHELL_ORIGIN}/${url.slice('app://tracker/'.length)}`
    : url
}

export type StandInShell = {
  state: StandInState
  /** Electron's userData: automatic backups and the canary. */
  userData: string
  /** Electron's documents folder, where save dialogs open. */
  documents: string
  close(): Promise<void>
}

const PAPER_INCHES: Record<string, { width: number; height: number }> = {
  A4: { width: 8.27, height: 11.69 },
  Letter: { width: 8.5, height: 11 }
}

/** Electron's printToPDF options as Chromium's Page.printToPDF parameters. */
export function cdpPrintParameters(options: Record<string, unknown>): Record<string, unknown> {
  const paper = PAPER_INCHES[String(options.pageSize ?? 'Letter')] ?? PAPER_INCHES.Letter
  const margins = (options.margins ?? {}) as Record<string, number | undefined>
  return {
    landscape: options.landscape === true,
    printBackground: options.printBackground === true,
    displayHeaderFooter: options.displayHeaderFooter === true,
    preferCSSPageSize: options.preferCSSPageSize === true,
    paperWidth: paper?.width,
    paperHeight: paper?.height,
    marginTop: margins.top,
    marginBottom: margins.bottom,
    marginLeft: margins.left,
    marginRight: margins.right
  }
}

/**
 * Boots the app on the stand-in with fresh folders and makes `page` its main window. Resolves
 * once main has opened the window and the renderer has loaded.
 */
export async function startStandInShell(page: Page, browser: Browser): Promise<StandInShell> {
  const scratch = await mkdtemp(join(tmpdir(), 'tracker-shell-'))
  const userData = join(scratch, 'userData')
  const documents = join(scratch, 'documents')
  const temp = join(scratch, 'temp')
  // Folders that exist on every real machine (Electron makes userData itself).
  for (const folder of [userData, documents, temp]) await mkdir(folder, { recursive: true })
  const pdfContexts = new Map<StandInWindow, { context: BrowserContext; page: Page }>()
  let mainLoaded: Promise<void> | null = null
  process.env.TRACKER_USER_DATA = userData
  const app = await bootStandInApp({
    paths: { documents, temp },
    prepare(state) {
      state.host = {
        async loadURL(window, url) {
          mainLoaded = (async () => {
            await openMainWindow(state, window, page)
            await page.goto(toShellUrl(url))
          })()
          await mainLoaded
        },
        async loadFile(window, path) {
          const context = await browser.newContext({
            javaScriptEnabled: window.options.webPreferences?.javascript !== false
          })
          const session = window.webContents.session
          // The session's request filter decides, as in Electron, for every routed request.
          await context.route('**/*', (route) => {
            const filter = session.beforeRequest
            if (filter === null) return route.continue()
            filter({ url: route.request().url() }, ({ cancel }) => {
              void (cancel === true ? route.abort('blockedbyclient') : route.continue())
            })
          })
          const pdfPage = await context.newPage()
          pdfContexts.set(window, { context, page: pdfPage })
          await pdfPage.goto(pathToFileURL(path).href)
        },
        async printToPDF(window, options) {
          const backing = pdfContexts.get(window)
          if (backing === undefined) throw new Error('printToPDF before loadFile')
          const cdp = await backing.context.newCDPSession(backing.page)
          const { data } = (await cdp.send('Page.printToPDF', cdpPrintParameters(options))) as {
            data: string
          }
          return new Uint8Array(Buffer.from(data, 'base64'))
        },
        async destroy(window) {
          const backing = pdfContexts.get(window)
          pdfContexts.delete(window)
          await backing?.context.close()
        }
      }
    }
  })
  app.state.fireReady()
  await waitFor(() => mainLoaded !== null)
  await mainLoaded
  return {
    state: app.state,
    userData,
    documents,
    async close() {
      for (const { context } of pdfContexts.values()) await context.close()
      delete process.env.TRACKER_USER_DATA
      await app.remove()
      await rm(scratch, { recursive: true, force: true })
    }
  }
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1000 && !condition(); turn++) {
    await new Promise((resolve) => setImmediate(resolve))
  }
  if (!condition()) throw new Error('The stand-in app never opened its window.')
}

/** Wires `page` as the main window: app:// through main's handler, window.api through IPC. */
async function openMainWindow(
  state: StandInState,
  mainWindow: StandInWindow,
  page: Page
): Promise<void> {
  const serve = state.protocolHandlers.get('app')
  if (serve === undefined) throw new Error('main registered no app:// handler before its window')
  await page.route(`${SHELL_ORIGIN}/**`, async (route) => {
    const request = route.request()
    const response = await serve(new Request(toAppUrl(request.url()), { method: request.method() }))
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer())
    })
  })
  await page.exposeBinding(BINDING, async ({ frame }, channel: string, args: unknown[]) => {
    const handler = state.ipcHandlers.get(channel)
    // What ipcRenderer.invoke answers for a channel main never registered.
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`)
    return handler(
      { sender: mainWindow.webContents, senderFrame: { url: toAppUrl(frame.url()) } },
      ...args
    )
  })
  await page.addInitScript(
    ({ methods, binding }) => {
      const invoke = Reflect.get(globalThis, binding) as (
        channel: string,
        args: unknown[]
      ) => unknown
      const api = Object.fromEntries(
        methods.map(([channel, method]) => [method, (...args: unknown[]) => invoke(channel, args)])
      )
      Object.defineProperty(globalThis, 'api', { value: Object.freeze(api) })
    },
    { methods: Object.entries(CHANNEL_METHODS), binding: BINDING }
  )
}

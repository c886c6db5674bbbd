// Smoke test of the real desktop shell: launches the built app (out/) in Electron and checks
// the security settings from the outside, as Electron's checklist describes them.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { _electron } from 'playwright-core'
import type { ElectronApplication, Page } from 'playwright-core'
import { findElectronBinary } from '../../src-main/launch/electron-binary.mjs'
import { electronEnvironment, electronSwitches } from '../../src-main/launch/start.mjs'
import { CHANNEL_METHODS } from '../../src-main/shared/ipc-contract'
import { APP_TITLE } from '../../src-main/window'

const projectDir = resolve(import.meta.dirname, '../..')
const binary = findElectronBinary(projectDir)

test.describe.configure({ mode: 'serial' })
test.skip(binary === null, 'no Electron binary')

let app: ElectronApplication
let page: Page
let userData: string

test.beforeAll(async () => {
  if (binary === null) return
  userData = await mkdtemp(join(tmpdir(), 'tracker-electron-'))
  // The built app, never a dev server a developer may have left configured. Chromium will not
  // start as root with its OS sandbox on; a CI container running as root asks for it off.
  app = await _electron.launch({
    executablePath: binary,
    args: [projectDir, ...electronSwitches({ noSandbox: process.getuid?.() === 0 })],
    env: { ...electronEnvironment(process.env), TRACKER_USER_DATA: userData },
    timeout: 30_000
  })
  page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
})

test.afterAll(async () => {
  await app?.close()
  if (userData !== undefined) await rm(userData, { recursive: true, force: true })
})

test('loads the renderer from app://tracker', async () => {
  expect(page.url()).toMatch(/^app:\/\/tracker\//)
})

test('shows the app title', async () => {
  await expect(page).toHaveTitle(APP_TITLE)
  const windowTitle = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.getTitle()
  )
  expect(windowTitle).toBe(APP_TITLE)
})

test('runs the renderer sandboxed and isolated, without Node', async () => {
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents
    // Present at runtime but undocumented, so missing from Electron's typings.
    const read: unknown = contents && Reflect.get(contents, 'getLastWebPreferences')
    const last: unknown = typeof read === 'function' ? Reflect.apply(read, contents, []) : null
    if (typeof last !== 'object' || last === null) return null
    return {
      sandbox: Reflect.get(last, 'sandbox'),
      contextIsolation: Reflect.get(last, 'contextIsolation'),
      nodeIntegration: Reflect.get(last, 'nodeIntegration')
    }
  })
  expect(preferences).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false })
  expect(await page.evaluate(() => typeof Reflect.get(globalThis, 'require'))).toBe('undefined')
  expect(await page.evaluate(() => typeof Reflect.get(globalThis, 'process'))).toBe('undefined')
})

test('exposes exactly the contract on window.api', async () => {
  const keys = await page.evaluate(() => Object.keys(Reflect.get(window, 'api') ?? {}).sort())
  expect(keys).toEqual(Object.values(CHANNEL_METHODS).sort())
  const info = await page.evaluate(() => Reflect.get(window, 'api').getAppInfo())
  expect(info).toMatchObject({
    electron: expect.stringMatching(/^45\./),
    chrome: expect.stringMatching(/^\d+\.\d+/),
    node: expect.stringMatching(/^\d+\.\d+/)
  })
})

test('opens no windows', async () => {
  // about:blank, not an https page: the handler would open that in the OS browser.
  expect(await page.evaluate(() => window.open('about:blank') === null)).toBe(true)
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
})

test('blocks navigation away from the app', async () => {
  const before = page.url()
  // The guard cancels the navigation before it starts: the page then sees no new document, and
  // a later in-page navigation (to a fragment) still lands on the same document.
  await page.evaluate(() => {
    window.location.href = 'https://example.com/'
  })
  await page.evaluate(() => {
    window.location.hash = 'still-here'
  })
  await expect.poll(() => page.url()).toBe(`${before.split('#')[0]}#still-here`)
  expect(await page.evaluate(() => typeof Reflect.get(window, 'api'))).toBe('object')
})

test('prints a report to PDF through report:save-pdf', async () => {
  const target = join(userData, 'status-report.pdf')
  // Nobody can click a native dialog here: it answers with the target at once.
  await app.evaluate(({ dialog }, filePath) => {
    Object.assign(dialog, { showSaveDialog: async () => ({ canceled: false, filePath }) })
  }, target)
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><title>Status report</title></head>' +
    '<body><h1>Contoso status report</h1></body></html>'
  const result = await page.evaluate((report) => Reflect.get(window, 'api').saveReportPdf(report), {
    html,
    suggestedName: 'status-report.pdf'
  })
  expect(result).toEqual({ saved: true, path: target })
  expect((await readFile(target)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  // The hidden print window is gone again.
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
})

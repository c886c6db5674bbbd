import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_REPORT_HTML_BYTES } from '../../../src-main/shared/ipc-contract'
import type { SaveReportPdfArgs } from '../../../src-main/shared/ipc-contract'
import { IPC_VALIDATORS, validateReportPdfArgs } from '../../../src-main/ipc/validate'
import {
  REPORT_PDF_PARTITION,
  renderReportPdf,
  saveReportPdf
} from '../../../src-main/ipc/report-pdf'
import type { PdfWindowLike, ReportPdfDeps } from '../../../src-main/ipc/report-pdf'
import type { ShowSaveDialog } from '../../../src-main/ipc/files'
import { createIpcHandlers } from '../../../src-main/ipc/register-handlers'
import type { InvokeEventLike } from '../../../src-main/ipc/register-handlers'
import type { PreventableEvent } from '../../../src-main/security'

const REPORT: SaveReportPdfArgs = {
  html: '<!doctype html><title>Status</title><h1>Contoso: café</h1>',
  suggestedName: 'status-report.pdf'
}
const PDF = new TextEncoder().encode('%PDF-1.7\n% fake\n%%EOF\n')

describe('validateReportPdfArgs', () => {
  it('passes a good payload through and is the channel validator', () => {
    expect(validateReportPdfArgs([REPORT])).toEqual([REPORT])
    expect(IPC_VALIDATORS['report:save-pdf']).toBe(validateReportPdfArgs)
    const upper = { ...REPORT, suggestedName: 'Q3 Report.PDF' }
    expect(validateReportPdfArgs([upper])).toEqual([upper])
  })

  it.each([
    [[], 'report:save-pdf: expected 1 argument(s), got 0'],
    [[REPORT, REPORT], 'report:save-pdf: expected 1 argument(s), got 2'],
    [['<p>x</p>'], 'report:save-pdf argument must be an object'],
    [[null], 'report:save-pdf argument must be an object'],
    [[{ ...REPORT, path: '/tmp/x.pdf' }], 'report:save-pdf argument has unexpected field(s): path'],
    [
      [{ ...REPORT, mimeType: 'a/b' }],
      'report:save-pdf argument has unexpected field(s): mimeType'
    ],
    [[{ suggestedName: 'a.pdf' }], 'html must be a non-empty string'],
    [[{ ...REPORT, html: 42 }], 'html must be a non-empty string'],
    [[{ ...REPORT, html: '' }], 'html must be a non-empty string'],
    [[{ ...REPORT, html: new Uint8Array([60]) }], 'html must be a non-empty string'],
    [[{ ...REPORT, suggestedName: undefined }], 'suggestedName must be a string'],
    [[{ ...REPORT, suggestedName: ['a.pdf'] }], 'suggestedName must be a string']
  ])('rejects %j', (args, message) => {
    expect(() => validateReportPdfArgs(args)).toThrow(new Error(message))
  })

  it.each([
    ['../x.pdf', "'..' is not allowed"],
    ['/etc/x.pdf', 'absolute paths are not allowed'],
    ['C:\\x.pdf', 'absolute paths are not allowed'],
    ['\\\\server\\share\\x.pdf', 'UNC paths are not allowed'],
    ['CON.pdf', 'a reserved device name on Windows'],
    ['nul.pdf', 'a reserved device name on Windows'],
    ['COM1.pdf', 'a reserved device name on Windows'],
    ['x.txt', "must end in '.pdf'"],
    ['x.pdf.txt', "must end in '.pdf'"],
    ['.pdf', "must end in '.pdf'"],
    ['reports/x.pdf', 'a file name without folders is expected'],
    ['reports\\x.pdf', 'a file name without folders is expected']
  ])('rejects the suggested name %j: %s', (suggestedName, reason) => {
    expect(() => validateReportPdfArgs([{ ...REPORT, suggestedName }])).toThrow(
      new Error(`Invalid file name "${suggestedName}": ${reason}`)
    )
  })

  it('rejects HTML over 64 MB of UTF-8', () => {
    expect(MAX_REPORT_HTML_BYTES).toBe(64 * 1024 * 1024)
    const tooBig = `html is larger than ${MAX_REPORT_HTML_BYTES} bytes`
    const ascii = 'a'.repeat(MAX_REPORT_HTML_BYTES + 1)
    expect(() => validateReportPdfArgs([{ ...REPORT, html: ascii }])).toThrow(tooBig)
    // Fewer characters than the cap, but two UTF-8 bytes each.
    const accented = 'é'.repeat(MAX_REPORT_HTML_BYTES / 2 + 1)
    expect(() => validateReportPdfArgs([{ ...REPORT, html: accented }])).toThrow(tooBig)
    const justFits = 'a'.repeat(MAX_REPORT_HTML_BYTES)
    expect(validateReportPdfArgs([{ ...REPORT, html: justFits }])[0].html).toBe(justFits)
  })
})

type RequestListener = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void
) => void
type NavigationListener = (event: PreventableEvent, url: string) => void

/** What a fake window does while it loads and prints. */
type Behaviour = {
  /** Runs inside loadFile after the page's own request went through the filter. */
  onLoad?: (window: FakePdfWindow) => Promise<void> | void
  print?: () => Promise<Uint8Array>
}

/**
 * A small fake of a BrowserWindow. Its loadFile behaves as Chromium's would under a request
 * filter: the file's own URL goes through the session's onBeforeRequest listener first, and a
 * cancelled request fails the load.
 */
class FakePdfWindow {
  destroyed = false
  loadedPath: string | null = null
  loadedHtml: string | null = null
  printOptions: PrintToPDFOptions | null = null
  requestFilter: RequestListener | null = null
  permissionCheck: ((contents: unknown, permission: string, origin: string) => boolean) | null =
    null
  navigation = new Map<string, NavigationListener>()
  readonly webContents: PdfWindowLike['webContents']

  constructor(
    readonly options: BrowserWindowConstructorOptions,
    private readonly behaviour: Behaviour
  ) {
    this.webContents = {
      session: {
        webRequest: {
          onBeforeRequest: (listener) => {
            this.requestFilter = listener
          }
        },
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: (handler) => {
          this.permissionCheck = handler
        }
      },
      setWindowOpenHandler: () => undefined,
      on: (event, listener) => this.navigation.set(event, listener),
      printToPDF: async (options) => {
        this.printOptions = options
        return (this.behaviour.print ?? (async () => PDF))()
      }
    }
  }

  /** True when the session's filter cancels a request for `url`. */
  blocks(url: string): boolean {
    let cancel: boolean | undefined
    if (this.requestFilter === null) throw new Error('no request filter installed')
    this.requestFilter({ url }, (response) => {
      cancel = response.cancel
    })
    if (cancel === undefined) throw new Error('the filter did not answer')
    return cancel
  }

  async loadFile(path: string): Promise<void> {
    if (this.destroyed) throw new Error('Object has been destroyed')
    this.loadedPath = path
    if (this.blocks(pathToFileURL(path).href)) throw new Error('ERR_BLOCKED_BY_CLIENT (-20)')
    this.loadedHtml = await readFile(path, 'utf8')
    await this.behaviour.onLoad?.(this)
  }

  destroy(): void {
    this.destroyed = true
  }

  isDestroyed(): boolean {
    return this.destroyed
  }
}

let tempDir: string
let saveDir: string

beforeEach(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'tracker-pdf-temp-'))
  saveDir = await mkdtemp(join(tmpdir(), 'tracker-pdf-save-'))
})

afterEach(async () => {
  await rm(tempDir, { recursive: true, force: true })
  await rm(saveDir, { recursive: true, force: true })
})

function harness(behaviour: Behaviour = {}, answer?: Awaited<ReturnType<ShowSaveDialog>>) {
  const windows: FakePdfWindow[] = []
  const dialogs: string[] = []
  const target = join(saveDir, 'chosen.pdf')
  const deps: ReportPdfDeps = {
    tempDir,
    createWindow: (options) => {
      const window = new FakePdfWindow(options, behaviour)
      windows.push(window)
      return window
    },
    showSaveDialog: async (options) => {
      dialogs.push(options.defaultPath ?? '')
      return answer ?? { canceled: false, filePath: target }
    },
    defaultDir: '/home/ada/Documents'
  }
  return { deps, windows, dialogs, target }
}

describe('saveReportPdf', () => {
  it('prints in a hidden, script-less, sandboxed window in an in-memory session', async () => {
    const { deps, windows } = harness()
    await saveReportPdf(REPORT, deps)
    const options = windows[0]?.options
    expect(options).toMatchObject({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        partition: REPORT_PDF_PARTITION
      }
    })
    expect(options?.webPreferences?.partition).not.toMatch(/^persist:/)
    expect(options?.webPreferences).not.toHaveProperty('preload')
  })

  it('prints A4 with backgrounds, then writes the bytes where the user chose', async () => {
    const seen: { path: string; folderMode: number } = { path: '', folderMode: 0 }
    const { deps, windows, dialogs, target } = harness({
      async onLoad(window) {
        seen.path = window.loadedPath ?? ''
        seen.folderMode = (await stat(dirname(seen.path))).mode & 0o777
      }
    })
    const result = await saveReportPdf(REPORT, deps)
    expect(result).toEqual({ saved: true, path: target })
    expect(new Uint8Array(await readFile(target))).toEqual(PDF)
    expect(dialogs).toEqual([join('/home/ada/Documents', 'status-report.pdf')])
    const window = windows[0]
    expect(window?.loadedHtml).toBe(REPORT.html)
    expect(window?.printOptions).toMatchObject({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: false,
      preferCSSPageSize: true
    })
    expect(window?.destroyed).toBe(true)
    // A private folder of its own in Electron's temp folder, gone afterwards.
    expect(dirname(dirname(seen.path))).toBe(tempDir)
    expect(seen.path).toMatch(/[\\/]tracker-report-[^\\/]+[\\/]report\.html$/)
    if (process.platform !== 'win32') expect(seen.folderMode).toBe(0o700)
    expect(await readdir(tempDir)).toEqual([])
  })

  it('lets the report load only its own file and data: URLs', async () => {
    let blocked: Record<string, boolean> = {}
    const { deps } = harness({
      onLoad(window) {
        const path = window.loadedPath ?? ''
        const urls: Record<string, string> = {
          'the report': pathToFileURL(path).href,
          'a data: image': 'data:image/png;base64,iVBORw0KGgo=',
          'an http image': 'http://example.com/track.png',
          'an https font': 'https://example.com/font.woff2',
          'a web socket': 'ws://127.0.0.1:9000/',
          'a system file': 'file:///etc/passwd',
          'a file next to the report': pathToFileURL(join(dirname(path), 'other.html')).href,
          'a file share': 'file://server/share/report.html',
          'the app': 'app://tracker/index.html'
        }
        blocked = Object.fromEntries(
          Object.entries(urls).map(([name, url]) => [name, window.blocks(url)])
        )
      }
    })
    await saveReportPdf(REPORT, deps)
    expect(blocked).toEqual({
      'the report': false,
      'a data: image': false,
      'an http image': true,
      'an https font': true,
      'a web socket': true,
      'a system file': true,
      'a file next to the report': true,
      'a file share': true,
      'the app': true
    })
  })

  it('denies every permission and any navigation away from the report', async () => {
    const { deps, windows } = harness()
    await saveReportPdf(REPORT, deps)
    const window = windows[0]
    const reportUrl = pathToFileURL(window?.loadedPath ?? '').href
    expect(window?.permissionCheck?.(null, 'persistent-storage', reportUrl)).toBe(false)
    const prevented: string[] = []
    for (const url of ['https://example.com/', 'file:///etc/passwd', reportUrl]) {
      window?.navigation.get('will-navigate')?.({ preventDefault: () => prevented.push(url) }, url)
    }
    expect(prevented).toEqual(['https://example.com/', 'file:///etc/passwd'])
  })

  it('removes the temporary folder and the window when printing fails', async () => {
    const { deps, windows, dialogs } = harness({
      print: async () => {
        throw new Error('Printing failed')
      }
    })
    await expect(saveReportPdf(REPORT, deps)).rejects.toThrow(
      new Error('Could not create the PDF: Printing failed')
    )
    expect(await readdir(tempDir)).toEqual([])
    expect(windows[0]?.destroyed).toBe(true)
    expect(dialogs).toEqual([])
    expect(await readdir(saveDir)).toEqual([])
  })

  it('gives up on a report that never finishes loading, and cleans up', async () => {
    const { deps, windows } = harness({ onLoad: () => new Promise<void>(() => undefined) })
    await expect(saveReportPdf(REPORT, { ...deps, timeoutMs: 20 })).rejects.toThrow(
      new Error('Could not create the PDF: the report did not print within 0.02 s')
    )
    expect(windows[0]?.destroyed).toBe(true)
    expect(windows[0]?.printOptions).toBe(null)
    expect(await readdir(tempDir)).toEqual([])
  })

  it('fails with a clear message when the temporary folder cannot be made', async () => {
    const { deps, windows } = harness()
    const missing = join(tempDir, 'missing')
    await expect(saveReportPdf(REPORT, { ...deps, tempDir: missing })).rejects.toThrow(
      /^Could not create the PDF: ENOENT/
    )
    expect(windows).toEqual([])
  })

  it('writes nothing when the user cancels the dialog', async () => {
    const written: string[] = []
    const { deps, windows } = harness({}, { canceled: true })
    const result = await saveReportPdf(REPORT, {
      ...deps,
      writeFile: async (path) => void written.push(path)
    })
    expect(result).toEqual({ saved: false })
    expect(written).toEqual([])
    expect(windows[0]?.destroyed).toBe(true)
    expect(await readdir(tempDir)).toEqual([])
  })

  it('names the chosen path when the PDF cannot be written there', async () => {
    const { deps, target } = harness()
    const result = saveReportPdf(REPORT, {
      ...deps,
      writeFile: async () => {
        throw new Error('EACCES: permission denied')
      }
    })
    await expect(result).rejects.toThrow(
      new Error(`Could not save the PDF to ${target}: EACCES: permission denied`)
    )
  })
})

describe('renderReportPdf', () => {
  it('prints one report at a time', async () => {
    let release = (): void => undefined
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const { deps, windows } = harness({
      onLoad: (window) => (window === windows[0] ? gate : undefined)
    })
    const first = renderReportPdf('<p>first</p>', deps)
    const second = renderReportPdf('<p>second</p>', deps)
    // Waits for the state, the first report loaded and held at the gate (its temporary file takes
    // real disk time); the second has begun nothing: no window, no temporary folder of its own.
    await expect
      .poll(() => windows.map((window) => window.loadedHtml), { timeout: 10_000 })
      .toEqual(['<p>first</p>'])
    expect(await readdir(tempDir)).toHaveLength(1)
    expect(windows).toHaveLength(1)
    release()
    expect(await first).toEqual(PDF)
    expect(await second).toEqual(PDF)
    expect(windows.map((window) => window.loadedHtml)).toEqual(['<p>first</p>', '<p>second</p>'])
  })

  it('still prints after an earlier report failed', async () => {
    const failing = harness({
      print: async () => {
        throw new Error('out of memory')
      }
    })
    await expect(renderReportPdf('<p>a</p>', failing.deps)).rejects.toThrow('out of memory')
    expect(await renderReportPdf('<p>b</p>', harness().deps)).toEqual(PDF)
  })
})

describe("createIpcHandlers' report:save-pdf", () => {
  it('prints with the shell services and asks through the calling window', async () => {
    const event: InvokeEventLike = { senderFrame: { url: 'app://tracker/index.html' } }
    const seen: unknown[] = []
    const windows: FakePdfWindow[] = []
    const handlers = createIpcHandlers<InvokeEventLike>({
      appInfo: () => ({
        version: '0.1.0',
        platform: 'linux',
        electron: '45.6.1',
        chrome: '',
        node: '',
        userName: ''
      }),
      showSaveDialog: async (from, options) => {
        seen.push(from, options.defaultPath, options.filters)
        return { canceled: true }
      },
      defaultSaveDir: () => '/docs',
      tempDir: () => tempDir,
      createPdfWindow: (options) => {
        const window = new FakePdfWindow(options, {})
        windows.push(window)
        return window
      }
    })
    expect(await handlers['report:save-pdf'](event, REPORT)).toEqual({ saved: false })
    expect(seen).toEqual([
      event,
      join('/docs', 'status-report.pdf'),
      [
        { name: 'PDF file', extensions: ['pdf'] },
        { name: 'All files', extensions: ['*'] }
      ]
    ])
    expect(windows.map((window) => window.loadedHtml)).toEqual([REPORT.html])
  })
})

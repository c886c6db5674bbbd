// `report:save-pdf`: prints a status report's HTML to PDF in a hidden window, then saves it
// through the same dialog and atomic write as `file:save`. The HTML goes through a private
// temporary file, not a data: URL: Chromium caps data: URLs at 2 MB and a report's PNG charts
// exceed that. The window runs no JavaScript, has no preload and lives in its own in-memory
// session in which nothing loads but that one file and data: URLs. Packaged builds turn the
// GrantFileProtocolExtraPrivileges fuse off; that leaves a top-level file:// page loading as in
// any browser and only takes away what this page never uses (fetching other file:// URLs,
// service workers), so the report still loads. The integration tier prints it exactly so: from
// file:// in plain Chromium, which never had those privileges.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron'
import type { SaveFileResult, SaveReportPdfArgs } from '../shared/ipc-contract'
import {
  HARDENED_WEB_PREFERENCES,
  hardenWebContents,
  installPermissionHandlers,
  parseUrl
} from '../security'
import type { GuardedWebContents, PermissionSession } from '../security'
import { saveFile, writeFileAtomic } from './files'
import type { SaveFileDeps } from './files'

/**
 * The session the report is printed in. Without the `persist:` prefix it lives in memory only,
 * so nothing of a report (cache, storage) reaches the disk, and it shares nothing with the app.
 */
export const REPORT_PDF_PARTITION = 'report-pdf'
/** Longest a report may take to load and print before the export gives up, in milliseconds. */
export const REPORT_PDF_TIMEOUT_MS = 60_000
/** Prefix of the private temporary folder that holds the report while it prints. */
const REPORT_TEMP_PREFIX = 'tracker-report-'

const CENTIMETRE_IN_INCHES = 1 / 2.54

/**
 * printToPDF's settings. A4 portrait with backgrounds (status colours); the report's print
 * stylesheet decides through `@page` where it sets size or margins, these margins (inches for
 * printToPDF, whatever the shared typings say) apply where it does not.
 */
export const REPORT_PRINT_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  landscape: false,
  printBackground: true,
  displayHeaderFooter: false,
  preferCSSPageSize: true,
  margins: {
    top: CENTIMETRE_IN_INCHES,
    bottom: CENTIMETRE_IN_INCHES,
    left: CENTIMETRE_IN_INCHES,
    right: CENTIMETRE_IN_INCHES
  }
}

/**
 * Options of the hidden print window: never shown, no JavaScript, no preload, sandboxed and
 * isolated in the REPORT_PDF_PARTITION session, with the hardened preferences of every window.
 */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: {
      ...HARDENED_WEB_PREFERENCES,
      partition: REPORT_PDF_PARTITION,
      javascript: false
    }
  }
}

function samePath(a: string, b: string): boolean {
  const left = resolve(a)
  const right = resolve(b)
  // Windows paths are case-insensitive, and Chromium may change a drive letter's case.
  return process.platform === 'win32' ? left.toLowerCase() === right.toLowerCase() : left === right
}

/** True when `url` is a local file: URL of `reportFile` (not a file://host/ share). */
function isReportFileUrl(url: string, reportFile: string): boolean {
  const parsed = parseUrl(url)
  if (parsed === null || parsed.protocol !== 'file:' || parsed.host !== '') return false
  try {
    return samePath(fileURLToPath(parsed), reportFile)
  } catch {
    // Not a path on this platform (an encoded separator, a drive-less URL on Windows).
    return false
  }
}

/**
 * True for the requests a report may make: data: URLs (its images) and the report file itself.
 * Everything else (http, https, ws, other files, file://host/ shares, custom schemes) is
 * refused.
 */
export function isAllowedReportRequest(url: string, reportFile: string): boolean {
  return parseUrl(url)?.protocol === 'data:' || isReportFileUrl(url, reportFile)
}

/** The part of Electron's Session the print window's request filter is installed on. */
export type RequestFilterSession = PermissionSession & {
  webRequest: {
    onBeforeRequest(
      listener: (
        details: { url: string },
        callback: (response: { cancel?: boolean }) => void
      ) => void
    ): void
  }
}

/** The part of a BrowserWindow the PDF renderer uses. */
export type PdfWindowLike = {
  webContents: GuardedWebContents & {
    session: RequestFilterSession
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>
  }
  loadFile(path: string): Promise<void>
  destroy(): void
  isDestroyed(): boolean
}

/** What renderReportPdf needs from Electron. */
export type RenderPdfDeps = {
  /** Electron's temp folder (app.getPath('temp')). */
  tempDir: string
  /** Builds the hidden window (`(options) => new BrowserWindow(options)` in the app). */
  createWindow: (options: BrowserWindowConstructorOptions) => PdfWindowLike
  /** Defaults to REPORT_PDF_TIMEOUT_MS. */
  timeoutMs?: number
}

/** What saveReportPdf needs: the renderer's and file:save's dependencies. */
export type ReportPdfDeps = RenderPdfDeps & SaveFileDeps

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function withinTime<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the report did not print within ${timeoutMs / 1000} s`)),
      timeoutMs
    )
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

async function renderInTemporaryFolder(html: string, deps: RenderPdfDeps): Promise<Uint8Array> {
  // mkdtemp makes the folder readable by this user only; the report holds the customer's data.
  const folder = await mkdtemp(join(deps.tempDir, REPORT_TEMP_PREFIX))
  let window: PdfWindowLike | null = null
  try {
    const file = join(folder, 'report.html')
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600, flag: 'wx' })
    window = deps.createWindow(pdfWindowOptions())
    const contents = window.webContents
    // Installed before the first load, so no request, permission or navigation escapes them.
    contents.session.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: !isAllowedReportRequest(details.url, file) })
    )
    installPermissionHandlers(contents.session, () => false)
    hardenWebContents(
      contents,
      () => undefined,
      (url) => isReportFileUrl(url, file)
    )
    const loading = window.loadFile(file)
    return await withinTime(
      loading.then(() => contents.printToPDF(REPORT_PRINT_OPTIONS)),
      deps.timeoutMs ?? REPORT_PDF_TIMEOUT_MS
    )
  } finally {
    if (window !== null && !window.isDestroyed()) window.destroy()
    await rm(folder, { recursive: true, force: true, maxRetries: 3 })
  }
}

async function renderNow(html: string, deps: RenderPdfDeps): Promise<Uint8Array> {
  try {
    return await renderInTemporaryFolder(html, deps)
  } catch (error) {
    throw new Error(`Could not create the PDF: ${messageOf(error)}`, { cause: error })
  }
}

// One report prints at a time: the session's request filter is a single listener, and a
// second export would replace the first one's while it still loads.
let printing: Promise<unknown> = Promise.resolve()

/**
 * Prints a report's HTML to PDF bytes in a hidden, script-less window (see pdfWindowOptions)
 * that may load only its own temporary file and data: URLs. The temporary folder is removed
 * and the window destroyed whether printing succeeds, fails or times out. Calls run one after
 * another. Rejects with 'Could not create the PDF: …'.
 */
export function renderReportPdf(html: string, deps: RenderPdfDeps): Promise<Uint8Array> {
  const result = printing.then(() => renderNow(html, deps))
  printing = result.catch(() => undefined)
  return result
}

/**
 * `report:save-pdf`: prints the report (renderReportPdf), then asks where to save it and
 * writes it exactly as `file:save` does. `{ saved: false }` when the user cancels. `args` must
 * already be validated (register-handlers does that).
 */
export async function saveReportPdf(
  args: SaveReportPdfArgs,
  deps: ReportPdfDeps
): Promise<SaveFileResult> {
  const pdf = await renderReportPdf(args.html, deps)
  const write = deps.writeFile ?? writeFileAtomic
  return saveFile(
    { suggestedName: args.suggestedName, mimeType: 'application/pdf', data: pdf },
    {
      showSaveDialog: deps.showSaveDialog,
      defaultDir: deps.defaultDir,
      async writeFile(path, data) {
        try {
          await write(path, data)
        } catch (error) {
          throw new Error(`Could not save the PDF to ${path}: ${messageOf(error)}`, {
            cause: error
          })
        }
      }
    }
  )
}

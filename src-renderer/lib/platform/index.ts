/**
 * The bridge between the renderer and its host. In the desktop app the preload script exposes
 * `window.api` (typed by src-main/shared/ipc-contract.ts); in browser mode the same interface is
 * implemented with what a web page can do. Nothing else in the renderer touches `window.api`.
 */
import type {
  AppInfo,
  RendererApi,
  SaveFileArgs,
  SaveFileResult,
  SaveReportPdfArgs
} from '../../../src-main/shared/ipc-contract'
import { createIpcDnsResolver } from './dns-resolver'
import type { LiveDnsOptions, LiveDnsResolver } from './dns-resolver'

export type { LiveDnsOptions, LiveDnsResolver } from './dns-resolver'
import type { BackupFileInfo, BackupWriteArgs, Canary } from '../../../src-main/shared/ipc-contract'

/** The automatic backup files and the canary the desktop shell keeps outside IndexedDB. */
export type BackupFiles = {
  write(args: BackupWriteArgs): Promise<BackupFileInfo>
  /** Complete backups, newest first. */
  list(): Promise<BackupFileInfo[]>
  read(name: string): Promise<string>
  readCanary(): Promise<Canary | null>
  writeCanary(canary: Canary): Promise<void>
}

export type PlatformKind = 'desktop' | 'browser'

export type Platform = {
  kind: PlatformKind
  getAppInfo(): Promise<AppInfo>
  saveFile(args: SaveFileArgs): Promise<SaveFileResult>
  /**
   * Prints a self-contained report HTML to PDF in the desktop shell and saves it where the
   * user chooses (`{ saved: false }` when they cancel). Null in browser mode: the UI calls
   * window.print() and the report's print stylesheet does the rest.
   */
  savePdf: ((args: SaveReportPdfArgs) => Promise<SaveFileResult>) | null
  /**
   * Live DNS through the desktop shell, asking `options.server` (or the system's servers).
   * Null in browser mode: a web page cannot query DNS, so the UI asks for pasted nslookup or
   * dig output instead.
   */
  createDnsResolver(options?: LiveDnsOptions): LiveDnsResolver | null
  /** Null in browser mode, where a backup is a download the user keeps. */
  backups: BackupFiles | null
}

declare global {
  // Declaration merging onto the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    api?: RendererApi
  }
}

function desktopPlatform(api: RendererApi): Platform {
  return {
    kind: 'desktop',
    getAppInfo: () => api.getAppInfo(),
    saveFile: (args) => api.saveFile(args),
    savePdf: (args) => api.saveReportPdf(args),
    createDnsResolver: (options) => createIpcDnsResolver(api, options),
    backups: {
      write: (args) => api.writeBackup(args),
      list: () => api.listBackups(),
      read: (name) => api.readBackup({ name }),
      readCanary: () => api.readCanary(),
      writeCanary: (canary) => api.writeCanary(canary)
    }
  }
}

/** Browser mode: downloads stand in for the native save dialog; there is no live DNS. */
function browserPlatform(): Platform {
  return {
    kind: 'browser',
    async getAppInfo() {
      return {
        version: __APP_VERSION__,
        platform: 'browser',
        electron: '',
        chrome: '',
        node: '',
        userName: ''
      }
    },
    async saveFile({ suggestedName, mimeType, data }) {
      const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], {
        type: mimeType
      })
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = suggestedName
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 0)
      return { saved: true }
    },
    savePdf: null,
    createDnsResolver: () => null,
    backups: null
  }
}

export const platform: Platform = window.api ? desktopPlatform(window.api) : browserPlatform()

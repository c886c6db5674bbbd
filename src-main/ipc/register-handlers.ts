// Registers exactly the contract's channels on ipcMain. Each call is checked in the same
// order: the sender must be a trusted page (app://tracker), then the payload must validate;
// only then does the handler run. Channels outside the contract are never registered, so
// invoking them rejects in the renderer with "No handler registered".
import type { BrowserWindowConstructorOptions, SaveDialogOptions } from 'electron'
import { IPC_CHANNELS } from '../shared/ipc-contract'
import type { AppInfo, IpcArgs, IpcChannel, IpcResult } from '../shared/ipc-contract'
import { isAppUrl } from '../security'
import type { UrlTrust } from '../security'
import { queryDns } from './dns'
import { listBackups, readBackup, readCanary, writeBackup, writeCanary } from './backup'
import type { BackupStoreDeps } from './backup'
import { saveFile } from './files'
import type { ShowSaveDialog } from './files'
import { saveReportPdf } from './report-pdf'
import type { PdfWindowLike, RenderPdfDeps } from './report-pdf'
import { IPC_VALIDATORS } from './validate'

/** The part of Electron's IpcMainInvokeEvent the sender check reads. */
export type InvokeEventLike = { senderFrame: { url: string } | null }

/** The part of Electron's ipcMain used here. */
export type IpcMainLike<E extends InvokeEventLike> = {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void
}

/** One handler per channel; it receives validated arguments only. */
export type IpcHandlers<E> = {
  [K in IpcChannel]: (event: E, ...args: IpcArgs<K>) => IpcResult<K> | Promise<IpcResult<K>>
}

/**
 * Throws unless the call comes from a live frame whose URL is trusted. Checks the frame, not
 * the window: an iframe of another origin inside our page must not reach the API.
 */
export function assertTrustedSender(event: InvokeEventLike, isTrustedUrl: UrlTrust): void {
  const url = event.senderFrame?.url
  if (url === undefined) throw new Error('IPC refused: the sending frame is gone')
  if (!isTrustedUrl(url)) throw new Error(`IPC refused: untrusted sender ${JSON.stringify(url)}`)
}

/**
 * Registers every channel of IPC_CHANNELS (and nothing else) on `ipcMain`, each wrapped with
 * the sender check and its validator from IPC_VALIDATORS. Returns the registered channels.
 */
export function registerIpcHandlers<E extends InvokeEventLike>(
  ipcMain: IpcMainLike<E>,
  handlers: IpcHandlers<E>,
  isTrustedUrl: UrlTrust = isAppUrl
): readonly IpcChannel[] {
  function register<K extends IpcChannel>(channel: K): void {
    const validate: (args: readonly unknown[]) => IpcArgs<K> = IPC_VALIDATORS[channel]
    const handler: IpcHandlers<E>[K] = handlers[channel]
    ipcMain.handle(channel, async (event, ...rawArgs) => {
      assertTrustedSender(event, isTrustedUrl)
      return handler(event, ...validate(rawArgs))
    })
  }
  for (const channel of IPC_CHANNELS) register(channel)
  return IPC_CHANNELS
}

/** What the real handlers need from Electron, as plain functions. */
export type ShellServices<E> = {
  appInfo: () => AppInfo
  /** dialog.showSaveDialog, modal to the window that sent `event` when there is one. */
  showSaveDialog: (event: E, options: SaveDialogOptions) => ReturnType<ShowSaveDialog>
  /** The folder save dialogs open in. */
  defaultSaveDir: () => string
  /**
   * Electron's userData folder: automatic backups and the canary live there. Without it the
   * backup and canary channels reject.
   */
  userDataDir?: () => string
  /** Electron's temp folder, where a report waits while it prints. */
  tempDir?: () => string
  /**
   * Builds the hidden window a report is printed in (`new BrowserWindow(options)`). Without it
   * or tempDir `report:save-pdf` rejects.
   */
  createPdfWindow?: (options: BrowserWindowConstructorOptions) => PdfWindowLike
}

function backupStore<E>(services: ShellServices<E>): BackupStoreDeps {
  if (services.userDataDir === undefined) throw new Error('Automatic backups are not set up')
  return { userDataDir: services.userDataDir() }
}

function pdfRenderer<E>(services: ShellServices<E>): RenderPdfDeps {
  if (services.tempDir === undefined || services.createPdfWindow === undefined) {
    throw new Error('PDF export is not set up')
  }
  return { tempDir: services.tempDir(), createWindow: services.createPdfWindow }
}

/** The app's handlers: thin adapters from the contract to the capability modules. */
export function createIpcHandlers<E>(services: ShellServices<E>): IpcHandlers<E> {
  return {
    'app:get-info': () => services.appInfo(),
    'file:save': (event, args) =>
      saveFile(args, {
        showSaveDialog: (options) => services.showSaveDialog(event, options),
        defaultDir: services.defaultSaveDir()
      }),
    // async: a missing setup rejects the call rather than throwing at the caller.
    'report:save-pdf': async (event, args) =>
      saveReportPdf(args, {
        ...pdfRenderer(services),
        showSaveDialog: (options) => services.showSaveDialog(event, options),
        defaultDir: services.defaultSaveDir()
      }),
    'dns:query': (_event, args) => queryDns(args),
    'backup:write': (_event, args) => writeBackup(args, backupStore(services)),
    'backup:list': () => listBackups(backupStore(services)),
    'backup:read': (_event, args) => readBackup(args, backupStore(services)),
    'canary:read': () => readCanary(backupStore(services)),
    'canary:write': (_event, canary) => writeCanary(canary, backupStore(services))
  }
}

// The IPC contract between the renderer and the main process. Main, preload and renderer all
// import this file, so it holds types and plain constants only: no electron, no node:, no DOM.
// Adding a capability means: a channel here, a method name in CHANNEL_METHODS, a validator and
// a handler in src-main/ipc, and one line in the preload.

/** The privileged scheme the desktop renderer is served from. Never change it once released. */
export const APP_SCHEME = 'app'
/** The host part of the app origin; IndexedDB data belongs to this origin. */
export const APP_HOST = 'tracker'
/** The renderer's origin in the desktop app. */
export const APP_ORIGIN = 'app://tracker'

/** What the shell reports about itself. */
export type AppInfo = {
  /** App version from package.json. */
  version: string
  /** Node's process.platform: 'win32', 'darwin', 'linux'… */
  platform: string
  /** Electron version, e.g. '40.8.5'. */
  electron: string
  /** The operating-system user name: a default "who" for the activity log; '' when unknown. */
  userName: string
}

/** An export to save where the user chooses in a native save dialog. */
export type SaveFileArgs = {
  /** A plain file name such as 'status-report.html' (directories are stripped). */
  suggestedName: string
  /** The export's media type, e.g. 'text/csv'. */
  mimeType: string
  /** Text (written as UTF-8) or bytes; at most MAX_FILE_BYTES. */
  data: string | Uint8Array
}

/** `saved: false` means the user cancelled the dialog. */
export type SaveFileResult = { saved: boolean; path?: string }

/** Channel name (`noun:verb`) → the call's signature as the renderer sees it. */
export type IpcContract = {
  'app:get-info': () => AppInfo
  'file:save': (args: SaveFileArgs) => SaveFileResult
}

/** One of the contract's channel names. */
export type IpcChannel = keyof IpcContract
/** The argument tuple of a channel. */
export type IpcArgs<K extends IpcChannel> = Parameters<IpcContract[K]>
/** The (resolved) result of a channel. */
export type IpcResult<K extends IpcChannel> = ReturnType<IpcContract[K]>

/** The name of window.api's function for each channel. */
export const CHANNEL_METHODS = {
  'app:get-info': 'getAppInfo',
  'file:save': 'saveFile'
} as const satisfies Record<IpcChannel, string>

/** Every channel main registers; anything else is never handled. */
export const IPC_CHANNELS = ['app:get-info', 'file:save'] as const satisfies readonly IpcChannel[]

// Fails to compile when a contract channel is missing from IPC_CHANNELS.
const _everyChannelListed: [Exclude<IpcChannel, (typeof IPC_CHANNELS)[number]>] extends [never]
  ? true
  : false = true

/** Largest export `file:save` accepts, in bytes (UTF-8 for text). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024
/** Longest file name `file:save` accepts, in characters. */
export const MAX_FILE_NAME_LENGTH = 255

/** The shape of `window.api` in the desktop app: one async function per channel. */
export type RendererApi = {
  readonly [K in IpcChannel as (typeof CHANNEL_METHODS)[K]]: (
    ...args: IpcArgs<K>
  ) => Promise<IpcResult<K>>
}

// Types of the recording `electron` stand-in (index.mjs): the record tests read and steer.

/** What a window of the app asked for, and what happened to it. */
export type StandInWindow = {
  options: {
    title?: string
    show?: boolean
    webPreferences?: Record<string, unknown> & { partition?: string; preload?: string }
  }
  url?: string
  file?: string
  shown: boolean
  destroyed: boolean
  webContents: StandInWebContents
  emit(event: string): void
}

export type StandInWebContents = {
  window: StandInWindow
  session: StandInSession
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null
  /** Runs the listeners of `event` (will-navigate…); true when one called preventDefault. */
  emit(event: string, ...args: unknown[]): boolean
}

export type StandInSession = {
  partition: string
  permissionRequestHandler:
    | ((
        webContents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details: { requestingUrl?: string }
      ) => void)
    | null
  permissionCheckHandler:
    ((webContents: unknown, permission: string, requestingOrigin: string) => boolean) | null
  beforeRequest:
    ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null
}

/** Backs the stand-in's windows with something real (the integration tier: Chromium pages). */
export type StandInHost = {
  loadURL(window: StandInWindow, url: string): Promise<void>
  loadFile(window: StandInWindow, path: string): Promise<void>
  printToPDF(window: StandInWindow, options: Record<string, unknown>): Promise<Uint8Array>
  destroy(window: StandInWindow): Promise<void>
}

/** The event an IPC handler receives, as far as the app reads it. */
export type StandInInvokeEvent = {
  sender: StandInWebContents | object
  senderFrame: { url: string } | null
}

export type StandInState = {
  /** Calls in order: 'protocol.registerSchemesAsPrivileged', 'ready', 'new BrowserWindow'… */
  log: string[]
  isReady: boolean
  isPackaged: boolean
  /** What app.getVersion() answers. */
  version: string
  /** What app.requestSingleInstanceLock() answers. */
  singleInstanceLock: boolean
  /** app.getPath / app.setPath: userData, documents, temp. */
  paths: Record<string, string>
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[]
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>
  ipcHandlers: Map<string, (event: StandInInvokeEvent, ...args: unknown[]) => Promise<unknown>>
  appListeners: Map<string, (...args: unknown[]) => void>
  windows: StandInWindow[]
  sessions: Map<string, StandInSession>
  menuTemplate: unknown
  /** The options of every save dialog shown. */
  saveDialogs: Record<string, unknown>[]
  /** Answers save dialogs; null cancels them. */
  answerSaveDialog:
    ((options: Record<string, unknown>) => { canceled: boolean; filePath?: string }) | null
  openedExternally: string[]
  host: StandInHost | null
  ready: Promise<void>
  /** Makes app.whenReady() resolve. */
  fireReady(): void
}

export declare function resetStandIn(): StandInState
export declare function standIn(): StandInState

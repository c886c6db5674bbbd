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
  /** Electron version, e.g. '45.6.1'; '' outside the desktop shell. */
  electron: string
  /** The Chromium inside Electron, e.g. '142.0.7444.265'; '' outside the desktop shell. */
  chrome: string
  /** The Node.js inside Electron, e.g. '22.21.1'; '' outside the desktop shell. */
  node: string
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

/** A status report to print as PDF in the desktop shell, then save where the user chooses. */
export type SaveReportPdfArgs = {
  /**
   * The whole report as one self-contained HTML document: no scripts (they do not run), images
   * as data: URLs only (nothing else loads), at most MAX_REPORT_HTML_BYTES as UTF-8. Page size
   * and margins come from its print stylesheet (`@page`).
   */
  html: string
  /** A plain file name ending in '.pdf', e.g. 'status-report.pdf'; no folders. */
  suggestedName: string
}

/** The record types `dns:query` looks up. */
export const DNS_RECORD_TYPES = ['A', 'AAAA', 'MX', 'TXT', 'CNAME', 'PTR', 'NS'] as const
/** One of DNS_RECORD_TYPES. */
export type DnsRecordType = (typeof DNS_RECORD_TYPES)[number]

/** An MX answer; a lower priority is preferred. */
export type DnsMxAnswer = { exchange: string; priority: number }

/** The answers of each record type (names lower-case, without the trailing dot). */
export type DnsAnswers = {
  A: string[]
  AAAA: string[]
  MX: DnsMxAnswer[]
  /** One array per TXT record: a record longer than 255 bytes arrives as several strings. */
  TXT: string[][]
  CNAME: string[]
  /** Query the reverse name, e.g. 4.3.2.1.in-addr.arpa. */
  PTR: string[]
  NS: string[]
}

/** A DNS query from the renderer. */
export type DnsQueryArgs = {
  /** The name to look up; upper case and one trailing dot are normalised away. */
  name: string
  type: DnsRecordType
  /**
   * The DNS server: an IPv4 or IPv6 address with an optional port ('192.0.2.53',
   * '192.0.2.53:5353', '2001:db8::53', '[2001:db8::53]:5353'). Missing or '' = the system's.
   */
  server?: string
  /** Milliseconds before the query answers TIMEOUT: DNS_DEFAULT_TIMEOUT_MS when missing. */
  timeoutMs?: number
}

/**
 * A query that got an answer; `answers` is [] when the name has no records of the type. A union
 * over the types, discriminated by `type`, that generic code can still index by its own T.
 */
export type DnsQueryAnswer<T extends DnsRecordType = DnsRecordType> = {
  [K in T]: { ok: true; name: string; type: K; answers: DnsAnswers[K] }
}[T]

/**
 * Why a query got no answer: the name does not exist (NXDOMAIN), no answer in time (TIMEOUT),
 * any other server or network failure (SERVFAIL), or the name or server is not valid (INVALID).
 */
export type DnsFailureCode = 'NXDOMAIN' | 'TIMEOUT' | 'SERVFAIL' | 'INVALID'

/** A query without an answer; `message` is a sentence for the user. */
export type DnsQueryFailure = { ok: false; code: DnsFailureCode; message: string }

/** `dns:query` resolves this for every DNS outcome; it rejects only for a malformed call. */
export type DnsQueryResult<T extends DnsRecordType = DnsRecordType> =
  DnsQueryAnswer<T> | DnsQueryFailure

/** Why an automatic backup is written; the reason is part of the file's name. */
export const BACKUP_REASONS = [
  'interval',
  'before-import',
  'before-restore',
  'before-upgrade',
  'manual'
] as const
/** One of BACKUP_REASONS. */
export type BackupReason = (typeof BACKUP_REASONS)[number]

/** An automatic backup for main to keep in the app's backups folder. */
export type BackupWriteArgs = {
  /** The whole backup document (lib/domain/backup.ts), at most MAX_BACKUP_BYTES as UTF-8. */
  text: string
  reason: BackupReason
}

/** One complete automatic backup file. */
export type BackupFileInfo = {
  /** The file name, e.g. 'tracker-backup-2026-03-01T09-00-00-000Z-interval.json'. */
  name: string
  /** When it was written (ISO, from the name). */
  createdAt: string
  reason: BackupReason
  /** Size in bytes. */
  size: number
}

/** Which automatic backup to read: a name exactly as `backup:list` gave it. */
export type BackupReadArgs = { name: string }

/**
 * What the data looked like at the last automatic backup, kept outside IndexedDB so a start that
 * finds the database empty can tell a reset (Chromium does that on a full disk) from a new user.
 */
export type Canary = {
  projectCount: number
  /** Rows per table. */
  rowCounts: Record<string, number>
  /** The name of the newest automatic backup, or null. */
  lastBackup: string | null
  schemaVersion: number
  /** ISO time the canary was written. */
  writtenAt: string
}

/** Channel name (`noun:verb`) → the call's signature as the renderer sees it. */
export type IpcContract = {
  'app:get-info': () => AppInfo
  'file:save': (args: SaveFileArgs) => SaveFileResult
  'report:save-pdf': (args: SaveReportPdfArgs) => SaveFileResult
  'dns:query': (args: DnsQueryArgs) => DnsQueryResult
  'backup:write': (args: BackupWriteArgs) => BackupFileInfo
  'backup:list': () => BackupFileInfo[]
  'backup:read': (args: BackupReadArgs) => string
  'canary:read': () => Canary | null
  'canary:write': (canary: Canary) => void
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
  'file:save': 'saveFile',
  'report:save-pdf': 'saveReportPdf',
  'dns:query': 'dnsQuery',
  'backup:write': 'writeBackup',
  'backup:list': 'listBackups',
  'backup:read': 'readBackup',
  'canary:read': 'readCanary',
  'canary:write': 'writeCanary'
} as const satisfies Record<IpcChannel, string>

/** Every channel main registers; anything else is never handled. */
export const IPC_CHANNELS = [
  'app:get-info',
  'file:save',
  'report:save-pdf',
  'dns:query',
  'backup:write',
  'backup:list',
  'backup:read',
  'canary:read',
  'canary:write'
] as const satisfies readonly IpcChannel[]

// Fails to compile when a contract channel is missing from IPC_CHANNELS.
const _everyChannelListed: [Exclude<IpcChannel, (typeof IPC_CHANNELS)[number]>] extends [never]
  ? true
  : false = true

/** Largest export `file:save` accepts, in bytes (UTF-8 for text). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024
/** Longest file name `file:save` accepts, in characters. */
export const MAX_FILE_NAME_LENGTH = 255
/**
 * Largest report HTML `report:save-pdf` accepts, in bytes (UTF-8). Charts arrive as data: PNG
 * URLs inside it, so it is far larger than its text; 64 MB leaves room for dozens of charts.
 */
export const MAX_REPORT_HTML_BYTES = 64 * 1024 * 1024
/** Largest automatic backup `backup:write` accepts, in bytes (UTF-8). */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024

/** A DNS query's timeout when the call names none, in milliseconds. */
export const DNS_DEFAULT_TIMEOUT_MS = 5000
/** Shortest timeout a DNS query waits, in milliseconds: shorter ones are raised to it. */
export const DNS_MIN_TIMEOUT_MS = 100
/** Longest timeout a DNS query waits, in milliseconds: longer ones are lowered to it. */
export const DNS_MAX_TIMEOUT_MS = 30_000
/** Longest `name` `dns:query` accepts at all; names over 253 characters answer INVALID. */
export const MAX_DNS_NAME_INPUT_LENGTH = 1024
/** Longest `server` `dns:query` accepts, in characters. */
export const MAX_DNS_SERVER_LENGTH = 64

/** The shape of `window.api` in the desktop app: one async function per channel. */
export type RendererApi = {
  readonly [K in IpcChannel as (typeof CHANNEL_METHODS)[K]]: (
    ...args: IpcArgs<K>
  ) => Promise<IpcResult<K>>
}

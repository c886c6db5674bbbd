/**
 * Realistic mailbox exports for tests and benchmarks, generated deterministically from a seed,
 * plus encoders that turn text into the byte layouts Windows tools write.
 */

/** mulberry32: a tiny seeded PRNG, so every run of a test sees the same file. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return function next(): number {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST_NAMES = [
  'Bob',
  'Anna',
  'Zoë',
  'José',
  'Siobhán',
  'Lee',
  'Aiko',
  'Øystein',
  'Chloé',
  'Mohammed',
  'Priya',
  'Lars',
  'Fatima',
  'Jürgen',
  'Nguyễn',
  'Kate'
]

const LAST_NAMES = [
  'Kelly',
  'Müller',
  'García',
  "O'Brien",
  'Gu',
  'Tanaka',
  'Ødegård',
  'Lefèvre',
  'Al-Sayed',
  'Patel',
  'Andersson',
  'Schäfer',
  'Smith-Jones',
  'Dvořák',
  'van der Berg',
  'Nowak'
]

const DEPARTMENTS = ['Finance', 'Sales', 'HR', 'Legal', 'R&D', 'Operations', 'IT', 'Marketing']

type MoveState = {
  status: string
  detail: string
  stage: string
  percent: (r: () => number) => number
  message?: string
}

/** Status, StatusDetail and SyncStage combinations a hybrid move actually reports. */
const MOVE_STATES: readonly MoveState[] = [
  { status: 'Queued', detail: 'Queued', stage: 'None', percent: () => 0 },
  {
    status: 'InProgress',
    detail: 'CopyingMessages',
    stage: 'LoadingMessages',
    percent: (r) => 20 + Math.floor(r() * 70)
  },
  {
    status: 'InProgress',
    detail: 'StalledDueToTarget_MdbAvailability',
    stage: 'CopyingMessages',
    percent: (r) => 10 + Math.floor(r() * 80)
  },
  {
    status: 'InProgress',
    detail: 'InitialSeeding',
    stage: 'CreatingFolderHierarchy',
    percent: (r) => Math.floor(r() * 10)
  },
  {
    status: 'AutoSuspended',
    detail: 'AutoSuspended',
    stage: 'IncrementalSync',
    percent: () => 95
  },
  { status: 'Synced', detail: 'IncrementalSync', stage: 'IncrementalSync', percent: () => 95 },
  { status: 'Completed', detail: 'Completed', stage: 'SyncFinished', percent: () => 100 },
  {
    status: 'CompletedWithWarning',
    detail: 'CompletedWithWarnings',
    stage: 'SyncFinished',
    percent: () => 100,
    message:
      'Warning: Failed to convert the source mailbox rules.\r\n' +
      'The mailbox has 3 rules that could not be moved, "Move to Archive" among them.'
  },
  {
    status: 'Failed',
    detail: 'FailedBadItemLimit',
    stage: 'CopyingMessages',
    percent: (r) => 30 + Math.floor(r() * 50),
    message:
      'Error: TooManyBadItemsPermanentException: The limit of 10 corrupted items was reached.\r\n' +
      'Diagnostic context: ItemsTransferred, BadItemsEncountered.'
  },
  { status: 'Suspended', detail: 'Suspended', stage: 'LoadingMessages', percent: () => 42 }
]

function pick<T>(r: () => number, items: readonly T[]): T {
  const item = items[Math.floor(r() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
}

function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Exchange's ByteQuantifiedSize text: "3.512 GB (3,770,874,368 bytes)". */
export function exchangeSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let power = 0
  while (power < units.length - 1 && bytes >= 1024 ** (power + 1)) power++
  const amount = Number((bytes / 1024 ** power).toFixed(3))
  return `${amount} ${units[power]} (${groupThousands(bytes)} bytes)`
}

function timeSpan(totalSeconds: number, ticks: number): string {
  const days = Math.floor(totalSeconds / 86400)
  const rest = totalSeconds % 86400
  const two = (n: number): string => String(n).padStart(2, '0')
  const clock = `${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}.${String(ticks).padStart(7, '0')}`
  return days > 0 ? `${days}.${clock}` : clock
}

function psQuote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`
}

export const MOVE_STATISTICS_HEADERS = [
  'DisplayName',
  'Alias',
  'Identity',
  'Status',
  'StatusDetail',
  'SyncStage',
  'PercentComplete',
  'TotalMailboxSize',
  'TotalArchiveSize',
  'BytesTransferred',
  'ItemsTransferred',
  'TotalMailboxItemCount',
  'BatchName',
  'OverallDuration',
  'RemoteHostName',
  'TargetDeliveryDomain',
  'RecipientTypeDetails',
  'Message',
  'PSComputerName',
  'RunspaceId',
  'PSShowComputerName'
] as const

export type MoveStatisticsOptions = {
  /** Line ending; Windows PowerShell writes CRLF. */
  newline?: '\r\n' | '\n'
  /** Write the `#TYPE` line of Windows PowerShell 5.1 (default true). */
  typeLine?: boolean
}

/**
 * A `Get-MoveRequest | Get-MoveRequestStatistics | Select … | Export-Csv` file from a remote
 * PowerShell session: every field quoted, a `#TYPE` line, the session columns, display names with
 * commas and accents, failure messages spanning two lines. About 330 bytes per row, so 100,000
 * rows make a file of over 30 MB. The same seed always gives the same file.
 */
export function makeMoveRequestStatisticsCsv(
  rows: number,
  seed: number,
  options: MoveStatisticsOptions = {}
): string {
  const r = seededRandom(seed)
  const newline = options.newline ?? '\r\n'
  const lines: string[] = []
  if (options.typeLine ?? true) {
    lines.push('#TYPE Selected.Microsoft.Exchange.MailboxReplicationService.MoveRequestStatistics')
  }
  lines.push(MOVE_STATISTICS_HEADERS.map(psQuote).join(','))
  const runspace = '6f1c2d3e-8a4b-4c5d-9e6f-7a8b9c0d1e2f'
  for (let i = 0; i < rows; i++) {
    const first = pick(r, FIRST_NAMES)
    const last = pick(r, LAST_NAMES)
    const alias = `${ascii(first)}.${ascii(last)}${i}`
    const state = pick(r, MOVE_STATES)
    const percent = state.percent(r)
    const size = Math.floor(50 * 1024 ** 2 + r() * 50 * 1024 ** 3)
    const archive = r() < 0.3 ? Math.floor(r() * 20 * 1024 ** 3) : 0
    const items = 2000 + Math.floor(r() * 150000)
    const wave = 1 + Math.floor(r() * 12)
    const department = pick(r, DEPARTMENTS)
    const fields = [
      r() < 0.5 ? `${last}, ${first}` : `${first} ${last}`,
      alias,
      alias,
      state.status,
      state.detail,
      state.stage,
      String(percent),
      exchangeSize(size),
      exchangeSize(archive),
      exchangeSize(Math.floor((size * percent) / 100)),
      String(Math.floor((items * percent) / 100)),
      String(items),
      `MigrationService:Wave ${String(wave).padStart(2, '0')} - ${department}`,
      timeSpan(Math.floor(r() * 9 * 86400), Math.floor(r() * 10_000_000)),
      'mail.contoso.com',
      'contoso.mail.onmicrosoft.com',
      r() < 0.85 ? 'UserMailbox' : 'SharedMailbox',
      state.message ?? '',
      'outlook.office365.com',
      runspace,
      'False'
    ]
    lines.push(fields.map(psQuote).join(','))
  }
  return lines.join(newline) + newline
}

/** UTF-8 bytes, optionally with the BOM `Export-Csv -Encoding UTF8` writes in PowerShell 5.1. */
export function utf8Bytes(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text)
  if (!bom) return body
  const out = new Uint8Array(body.length + 3)
  out.set([0xef, 0xbb, 0xbf])
  out.set(body, 3)
  return out
}

/** UTF-16 bytes in either byte order, with or without a BOM. */
export function utf16Bytes(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const offset = bom ? 2 : 0
  const out = new Uint8Array(offset + text.length * 2)
  if (bom) out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    const [a, b] = order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]
    out[offset + i * 2] = a
    out[offset + i * 2 + 1] = b
  }
  return out
}

/** The Windows-1252 bytes that differ from Latin-1 (0x80–0x9F) and that tests use. */
const CP1252_EXTRAS: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  œ: 0x9c,
  Œ: 0x8c,
  Š: 0x8a,
  š: 0x9a
}

/** Windows-1252 bytes, as Excel's "CSV (Comma delimited)" writes on Western-European Windows. */
export function windows1252Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i)
    const code = text.charCodeAt(i)
    const extra = CP1252_EXTRAS[ch]
    if (extra !== undefined) out[i] = extra
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out[i] = code
    else throw new Error(`${ch} has no Windows-1252 byte in this helper`)
  }
  return out
}

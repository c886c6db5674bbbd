/**
 * Mailbox import: bytes of an exported CSV in, normalised mailbox rows plus line-numbered errors
 * out. Pure and synchronous, so it runs unchanged in a Web Worker, in Node tests and in the UI.
 *
 * Rules the caller can rely on:
 * - `rows` holds only valid rows; a row with an error (bad address, no identity, duplicate
 *   address, wrong field count) is left out and named in `errors`.
 * - Values the row can live without (a size, percentage, duration or status that cannot be read)
 *   are left empty and named in `warnings`; the row is kept.
 * - Line numbers are lines of the file, 1-based, counting the `#TYPE` line and every physical line
 *   inside quoted multi-line fields; a row is named by the line it starts on. Messages start with
 *   "line N: ". Issues about the whole file have line 0 and no prefix.
 * - Text comes through as written, minus surrounding whitespace (including no-break spaces); it
 *   is never escaped. Null-likes ("", null, (null), $null, N/A, #N/A, -, --) count as empty.
 * - At most {@link MAX_LISTED_ISSUES} errors (and as many warnings) are listed, in line order;
 *   a last line-0 entry says how many more there were.
 */
import { parseCsv } from './csv'
import { formatCount } from '../numbers'
import type { CsvDelimiter, CsvTable } from './csv'
import { decodeInput } from './decode'
import type { DecodedText } from './decode'
import {
  FORMAT_LABELS,
  detectFormat,
  isPowerShellColumn,
  suggestMapping,
  uniqueHeaders
} from './formats'
import type { MailboxField, MailboxFormatId } from './formats'
import type { MailboxLifecycle } from './lifecycle'
import { fail, quote, readRow } from './read-row'
import type { Column, ReadContext } from './read-row'

// The mapping screen and the worker need these too; one import path serves them all.
export { detectFormat, headerSignature, suggestMapping, MAILBOX_FIELDS } from './formats'
export type { DetectedFormat, MailboxField, MailboxFormatId } from './formats'
export { LIFECYCLES, mapStatus } from './lifecycle'
export type { MailboxLifecycle } from './lifecycle'
export { parseDuration, parseSize } from './values'

/** One mailbox as read from an export. Fields the file does not have are absent. */
export type ImportedMailbox = {
  /** File line the row starts on. */
  line?: number
  /** Lower case. From PrimarySmtpAddress, EmailAddress, MailboxEmailAddress, MigrationWiz's
   *  source, or an Identity that is an address. */
  primarySmtpAddress?: string
  alias?: string
  displayName?: string
  /** The Identity column as written (an address, an alias, a GUID or an AD path). */
  identity?: string
  userPrincipalName?: string
  /** RecipientTypeDetails as written, e.g. UserMailbox, RemoteSharedMailbox. */
  recipientType?: string
  /** 'cloud' for remote mailboxes (Remote* types or a remote routing address); otherwise unknown. */
  location?: 'onprem' | 'cloud'
  /** Lower case, e.g. bob@contoso.mail.onmicrosoft.com. */
  remoteRoutingAddress?: string
  /** Lower case: where a MigrationWiz item is moved to. */
  targetAddress?: string
  lifecycle?: MailboxLifecycle
  /** The status word exactly as written (Status, RequestStatus, MigrationWiz status…). */
  rawStatus?: string
  statusDetail?: string
  batchName?: string
  /** As written in the file: the app does not guess date formats of other locales. */
  completeBatchDate?: string
  sizeBytes?: number
  percentComplete?: number
  /** OverallDuration (or a plain Duration column), in seconds. */
  durationSeconds?: number
}

export type ImportIssue = { line: number; message: string }

export type MailboxImportResult = {
  format: MailboxFormatId
  formatLabel: string
  encoding: DecodedText['encoding']
  delimiter: CsvDelimiter
  /** Distinct column names (see uniqueHeaders), PowerShell session columns left out: the keys
   *  a mapping uses. */
  headers: string[]
  /** Column → field as used for this parse (or suggested, when the format is unknown). */
  mapping: Record<string, MailboxField>
  rows: ImportedMailbox[]
  errors: ImportIssue[]
  warnings: ImportIssue[]
}

export const MAX_LISTED_ISSUES = 1_000

const IDENTITY_FIELDS: readonly MailboxField[] = [
  'primarySmtpAddress',
  'alias',
  'displayName',
  'identity',
  'userPrincipalName'
]

type Table = {
  decoded: DecodedText
  csv: CsvTable
  /** Distinct names of all columns, in file order (PowerShell columns included). */
  allHeaders: string[]
  /** The same without PowerShell session columns. */
  headers: string[]
  /** Warnings about the header (repeated names). */
  headerWarnings: ImportIssue[]
}

function readTable(input: Uint8Array | string): Table {
  const decoded = decodeInput(input)
  const csv = parseCsv(decoded.text)
  const allHeaders = uniqueHeaders(csv.headers)
  const headerWarnings: ImportIssue[] = []
  const counts = new Map<string, number>()
  for (const raw of csv.headers) {
    const name = raw.trim().toLowerCase()
    if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  const reported = new Set<string>()
  for (const raw of csv.headers) {
    const name = raw.trim()
    const count = counts.get(name.toLowerCase()) ?? 0
    if (count < 2 || reported.has(name.toLowerCase())) continue
    reported.add(name.toLowerCase())
    const others =
      count === 2
        ? `the second is named ${quote(`${name} (2)`)}`
        : `the others are named ${quote(`${name} (2)`)} to ${quote(`${name} (${count})`)}`
    headerWarnings.push(
      fail(
        csv.headerLine,
        `the column ${quote(name)} appears ${count} times; the first one is read and ${others}`
      )
    )
  }
  const headers = allHeaders.filter((h) => !isPowerShellColumn(h))
  return { decoded, csv, allHeaders, headers, headerWarnings }
}

function capped(issues: ImportIssue[], what: string): ImportIssue[] {
  const sorted = issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => a.issue.line - b.issue.line || a.order - b.order)
    .map((entry) => entry.issue)
  // File-level issues (line 0) read best after the line-numbered ones they sum up.
  const lined = sorted.filter((i) => i.line > 0)
  const general = sorted.filter((i) => i.line === 0)
  const all = [...lined, ...general]
  if (all.length <= MAX_LISTED_ISSUES) return all
  const more = all.length - MAX_LISTED_ISSUES
  return [
    ...all.slice(0, MAX_LISTED_ISSUES),
    { line: 0, message: `…and ${formatCount(more)} more ${what} not listed` }
  ]
}

function result(
  table: Table,
  format: MailboxFormatId,
  mapping: Record<string, MailboxField>,
  rows: ImportedMailbox[],
  errors: ImportIssue[],
  warnings: ImportIssue[]
): MailboxImportResult {
  return {
    format,
    formatLabel: FORMAT_LABELS[format],
    encoding: table.decoded.encoding,
    delimiter: table.csv.delimiter,
    headers: table.headers,
    mapping,
    rows,
    errors: capped(errors, 'errors'),
    warnings: capped(warnings, 'warnings')
  }
}

/**
 * File-level problems that leave no rows to read: no header at all (an empty file, or reading
 * stopped on the first line) or a header without rows. Undefined when there are rows to read.
 */
function fileProblem(table: Table): ImportIssue[] | undefined {
  const { csv } = table
  if (csv.headers.length === 0) {
    return csv.errors.length > 0
      ? csv.errors
      : [fail(0, 'The file is empty: it has no header line and no rows.')]
  }
  if (csv.records.length === 0 && csv.errors.length === 0) {
    return [fail(csv.headerLine, 'the file has column headers but no mailbox rows')]
  }
  return undefined
}

/** Mapping records have no prototype, so headers such as "constructor" or "__proto__" are plain keys. */
function emptyMapping(): Record<string, MailboxField> {
  return Object.create(null) as Record<string, MailboxField>
}

function readRows(
  table: Table,
  format: MailboxFormatId,
  mapping: Record<string, MailboxField>,
  extraWarnings: ImportIssue[]
): MailboxImportResult {
  const { csv } = table
  const warnings = [...table.headerWarnings, ...extraWarnings]
  const problem = fileProblem(table)
  if (problem !== undefined) return result(table, format, mapping, [], problem, warnings)

  const columns: Column[] = []
  table.allHeaders.forEach((header, index) => {
    const field = Object.hasOwn(mapping, header) ? mapping[header] : undefined
    if (field !== undefined && field !== 'ignore' && !isPowerShellColumn(header)) {
      columns.push({ index, header, field })
    }
  })
  const ctx: ReadContext = {
    errors: [...csv.errors],
    warnings,
    seen: new Map(),
    unknownStatuses: new Map(),
    lifecycles: new Map()
  }
  if (!columns.some((c) => IDENTITY_FIELDS.includes(c.field))) {
    ctx.errors.push(
      fail(
        csv.headerLine,
        'no column is read as the address, alias, display name or identity, so rows cannot be told apart'
      )
    )
    return result(table, format, mapping, [], ctx.errors, ctx.warnings)
  }

  const rows: ImportedMailbox[] = []
  for (const record of csv.records) {
    const row = readRow(record.fields, record.line, columns, ctx)
    if (row !== undefined) rows.push(row)
  }
  for (const [word, { line, count }] of ctx.unknownStatuses) {
    const rowsNote = count > 1 ? ` (${formatCount(count)} rows)` : ''
    ctx.warnings.push(
      fail(
        line,
        `the status ${quote(word)} is not recognised${rowsNote}; the lifecycle is left empty`
      )
    )
  }
  if (rows.length === 0 && csv.records.length > 0) {
    ctx.errors.push(
      fail(0, `None of the ${formatCount(csv.records.length)} rows could be imported.`)
    )
  }
  return result(table, format, mapping, rows, ctx.errors, ctx.warnings)
}

/**
 * Reads an export whose layout is recognised from its headers (see detectFormat). When the
 * layout is unknown, no rows are read: the result has format 'unknown', the headers and a
 * suggested mapping, so a mapping screen can follow with {@link parseMailboxExportWithMapping}.
 */
export function parseMailboxExport(input: Uint8Array | string): MailboxImportResult {
  const table = readTable(input)
  const format = detectFormat(table.headers).id
  const mapping = suggestMapping(table.headers)
  if (format === 'unknown' && fileProblem(table) === undefined) {
    const listed = table.headers.slice(0, 8).map(quote).join(', ')
    const more = table.headers.length > 8 ? ` and ${table.headers.length - 8} more` : ''
    const error = fail(
      table.csv.headerLine,
      table.headers.length === 0
        ? 'the file has only PowerShell session columns'
        : `the columns ${listed}${more} are not a known mailbox export; choose which column holds what`
    )
    return result(table, format, mapping, [], [error], table.headerWarnings)
  }
  return readRows(table, format, mapping, [])
}

/**
 * Reads an export with a hand-made column → field mapping (keys are header names as returned in
 * `headers`; matched exactly, then ignoring case). Columns the mapping leaves out are ignored;
 * mapping keys that are not columns of this file are named in the warnings.
 */
export function parseMailboxExportWithMapping(
  input: Uint8Array | string,
  mapping: Record<string, MailboxField>
): MailboxImportResult {
  const table = readTable(input)
  const byLower = new Map<string, string>()
  for (const header of table.headers) {
    if (!byLower.has(header.toLowerCase())) byLower.set(header.toLowerCase(), header)
  }
  const resolved = emptyMapping()
  for (const header of table.headers) resolved[header] = 'ignore'
  const warnings: ImportIssue[] = []
  for (const [key, field] of Object.entries(mapping)) {
    const header = Object.hasOwn(resolved, key) ? key : byLower.get(key.trim().toLowerCase())
    if (header !== undefined) resolved[header] = field
    else if (field !== 'ignore' && table.csv.headers.length > 0) {
      warnings.push(
        fail(
          table.csv.headerLine,
          `the mapping names the column ${quote(key)}, which this file does not have`
        )
      )
    }
  }
  return readRows(table, 'mapped', resolved, warnings)
}

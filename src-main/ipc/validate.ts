// Payload validation for every IPC channel. The renderer is untrusted: each argument is
// checked for type, shape and size before a handler sees it, and a bad payload rejects the
// call with an Error that names the field.
import { Buffer } from 'node:buffer'
import {
  DNS_RECORD_TYPES,
  MAX_DNS_NAME_INPUT_LENGTH,
  MAX_DNS_SERVER_LENGTH,
  MAX_FILE_BYTES,
  MAX_FILE_NAME_LENGTH
} from '../shared/ipc-contract'
import type {
  DnsQueryArgs,
  DnsRecordType,
  IpcArgs,
  IpcChannel,
  SaveFileArgs
} from '../shared/ipc-contract'
import { parseDnsServer } from './dns'
import { BACKUP_REASONS, MAX_BACKUP_BYTES } from '../shared/ipc-contract'
import type { BackupReadArgs, BackupReason, BackupWriteArgs, Canary } from '../shared/ipc-contract'
import { parseBackupName } from '../backup/names'
import { MAX_REPORT_HTML_BYTES } from '../shared/ipc-contract'
import type { SaveReportPdfArgs } from '../shared/ipc-contract'

/** Longest media type accepted, in characters. */
export const MAX_MIME_TYPE_LENGTH = 255

/** Throws unless exactly `count` arguments were sent. */
export function expectArgCount(args: readonly unknown[], count: number, channel: string): void {
  if (args.length !== count) {
    throw new Error(`${channel}: expected ${count} argument(s), got ${args.length}`)
  }
}

/** A plain object with exactly the `allowed` keys (missing ones are checked by the caller). */
export function expectRecord(
  value: unknown,
  what: string,
  allowed: readonly string[]
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${what} must be an object`)
  }
  const extra = Object.keys(value).filter((key) => !allowed.includes(key))
  if (extra.length > 0) throw new Error(`${what} has unexpected field(s): ${extra.join(', ')}`)
  return { ...value }
}

/** A string of 1..maxLength characters. */
export function expectString(value: unknown, field: string, maxLength: number): string {
  if (typeof value !== 'string') throw new Error(`${field} must be a string`)
  if (value.length === 0) throw new Error(`${field} must not be empty`)
  if (value.length > maxLength) throw new Error(`${field} is longer than ${maxLength} characters`)
  return value
}

/** Text or bytes of at most `maxBytes` (text is measured as UTF-8). */
export function expectFileData(
  value: unknown,
  field: string,
  maxBytes: number = MAX_FILE_BYTES
): string | Uint8Array {
  let size: number
  if (typeof value === 'string') {
    // A UTF-16 unit is at most 3 UTF-8 bytes: skip the exact count for clearly small text.
    size = value.length * 3 <= maxBytes ? 0 : Buffer.byteLength(value, 'utf8')
  } else if (value instanceof Uint8Array) {
    size = value.byteLength
  } else {
    throw new Error(`${field} must be a string or a Uint8Array`)
  }
  if (size > maxBytes) throw new Error(`${field} is larger than ${maxBytes} bytes`)
  return value
}

// type/subtype with optional `; name=value` parameters, RFC 6838 token characters.
const MIME_TYPE =
  /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(?:\s*;\s*[a-z0-9-]+=[a-z0-9._-]+)*$/i

/** A media type such as 'text/csv' or 'text/html; charset=utf-8'. */
export function expectMimeType(value: unknown, field: string): string {
  const mimeType = expectString(value, field, MAX_MIME_TYPE_LENGTH)
  if (!MIME_TYPE.test(mimeType)) throw new Error(`${field} is not a media type: "${mimeType}"`)
  return mimeType
}

// C0/C1 controls, DEL and the bidi overrides that can disguise an extension (e.g. "txt.exe").
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/
// Characters Windows refuses in a file name (':' would also name an NTFS stream).
const WINDOWS_INVALID_CHARS = /[<>:"|?*]/
// Device names Windows reserves with any extension: CON.txt and nul.tar.gz are devices too, and
// so is "CON .txt", since Win32 drops spaces before the extension.
const WINDOWS_RESERVED =
  /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]) *(?:\..*)?$/i

function badName(name: string, reason: string): Error {
  return new Error(`Invalid file name "${name}": ${reason}`)
}

/**
 * Checks a suggested file name and returns its last segment: directories of a relative name
 * are stripped ('exports/report.csv' → 'report.csv'). Refuses empty or over-long names,
 * control and bidi-override characters, absolute paths ('/x', '\x', 'C:x'), UNC paths
 * ('\\server\share', '//server/share'), any '..' segment, characters Windows forbids,
 * trailing dots or spaces, and Windows device names (CON, PRN, AUX, NUL, COM0-9, LPT0-9)
 * with any extension.
 */
export function validateFileName(name: string): string {
  if (name.length === 0) throw badName(name, 'empty')
  if (name.length > MAX_FILE_NAME_LENGTH) {
    throw badName(name.slice(0, 40) + '…', `longer than ${MAX_FILE_NAME_LENGTH} characters`)
  }
  if (UNSAFE_NAME_CHARS.test(name)) throw badName(name, 'control or direction characters')
  if (/^[\\/]{2}/.test(name)) throw badName(name, 'UNC paths are not allowed')
  if (/^[\\/]/.test(name) || /^[a-z]:/i.test(name)) {
    throw badName(name, 'absolute paths are not allowed')
  }
  const segments = name.split(/[\\/]/)
  if (segments.includes('..')) throw badName(name, "'..' is not allowed")
  const base = segments[segments.length - 1] ?? ''
  if (base === '') throw badName(name, 'no file name after the last separator')
  if (WINDOWS_INVALID_CHARS.test(base)) throw badName(name, 'contains one of < > : " | ? *')
  if (/[. ]$/.test(base)) throw badName(name, 'ends with a dot or a space')
  if (WINDOWS_RESERVED.test(base)) throw badName(name, 'a reserved device name on Windows')
  return base
}

/** Validates `file:save`'s arguments; the returned name has its directories stripped. */
export function validateSaveFileArgs(args: readonly unknown[]): [SaveFileArgs] {
  expectArgCount(args, 1, 'file:save')
  const record = expectRecord(args[0], 'file:save argument', ['suggestedName', 'mimeType', 'data'])
  const suggestedName = expectString(record.suggestedName, 'suggestedName', MAX_FILE_NAME_LENGTH)
  return [
    {
      suggestedName: validateFileName(suggestedName),
      mimeType: expectMimeType(record.mimeType, 'mimeType'),
      data: expectFileData(record.data, 'data')
    }
  ]
}

/**
 * Validates `report:save-pdf`: non-empty HTML of at most MAX_REPORT_HTML_BYTES (UTF-8), and a
 * suggested name that passes validateFileName, names no folder at all and ends in '.pdf'.
 */
export function validateReportPdfArgs(args: readonly unknown[]): [SaveReportPdfArgs] {
  expectArgCount(args, 1, 'report:save-pdf')
  const record = expectRecord(args[0], 'report:save-pdf argument', ['html', 'suggestedName'])
  if (typeof record.html !== 'string' || record.html === '') {
    throw new Error('html must be a non-empty string')
  }
  const html = record.html
  expectFileData(html, 'html', MAX_REPORT_HTML_BYTES)
  const suggestedName = expectString(record.suggestedName, 'suggestedName', MAX_FILE_NAME_LENGTH)
  // validateFileName strips folders of a relative name; a report's name has none to strip.
  if (validateFileName(suggestedName) !== suggestedName) {
    throw badName(suggestedName, 'a file name without folders is expected')
  }
  if (!/.\.pdf$/i.test(suggestedName)) throw badName(suggestedName, "must end in '.pdf'")
  return [{ html, suggestedName }]
}

/** '' (the system's servers) or an IP address with an optional port, as parseDnsServer reads it. */
export function expectDnsServer(value: unknown): string {
  if (typeof value !== 'string') throw new Error('server must be a string')
  if (value.length > MAX_DNS_SERVER_LENGTH) {
    throw new Error(`server is longer than ${MAX_DNS_SERVER_LENGTH} characters`)
  }
  const server = parseDnsServer(value)
  if (!server.ok) throw new Error(server.message)
  return value
}

function isDnsRecordType(value: unknown): value is DnsRecordType {
  return DNS_RECORD_TYPES.some((type) => type === value)
}

/**
 * Validates `dns:query`'s arguments: the shape, the record type, a name of at most
 * MAX_DNS_NAME_INPUT_LENGTH characters, a server that parses as an IP address (with an optional
 * port) or is '', and a positive timeout. Whether the name is a valid DNS name is the query's
 * business: it answers INVALID with a sentence the UI shows.
 */
export function validateDnsQueryArgs(args: readonly unknown[]): [DnsQueryArgs] {
  expectArgCount(args, 1, 'dns:query')
  const record = expectRecord(args[0], 'dns:query argument', [
    'name',
    'type',
    'server',
    'timeoutMs'
  ])
  const name = expectString(record.name, 'name', MAX_DNS_NAME_INPUT_LENGTH)
  const type = record.type
  if (!isDnsRecordType(type)) throw new Error(`type must be one of ${DNS_RECORD_TYPES.join(', ')}`)
  const query: DnsQueryArgs = { name, type }
  if (record.server !== undefined) query.server = expectDnsServer(record.server)
  if (record.timeoutMs !== undefined) {
    const timeoutMs = record.timeoutMs
    if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
      throw new Error('timeoutMs must be a positive number of milliseconds')
    }
    query.timeoutMs = timeoutMs
  }
  return [query]
}

/**
 * An automatic backup's file name exactly as `backup:list` gives it: no directory part, no
 * '..', and nothing but the pattern main writes (which also excludes absolute and UNC paths
 * and the device names Windows reserves).
 */
export function expectBackupName(value: unknown, field: string): string {
  const name = expectString(value, field, MAX_FILE_NAME_LENGTH)
  if (/[\\/]/.test(name) || name.includes('..')) {
    throw new Error(`${field} must be a backup's file name, not a path: "${name}"`)
  }
  if (parseBackupName(name) === null) {
    throw new Error(`${field} is not the name of an automatic backup: "${name}"`)
  }
  return name
}

function isBackupReason(value: unknown): value is BackupReason {
  return BACKUP_REASONS.some((reason) => reason === value)
}

/** Validates `backup:write`: the backup text (at most MAX_BACKUP_BYTES) and a known reason. */
export function validateBackupWriteArgs(args: readonly unknown[]): [BackupWriteArgs] {
  expectArgCount(args, 1, 'backup:write')
  const record = expectRecord(args[0], 'backup:write argument', ['text', 'reason'])
  const text = expectFileData(record.text, 'text', MAX_BACKUP_BYTES)
  if (typeof text !== 'string' || text === '') throw new Error('text must be a non-empty string')
  if (!isBackupReason(record.reason)) {
    throw new Error(`reason must be one of ${BACKUP_REASONS.join(', ')}`)
  }
  return [{ text, reason: record.reason }]
}

/** Validates `backup:read`: one backup name, see expectBackupName. */
export function validateBackupReadArgs(args: readonly unknown[]): [BackupReadArgs] {
  expectArgCount(args, 1, 'backup:read')
  const record = expectRecord(args[0], 'backup:read argument', ['name'])
  return [{ name: expectBackupName(record.name, 'name') }]
}

/** Most tables a canary may count. */
export const MAX_CANARY_TABLES = 64

function expectCount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${field} must be a whole number of at least 0`)
  }
  return value
}

/**
 * A canary: counts that are whole numbers, at most MAX_CANARY_TABLES table names of letters and
 * digits, an ISO time, and the name of a backup (or null) as expectBackupName reads it.
 */
export function validateCanary(value: unknown, what: string): Canary {
  const record = expectRecord(value, what, [
    'projectCount',
    'rowCounts',
    'lastBackup',
    'schemaVersion',
    'writtenAt'
  ])
  const counts = record.rowCounts
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) {
    throw new Error('rowCounts must be an object')
  }
  const rows: Record<string, unknown> = { ...counts }
  const tables = Object.keys(rows)
  if (tables.length > MAX_CANARY_TABLES) {
    throw new Error(`rowCounts has more than ${MAX_CANARY_TABLES} tables`)
  }
  const rowCounts: Record<string, number> = {}
  for (const table of tables) {
    if (!/^[A-Za-z][A-Za-z0-9]{0,63}$/.test(table)) {
      throw new Error(`rowCounts has a table name that is not one: "${table.slice(0, 70)}"`)
    }
    rowCounts[table] = expectCount(rows[table], `rowCounts.${table}`)
  }
  const schemaVersion = expectCount(record.schemaVersion, 'schemaVersion')
  if (schemaVersion < 1) throw new Error('schemaVersion must be at least 1')
  const writtenAt = expectString(record.writtenAt, 'writtenAt', 40)
  if (Number.isNaN(Date.parse(writtenAt)) || !/^\d{4}-\d{2}-\d{2}T/.test(writtenAt)) {
    throw new Error(`writtenAt is not an ISO time: "${writtenAt}"`)
  }
  return {
    projectCount: expectCount(record.projectCount, 'projectCount'),
    rowCounts,
    lastBackup:
      record.lastBackup === null ? null : expectBackupName(record.lastBackup, 'lastBackup'),
    schemaVersion,
    writtenAt
  }
}

/** Validates `canary:write`: one canary, see validateCanary. */
export function validateCanaryWriteArgs(args: readonly unknown[]): [Canary] {
  expectArgCount(args, 1, 'canary:write')
  return [validateCanary(args[0], 'canary:write argument')]
}

/** Validates a channel that takes no arguments. */
export function validateNoArgs(channel: IpcChannel, args: readonly unknown[]): [] {
  expectArgCount(args, 0, channel)
  return []
}

/** One validator per contract channel: raw invoke arguments in, typed arguments out. */
export const IPC_VALIDATORS: { [K in IpcChannel]: (args: readonly unknown[]) => IpcArgs<K> } = {
  'app:get-info': (args) => validateNoArgs('app:get-info', args),
  'file:save': validateSaveFileArgs,
  'report:save-pdf': validateReportPdfArgs,
  'dns:query': validateDnsQueryArgs,
  'backup:write': validateBackupWriteArgs,
  'backup:list': (args) => validateNoArgs('backup:list', args),
  'backup:read': validateBackupReadArgs,
  'canary:read': (args) => validateNoArgs('canary:read', args),
  'canary:write': validateCanaryWriteArgs
}

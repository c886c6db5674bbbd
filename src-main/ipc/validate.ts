// Payload validation for every IPC channel. The renderer is untrusted: each argument is
// checked for type, shape and size before a handler sees it, and a bad payload rejects the
// call with an Error that names the field.
import { Buffer } from 'node:buffer'
import { MAX_FILE_BYTES, MAX_FILE_NAME_LENGTH } from '../shared/ipc-contract'
import type { IpcArgs, IpcChannel, SaveFileArgs } from '../shared/ipc-contract'

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
// Device names Windows reserves with any extension: CON.txt and nul.tar.gz are devices too.
const WINDOWS_RESERVED =
  /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(?:\..*)?$/i

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

/** Validates a channel that takes no arguments. */
export function validateNoArgs(channel: IpcChannel, args: readonly unknown[]): [] {
  expectArgCount(args, 0, channel)
  return []
}

/** One validator per contract channel: raw invoke arguments in, typed arguments out. */
export const IPC_VALIDATORS: { [K in IpcChannel]: (args: readonly unknown[]) => IpcArgs<K> } = {
  'app:get-info': (args) => validateNoArgs('app:get-info', args),
  'file:save': validateSaveFileArgs
}

/**
 * Reads a pasted block of message headers as RFC 5322 header fields: CRLF, CR or LF line ends,
 * folded lines (a continuation starts with a space or a tab) and RFC 2047 encoded words. A pasted
 * whole message (or a dropped .eml file) stops at the first blank line, where the body begins.
 * Nothing here throws: what cannot be read is reported with its line number.
 */

export type HeaderField = {
  /** The name as written, e.g. "Received". */
  name: string
  /** Lower-case name, for lookups. */
  key: string
  /** The value unfolded (line breaks removed) and decoded, trimmed. */
  value: string
  /** 1-based line where the field starts in the pasted text. */
  line: number
}

export type HeaderBlock = {
  fields: HeaderField[]
  /** Lines that are neither a field nor the continuation of one (1-based). */
  junkLines: number[]
}

// RFC 5322 field names are printable ASCII without the colon; MHA (microsoft/MHA) also treats
// "names" of one or two digits as a folded time whose indentation was lost in pasting.
const FIELD = /^([!-9;-~]+)[ \t]*:(.*)$/
const FOLDED_TIME = /^\d{1,2}$/

/** Splits the text into header fields; stops at the first blank line after the first field. */
export function readHeaderBlock(text: string): HeaderBlock {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const fields: HeaderField[] = []
  const junkLines: number[] = []
  let current: { name: string; parts: string[]; line: number } | null = null

  const finish = (): void => {
    if (current === null) return
    const raw = current.parts.join('').replace(/\0/g, '')
    fields.push({
      name: current.name,
      key: current.name.toLowerCase(),
      value: decodeEncodedWords(raw).replace(/\s+/g, ' ').trim(),
      line: current.line
    })
    current = null
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const number = i + 1
    if (line.trim() === '') {
      // Leading blank lines are pasting noise; the first blank line after a field ends the block.
      if (current !== null || fields.length > 0) break
      continue
    }
    // An mbox separator ("From sender date") before the first field is not a header.
    if (fields.length === 0 && current === null && /^From /.test(line)) continue
    if (/^[ \t]/.test(line)) {
      if (current === null) junkLines.push(number)
      else current.parts.push(line)
      continue
    }
    const match = FIELD.exec(line)
    if (match && !FOLDED_TIME.test(match[1] ?? '')) {
      finish()
      current = { name: match[1] ?? '', parts: [match[2] ?? ''], line: number }
      continue
    }
    if (current !== null && match) {
      // A folded time ("12:34:56 +0000") whose indentation was lost in pasting.
      current.parts.push(' ' + line)
      continue
    }
    junkLines.push(number)
  }
  finish()
  return { fields, junkLines }
}

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g

/** Decodes RFC 2047 encoded words; white space between two adjacent encoded words is dropped. */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value
  const joined = value.replace(/(\?=)\s+(?==\?[^?\s]+\?[BbQq]\?)/g, '$1')
  return joined.replace(ENCODED_WORD, (word, charset: string, encoding: string, text: string) => {
    const bytes = encoding.toUpperCase() === 'B' ? base64Bytes(text) : quotedBytes(text)
    if (bytes === null) return word
    try {
      // RFC 2231 allows a language after '*': "utf-8*en".
      return new TextDecoder(charset.split('*')[0]).decode(bytes)
    } catch {
      return word
    }
  })
}

function quotedBytes(text: string): Uint8Array {
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? ''
    const hex = text.slice(i + 1, i + 3)
    if (char === '_') bytes.push(0x20)
    else if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else bytes.push(char.charCodeAt(0) & 0xff)
  }
  return Uint8Array.from(bytes)
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function base64Bytes(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '')
  if (!/^[A-Za-z0-9+/]*$/.test(clean)) return null
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of clean) {
    buffer = (buffer << 6) | BASE64.indexOf(char)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >> bits) & 0xff)
    }
  }
  return Uint8Array.from(bytes)
}

/**
 * The header part of a pasted message or .eml file: the text up to the first blank line after
 * the first non-blank one, so a message body (and its attachments) is never kept.
 */
export function headerPart(text: string): string {
  // A line break is CRLF, LF or a lone CR: "\r\n" must never count as two breaks.
  const match = /^\s*\S[\s\S]*?(?:\r\n|\n|\r(?!\n))[ \t]*(?:\r\n|\n|\r(?!\n))/.exec(text)
  return match ? match[0].replace(/\s+$/, '') : text.trim()
}

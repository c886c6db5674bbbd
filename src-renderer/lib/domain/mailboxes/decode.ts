/**
 * Turns the bytes of an exported file into text. Exchange admins' files come from Windows
 * PowerShell 5.1 (UTF-16 LE with BOM for `>` redirection, UTF-8 with BOM for `-Encoding UTF8`),
 * PowerShell 7 (UTF-8 without BOM) and Excel re-saves (often Windows-1252), so all are accepted.
 * TextDecoder exists in browsers, workers and Node, so this stays pure.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export type DecodedText = {
  text: string
  /** 'text' when the input was already a string. */
  encoding: TextEncodingName | 'text'
  /** Whether a byte-order mark was found (and dropped). */
  bom: boolean
}

function decodeWith(encoding: TextEncodingName, bytes: Uint8Array, fatal = false): string {
  // ignoreBOM: false makes the decoder drop the BOM rather than return it as U+FEFF.
  return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes)
}

/**
 * What bytes 0x80–0x9F mean in Windows-1252 (WHATWG index; the five unassigned bytes stay C1
 * controls). Node 20.18.3+ and 22.13+ decode 'windows-1252' as Latin-1, turning € and curly quotes
 * into control characters (nodejs/node#60888), so the decoded text is corrected with this table.
 * On a correct decoder the correction finds nothing to change.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function decodeWindows1252(bytes: Uint8Array): string {
  return decodeWith('windows-1252', bytes).replace(/[\u0080-\u009f]/g, (c) =>
    CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80)
  )
}

/**
 * A CSV never contains NUL characters, so NULs in every other byte of the first characters mean
 * UTF-16 without a BOM (some tools write it that way). Looking at two characters is enough and
 * cannot misfire on real 8-bit text.
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4) return undefined
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]]
  if (b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return 'utf-16le'
  if (b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return 'utf-16be'
  return undefined
}

/**
 * Decodes an export: a BOM decides (UTF-8, UTF-16 LE, UTF-16 BE); without one, UTF-16 is
 * recognised by its NUL bytes, then strict UTF-8 is tried, and bytes that are not valid UTF-8 are
 * read as Windows-1252 (what Excel and Notepad write on Western-European Windows).
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]]
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: decodeWith('utf-8', bytes), encoding: 'utf-8', bom: true }
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: decodeWith('utf-16le', bytes), encoding: 'utf-16le', bom: true }
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: decodeWith('utf-16be', bytes), encoding: 'utf-16be', bom: true }
  }
  const utf16 = sniffUtf16WithoutBom(bytes)
  if (utf16 !== undefined) return { text: decodeWith(utf16, bytes), encoding: utf16, bom: false }
  try {
    return { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8', bom: false }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false }
  }
}

/** Accepts bytes or text that was already decoded; a leading U+FEFF in text is dropped as a BOM. */
export function decodeInput(input: Uint8Array | string): DecodedText {
  if (typeof input !== 'string') return decodeBytes(input)
  const bom = input.charCodeAt(0) === 0xfeff
  return { text: bom ? input.slice(1) : input, encoding: 'text', bom }
}

/**
 * What the import preview says about how the file was read, or null when there is nothing to
 * say. A file that is not valid UTF-8 is read as Windows-1252, which is right for Excel's and
 * Notepad's Western-European files but garbles names in any other code page, silently; so the
 * notice quotes `example`, a name from the file with letters beyond ASCII, for the user to judge.
 */
export function encodingNotice(
  encoding: DecodedText['encoding'],
  example: string | null
): string | null {
  if (encoding !== 'windows-1252') return null
  const read =
    'The file is not UTF-8, so it was read as Windows-1252 (what Excel and Notepad write on ' +
    'Western-European Windows)'
  return example === null
    ? `${read}. If names look wrong after the import, export the file again as UTF-8.`
    : `${read}: one name reads “${example}”. If that looks wrong, export the file again as UTF-8 and import that instead.`
}

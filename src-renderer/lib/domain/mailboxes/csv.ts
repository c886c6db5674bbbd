/**
 * A single-pass CSV reader for exports of 100,000 rows and more. It jumps from quote to quote and
 * from delimiter to delimiter with indexOf (native, vectorised) instead of looking at every
 * character, and counts physical lines as it goes so every record and error names the line of the
 * file it starts on.
 *
 * What it accepts:
 * - comma, semicolon or tab, detected on the header line outside quotes (or an Excel `sep=;` line);
 * - quoted fields holding delimiters, line breaks and doubled quotes (`""`);
 * - CRLF, LF, both mixed, and old-Mac CR-only files;
 * - a leading `#TYPE …` line (Windows PowerShell's Export-Csv without -NoTypeInformation) and blank
 *   lines before the header;
 * - a quote inside an unquoted field, or text after a closing quote, is kept as literal text.
 *
 * What it refuses, with the line it happened on:
 * - a quote that is never closed (the record is dropped; reading resumes on the next line). A quoted
 *   field that runs over a line break and has text after its closing quote counts as one: the
 *   quote it "closes" on is the opening quote of a later field, and reading on would silently merge
 *   the following rows into this field;
 * - a record with more or fewer fields than the header (extra empty fields, as Excel writes them,
 *   are tolerated);
 * - a field longer than {@link MAX_FIELD_LENGTH} or a record with more than {@link MAX_FIELDS}
 *   fields: no mailbox export has these, so reading stops there rather than exhaust memory.
 */
import { formatCount } from '../numbers'

export type CsvDelimiter = ',' | ';' | '\t'

export type CsvIssue = { line: number; message: string }

/** One data record: its fields, and the file line (1-based) it starts on. */
export type CsvRecord = { line: number; fields: string[] }

export type CsvTable = {
  delimiter: CsvDelimiter
  /** Header cells, trimmed, exactly as many as each record has fields. Empty when none was found. */
  headers: string[]
  /** File line of the header; 0 when the file has none. */
  headerLine: number
  records: CsvRecord[]
  errors: CsvIssue[]
  /** True when reading stopped early (field or record too large); later records are missing. */
  stopped: boolean
}

export type CsvOptions = {
  /** Longest field accepted, in characters. */
  maxFieldLength?: number
}

/** 1 MiB of characters: a display name is at most 256, a multi-valued address list a few KB. */
export const MAX_FIELD_LENGTH = 1_048_576

/** Exchange objects have a few hundred properties at most. */
export const MAX_FIELDS = 2_000

const LF = 10
const CR = 13
const QUOTE = 34

const DELIMITER_NAMES: Readonly<Record<CsvDelimiter, string>> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab'
}

function describeLimit(chars: number): string {
  return chars >= 1_048_576 && chars % 1_048_576 === 0
    ? `${chars / 1_048_576} MB`
    : `${formatCount(chars)} characters`
}

/** The delimiter used most often outside quotes on the header line; comma when there is none. */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  let comma = 0
  let semicolon = 0
  let tab = 0
  let quoted = false
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine.charCodeAt(i)
    if (c === QUOTE) quoted = !quoted
    else if (quoted) continue
    else if (c === 44) comma++
    else if (c === 59) semicolon++
    else if (c === 9) tab++
    else if (c === LF) break
  }
  if (semicolon > comma && semicolon >= tab) return ';'
  if (tab > comma && tab > semicolon) return '\t'
  return ','
}

/** End of the physical line starting at pos (index of its LF, or text.length), CR excluded. */
function lineEnd(text: string, pos: number): { end: number; next: number } {
  const lf = text.indexOf('\n', pos)
  const next = lf === -1 ? text.length : lf + 1
  let end = lf === -1 ? text.length : lf
  if (end > pos && text.charCodeAt(end - 1) === CR) end--
  return { end, next }
}

const SEP_LINE = /^\s*sep=(.)\s*$/i

/**
 * Skips what comes before the header: blank lines, `#TYPE …` lines and Excel's `sep=X` hint.
 * Returns where the header starts, its line number and the hinted delimiter, if any.
 */
function skipPreamble(
  text: string,
  start: number
): { pos: number; line: number; hinted: CsvDelimiter | undefined } {
  let pos = start
  let line = 1
  let hinted: CsvDelimiter | undefined
  while (pos < text.length) {
    const { end, next } = lineEnd(text, pos)
    const raw = text.slice(pos, Math.min(end, pos + 200))
    const content = raw.trim()
    // Matched before trimming: trim() would remove the tab of `sep=<tab>`.
    const sep = SEP_LINE.exec(raw)
    const isType = content.slice(0, 5).toUpperCase() === '#TYPE'
    if (content !== '' && !isType && sep === null) break
    if (sep !== null && (sep[1] === ',' || sep[1] === ';' || sep[1] === '\t')) hinted = sep[1]
    pos = next
    line++
  }
  return { pos, line, hinted }
}

function isBlankRecord(fields: string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false
  return true
}

/**
 * Walks the text record by record from the header on. It keeps the positions of the next LF and
 * the next delimiter at or after `pos`, found lazily with indexOf (len when there is none; a
 * position before `pos` means "search again"), so no character is looked at twice.
 */
class RecordScanner {
  readonly errors: CsvIssue[] = []
  /** True once reading stopped for good (a field or record too large). */
  stopped = false
  pos: number
  /** The file line `pos` is on. */
  line: number
  private readonly len: number
  private readonly delimCode: number
  private nextLf: number
  private nextDelim = -1

  constructor(
    private readonly text: string,
    private readonly delimiter: CsvDelimiter,
    private readonly maxField: number,
    start: { pos: number; line: number }
  ) {
    this.len = text.length
    this.delimCode = delimiter.charCodeAt(0)
    this.pos = start.pos
    this.line = start.line
    this.nextLf = this.findLf(start.pos)
  }

  /**
   * The fields of the record at `pos`, moving past it; undefined when the record is dropped (an
   * error says why; reading goes on unless `stopped`).
   */
  readRecord(): string[] | undefined {
    const recordLine = this.line
    const fields: string[] = []
    for (;;) {
      const value =
        this.text.charCodeAt(this.pos) === QUOTE ? this.readQuoted() : this.readUnquoted()
      if (value === undefined) return undefined
      fields.push(value)
      const c = this.text.charCodeAt(this.pos)
      if (c === this.delimCode) {
        this.pos++
        if (fields.length >= MAX_FIELDS) {
          this.stop({
            line: recordLine,
            message: `line ${recordLine}: more than ${formatCount(MAX_FIELDS)} fields in one record; this is not a mailbox export or the file is damaged, so reading stopped here`
          })
          return undefined
        }
        continue
      }
      if (c === CR) this.pos++
      if (this.text.charCodeAt(this.pos) === LF) {
        this.pos++
        this.line++
        this.nextLf = this.findLf(this.pos)
      }
      return fields
    }
  }

  private findLf(from: number): number {
    const i = this.text.indexOf('\n', from)
    return i === -1 ? this.len : i
  }

  private stop(issue: CsvIssue): void {
    this.errors.push(issue)
    this.stopped = true
  }

  private stopTooLong(at: number): undefined {
    this.stop({
      line: at,
      message: `line ${at}: a field is longer than ${describeLimit(this.maxField)}; this is not a mailbox export or the file is damaged, so reading stopped here`
    })
    return undefined
  }

  /** Where the field at `from` ends: the next delimiter or line break. */
  private fieldStop(from: number): number {
    if (this.nextDelim < from) {
      this.nextDelim = this.text.indexOf(this.delimiter, from)
      if (this.nextDelim === -1) this.nextDelim = this.len
    }
    return this.nextDelim < this.nextLf ? this.nextDelim : this.nextLf
  }

  /** The end of the text up to `stop`, a CR before the line's LF left out. */
  private textEnd(from: number, stop: number): number {
    return stop === this.nextLf && stop > from && this.text.charCodeAt(stop - 1) === CR
      ? stop - 1
      : stop
  }

  private readUnquoted(): string | undefined {
    const { pos } = this
    const stop = this.fieldStop(pos)
    if (stop - pos > this.maxField) return this.stopTooLong(this.line)
    this.pos = stop
    return this.text.slice(pos, this.textEnd(pos, stop))
  }

  /**
   * Drops the record of a quote that is never closed and reads on from the line after the one
   * the quote opened on.
   */
  private skipUnclosedQuote(openLine: number, fieldStart: number): undefined {
    this.errors.push({
      line: openLine,
      message: `line ${openLine}: a quoted field starts here but its closing quote (") is missing`
    })
    const openLineEnd = this.findLf(fieldStart)
    this.pos = openLineEnd < this.len ? openLineEnd + 1 : this.len
    this.line = openLine + 1
    this.nextLf = this.findLf(this.pos)
    this.nextDelim = -1
    return undefined
  }

  private readQuoted(): string | undefined {
    const { text } = this
    const fieldStart = this.pos
    const openLine = this.line
    let from = this.pos + 1
    let value = ''
    for (;;) {
      const q = text.indexOf('"', from)
      // No quote anywhere after this one, so every later line is quote-free.
      if (q === -1) return this.skipUnclosedQuote(openLine, fieldStart)
      if (q - fieldStart > this.maxField) return this.stopTooLong(openLine)
      while (this.nextLf < q) {
        this.line++
        this.nextLf = this.findLf(this.nextLf + 1)
      }
      if (text.charCodeAt(q + 1) === QUOTE) {
        // A doubled quote stands for one quote character.
        value += text.slice(from, q + 1)
        from = q + 2
        continue
      }
      value += text.slice(from, q)
      this.pos = q + 1
      break
    }
    const c = text.charCodeAt(this.pos)
    if (this.pos >= this.len || c === this.delimCode || c === LF) return value
    if (c === CR && text.charCodeAt(this.pos + 1) === LF) return value
    // Over a line break and into more text, the quote was never closed (see the module
    // comment); on one line, text after the closing quote is kept, as spreadsheets do.
    if (this.line !== openLine) return this.skipUnclosedQuote(openLine, fieldStart)
    const stop = this.fieldStop(this.pos)
    if (stop - fieldStart > this.maxField) return this.stopTooLong(openLine)
    value += text.slice(this.pos, this.textEnd(this.pos, stop))
    this.pos = stop
    return value
  }
}

/**
 * Reads CSV text into a header and records. Never throws on bad input: problems come back in
 * `errors` with their line numbers. See the module comment for what is accepted.
 */
export function parseCsv(input: string, options: CsvOptions = {}): CsvTable {
  const maxField = options.maxFieldLength ?? MAX_FIELD_LENGTH
  // Old Mac files end lines with CR alone; only when there is no LF at all is CR a line break.
  const text =
    input.indexOf('\n') === -1 && input.indexOf('\r') !== -1 ? input.replace(/\r/g, '\n') : input
  const begin = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const preamble = skipPreamble(text, begin)
  const headerEnd = Math.min(lineEnd(text, preamble.pos).end, preamble.pos + 65_536)
  const delimiter = preamble.hinted ?? detectDelimiter(text.slice(preamble.pos, headerEnd))
  const scanner = new RecordScanner(text, delimiter, maxField, preamble)
  const { errors } = scanner
  const records: CsvRecord[] = []
  let headers: string[] | undefined
  let headerLine = 0

  while (scanner.pos < text.length) {
    const recordLine = scanner.line
    const fields = scanner.readRecord()
    if (fields === undefined) {
      if (scanner.stopped) break
      continue
    }
    if (isBlankRecord(fields)) continue
    if (headers === undefined) {
      headers = fields.map((h) => h.trim())
      headerLine = recordLine
      continue
    }
    if (fields.length > headers.length && isBlankRecord(fields.slice(headers.length))) {
      fields.length = headers.length
    }
    if (fields.length !== headers.length) {
      errors.push({
        line: recordLine,
        message: `line ${recordLine}: ${fields.length} ${fields.length === 1 ? 'field' : 'fields'} but the header has ${headers.length} columns (${DELIMITER_NAMES[delimiter]}-separated)`
      })
      continue
    }
    records.push({ line: recordLine, fields })
  }

  return {
    delimiter,
    headers: headers ?? [],
    headerLine,
    records,
    errors,
    stopped: scanner.stopped
  }
}

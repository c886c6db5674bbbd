/**
 * CSV for the files the app writes (mailbox lists, exception reports). Imported data may hold
 * formula payloads such as `=HYPERLINK(…)`; a spreadsheet would run them when the export is
 * opened, so every cell that could start a formula is neutralised, and every cell is quoted so no
 * reader splits one into two (OWASP "CSV Injection").
 */

export type CsvExportOptions = {
  /** Comma by default; semicolon for Excel in locales whose list separator it is. */
  delimiter?: ',' | ';' | '\t'
}

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
const FORMULA_STARTS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r'])

/**
 * Prefixes a single quote to a cell that starts with =, +, -, @, a tab or a carriage return, so
 * spreadsheets show it as text. Other cells are returned unchanged.
 */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_STARTS.has(value.charAt(0)) ? `'${value}` : value
}

/**
 * Every cell is quoted, whatever it holds. A cell quoted only when it holds the delimiter is split
 * by a spreadsheet that reads another delimiter: Excel in a German or French locale reads `;`, so
 * an unquoted `x;=HYPERLINK(…)` from a comma file becomes two cells, the second one a formula;
 * tabs split the same way in a tab-separated reader.
 */
function quoteCell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`
}

/**
 * Rows to CSV text (RFC 4180): every cell neutralised, then quoted with inner quotes doubled,
 * each row ended by CRLF.
 */
export function toCsv(
  rows: readonly (readonly string[])[],
  options: CsvExportOptions = {}
): string {
  const delimiter = options.delimiter ?? ','
  let out = ''
  for (const row of rows) {
    out += row.map((cell) => quoteCell(neutraliseCsvCell(cell))).join(delimiter)
    out += '\r\n'
  }
  return out
}

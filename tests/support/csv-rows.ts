import { parseCsv } from '../../src-renderer/lib/domain/mailboxes/csv'

/**
 * CSV text as rows of cells, the header row first, read by the app's import parser (tested on
 * its own against RFC 4180 and spreadsheet exports). Malformed text fails the test with the
 * parser's messages.
 */
export function csvRows(text: string): string[][] {
  const table = parseCsv(text)
  if (table.errors.length > 0)
    throw new Error(`The CSV is malformed: ${JSON.stringify(table.errors)}`)
  return [table.headers, ...table.records.map((record) => record.fields)]
}

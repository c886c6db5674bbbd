import { describe, expect, test } from 'vitest'
import {
  MAX_FIELDS,
  detectDelimiter,
  parseCsv
} from '../../../src-renderer/lib/domain/mailboxes/csv'

function shape(text: string): { headers: string[]; records: [number, string[]][] } {
  const table = parseCsv(text)
  expect(table.errors).toEqual([])
  return { headers: table.headers, records: table.records.map((r) => [r.line, r.fields]) }
}

describe('delimiters', () => {
  test.each([
    ['comma', 'Alias,DisplayName\nbob,Bob Kelly\n', ','],
    ['semicolon (European Excel)', 'Alias;DisplayName\nbob;Kelly, Bob\n', ';'],
    ['tab', 'Alias\tDisplayName\nbob\tBob Kelly\n', '\t']
  ])('%s is detected from the header line', (_name, text, delimiter) => {
    const table = parseCsv(text)
    expect(table.delimiter).toBe(delimiter)
    expect(table.headers).toEqual(['Alias', 'DisplayName'])
    expect(table.records[0]?.fields[0]).toBe('bob')
  })

  test('delimiters inside quoted header cells do not count', () => {
    expect(detectDelimiter('"a,b,c";"d,e";f')).toBe(';')
    expect(detectDelimiter('"a;b;c",d')).toBe(',')
  })

  test('a single-column file defaults to comma', () => {
    expect(detectDelimiter('EmailAddress')).toBe(',')
  })

  test("Excel's sep= hint line sets the delimiter and counts as a line", () => {
    const table = parseCsv('sep=;\r\nAlias;Name,Extra\r\nbob;Bob, Kelly\r\n')
    expect(table.delimiter).toBe(';')
    expect(table.headers).toEqual(['Alias', 'Name,Extra'])
    expect(table.records).toEqual([{ line: 3, fields: ['bob', 'Bob, Kelly'] }])
  })
})

describe('quoted fields', () => {
  test('hold delimiters, doubled quotes and line breaks', () => {
    const text =
      '"DisplayName","Message","Alias"\r\n' +
      '"Kelly, Bob","Said ""hi""\r\nthen left","bob"\r\n' +
      '"Ann","","ann"\r\n'
    expect(shape(text)).toEqual({
      headers: ['DisplayName', 'Message', 'Alias'],
      records: [
        [2, ['Kelly, Bob', 'Said "hi"\r\nthen left', 'bob']],
        [4, ['Ann', '', 'ann']]
      ]
    })
  })

  test('line numbers after several multi-line fields count every physical line', () => {
    const text = [
      'A,B,C',
      '"one',
      'two","three',
      'four',
      'five",x',
      'next,"a""b",c',
      '"""quoted""",,',
      'last,1,2'
    ].join('\n')
    expect(shape(text).records.map(([line]) => line)).toEqual([2, 6, 7, 8])
  })

  test('a quote inside an unquoted field, and text after a closing quote, are kept as written', () => {
    expect(shape('A,B\nsay "hi",x\n"ab"cd,y\n').records).toEqual([
      [2, ['say "hi"', 'x']],
      [3, ['abcd', 'y']]
    ])
  })

  test('an empty quoted field and a trailing empty field', () => {
    expect(shape('A,B,C\n"",b,\n').records).toEqual([[2, ['', 'b', '']]])
  })
})

describe('line endings and preamble', () => {
  test('CRLF, LF and a mix of both give the same records', () => {
    const lf = 'A,B\n1,2\n3,4\n'
    expect(shape(lf)).toEqual(shape(lf.replace(/\n/g, '\r\n')))
    expect(shape('A,B\r\n1,2\n3,4\r\n')).toEqual(shape(lf))
  })

  test('a file without a final line break keeps its last record', () => {
    expect(shape('A,B\r\n1,2').records).toEqual([[2, ['1', '2']]])
  })

  test('old-Mac CR-only line endings', () => {
    expect(shape('A,B\r1,2\r3,4\r').records).toEqual([
      [2, ['1', '2']],
      [3, ['3', '4']]
    ])
  })

  test('the #TYPE line of Windows PowerShell is skipped but counted', () => {
    const text =
      '#TYPE Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox\r\n' +
      '"Alias","DisplayName"\r\n"bob","Bob"\r\n'
    const table = parseCsv(text)
    expect(table.headerLine).toBe(2)
    expect(table.headers).toEqual(['Alias', 'DisplayName'])
    expect(table.records).toEqual([{ line: 3, fields: ['bob', 'Bob'] }])
  })

  test('blank and whitespace-only lines, and rows of empty cells, are skipped', () => {
    expect(shape('\n\nA;B\n\n1;2\n   \n;;\n3;4\n')).toEqual({
      headers: ['A', 'B'],
      records: [
        [5, ['1', '2']],
        [8, ['3', '4']]
      ]
    })
  })

  test('a BOM character at the start is not part of the first header', () => {
    expect(parseCsv('\ufeffAlias\nbob\n').headers).toEqual(['Alias'])
  })

  test('empty text has no header and no records', () => {
    expect(parseCsv('')).toEqual({
      delimiter: ',',
      headers: [],
      headerLine: 0,
      records: [],
      errors: [],
      stopped: false
    })
  })
})

describe('errors', () => {
  test('an unterminated quote is named on the line it opened; later lines are still read', () => {
    const text = 'A,B\n1,2\n3,"never closed\n5,6\n7,8\n'
    const table = parseCsv(text)
    expect(table.errors).toEqual([
      {
        line: 3,
        message: 'line 3: a quoted field starts here but its closing quote (") is missing'
      }
    ])
    expect(table.records.map((r) => [r.line, r.fields])).toEqual([
      [2, ['1', '2']],
      [4, ['5', '6']],
      [5, ['7', '8']]
    ])
  })

  test('the unterminated quote is named on its own line when the record started earlier', () => {
    const table = parseCsv('A,B\n"multi\nline","open\nrest,of it\n')
    expect(table.errors.map((e) => e.line)).toEqual([3])
    expect(table.records).toEqual([{ line: 4, fields: ['rest', 'of it'] }])
  })

  test('ragged rows are reported per line and left out', () => {
    const table = parseCsv('A,B,C\n1,2,3\n1,2\n1,2,3,4\n4,5,6\n')
    expect(table.errors).toEqual([
      { line: 3, message: 'line 3: 2 fields but the header has 3 columns (comma-separated)' },
      { line: 4, message: 'line 4: 4 fields but the header has 3 columns (comma-separated)' }
    ])
    expect(table.records.map((r) => r.line)).toEqual([2, 5])
  })

  test('extra empty fields at the end of a row (as Excel writes them) are tolerated', () => {
    expect(shape('A;B\n1;2;;;\n').records).toEqual([[2, ['1', '2']]])
  })

  test('a quoted field longer than the limit stops reading with the line it starts on', () => {
    const table = parseCsv(`A,B\n1,2\n3,"${'x'.repeat(200)}"\n5,6\n`, { maxFieldLength: 100 })
    expect(table.errors).toEqual([
      {
        line: 3,
        message:
          'line 3: a field is longer than 100 characters; this is not a mailbox export or the file is damaged, so reading stopped here'
      }
    ])
    expect(table.stopped).toBe(true)
    expect(table.records.map((r) => r.line)).toEqual([2])
  })

  test('an unquoted field longer than the limit stops reading too', () => {
    const table = parseCsv(`A,B\n1,${'x'.repeat(200)}\n`, { maxFieldLength: 100 })
    expect(table.errors.map((e) => e.line)).toEqual([2])
    expect(table.stopped).toBe(true)
  })

  test('text after a closing quote counts towards the limit', () => {
    const table = parseCsv(`A,B\n1,"ab"${'x'.repeat(200)}\n`, { maxFieldLength: 100 })
    expect(table.errors.map((e) => e.line)).toEqual([2])
    expect(table.stopped).toBe(true)
  })

  test('a record with more fields than any export has stops reading', () => {
    const table = parseCsv(`A\n${','.repeat(MAX_FIELDS + 5)}x\n`)
    expect(table.errors).toEqual([
      {
        line: 2,
        message:
          'line 2: more than 2,000 fields in one record; this is not a mailbox export or the file is damaged, so reading stopped here'
      }
    ])
    expect(table.stopped).toBe(true)
  })
})

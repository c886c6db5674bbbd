import { describe, expect, test } from 'vitest'
import { neutraliseCsvCell, toCsv } from '../../../src-renderer/lib/domain/csv-export'
import { parseCsv } from '../../../src-renderer/lib/domain/mailboxes/csv'

describe('neutraliseCsvCell', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"]
  ])('%j is prefixed with a quote', (cell, safe) => {
    expect(neutraliseCsvCell(cell)).toBe(safe)
  })

  test.each(['Bob Kelly', 'bob@contoso.com', '', ' =not first', "'already", '<img src=x>', '5'])(
    '%j is left alone',
    (cell) => {
      expect(neutraliseCsvCell(cell)).toBe(cell)
    }
  )
})

describe('toCsv', () => {
  test('quotes every cell, doubles inner quotes and ends rows with CRLF', () => {
    expect(
      toCsv([
        ['DisplayName', 'Address', 'Notes'],
        ['Kelly, Bob', 'bob@contoso.com', 'said "hi"'],
        ['Ann', 'ann@contoso.com', 'two\nlines'],
        ['Cy', 'cy@contoso.com', '']
      ])
    ).toBe(
      '"DisplayName","Address","Notes"\r\n' +
        '"Kelly, Bob","bob@contoso.com","said ""hi"""\r\n' +
        '"Ann","ann@contoso.com","two\nlines"\r\n' +
        '"Cy","cy@contoso.com",""\r\n'
    )
  })

  test('neutralises formula cells, then quotes them', () => {
    expect(toCsv([['=1+2', '=SUM(A1,B1)', '\r=x', '-5']])).toBe(
      `"'=1+2","'=SUM(A1,B1)","'\r=x","'-5"\r\n`
    )
  })

  test('a cell holding another locale’s delimiter stays one cell: no formula cell splits off', () => {
    // Excel in a German or French locale splits at semicolons, a tab-separated reader at tabs.
    const csv = toCsv([['x;=HYPERLINK("http://evil.example")', 'a\t=1+1', 'b,@SUM(1)']])
    expect(csv).toBe('"x;=HYPERLINK(""http://evil.example"")","a\t=1+1","b,@SUM(1)"\r\n')
    for (const delimiter of [';', '\t'] as const) {
      const table = parseCsv(`"Header"\r\n${toCsv([['x;=1+1\t=2+2']], { delimiter })}`)
      expect(table.records.map((record) => record.fields)).toEqual([['x;=1+1\t=2+2']])
    }
  })

  test('with a semicolon delimiter, cells are joined by semicolons and quoted all the same', () => {
    expect(toCsv([['Kelly, Bob', 'a;b']], { delimiter: ';' })).toBe('"Kelly, Bob";"a;b"\r\n')
  })

  test('no rows give empty text', () => {
    expect(toCsv([])).toBe('')
  })

  test('round trip: the reader gets back every cell, neutralised payloads included', () => {
    const rows = [
      ['Name', 'Payload'],
      ['Kelly, "Bob"', '=HYPERLINK("http://evil.example")'],
      ['<script>alert(1)</script>', 'multi\r\nline'],
      ['Zoë Müller', '@SUM(1)']
    ]
    const table = parseCsv(toCsv(rows))
    expect(table.errors).toEqual([])
    expect([table.headers, ...table.records.map((r) => r.fields)]).toEqual([
      ['Name', 'Payload'],
      ['Kelly, "Bob"', '\'=HYPERLINK("http://evil.example")'],
      ['<script>alert(1)</script>', 'multi\r\nline'],
      ['Zoë Müller', "'@SUM(1)"]
    ])
  })
})

import { describe, expect, test } from 'vitest'
import { decodeBytes, decodeInput } from '../../../src-renderer/lib/domain/mailboxes/decode'
import { parseMailboxExport } from '../../../src-renderer/lib/domain/mailboxes/import'
import { utf16Bytes, utf8Bytes, windows1252Bytes } from '../../support/mailbox-fixtures'

const SAMPLE =
  'DisplayName,PrimarySmtpAddress\r\nJürgen Müller,jurgen@contoso.com\r\nZoë Lefèvre,zoe@contoso.com\r\n'

describe('decodeBytes', () => {
  test.each([
    ['UTF-8 without BOM', utf8Bytes(SAMPLE), 'utf-8', false],
    ['UTF-8 with BOM', utf8Bytes(SAMPLE, true), 'utf-8', true],
    ['UTF-16 LE with BOM', utf16Bytes(SAMPLE, 'le'), 'utf-16le', true],
    ['UTF-16 BE with BOM', utf16Bytes(SAMPLE, 'be'), 'utf-16be', true],
    ['UTF-16 LE without BOM', utf16Bytes(SAMPLE, 'le', false), 'utf-16le', false],
    ['UTF-16 BE without BOM', utf16Bytes(SAMPLE, 'be', false), 'utf-16be', false],
    ['Windows-1252', windows1252Bytes(SAMPLE), 'windows-1252', false]
  ])('%s gives the text without its BOM', (_name, bytes, encoding, bom) => {
    expect(decodeBytes(bytes)).toEqual({ text: SAMPLE, encoding, bom })
  })

  test('bytes that are not valid UTF-8 are read as Windows-1252, including its 0x80–0x9F letters', () => {
    const bytes = windows1252Bytes('Name\r\nCœur – 5 €, “Zoë” Müller\r\n')
    expect(decodeBytes(bytes)).toEqual({
      text: 'Name\r\nCœur – 5 €, “Zoë” Müller\r\n',
      encoding: 'windows-1252',
      bom: false
    })
  })

  test('all of 0x80–0x9F decode as the WHATWG Windows-1252 index says (Node decodes them as Latin-1)', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i)
    expect(decodeBytes(bytes).text).toBe(
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
    )
  })

  test('valid UTF-8 that happens to be plain ASCII stays UTF-8', () => {
    expect(decodeBytes(utf8Bytes('EmailAddress\nbob@contoso.com\n')).encoding).toBe('utf-8')
  })

  test('empty input decodes to empty text', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', bom: false })
  })
})

describe('decodeInput', () => {
  test('a string is taken as text and a leading U+FEFF is dropped as a BOM', () => {
    expect(decodeInput('\ufeffAlias\nbob')).toEqual({
      text: 'Alias\nbob',
      encoding: 'text',
      bom: true
    })
    expect(decodeInput('Alias\nbob')).toEqual({ text: 'Alias\nbob', encoding: 'text', bom: false })
  })
})

describe('every encoding imports the same rows', () => {
  const expected = [
    { line: 2, displayName: 'Jürgen Müller', primarySmtpAddress: 'jurgen@contoso.com' },
    { line: 3, displayName: 'Zoë Lefèvre', primarySmtpAddress: 'zoe@contoso.com' }
  ]
  test.each([
    ['UTF-8', utf8Bytes(SAMPLE)],
    ['UTF-8 BOM', utf8Bytes(SAMPLE, true)],
    ['UTF-16 LE', utf16Bytes(SAMPLE, 'le')],
    ['UTF-16 BE', utf16Bytes(SAMPLE, 'be')],
    ['Windows-1252', windows1252Bytes(SAMPLE)],
    ['a string', SAMPLE]
  ])('%s', (_name, input) => {
    const result = parseMailboxExport(input)
    expect(result.errors).toEqual([])
    expect(result.rows).toEqual(expected)
  })
})

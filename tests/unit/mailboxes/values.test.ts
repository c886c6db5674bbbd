import { describe, expect, test } from 'vitest'
import {
  cleanValue,
  isNullLike,
  normaliseAddress,
  parseBoolean,
  parseDuration,
  parseGigabytes,
  parseLocaleNumber,
  parsePercent,
  parseSize
} from '../../../src-renderer/lib/domain/mailboxes/values'

const GB = 1024 ** 3

describe('parseSize', () => {
  test.each([
    ['1.234 GB (1,324,567,890 bytes)', 1_324_567_890],
    ['12.5 GB (13,421,772,800 bytes)', 13_421_772_800],
    ['0 B (0 bytes)', 0],
    ['1,5 GB (1.610.612.736 bytes)', 1_610_612_736],
    ['1,5 GB (1 610 612 736 bytes)', 1_610_612_736],
    ['1.5 GB (1\u00a0610\u00a0612\u00a0736 bytes)', 1_610_612_736],
    ['3.512 GB (3,770,874,368 bytes)', 3_770_874_368],
    ['12.5 GB', 12.5 * GB],
    ['12.5GB', 12.5 * GB],
    ['980 MB', 980 * 1024 ** 2],
    ['0 B', 0],
    ['512 KB', 512 * 1024],
    ['1.1 TB', Math.round(1.1 * 1024 ** 4)],
    ['1,5 GB', 1.5 * GB],
    ['1,234 MB', 1234 * 1024 ** 2],
    ['4096', 4096],
    ['1.234 GB ', Math.round(1.234 * GB)]
  ])('%s → %d bytes', (raw, bytes) => {
    expect(parseSize(raw)).toBe(bytes)
  })

  test.each(['', 'big', '12.5 parsecs', 'GB', '1.2.3 GB', '-5 MB', 'Unlimited'])(
    '%j is not a size',
    (raw) => {
      expect(parseSize(raw)).toBeUndefined()
    }
  )
})

describe('parseGigabytes', () => {
  test('a planning sheet’s GB number becomes bytes', () => {
    expect(parseGigabytes('12.5')).toBe(12.5 * GB)
    expect(parseGigabytes('0')).toBe(0)
    expect(parseGigabytes('lots')).toBeUndefined()
  })
})

describe('parseLocaleNumber', () => {
  test.each([
    ['1,324,567,890', 1_324_567_890],
    ['1.324.567.890', 1_324_567_890],
    ["1'324'567", 1_324_567],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['12,5', 12.5],
    ['1.234', 1.234],
    ['7', 7]
  ])('%s → %d', (raw, n) => {
    expect(parseLocaleNumber(raw)).toBe(n)
  })

  test.each(['', '1,2,3', '1.', 'abc', '1.2.3,4,5'])('%j is not a number', (raw) => {
    expect(parseLocaleNumber(raw)).toBeUndefined()
  })
})

describe('parseDuration', () => {
  test.each([
    ['1.04:12:33', 1 * 86400 + 4 * 3600 + 12 * 60 + 33],
    ['1.04:12:33.5000000', 1 * 86400 + 4 * 3600 + 12 * 60 + 33.5],
    ['04:12:33', 4 * 3600 + 12 * 60 + 33],
    ['00:00:00.1234567', 0.1234567],
    ['36:00:00', 36 * 3600],
    ['02:30', 2 * 3600 + 30 * 60],
    ['03 days 04:05', 3 * 86400 + 4 * 3600 + 5 * 60],
    ['1 day 00:01', 86400 + 60],
    ['00 days 00:00', 0],
    ['2d 03h 04m', 2 * 86400 + 3 * 3600 + 4 * 60],
    [' 12 days 23:59 ', 12 * 86400 + 23 * 3600 + 59 * 60]
  ])('%s → %d s', (raw, seconds) => {
    expect(parseDuration(raw)).toBe(seconds)
  })

  test.each(['', 'soon', '1.25:00:00', '04:61:00', '04:12:60', '3 days', '1:2:3'])(
    '%j is not a duration',
    (raw) => {
      expect(parseDuration(raw)).toBeUndefined()
    }
  )
})

describe('parsePercent', () => {
  test.each([
    ['95', 95],
    ['95%', 95],
    ['95 %', 95],
    ['0', 0],
    ['100', 100],
    ['99.5', 99.5],
    ['99,5', 99.5]
  ])('%s → %d', (raw, n) => {
    expect(parsePercent(raw)).toBe(n)
  })

  test.each(['', '101', '-1', 'half', '95%%'])('%j is not a percentage', (raw) => {
    expect(parsePercent(raw)).toBeUndefined()
  })
})

describe('null-likes and cleaning', () => {
  test.each(['', '   ', 'null', 'NULL', '(null)', '$null', 'N/A', 'n/a', '#N/A', '-', '--', ' - '])(
    '%j means no value',
    (raw) => {
      expect(isNullLike(raw)).toBe(true)
      expect(cleanValue(raw)).toBeUndefined()
    }
  )

  test('surrounding whitespace, including no-break spaces, is removed and nothing else changes', () => {
    expect(cleanValue('\u00a0 Kelly, Bob \t')).toBe('Kelly, Bob')
    expect(cleanValue('<b>Bob</b> &amp;  "x"')).toBe('<b>Bob</b> &amp;  "x"')
    expect(cleanValue('-5')).toBe('-5')
    expect(cleanValue('None')).toBe('None')
    expect(cleanValue(undefined)).toBeUndefined()
  })
})

describe('normaliseAddress', () => {
  test.each([
    ['Bob.Kelly@Contoso.COM', 'bob.kelly@contoso.com'],
    [' bob@contoso.com ', 'bob@contoso.com'],
    ['SMTP:Bob@contoso.mail.onmicrosoft.com', 'bob@contoso.mail.onmicrosoft.com'],
    ["o'brien+tag@sub.contoso.co.uk", "o'brien+tag@sub.contoso.co.uk"],
    ['jürgen@müller.de', 'jürgen@müller.de'],
    ['bob@xn--mller-kva.de', 'bob@xn--mller-kva.de']
  ])('%s → %s', (raw, address) => {
    expect(normaliseAddress(raw)).toBe(address)
  })

  test.each([
    'bob@',
    '@contoso.com',
    'bob',
    'bob@contoso',
    'bob kelly@contoso.com',
    'bob@@contoso.com',
    'bob@contoso..com',
    'bob@-contoso.com',
    'bob@contoso.c',
    '<bob@contoso.com>',
    `${'a'.repeat(320)}@contoso.com`
  ])('%j is not an address', (raw) => {
    expect(normaliseAddress(raw)).toBeUndefined()
  })
})

describe('parseBoolean', () => {
  test('PowerShell and spreadsheet spellings', () => {
    expect(['True', 'TRUE', 'yes', 'Y', '1', 'x'].map(parseBoolean)).toEqual(Array(6).fill(true))
    expect(['False', 'no', 'N', '0'].map(parseBoolean)).toEqual(Array(4).fill(false))
    expect(parseBoolean('maybe')).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import {
  DISPLAY_LOCALE,
  countOf,
  formatBytes,
  formatCount,
  numberFormats
} from '../../src-renderer/lib/domain/numbers'

describe('the number policy: the user locale, supplied once', () => {
  it('is the runtime default locale', () => {
    expect(DISPLAY_LOCALE).toBe(new Intl.DateTimeFormat().resolvedOptions().locale)
    // The tests run in English (Node's default here), so the app's formatters read as English.
    expect(formatCount(1250)).toBe(numberFormats(DISPLAY_LOCALE).count(1250))
  })

  it('groups thousands as the locale does and rounds', () => {
    const english = numberFormats('en-US')
    expect([0, 999, 1000, 1250, 1_048_576, 99_999.6].map(english.count)).toEqual([
      '0',
      '999',
      '1,000',
      '1,250',
      '1,048,576',
      '100,000'
    ])
    expect([-0.2, -1250].map(english.count)).toEqual(['0', '-1,250'])
    expect(numberFormats('de-DE').count(1_048_576)).toBe('1.048.576')
    expect(numberFormats('fr-FR').count(1250)).toBe('1\u202f250')
  })

  it('says a count with its noun', () => {
    expect(countOf(1, 'mailbox', 'mailboxes')).toBe('1 mailbox')
    expect(countOf(0, 'mailbox', 'mailboxes')).toBe('0 mailboxes')
    expect(numberFormats('en-US').countOf(100_000, 'mailbox', 'mailboxes')).toBe(
      '100,000 mailboxes'
    )
    expect(numberFormats('de-DE').countOf(1204, 'row', 'rows')).toBe('1.204 rows')
  })

  it('gives sizes in binary units with binary labels', () => {
    const english = numberFormats('en-US')
    expect(english.bytes(0)).toBe('0 bytes')
    expect(english.bytes(1)).toBe('1 byte')
    expect(english.bytes(1023)).toBe('1,023 bytes')
    expect(english.bytes(1024)).toBe('1.0 KiB')
    expect(english.bytes(81_234)).toBe('79.3 KiB')
    expect(english.bytes(3_400_000)).toBe('3.2 MiB')
    expect(english.bytes(150 * 1024 ** 2)).toBe('150 MiB')
    expect(english.bytes(1_288_490_189)).toBe('1.2 GiB')
    expect(english.bytes(5 * 1024 ** 4)).toBe('5.0 TiB')
    expect(english.bytes(3 * 1024 ** 5)).toBe('3,072 TiB')
    expect(numberFormats('de-DE').bytes(1_288_490_189)).toBe('1,2 GiB')
    expect(formatBytes(2048)).toBe(english.bytes(2048))
  })
})

import { describe, expect, it } from 'vitest'
import { dataCellText } from '../../../src-renderer/lib/domain/burn-up'
import { DISPLAY_LOCALE, numberFormats } from '../../../src-renderer/lib/domain/numbers'

describe('dataCellText', () => {
  it('writes whole numbers in the user’s locale, with its grouping', () => {
    const count = numberFormats(DISPLAY_LOCALE).count
    expect(dataCellText(1250)).toBe(count(1250))
    expect(dataCellText(100000)).toBe(count(100000))
    expect(dataCellText(0)).toBe('0')
  })

  it('keeps a fraction as it is instead of rounding it away', () => {
    expect(dataCellText(12.5)).toBe('12.5')
  })

  it('leaves text cells unchanged', () => {
    expect(dataCellText('42%')).toBe('42%')
    expect(dataCellText('Not planned')).toBe('Not planned')
    expect(dataCellText('')).toBe('')
  })
})

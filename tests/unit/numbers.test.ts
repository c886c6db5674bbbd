import { describe, expect, it } from 'vitest'
import { formatCount } from '../../src-renderer/lib/domain/numbers'

describe('formatCount', () => {
  it('groups thousands with commas and rounds, whatever the locale', () => {
    expect([0, 999, 1000, 1250, 1_048_576, 99_999.6].map(formatCount)).toEqual([
      '0',
      '999',
      '1,000',
      '1,250',
      '1,048,576',
      '100,000'
    ])
  })
})

import { describe, expect, test } from 'vitest'
import { parseCsv } from '../../../src-renderer/lib/domain/mailboxes/csv'
import {
  MOVE_STATISTICS_HEADERS,
  exchangeSize,
  makeMoveRequestStatisticsCsv,
  seededRandom
} from '../../support/mailbox-fixtures'

describe('mailbox fixtures', () => {
  test('the same seed gives the same file; another seed another file', () => {
    const a = makeMoveRequestStatisticsCsv(50, 1)
    expect(makeMoveRequestStatisticsCsv(50, 1)).toBe(a)
    expect(makeMoveRequestStatisticsCsv(50, 2)).not.toBe(a)
  })

  test('rows are realistic in size and shape: over 200 bytes each, every column filled in', () => {
    const text = makeMoveRequestStatisticsCsv(1000, 3, { typeLine: false, newline: '\n' })
    expect(text.length / 1000).toBeGreaterThan(200)
    const table = parseCsv(text)
    expect(table.errors).toEqual([])
    expect(table.headers).toEqual([...MOVE_STATISTICS_HEADERS])
    expect(table.records).toHaveLength(1000)
  })

  test('sizes look like Exchange’s ByteQuantifiedSize', () => {
    expect(exchangeSize(1_324_567_890)).toBe('1.234 GB (1,324,567,890 bytes)')
    expect(exchangeSize(0)).toBe('0 B (0 bytes)')
  })

  test('the PRNG stays in [0, 1)', () => {
    const next = seededRandom(9)
    const values = Array.from({ length: 1000 }, next)
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
  })
})

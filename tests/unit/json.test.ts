import { describe, expect, it } from 'vitest'
import { isRecord, isStringArray, parseJsonObject } from '../../src-renderer/lib/domain/json'

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect(isRecord({})).toBe(true)
    expect(isRecord({ a: 1 })).toBe(true)
    for (const value of [null, undefined, [], [1], 'text', 1, true])
      expect(isRecord(value)).toBe(false)
  })
})

describe('parseJsonObject', () => {
  it('reads stored text that holds a JSON object', () => {
    expect(parseJsonObject('{"a":{"b":[1]}}')).toEqual({ a: { b: [1] } })
  })

  it('gives null for no text, text that is not JSON and JSON that is not an object', () => {
    for (const text of [
      null,
      undefined,
      '',
      '{',
      'not json',
      '[]',
      '[{"a":1}]',
      'null',
      '"x"',
      '3'
    ])
      expect(parseJsonObject(text)).toBeNull()
  })
})

describe('isStringArray', () => {
  it('accepts arrays whose every item is a string, the empty one too', () => {
    expect(isStringArray([])).toBe(true)
    expect(isStringArray(['a', ''])).toBe(true)
  })

  it('refuses anything else', () => {
    for (const value of [null, undefined, 'a', {}, ['a', 1], [null], [['a']]])
      expect(isStringArray(value)).toBe(false)
  })
})

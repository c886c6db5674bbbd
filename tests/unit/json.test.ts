import { describe, expect, it } from 'vitest'
import {
  hasProjectRowMeta,
  isRecord,
  isStringArray,
  parseJsonObject
} from '../../src-renderer/lib/domain/json'

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

describe('hasProjectRowMeta', () => {
  const meta = {
    id: 'r1',
    projectId: 'p1',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    rev: 2
  }

  it('accepts a row with its id, project, times and revision', () => {
    expect(hasProjectRowMeta(meta)).toBe(true)
    expect(hasProjectRowMeta({ ...meta, name: 'extra fields are fine' })).toBe(true)
  })

  it('refuses a row that lacks any of them or holds the wrong type', () => {
    for (const key of Object.keys(meta)) {
      const { [key as keyof typeof meta]: _left, ...without } = meta
      expect(hasProjectRowMeta(without)).toBe(false)
    }
    expect(hasProjectRowMeta({ ...meta, rev: '2' })).toBe(false)
    expect(hasProjectRowMeta({ ...meta, projectId: null })).toBe(false)
  })
})

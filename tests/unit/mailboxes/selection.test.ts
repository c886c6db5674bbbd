import { describe, expect, test } from 'vitest'
import {
  NO_SELECTION,
  keepOnly,
  selectionOf,
  toggled,
  withIds
} from '../../../src-renderer/lib/domain/mailboxes/selection'

describe('selection', () => {
  test('every change gives a new set and leaves the old one as it was', () => {
    const first = selectionOf(['a', 'b'])
    const more = withIds(first, ['c', 'a'])
    const less = toggled(more, 'b')
    expect([...first]).toEqual(['a', 'b'])
    expect([...more]).toEqual(['a', 'b', 'c'])
    expect([...less]).toEqual(['a', 'c'])
    expect([...toggled(less, 'b')]).toEqual(['a', 'c', 'b'])
    expect(NO_SELECTION.size).toBe(0)
  })

  test('keepOnly drops ids that are gone, and keeps the same set when none is', () => {
    const selection = selectionOf(['a', 'b'])
    expect(keepOnly(selection, ['a', 'b', 'c'])).toBe(selection)
    expect([...keepOnly(selection, ['b', 'c'])]).toEqual(['b'])
  })
})

import { describe, expect, it } from 'vitest'
import { describeChange } from '../../src-renderer/lib/ui/activity/describe-change'

describe('activity log change lines', () => {
  it('shows each changed field with its value before and after', () => {
    expect(
      describeChange(
        { status: 'todo', owner: '' },
        { status: 'done', owner: 'Dana', onPremIps: ['1.1.1.1', '2.2.2.2'] }
      )
    ).toEqual([
      { field: 'status', before: 'todo', after: 'done' },
      { field: 'owner', before: '(empty)', after: 'Dana' },
      { field: 'onPremIps', before: null, after: '1.1.1.1, 2.2.2.2' }
    ])
  })

  it('shortens long values and ignores entries without a field map', () => {
    const [line] = describeChange(null, { notes: 'n'.repeat(500) })
    expect(line?.after).toHaveLength(161)
    expect(describeChange(null, null)).toEqual([])
    expect(describeChange(null, ['a'])).toEqual([])
  })
})

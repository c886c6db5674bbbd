import { describe, expect, it } from 'vitest'
import { describeChange } from '../../src-renderer/lib/ui/activity/describe-change'

const names = { batches: new Map([['b1', 'Wave 01']]) }

describe('activity log change lines', () => {
  it('says each changed field as a sentence with its old and new value in the screens’ labels', () => {
    expect(
      describeChange(
        { status: 'todo', owner: '', lifecycle: 'syncing', notes: 'Call Dana' },
        {
          status: 'done',
          owner: 'Dana',
          lifecycle: 'completed',
          notes: '',
          onPremIps: ['1.1.1.1', '2.2.2.2']
        }
      ).map((line) => line.sentence)
    ).toEqual([
      'Status changed from To do to Done.',
      'Owner set to Dana.',
      'Lifecycle changed from Syncing to Completed.',
      'Notes cleared (was Call Dana).',
      'On-premises IP addresses set to 1.1.1.1, 2.2.2.2.'
    ])
  })

  it('says scenario 2’s outbound path in the form’s words', () => {
    expect(
      describeChange(
        { scenario2Outbound: 'direct' },
        { scenario2Outbound: 'through-exchange-online' }
      ).map((line) => line.sentence)
    ).toEqual([
      'Scenario 2 outbound path changed from Directly using DNS to Back through Exchange Online.'
    ])
  })

  it('names batches instead of showing their ids, and never shows an id field or JSON', () => {
    const lines = describeChange(
      { connectorId: 'c-123', batchId: null },
      {
        connectorId: 'c-123',
        batchId: 'b1',
        conditions: { thirdPartyFilter: true, smartHosts: ['mail.contoso.com'] }
      },
      names
    ).map((line) => line.sentence)
    expect(lines).toEqual([
      'Batch set to Wave 01.',
      'Conditions set to third party filter yes; smart hosts mail.contoso.com.'
    ])
    expect(describeChange(null, { batchId: 'gone' }, names)[0]?.sentence).toBe(
      'Batch set to a removed batch.'
    )
    expect(lines.join(' ')).not.toMatch(/[{}"]|c-123/)
  })

  it('shortens long values and ignores entries without a field map', () => {
    const [line] = describeChange(null, { notes: 'n'.repeat(500) })
    expect(line?.sentence).toBe(`Notes set to ${'n'.repeat(160)}….`)
    expect(describeChange(null, null)).toEqual([])
    expect(describeChange(null, ['a'])).toEqual([])
  })
})

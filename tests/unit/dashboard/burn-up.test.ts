import { describe, expect, it } from 'vitest'
import {
  burnUp,
  completionsOf,
  mailboxCompletionDelta,
  stepSettledDelta
} from '../../../src-renderer/lib/domain/burn-up'

const TODAY = '2026-03-11'
const LABELS = { caption: 'Mailboxes completed per day', done: 'Completed', total: 'Mailboxes' }

describe('burn-up', () => {
  it('counts the activity log back from the live count of today', () => {
    const chart = burnUp(
      {
        deltas: [
          { day: '2026-03-07', count: 10 },
          { day: '2026-03-09', count: 5 },
          { day: '2026-03-09', count: -2 },
          { day: '2026-03-20', count: 99 }
        ],
        levels: [],
        current: { done: 20, total: 50 }
      },
      TODAY,
      LABELS
    )
    expect(chart.days).toEqual([
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11'
    ])
    expect(chart.done).toEqual([17, 17, 20, 20, 20])
    expect(chart.total).toEqual([50, 50, 50, 50, 50])
    expect(chart.table).toEqual({
      caption: 'Mailboxes completed per day',
      columns: ['Day', 'Completed', 'Mailboxes'],
      rows: [
        { label: '2026-03-07', cells: [17, 50] },
        { label: '2026-03-08', cells: [17, 50] },
        { label: '2026-03-09', cells: [20, 50] },
        { label: '2026-03-10', cells: [20, 50] },
        { label: '2026-03-11', cells: [20, 50] }
      ]
    })
  })

  it('lets snapshots win for their days, carries them forward and counts back before the first', () => {
    const chart = burnUp(
      {
        deltas: [
          { day: '2026-03-05', count: 40 },
          { day: '2026-03-06', count: 40 },
          { day: '2026-03-08', count: 3 }
        ],
        // Mailboxes were deleted and re-imported on the 6th: the log over-counts, the snapshot does not.
        levels: [
          { day: '2026-03-06', done: 50, total: 400 },
          { day: '2026-03-09', done: 60, total: 420 }
        ],
        current: { done: 70, total: 430 }
      },
      TODAY,
      LABELS
    )
    expect(chart.done).toEqual([10, 50, 50, 53, 60, 60, 70])
    expect(chart.total).toEqual([400, 400, 400, 400, 420, 420, 430])
  })

  it('never draws a count below zero', () => {
    const chart = burnUp(
      {
        deltas: [
          { day: '2026-03-09', count: 0 },
          { day: '2026-03-10', count: 5 }
        ],
        levels: [],
        current: { done: 2, total: 5 }
      },
      TODAY,
      LABELS
    )
    expect(chart.done).toEqual([0, 2, 2])
  })

  it('is one day, today, without any history', () => {
    const chart = burnUp({ deltas: [], levels: [], current: { done: 0, total: 0 } }, TODAY, LABELS)
    expect(chart.days).toEqual([TODAY])
    expect(completionsOf(chart)).toEqual({ completions: [], historyStart: TODAY })
  })

  it('turns a burn-up into daily completions after the baseline day', () => {
    expect(
      completionsOf({ days: ['2026-03-09', '2026-03-10', '2026-03-11'], done: [500, 520, 515] })
    ).toEqual({
      completions: [
        { day: '2026-03-10', count: 20 },
        { day: '2026-03-11', count: -5 }
      ],
      historyStart: '2026-03-09'
    })
  })
})

describe('activity-log deltas', () => {
  it('counts mailboxes moving into and out of completed, created or removed', () => {
    expect(mailboxCompletionDelta({ lifecycle: 'syncing' }, { lifecycle: 'completed' })).toBe(1)
    expect(
      mailboxCompletionDelta({ lifecycle: 'completing' }, { lifecycle: 'completed-with-warnings' })
    ).toBe(1)
    expect(mailboxCompletionDelta({ lifecycle: 'completed' }, { lifecycle: 'failed' })).toBe(-1)
    expect(
      mailboxCompletionDelta({ lifecycle: 'completed' }, { lifecycle: 'completed-with-warnings' })
    ).toBe(0)
    expect(mailboxCompletionDelta(null, { address: 'a@contoso.com', lifecycle: 'completed' })).toBe(
      1
    )
    expect(mailboxCompletionDelta({ lifecycle: 'completed' }, null)).toBe(-1)
    expect(mailboxCompletionDelta({ owner: 'a' }, { owner: 'b' })).toBe(0)
    expect(mailboxCompletionDelta(null, null)).toBe(0)
  })

  it('counts steps settled (done or not applicable) and reopened', () => {
    expect(stepSettledDelta({ status: 'todo' }, { status: 'done' })).toBe(1)
    expect(stepSettledDelta({ status: 'blocked' }, { status: 'not-applicable' })).toBe(1)
    expect(stepSettledDelta({ status: 'done' }, { status: 'in-progress' })).toBe(-1)
    expect(stepSettledDelta({ status: 'done' }, { status: 'not-applicable' })).toBe(0)
    expect(stepSettledDelta({ owner: '' }, { owner: 'Lee' })).toBe(0)
  })
})

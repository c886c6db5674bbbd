import { describe, expect, it } from 'vitest'
import { completionsOf } from '../../../src-renderer/lib/domain/burn-up'
import { forecastMailboxes } from '../../../src-renderer/lib/domain/forecast'
import {
  mailboxOutlook,
  progressSeries,
  stepOutlook
} from '../../../src-renderer/lib/ui/dashboard/progress-outlook'

const TODAY = '2026-03-11'
const HISTORY = {
  mailboxHistory: {
    deltas: [
      { day: '2026-02-20', count: 10 },
      { day: '2026-03-02', count: 20 },
      { day: '2026-03-09', count: 30 }
    ],
    levels: [],
    current: { done: 60, total: 100 }
  },
  stepHistory: { deltas: [], levels: [], current: { done: 0, total: 0 } }
}

describe('the outlook of a progress history', () => {
  it('captions each burn-up as asked, with the columns every progress view shows', () => {
    const series = progressSeries(HISTORY, TODAY, { mailboxes: 'M per day', steps: 'S per day' })
    expect(series.mailboxes.table.caption).toBe('M per day')
    expect(series.mailboxes.table.columns).toEqual(['Day', 'Completed', 'All mailboxes'])
    expect(series.steps.table.caption).toBe('S per day')
    expect(series.steps.table.columns).toEqual(['Day', 'Required steps done', 'Required steps'])
    expect(series.mailboxes.done.at(-1)).toBe(60)
  })

  it('forecasts the mailboxes not yet done at the pace of their burn-up', () => {
    const series = progressSeries(HISTORY, TODAY, { mailboxes: '', steps: '' })
    const outlook = mailboxOutlook({ total: 100, done: 60 }, series.mailboxes, TODAY, {})
    expect(outlook.status).toBe('forecast')
    expect(outlook).toEqual(
      forecastMailboxes({ ...completionsOf(series.mailboxes), remaining: 40, total: 100 }, TODAY)
    )
  })

  it('has too little history to forecast the steps without their burn-up', () => {
    expect(stepOutlook([], null, TODAY, {})).toMatchObject({
      status: 'insufficient-history',
      date: null
    })
  })
})

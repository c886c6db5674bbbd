import { describe, expect, it } from 'vitest'
import { dayString, isWeekend, requireDay } from '../../../src-renderer/lib/domain/days'
import {
  forecastBatches,
  forecastDomains,
  forecastMailboxes,
  forecastSteps,
  formatRate,
  type DayCount
} from '../../../src-renderer/lib/domain/forecast'
import { makeStep } from '../../support/steps'

/** A Wednesday. */
const TODAY = '2026-03-11'

/** `count` completions on every day from `from` to `to`, both included; `weekdays` skips weekends. */
function daily(from: string, to: string, count: number, weekdays = false): DayCount[] {
  const days: DayCount[] = []
  for (let day = requireDay(from); day <= requireDay(to); day += 1)
    if (!weekdays || !isWeekend(day)) days.push({ day: dayString(day), count })
  return days
}

describe('mailbox forecast', () => {
  it('projects a steady pace with a range of ±10% of the time left', () => {
    const forecast = forecastMailboxes(
      {
        completions: daily('2026-02-02', TODAY, 10),
        historyStart: '2026-02-01',
        remaining: 1000,
        total: 1500
      },
      TODAY
    )
    expect(forecast).toEqual({
      status: 'forecast',
      date: '2026-06-19',
      range: { early: '2026-06-09', late: '2026-06-29' },
      ratePerDay7: 10,
      ratePerDay14: 10,
      remaining: 1000,
      lastCompletion: TODAY,
      explanation:
        'At 10 a day over the last 14 days, the remaining 1,000 mailboxes finish around 19 June (between 9 and 29 June).'
    })
  })

  it('says there is too little history to say without records, with few days or no completion', () => {
    const none = forecastMailboxes(
      { completions: [], historyStart: null, remaining: 1250, total: 1250 },
      TODAY
    )
    expect(none).toMatchObject({ status: 'insufficient-history', date: null, range: null })
    expect(none.explanation).toBe(
      'Too little history to say when the remaining 1,250 mailboxes finish: a forecast needs 7 days of records, and there are 0.'
    )
    const short = forecastMailboxes(
      {
        completions: daily('2026-03-09', TODAY, 50),
        historyStart: '2026-03-08',
        remaining: 1250,
        total: 1400
      },
      TODAY
    )
    expect(short.status).toBe('insufficient-history')
    expect(short.explanation).toContain('and there are 3.')
    const idle = forecastMailboxes(
      { completions: [], historyStart: '2026-01-01', remaining: 80, total: 80 },
      TODAY
    )
    expect(idle.explanation).toBe(
      'Too little history to say when the remaining 80 mailboxes finish: none has been completed since the records began.'
    )
    const empty = forecastMailboxes(
      { completions: [], historyStart: null, remaining: 0, total: 0 },
      TODAY
    )
    expect(empty.status).toBe('insufficient-history')
    expect(empty.explanation).toContain('too little history to say')
  })

  it('calls a week without completions stalled and gives no date', () => {
    const forecast = forecastMailboxes(
      {
        completions: daily('2026-02-15', '2026-03-04', 20),
        historyStart: '2026-02-01',
        remaining: 500,
        total: 900
      },
      TODAY
    )
    expect(forecast).toEqual({
      status: 'stalled',
      date: null,
      range: null,
      ratePerDay7: 0,
      ratePerDay14: 10,
      remaining: 500,
      lastCompletion: '2026-03-04',
      explanation:
        'No mailbox was completed in the last 7 days, so there is no finish date to forecast for the remaining 500 mailboxes (the last completion was on 4 March). Over the last 14 days the pace was 10 a day.'
    })
  })

  it('widens the range towards the 7-day rate after a burst and keeps the 14-day rate as likely', () => {
    const forecast = forecastMailboxes(
      {
        completions: [...daily('2026-02-20', '2026-03-04', 5), ...daily('2026-03-05', TODAY, 50)],
        historyStart: '2026-02-19',
        remaining: 1100,
        total: 2000
      },
      TODAY
    )
    expect(forecast).toMatchObject({
      status: 'forecast',
      ratePerDay7: 50,
      ratePerDay14: 27.5,
      date: '2026-04-20',
      range: { early: '2026-04-02', late: '2026-04-24' }
    })
    expect(forecast.explanation).toBe(
      'At 28 a day over the last 14 days (50 a day over the last 7 days), the remaining 1,100 mailboxes finish around 20 April (between 2 and 24 April).'
    )
  })

  it('counts working days only when asked: weekend days do not count, finish dates fall on weekdays', () => {
    const input = {
      completions: daily('2026-02-02', TODAY, 20, true),
      historyStart: '2026-02-01',
      remaining: 30,
      total: 800
    }
    const calendar = forecastMailboxes(input, TODAY)
    const working = forecastMailboxes(input, TODAY, { workingDaysOnly: true })
    expect(calendar.ratePerDay7).toBeCloseTo(100 / 7)
    expect(calendar.date).toBe('2026-03-14')
    expect(working).toMatchObject({
      ratePerDay7: 20,
      ratePerDay14: 20,
      date: '2026-03-13',
      range: { early: '2026-03-12', late: '2026-03-16' }
    })
    expect(working.explanation).toBe(
      'At 20 a working day over the last 14 working days, the remaining 30 mailboxes finish around 13 March (between 12 and 16 March).'
    )
  })

  it('counts weekend completions inside a working-day window', () => {
    const forecast = forecastMailboxes(
      {
        completions: [{ day: '2026-03-07', count: 70 }],
        historyStart: '2026-02-01',
        remaining: 100,
        total: 200
      },
      TODAY,
      { workingDaysOnly: true }
    )
    // 7 working days back from Wednesday 11 March reach Tuesday 3 March, across the weekend.
    expect(forecast.ratePerDay7).toBe(10)
  })

  it('is done when every mailbox is completed', () => {
    expect(
      forecastMailboxes({ completions: [], historyStart: null, remaining: 0, total: 1200 }, TODAY)
    ).toMatchObject({
      status: 'done',
      date: null,
      explanation: 'All 1,200 mailboxes are completed.'
    })
  })

  it('takes the first day as the baseline and clamps the windows to the history', () => {
    const forecast = forecastMailboxes(
      {
        completions: [{ day: '2026-03-01', count: 5000 }, ...daily('2026-03-02', TODAY, 4)],
        historyStart: '2026-03-01',
        remaining: 40,
        total: 5100
      },
      TODAY
    )
    expect(forecast.ratePerDay14).toBe(4)
    expect(forecast.explanation).toMatch(/^At 4 a day over the last 10 days, the remaining 40/)
  })

  it('writes rates under one a day per week', () => {
    expect(formatRate(0.5, false)).toBe('3.5 a week')
    expect(formatRate(0.4, true)).toBe('2 a week')
    expect(formatRate(3.25, false)).toBe('3.3 a day')
  })
})

describe('batch and domain forecasts', () => {
  const steady = { completions: daily('2026-02-02', TODAY, 10), historyStart: '2026-02-01' }

  it('flags a batch whose forecast or passed planned date says later than planned', () => {
    const batches = forecastBatches(
      [
        {
          ...steady,
          id: 'b1',
          name: 'Wave 1',
          plannedCompletion: '2026-03-31',
          remaining: 100,
          total: 300
        },
        {
          ...steady,
          id: 'b2',
          name: 'Wave 2',
          plannedCompletion: '2026-03-15',
          remaining: 100,
          total: 300
        },
        {
          ...steady,
          id: 'b3',
          name: 'Wave 3',
          plannedCompletion: '2026-03-01',
          remaining: 0,
          total: 300
        },
        {
          completions: [],
          historyStart: '2026-03-10',
          id: 'b4',
          name: 'Wave 4',
          plannedCompletion: '2026-03-05',
          remaining: 50,
          total: 50
        }
      ],
      TODAY
    )
    expect(batches.map((batch) => [batch.name, batch.forecast.status, batch.late])).toEqual([
      ['Wave 1', 'forecast', false],
      ['Wave 2', 'forecast', true],
      ['Wave 3', 'done', false],
      ['Wave 4', 'insufficient-history', true]
    ])
    expect(batches[0]?.forecast.explanation).toContain(
      'the remaining 100 mailboxes in Wave 1 finish'
    )
  })

  it('names the domain in each domain forecast', () => {
    const [domain] = forecastDomains(
      [{ ...steady, id: 'd1', name: 'contoso.com', remaining: 1, total: 20 }],
      TODAY
    )
    expect(domain?.forecast.explanation).toContain(
      'the last mailbox in contoso.com finishes around'
    )
  })
})

const step = makeStep

describe('step forecast', () => {
  const done = Array.from({ length: 4 }, () => step({ status: 'done' }))
  const open = [
    step({ dueDate: '2026-03-20' }),
    step({ dueDate: '2026-04-30' }),
    step({ status: 'in-progress', dueDate: '2026-04-02' }),
    step({ status: 'blocked' }),
    step({}),
    step({})
  ]
  const ignored = [
    step({ requirement: 'optional', dueDate: '2026-09-01' }),
    step({ retired: true })
  ]
  const twoAWeek: DayCount[] = [
    '2026-02-12',
    '2026-02-16',
    '2026-02-19',
    '2026-02-23',
    '2026-02-26',
    '2026-03-02',
    '2026-03-05',
    '2026-03-09'
  ].map((day) => ({ day, count: 1 }))

  it('forecasts from the pace of the last four weeks, against the latest due date', () => {
    const forecast = forecastSteps(
      [...done, ...open, ...ignored],
      { completions: twoAWeek, historyStart: '2026-01-05' },
      TODAY
    )
    expect(forecast).toEqual({
      status: 'forecast',
      date: '2026-04-01',
      remaining: 6,
      ratePerWeek: 2,
      latestDue: '2026-04-30',
      withoutDueDate: 3,
      behindSchedule: false,
      explanation:
        'At 2 a week over the last 4 weeks, the 6 remaining required steps are done around 1 April, by the latest due date among them, 30 April.'
    })
  })

  it('flags when the pace says later than the due dates', () => {
    const early = [...done, step({ dueDate: '2026-03-20' }), ...open.slice(3)]
    const forecast = forecastSteps(
      early,
      { completions: twoAWeek, historyStart: '2026-01-05' },
      TODAY
    )
    expect(forecast).toMatchObject({ status: 'forecast', behindSchedule: true })
    expect(forecast.explanation).toContain('after the latest due date among them, 20 March')
  })

  it('labels too little history and keeps the due date', () => {
    const forecast = forecastSteps(
      [...done, ...open],
      { completions: [{ day: TODAY, count: 1 }], historyStart: '2026-03-09' },
      TODAY
    )
    expect(forecast).toMatchObject({ status: 'insufficient-history', behindSchedule: false })
    expect(forecast.explanation).toBe(
      'Too little history to say when the 6 remaining required steps will be done. The latest due date among them is 30 April.'
    )
  })

  it('calls four weeks without a completed step stalled and behind its due dates', () => {
    const forecast = forecastSteps(
      [...done, ...open],
      { completions: [{ day: '2026-01-20', count: 3 }], historyStart: '2026-01-05' },
      TODAY
    )
    expect(forecast).toMatchObject({ status: 'stalled', date: null, behindSchedule: true })
    expect(forecast.explanation).toBe(
      'No required step was completed in the last 4 weeks. The latest due date among them is 30 April.'
    )
  })

  it('is done when every required step is settled', () => {
    expect(
      forecastSteps(
        [...done, step({ status: 'not-applicable' })],
        { completions: [], historyStart: null },
        TODAY
      )
    ).toMatchObject({ status: 'done', remaining: 0, explanation: 'All 5 required steps are done.' })
  })
})

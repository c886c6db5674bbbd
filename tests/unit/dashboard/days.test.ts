import { describe, expect, it } from 'vitest'
import {
  addWorkingDays,
  dayNumber,
  dayString,
  describeDay,
  describeDayRange,
  isWeekend,
  requireDay
} from '../../../src-renderer/lib/domain/days'

const day = (iso: string): number => requireDay(iso)

describe('days', () => {
  it('reads real ISO dates only', () => {
    expect(dayString(day('2026-03-11'))).toBe('2026-03-11')
    expect(dayNumber('2026-02-30')).toBeNull()
    expect(dayNumber('11/03/2026')).toBeNull()
    expect(() => requireDay('tomorrow', 'today')).toThrow('today must be an ISO date')
  })

  it('knows weekends and counts working days over them', () => {
    expect(['2026-03-07', '2026-03-08', '2026-03-09'].map((iso) => isWeekend(day(iso)))).toEqual([
      true,
      true,
      false
    ])
    expect(dayString(addWorkingDays(day('2026-03-13'), 1))).toBe('2026-03-16')
    expect(dayString(addWorkingDays(day('2026-03-07'), 1))).toBe('2026-03-09')
    expect(dayString(addWorkingDays(day('2026-03-11'), 10))).toBe('2026-03-25')
  })

  it('writes days and ranges for sentences, with the year only when it differs', () => {
    const today = day('2026-03-11')
    expect(describeDay(day('2026-05-12'), today)).toBe('12 May')
    expect(describeDay(day('2027-01-03'), today)).toBe('3 January 2027')
    expect(describeDayRange(day('2026-05-06'), day('2026-05-19'), today)).toBe(
      'between 6 and 19 May'
    )
    expect(describeDayRange(day('2026-04-28'), day('2026-05-03'), today)).toBe(
      'between 28 April and 3 May'
    )
    expect(describeDayRange(day('2026-12-20'), day('2027-01-09'), today)).toBe(
      'between 20 December and 9 January 2027'
    )
  })
})

import { describe, expect, it } from 'vitest'
import { backupName, parseBackupName } from '../../../src-main/backup/names'
import { DEFAULT_RETENTION, planRetention } from '../../../src-main/backup/retention'
import type { RetainedBackup } from '../../../src-main/backup/retention'

/** A backup at an ISO time, named as main names it. */
function at(iso: string): RetainedBackup {
  return { name: backupName(new Date(iso), 'interval'), time: Date.parse(iso) }
}

function times(names: string[]): string[] {
  return names.map((name) => parseBackupName(name)?.createdAt ?? `not a backup: ${name}`)
}

const NOW = Date.parse('2026-03-10T15:00:00.000Z')

describe('planRetention', () => {
  it('keeps nothing and deletes nothing when there are no backups', () => {
    expect(planRetention([], NOW)).toEqual({ keep: [], remove: [] })
  })

  it('keeps a single backup', () => {
    const only = at('2026-03-10T14:00:00.000Z')
    expect(planRetention([only], NOW)).toEqual({ keep: [only.name], remove: [] })
  })

  it('keeps the three newest of today and the newest of each earlier day', () => {
    const backups = [
      at('2026-03-10T14:45:00.000Z'),
      at('2026-03-10T14:30:00.000Z'),
      at('2026-03-10T14:15:00.000Z'),
      at('2026-03-10T14:00:00.000Z'),
      at('2026-03-10T09:00:00.000Z'),
      at('2026-03-09T18:00:00.000Z'),
      at('2026-03-09T10:00:00.000Z'),
      at('2026-03-07T12:00:00.000Z')
    ]
    // The input order does not matter.
    const plan = planRetention([...backups].reverse(), NOW)
    expect(times(plan.keep)).toEqual([
      '2026-03-10T14:45:00.000Z',
      '2026-03-10T14:30:00.000Z',
      '2026-03-10T14:15:00.000Z',
      '2026-03-09T18:00:00.000Z',
      '2026-03-07T12:00:00.000Z'
    ])
    expect(times(plan.remove)).toEqual([
      '2026-03-10T14:00:00.000Z',
      '2026-03-10T09:00:00.000Z',
      '2026-03-09T10:00:00.000Z'
    ])
  })

  it('keeps ten at most: today’s three and the seven most recent earlier days', () => {
    const backups: RetainedBackup[] = []
    for (let hour = 0; hour < 6; hour++) backups.push(at(`2026-03-10T0${hour}:00:00.000Z`))
    for (let day = 1; day <= 9; day++) {
      backups.push(at(`2026-03-0${day}T08:00:00.000Z`), at(`2026-03-0${day}T20:00:00.000Z`))
    }
    const plan = planRetention(backups, NOW)
    expect(plan.keep).toHaveLength(10)
    expect(times(plan.keep)).toEqual([
      '2026-03-10T05:00:00.000Z',
      '2026-03-10T04:00:00.000Z',
      '2026-03-10T03:00:00.000Z',
      '2026-03-09T20:00:00.000Z',
      '2026-03-08T20:00:00.000Z',
      '2026-03-07T20:00:00.000Z',
      '2026-03-06T20:00:00.000Z',
      '2026-03-05T20:00:00.000Z',
      '2026-03-04T20:00:00.000Z',
      '2026-03-03T20:00:00.000Z'
    ])
    expect(plan.keep.length + plan.remove.length).toBe(backups.length)
  })

  it('keeps one per day over a long gap, newest days first', () => {
    const backups = ['2025-01-01', '2025-06-30', '2025-12-31', '2026-02-28'].map((day) =>
      at(`${day}T12:00:00.000Z`)
    )
    expect(planRetention(backups, NOW)).toEqual({
      keep: [...backups].reverse().map((backup) => backup.name),
      remove: []
    })
  })

  it('never deletes the newest backup, even when it is from an earlier day', () => {
    const backups = [at('2026-03-01T10:00:00.000Z'), at('2026-03-01T11:00:00.000Z')]
    expect(times(planRetention(backups, NOW).keep)).toEqual(['2026-03-01T11:00:00.000Z'])
  })

  it('keeps and counts a backup dated in the future, and today’s newest still stays', () => {
    const future = at('2027-01-01T00:00:00.000Z')
    const backups = [
      future,
      at('2026-03-10T14:50:00.000Z'),
      at('2026-03-10T14:40:00.000Z'),
      at('2026-03-10T14:30:00.000Z'),
      at('2026-03-10T14:20:00.000Z')
    ]
    const plan = planRetention(backups, NOW, { ...DEFAULT_RETENTION, total: 3 })
    expect(times(plan.keep)).toEqual([
      '2027-01-01T00:00:00.000Z',
      '2026-03-10T14:50:00.000Z',
      '2026-03-10T14:40:00.000Z'
    ])
  })

  it('never deletes the newest by name nor the newest real one when the clock ran far ahead', () => {
    // The clock was a year ahead for a while: twelve backups from then, then it was fixed.
    const ahead = Array.from({ length: 12 }, (_, index) =>
      at(`2027-03-${String(index + 1).padStart(2, '0')}T12:00:00.000Z`)
    )
    const justWritten = at('2026-03-10T14:59:00.000Z')
    const plan = planRetention([...ahead, justWritten, at('2026-03-09T12:00:00.000Z')], NOW)
    expect(plan.keep).toHaveLength(10)
    expect(plan.keep).toContain(justWritten.name)
    expect(plan.keep[0]).toBe(ahead[11]?.name)
    // The rest of the places go to the newest future-dated ones; the oldest of those go first.
    expect(times(plan.remove)).toEqual([
      '2027-03-03T12:00:00.000Z',
      '2027-03-02T12:00:00.000Z',
      '2027-03-01T12:00:00.000Z',
      '2026-03-09T12:00:00.000Z'
    ])
  })

  it('keeps everything when the clock went back before every backup, but still at most ten', () => {
    const backups = Array.from({ length: 4 }, (_, index) => at(`2026-03-10T16:0${index}:00.000Z`))
    expect(planRetention(backups, NOW).remove).toEqual([])
  })

  it('uses the calendar it is given to tell today from earlier days', () => {
    // 23:30 UTC on the 9th is already the 10th in UTC+1.
    const late = at('2026-03-09T23:30:00.000Z')
    const backups = [
      at('2026-03-10T14:00:00.000Z'),
      at('2026-03-10T13:00:00.000Z'),
      at('2026-03-10T12:00:00.000Z'),
      late
    ]
    const plusOne = {
      ...DEFAULT_RETENTION,
      dayOf: (time: number) => new Date(time + 3_600_000).toISOString().slice(0, 10)
    }
    expect(planRetention(backups, NOW).keep).toContain(late.name)
    expect(planRetention(backups, NOW, plusOne).remove).toEqual([late.name])
  })

  it('never keeps more than the total over a year of backups every fifteen minutes', () => {
    const start = Date.parse('2025-03-10T00:00:00.000Z')
    const backups: RetainedBackup[] = []
    let kept: RetainedBackup[] = []
    for (let time = start; time <= NOW; time += 15 * 60_000 * 37) {
      const backup = { name: backupName(new Date(time), 'interval'), time }
      backups.push(backup)
      const plan = planRetention([...kept, backup], time)
      expect(plan.keep.length).toBeLessThanOrEqual(10)
      expect(plan.keep).toContain(backup.name)
      kept = [...kept, backup].filter((candidate) => plan.keep.includes(candidate.name))
    }
    // The survivors are one per day for the last days, and never two from an earlier day.
    const days = kept.map((backup) => new Date(backup.time).toISOString().slice(0, 10))
    const earlier = days.filter((day) => day !== days[0])
    expect(new Set(earlier).size).toBe(earlier.length)
    expect(backups.length).toBeGreaterThan(900)
  })
})

describe('backup names', () => {
  it('round-trips a time and a reason, and sorts by time', () => {
    const name = backupName(new Date('2026-03-01T09:05:07.123Z'), 'before-import')
    expect(name).toBe('tracker-backup-2026-03-01T09-05-07-123Z-before-import.json')
    expect(parseBackupName(name)).toEqual({
      createdAt: '2026-03-01T09:05:07.123Z',
      time: Date.parse('2026-03-01T09:05:07.123Z'),
      reason: 'before-import'
    })
  })

  it.each([
    'tracker-backup-2026-03-01T09-05-07-123Z-before-import.json.tmp',
    '.tracker-backup-2026-03-01T09-05-07-123Z-manual.json.0c4e.tmp',
    'tracker-backup-2026-03-01T09-05-07-123Z-unknown.json',
    'tracker-backup-2026-02-30T09-05-07-123Z-manual.json',
    'tracker-backup-2026-03-01T09-05-07-manual.json',
    'tracker-backup-2026-03-01T09-05-07.json',
    '../tracker-backup-2026-03-01T09-05-07-123Z-manual.json',
    'TRACKER-BACKUP-2026-03-01T09-05-07-123Z-manual.json',
    'data-canary.json'
  ])('does not take %s for a backup', (name) => {
    expect(parseBackupName(name)).toBeNull()
  })
})

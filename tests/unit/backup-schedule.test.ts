import { describe, expect, it } from 'vitest'
import {
  AUTO_BACKUP_INTERVAL_MS,
  AUTO_BACKUP_SETTLE_MS,
  autoBackupDueAt
} from '../../src-renderer/lib/domain/backup-schedule'

const MINUTE = 60_000
const NOW = Date.parse('2026-03-10T09:00:00.000Z')

describe('autoBackupDueAt', () => {
  it('waits 15 minutes between backups and 30 seconds after a change', () => {
    expect(AUTO_BACKUP_INTERVAL_MS).toBe(15 * MINUTE)
    expect(AUTO_BACKUP_SETTLE_MS).toBe(30_000)
  })

  it('backs up shortly after the first change when there was no backup yet', () => {
    expect(autoBackupDueAt(NOW, null, NOW)).toBe(NOW + 30_000)
  })

  it('waits until 15 minutes after the last backup', () => {
    const last = NOW - 2 * MINUTE
    expect(autoBackupDueAt(NOW, last, NOW)).toBe(last + 15 * MINUTE)
  })

  it('still lets a change settle when the last backup is long past', () => {
    expect(autoBackupDueAt(NOW, NOW - 3 * 60 * MINUTE, NOW)).toBe(NOW + 30_000)
  })

  it('counts from the first unsaved change, so a backup is due even during further edits', () => {
    const firstChange = NOW - 10 * MINUTE
    expect(autoBackupDueAt(firstChange, NOW - 40 * MINUTE, NOW)).toBe(firstChange + 30_000)
    expect(autoBackupDueAt(firstChange, NOW - 20 * MINUTE, NOW)).toBe(NOW - 5 * MINUTE)
  })

  it('ignores a last backup dated in the future, so a skewed clock cannot postpone backups', () => {
    expect(autoBackupDueAt(NOW, NOW + 365 * 24 * 60 * MINUTE, NOW)).toBe(NOW + 30_000)
  })

  it('takes other timings', () => {
    expect(autoBackupDueAt(NOW, NOW, NOW, { intervalMs: 1000, settleMs: 10 })).toBe(NOW + 1000)
  })
})

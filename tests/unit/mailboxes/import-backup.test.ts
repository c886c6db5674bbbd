import { describe, expect, it } from 'vitest'
import { beforeImportBackupNotice } from '../../../src-renderer/lib/domain/mailboxes/import-backup'

describe('beforeImportBackupNotice', () => {
  it('says nothing when the backup was written, or skipped in the browser', () => {
    expect(beforeImportBackupNotice('moves.csv', { status: 'written' })).toBeNull()
    expect(beforeImportBackupNotice('moves.csv', { status: 'skipped' })).toBeNull()
  })

  it('names the file and the reason when the backup failed, and says the import goes ahead', () => {
    expect(
      beforeImportBackupNotice('moves.csv', { status: 'failed', message: 'the disk is full.' })
    ).toBe(
      'No automatic backup could be saved before importing moves.csv (the disk is full). The import goes ahead; save a backup on the Backup and restore screen once it is done.'
    )
  })

  it('leaves out an empty reason rather than showing empty brackets', () => {
    expect(beforeImportBackupNotice('a.csv', { status: 'failed', message: ' ' })).toBe(
      'No automatic backup could be saved before importing a.csv. The import goes ahead; save a backup on the Backup and restore screen once it is done.'
    )
  })
})

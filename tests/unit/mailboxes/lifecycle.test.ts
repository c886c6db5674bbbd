import { describe, expect, test } from 'vitest'
import {
  LIFECYCLES,
  LIFECYCLE_LABELS,
  mapStatus
} from '../../../src-renderer/lib/domain/mailboxes/lifecycle'
import type { MailboxLifecycle } from '../../../src-renderer/lib/domain/mailboxes/lifecycle'

type Row = [string, string | undefined, MailboxLifecycle]

const MOVE_REQUEST_STATUS: Row[] = [
  ['None', undefined, 'not-started'],
  ['Queued', undefined, 'queued'],
  ['InProgress', undefined, 'syncing'],
  ['AutoSuspended', undefined, 'synced'],
  ['CompletionInProgress', undefined, 'completing'],
  ['Synced', undefined, 'synced'],
  ['Completed', undefined, 'completed'],
  ['CompletedWithWarning', undefined, 'completed-with-warnings'],
  ['Suspended', undefined, 'stopped'],
  ['Failed', undefined, 'failed']
]

const STATUS_DETAIL_ALONE: Row[] = [
  ['', 'Queued', 'queued'],
  ['', 'WaitingForJobPickup', 'queued'],
  ['', 'InitialSeeding', 'syncing'],
  ['', 'CopyingMessages', 'syncing'],
  ['', 'IncrementalSync', 'syncing'],
  ['', 'StalledDueToHA', 'syncing'],
  ['', 'StalledDueToCI', 'syncing'],
  ['', 'StalledDueToTarget_MdbAvailability', 'syncing'],
  ['', 'RelinquishedWlmStall', 'syncing'],
  ['', 'TransientFailure', 'syncing'],
  ['', 'FinalIncrementalSync', 'completing'],
  ['', 'Finalization', 'completing'],
  ['', 'AutoSuspended', 'synced'],
  ['', 'Completed', 'completed'],
  ['', 'CompletedWithWarnings', 'completed-with-warnings'],
  ['', 'FailedBadItemLimit', 'failed'],
  ['', 'FailedOther', 'failed'],
  ['', 'Suspended', 'stopped'],
  ['', 'Canceled', 'stopped']
]

const STATUS_WITH_DETAIL: Row[] = [
  ['AutoSuspended', 'AutoSuspended', 'synced'],
  ['InProgress', 'CopyingMessages', 'syncing'],
  ['InProgress', 'FinalIncrementalSync', 'completing'],
  ['InProgress', 'StalledDueToTarget_DiskLatency', 'syncing'],
  ['Queued', 'WaitingForJobPickup', 'queued'],
  ['Completed', 'CompletedWithWarnings', 'completed-with-warnings'],
  ['Failed', 'FailedBadItemLimit', 'failed'],
  ['Suspended', 'Suspended', 'stopped'],
  ['Mystery', 'CopyingMessages', 'syncing']
]

const MIGRATION_USER_STATUS: Row[] = [
  ['Queued', undefined, 'queued'],
  ['Syncing', undefined, 'syncing'],
  ['Failed', undefined, 'failed'],
  ['Synced', undefined, 'synced'],
  ['IncrementalFailed', undefined, 'failed'],
  ['Completing', undefined, 'completing'],
  ['Completed', undefined, 'completed'],
  ['CompletionFailed', undefined, 'failed'],
  ['Corrupted', undefined, 'failed'],
  ['Provisioning', undefined, 'syncing'],
  ['ProvisionUpdating', undefined, 'syncing'],
  ['CompletionSynced', undefined, 'synced'],
  ['Validating', undefined, 'queued'],
  ['IncrementalSyncing', undefined, 'syncing'],
  ['IncrementalSynced', undefined, 'synced'],
  ['CompletedWithWarnings', undefined, 'completed-with-warnings'],
  ['Stopped', undefined, 'stopped'],
  ['IncrementalStopped', undefined, 'stopped']
]

const STATUS_SUMMARY: Row[] = [
  ['Active', undefined, 'syncing'],
  ['Failed', undefined, 'failed'],
  ['Synced', undefined, 'synced'],
  ['Completed', undefined, 'completed'],
  ['Stopped', undefined, 'stopped']
]

const BATCH_STATUS: Row[] = [
  ['Created', undefined, 'not-started'],
  ['Syncing', undefined, 'syncing'],
  ['Stopping', undefined, 'stopped'],
  ['Stopped', undefined, 'stopped'],
  ['Completed', undefined, 'completed'],
  ['Failed', undefined, 'failed'],
  ['Removing', undefined, 'stopped'],
  ['Synced', undefined, 'synced'],
  ['IncrementalSyncing', undefined, 'syncing'],
  ['Completing', undefined, 'completing'],
  ['CompletedWithErrors', undefined, 'completed-with-warnings'],
  ['SyncedWithErrors', undefined, 'synced'],
  ['Corrupted', undefined, 'failed'],
  ['Waiting', undefined, 'queued']
]

const PLANNING_SHEET: Row[] = [
  ['Planned', undefined, 'not-started'],
  ['Scheduled', undefined, 'not-started'],
  ['Not migrated', undefined, 'not-started'],
  ['Migrated', undefined, 'completed'],
  ['Done', undefined, 'completed']
]

const MIGRATIONWIZ: Row[] = [
  ['Not Started', undefined, 'not-started'],
  ['Submitted', undefined, 'queued'],
  ['Processing', undefined, 'syncing'],
  ['Completed (Pre-Stage)', undefined, 'synced'],
  ['Completed (Full)', undefined, 'completed'],
  ['Completed (Trial)', undefined, 'not-started'],
  ['Failed (Full)', undefined, 'failed'],
  ['Stopped', undefined, 'stopped']
]

describe('mapStatus', () => {
  test.each([
    ...MOVE_REQUEST_STATUS.map((r) => ['Get-MoveRequestStatistics Status', ...r] as const),
    ...STATUS_DETAIL_ALONE.map((r) => ['StatusDetail alone', ...r] as const),
    ...STATUS_WITH_DETAIL.map((r) => ['Status + StatusDetail', ...r] as const),
    ...MIGRATION_USER_STATUS.map((r) => ['Get-MigrationUser Status', ...r] as const),
    ...STATUS_SUMMARY.map((r) => ['StatusSummary', ...r] as const),
    ...BATCH_STATUS.map((r) => ['Migration batch', ...r] as const),
    ...MIGRATIONWIZ.map((r) => ['MigrationWiz', ...r] as const),
    ...PLANNING_SHEET.map((r) => ['Planning sheet', ...r] as const)
  ])('%s: %j / %j → %s', (_source, raw, detail, lifecycle) => {
    expect(mapStatus(raw, detail)).toBe(lifecycle)
  })

  test('spelling variants meet: case, spaces and hyphens do not matter', () => {
    expect(['In Progress', 'inprogress', 'IN-PROGRESS'].map((s) => mapStatus(s))).toEqual([
      'syncing',
      'syncing',
      'syncing'
    ])
  })

  test('unknown words give undefined rather than a guess', () => {
    expect(mapStatus('Mystery')).toBeUndefined()
    expect(mapStatus('Mystery', 'AlsoUnknown')).toBeUndefined()
    expect(mapStatus('', '')).toBeUndefined()
  })
})

describe('LIFECYCLES', () => {
  test('lists the nine stages in move order, each with a label', () => {
    expect(LIFECYCLES).toEqual([
      'not-started',
      'queued',
      'syncing',
      'synced',
      'completing',
      'completed',
      'completed-with-warnings',
      'failed',
      'stopped'
    ])
    expect(Object.keys(LIFECYCLE_LABELS).sort()).toEqual([...LIFECYCLES].sort())
  })
})

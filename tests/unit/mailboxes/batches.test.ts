import { describe, expect, test } from 'vitest'
import {
  batchProgress,
  emptyTally,
  progressOfBatch,
  sortBatches,
  validateBatchInput
} from '../../../src-renderer/lib/domain/mailboxes/batches'

describe('batch form', () => {
  test('a name and two optional ISO dates, the MigrationService prefix dropped', () => {
    expect(
      validateBatchInput(
        { name: ' MigrationService:Wave 04 ', plannedStart: '2026-04-01', plannedCompletion: '' },
        ['Wave 01']
      )
    ).toEqual({
      ok: true,
      value: { name: 'Wave 04', plannedStart: '2026-04-01', plannedCompletion: '' }
    })
  })

  test('refuses an empty or taken name and dates that are wrong or out of order', () => {
    expect(
      validateBatchInput({ name: 'wave 01', plannedStart: '01/04/2026', plannedCompletion: '' }, [
        'Wave 01'
      ])
    ).toEqual({
      ok: false,
      errors: {
        name: 'There is already a batch named wave 01.',
        plannedStart: 'Enter the start date as YYYY-MM-DD.'
      }
    })
    expect(
      validateBatchInput(
        { name: '', plannedStart: '2026-04-10', plannedCompletion: '2026-04-01' },
        []
      )
    ).toEqual({
      ok: false,
      errors: {
        name: 'Give the batch a name, e.g. Wave 01.',
        plannedCompletion: 'The completion date is before the start date.'
      }
    })
  })
})

describe('progress per batch', () => {
  test('counts totals, completed (with or without warnings) and failed in one pass', () => {
    const progress = batchProgress(
      [
        { batchId: 'b1', lifecycle: 'completed' },
        { batchId: 'b1', lifecycle: 'completed-with-warnings' },
        { batchId: 'b1', lifecycle: 'failed' },
        { batchId: 'b1', lifecycle: 'syncing' },
        { batchId: null, lifecycle: 'not-started' },
        { batchId: 'deleted', lifecycle: 'queued' }
      ],
      [{ id: 'b1' }, { id: 'b2' }]
    )
    expect(progress.get('b1')).toMatchObject({ total: 4, completed: 2, failed: 1 })
    expect(progress.get('b1')?.byLifecycle.syncing).toBe(1)
    expect(progress.get('b2')).toMatchObject({ total: 0, completed: 0, failed: 0 })
    expect(progress.get(null)).toMatchObject({ total: 2, completed: 0 })
  })

  test('one rule makes progress of counts per lifecycle, however they were counted', () => {
    const byLifecycle = { ...emptyTally(), completed: 3, 'completed-with-warnings': 2, failed: 1 }
    byLifecycle.synced = 4
    expect(progressOfBatch('b1', byLifecycle)).toEqual({
      batchId: 'b1',
      total: 10,
      completed: 5,
      failed: 1,
      byLifecycle
    })
    expect(progressOfBatch(null, emptyTally())).toMatchObject({ total: 0, completed: 0, failed: 0 })
  })

  test('batches are listed by planned start, undated last, then by name with numbers in order', () => {
    expect(
      sortBatches([
        { name: 'Wave 10', plannedStart: '' },
        { name: 'Wave 2', plannedStart: '' },
        { name: 'Pilot', plannedStart: '2026-03-01' }
      ]).map((b) => b.name)
    ).toEqual(['Pilot', 'Wave 2', 'Wave 10'])
  })
})

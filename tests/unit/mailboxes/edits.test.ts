import { describe, expect, test } from 'vitest'
import {
  applyMailboxPatch,
  describeBulkChange,
  editAction,
  editSummary,
  planBulkChange,
  planUndo,
  validateMailboxPatch
} from '../../../src-renderer/lib/domain/mailboxes/edits'
import type { MailboxLifecycle } from '../../../src-renderer/lib/domain/mailboxes/lifecycle'
import { makeMailbox } from '../../support/db'

const NOW = '2026-03-06T08:00:00.000Z'
const bob = makeMailbox({
  id: 'm1',
  projectId: 'p',
  address: 'bob@contoso.com',
  lifecycle: 'syncing',
  owner: 'Ann',
  rev: 2
})

describe('validating a patch', () => {
  test('accepts known values, trims the owner', () => {
    expect(
      validateMailboxPatch(
        { lifecycle: 'completed', batchId: 'b1', owner: '  Diego ', location: 'cloud' },
        new Set(['b1'])
      )
    ).toEqual({
      ok: true,
      value: { lifecycle: 'completed', batchId: 'b1', owner: 'Diego', location: 'cloud' }
    })
    expect(validateMailboxPatch({ batchId: null }, new Set())).toEqual({
      ok: true,
      value: { batchId: null }
    })
  })

  test('names each field it refuses', () => {
    expect(
      validateMailboxPatch(
        {
          lifecycle: 'done' as MailboxLifecycle,
          batchId: 'gone',
          owner: 'x'.repeat(121),
          location: 'moon' as 'cloud'
        },
        new Set(['b1'])
      )
    ).toEqual({
      ok: false,
      errors: {
        lifecycle: 'Choose a lifecycle stage.',
        batchId: 'This batch no longer exists; choose another one.',
        owner: 'The owner is 121 characters; keep it to 120.',
        location: 'Choose on-premises or Exchange Online.'
      }
    })
  })
})

describe('one mailbox', () => {
  test('a patch changes only what differs, bumps the revision and says what changed', () => {
    const edit = applyMailboxPatch(bob, { lifecycle: 'completed', owner: 'Ann' }, NOW)
    expect(edit).toEqual({
      next: { ...bob, lifecycle: 'completed', rev: 3, updatedAt: NOW },
      before: { lifecycle: 'syncing' },
      after: { lifecycle: 'completed' }
    })
    expect(edit && editAction(edit)).toBe('lifecycle:completed')
    expect(edit && editSummary(edit)).toBe('bob@contoso.com: Syncing → Completed')
  })

  test('a patch that changes nothing gives null', () => {
    expect(applyMailboxPatch(bob, { owner: 'Ann', lifecycle: 'syncing' }, NOW)).toBeNull()
  })

  test('other fields are summed up by name', () => {
    const edit = applyMailboxPatch(bob, { batchId: 'b1', owner: 'Diego' }, NOW)
    expect(edit && editAction(edit)).toBe('updated')
    expect(edit && editSummary(edit)).toBe('Updated bob@contoso.com (batch, owner)')
  })
})

describe('bulk changes and their undo', () => {
  const rows = [
    bob,
    makeMailbox({
      id: 'm2',
      projectId: 'p',
      address: 'cy@contoso.com',
      lifecycle: 'failed',
      rev: 1
    }),
    makeMailbox({
      id: 'm3',
      projectId: 'p',
      address: 'dee@contoso.com',
      lifecycle: 'queued',
      rev: 5
    })
  ]

  test('changes every mailbox that differs and keeps their previous values', () => {
    const plan = planBulkChange(rows, { lifecycle: 'failed' }, { projectId: 'p', now: NOW })
    expect(plan.edits.map((edit) => edit.next.id)).toEqual(['m1', 'm3'])
    expect(plan.undo).toEqual({
      projectId: 'p',
      at: NOW,
      summary: '2 mailboxes: lifecycle set to Failed',
      entries: [
        { id: 'm1', rev: 3, before: { lifecycle: 'syncing' } },
        { id: 'm3', rev: 6, before: { lifecycle: 'queued' } }
      ]
    })
  })

  test('undo restores the previous values of mailboxes not changed since', () => {
    const plan = planBulkChange(
      rows,
      { owner: 'Diego', batchId: 'b9' },
      { projectId: 'p', now: NOW, batchName: 'Wave 09' }
    )
    expect(plan.undo.summary).toBe('3 mailboxes: moved to batch Wave 09, owner set to Diego')
    const after = plan.edits.map((edit) => edit.next)
    const editedSince = { ...after[1]!, rev: after[1]!.rev + 1, owner: 'Someone else' }
    const undo = planUndo([after[0], editedSince, undefined], plan.undo, '2026-03-06T09:00:00.000Z')
    expect(undo.skipped).toBe(2)
    expect(undo.edits.map((edit) => edit.next)).toEqual([
      { ...bob, owner: 'Ann', batchId: null, rev: 4, updatedAt: '2026-03-06T09:00:00.000Z' }
    ])
  })

  test('describes each kind of change', () => {
    expect(describeBulkChange({ batchId: null })).toBe('removed from their batch')
    expect(describeBulkChange({ owner: '' })).toBe('owner cleared')
    expect(describeBulkChange({ lifecycle: 'synced' })).toBe(
      'lifecycle set to Synced, ready to complete'
    )
  })
})

/**
 * Migration batches (waves): create, edit and delete, each with its event. Deleting a batch
 * leaves its mailboxes without a batch; the mailboxes themselves stay.
 */
import { validateBatchInput } from '../../domain/mailboxes/batches'
import type { BatchInput } from '../../domain/mailboxes/batches'
import type { Batch } from '../../domain/mailboxes/model'
import { ValidationError } from '../../domain/validation'
import type { TrackerDb } from '../schema'
import { NotFoundError, rowToUpdate, newRowMeta, type WriteContext } from '../write-context'
import { appendEvent, changedFields } from './events'

async function otherBatchNames(
  db: TrackerDb,
  projectId: string,
  exceptId?: string
): Promise<string[]> {
  const batches = await db.batches.where('projectId').equals(projectId).toArray()
  return batches.filter((batch) => batch.id !== exceptId).map((batch) => batch.name)
}

/** Adds a batch to a project. */
export async function createBatch(
  db: TrackerDb,
  projectId: string,
  input: BatchInput,
  context: WriteContext
): Promise<Batch> {
  return db.transaction('rw', [db.projects, db.batches, db.events], async () => {
    if (!(await db.projects.get(projectId))) throw new NotFoundError('This project')
    const checked = validateBatchInput(input, await otherBatchNames(db, projectId))
    if (!checked.ok) throw new ValidationError(checked.errors)
    const batch: Batch = { ...newRowMeta(context), projectId, ...checked.value }
    await db.batches.add(batch)
    await appendEvent(db, context, {
      projectId,
      entity: 'batch',
      entityId: batch.id,
      action: 'created',
      summary: `Added batch ${batch.name}`,
      after: checked.value
    })
    return batch
  })
}

/** Saves a batch's name and planned dates. */
export async function updateBatch(
  db: TrackerDb,
  id: string,
  input: BatchInput,
  context: WriteContext,
  expectedRev?: number
): Promise<Batch> {
  return db.transaction('rw', [db.batches, db.events], async () => {
    const current = rowToUpdate(
      await db.batches.get(id),
      'This batch',
      expectedRev,
      (row) => `Batch ${row.name}`
    )
    const checked = validateBatchInput(input, await otherBatchNames(db, current.projectId, id))
    if (!checked.ok) throw new ValidationError(checked.errors)
    const before: BatchInput = {
      name: current.name,
      plannedStart: current.plannedStart,
      plannedCompletion: current.plannedCompletion
    }
    const diff = changedFields(before, checked.value)
    if (!diff) return current
    const saved: Batch = {
      ...current,
      ...checked.value,
      updatedAt: context.now,
      rev: current.rev + 1
    }
    await db.batches.put(saved)
    await appendEvent(db, context, {
      projectId: current.projectId,
      entity: 'batch',
      entityId: id,
      action: 'updated',
      summary: `Updated batch ${saved.name}`,
      ...diff
    })
    return saved
  })
}

/** Deletes a batch; its mailboxes stay, without a batch. Returns how many were in it. */
export async function deleteBatch(
  db: TrackerDb,
  id: string,
  context: WriteContext
): Promise<number> {
  return db.transaction('rw', [db.batches, db.mailboxes, db.events], async () => {
    const batch = await db.batches.get(id)
    if (!batch) throw new NotFoundError('This batch')
    const members = db.mailboxes.where('[projectId+batchId]').equals([batch.projectId, id])
    const count = await members.modify((mailbox) => {
      mailbox.batchId = null
      mailbox.rev += 1
      mailbox.updatedAt = context.now
    })
    await db.batches.delete(id)
    await appendEvent(db, context, {
      projectId: batch.projectId,
      entity: 'batch',
      entityId: id,
      action: 'deleted',
      summary:
        count === 0
          ? `Deleted batch ${batch.name}`
          : `Deleted batch ${batch.name}; its ${count} ${count === 1 ? 'mailbox is' : 'mailboxes are'} now in no batch`,
      before: { name: batch.name, mailboxes: count }
    })
    return count
  })
}

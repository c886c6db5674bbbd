/**
 * Migration batches (waves): what a batch form may hold, and how far each batch has got.
 */
import { DONE_LIFECYCLES } from '../burn-up'
import { isIsoDate } from '../validation'
import type { Validated, FieldErrors } from '../validation'
import { batchKey, cleanBatchName } from './identity'
import { LIFECYCLES } from './lifecycle'
import type { MailboxLifecycle } from './lifecycle'
import type { Batch, Mailbox } from './model'

export type BatchInput = Pick<Batch, 'name' | 'plannedStart' | 'plannedCompletion'>

export const MAX_BATCH_NAME_LENGTH = 120

/** Checks a batch form; `otherNames` are the names of the project's other batches. */
export function validateBatchInput(
  input: BatchInput,
  otherNames: readonly string[]
): Validated<BatchInput> {
  const errors: FieldErrors = {}
  const name = cleanBatchName(input.name)
  if (name === '') errors.name = 'Give the batch a name, e.g. Wave 01.'
  else if (name.length > MAX_BATCH_NAME_LENGTH)
    errors.name = `The name is ${name.length} characters; keep it to ${MAX_BATCH_NAME_LENGTH}.`
  else if (otherNames.some((other) => batchKey(other) === batchKey(name)))
    errors.name = `There is already a batch named ${name}.`
  const plannedStart = input.plannedStart.trim()
  const plannedCompletion = input.plannedCompletion.trim()
  if (plannedStart !== '' && !isIsoDate(plannedStart))
    errors.plannedStart = 'Enter the start date as YYYY-MM-DD.'
  if (plannedCompletion !== '' && !isIsoDate(plannedCompletion))
    errors.plannedCompletion = 'Enter the completion date as YYYY-MM-DD.'
  else if (plannedStart !== '' && plannedCompletion !== '' && plannedCompletion < plannedStart)
    errors.plannedCompletion = 'The completion date is before the start date.'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, value: { name, plannedStart, plannedCompletion } }
}

/** Mailboxes per lifecycle, whether counted from loaded rows or from index entries. */
export type LifecycleTally = Record<MailboxLifecycle, number>

export type BatchProgress = {
  batchId: string | null
  total: number
  /** Completed, with or without warnings. */
  completed: number
  failed: number
  byLifecycle: LifecycleTally
}

export function emptyTally(): LifecycleTally {
  return Object.fromEntries(LIFECYCLES.map((lifecycle) => [lifecycle, 0])) as LifecycleTally
}

/**
 * The one definition of a batch's progress, from its mailboxes per lifecycle: the mailbox page
 * (from loaded rows), the dashboard and the report (from index counts) all show what this says.
 */
export function progressOfBatch(
  batchId: string | null,
  byLifecycle: LifecycleTally
): BatchProgress {
  let total = 0
  for (const lifecycle of LIFECYCLES) total += byLifecycle[lifecycle]
  let completed = 0
  for (const lifecycle of DONE_LIFECYCLES) completed += byLifecycle[lifecycle]
  return { batchId, total, completed, failed: byLifecycle.failed, byLifecycle }
}

/**
 * Progress of every batch (in the order given, empty batches included) and of the mailboxes in
 * no batch (key null), in one pass over the mailboxes.
 */
export function batchProgress(
  mailboxes: readonly Pick<Mailbox, 'batchId' | 'lifecycle'>[],
  batches: readonly Pick<Batch, 'id'>[]
): Map<string | null, BatchProgress> {
  const tallies = new Map<string | null, LifecycleTally>()
  for (const batch of batches) tallies.set(batch.id, emptyTally())
  const unbatched = emptyTally()
  tallies.set(null, unbatched)
  for (const mailbox of mailboxes) {
    // A batch id without a batch row counts with the unbatched mailboxes.
    const tally = tallies.get(mailbox.batchId) ?? unbatched
    tally[mailbox.lifecycle]++
  }
  return new Map([...tallies].map(([id, tally]) => [id, progressOfBatch(id, tally)]))
}

/** Batches sorted for display: by planned start (undated last), then by name. */
export function sortBatches<T extends Pick<Batch, 'name' | 'plannedStart'>>(
  batches: readonly T[]
): T[] {
  return [...batches].sort(
    (a, b) =>
      (a.plannedStart || '\uffff').localeCompare(b.plannedStart || '\uffff') ||
      a.name.localeCompare(b.name, undefined, { numeric: true })
  )
}

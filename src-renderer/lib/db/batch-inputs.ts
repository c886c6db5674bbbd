/**
 * Reads batch progress and the batch forecasts' inputs for the dashboard and the report, at
 * 100,000 mailboxes: batch progress is index counts per lifecycle, made progress by the same
 * function as the mailbox page's (progressOfBatch); batch forecasts map mailboxes to batches
 * through primary keys. Live-query bookkeeping as in dashboard-inputs.ts: small observed reads,
 * then the bulk read `untracked`.
 */
import { mailboxCompletionDelta } from '../domain/burn-up'
import { batchCounts, type BatchProgress } from '../domain/dashboard'
import { dayNumber, dayString } from '../domain/days'
import type { BatchForecastInput } from '../domain/forecast'
import { LIFECYCLES } from '../domain/mailboxes/lifecycle'
import { emptyTally } from '../domain/mailboxes/batches'
import type { Batch } from '../domain/mailboxes/model'
import { DayTally, forEachMailboxChange, untracked } from './dashboard-inputs'
import { dayConverter, localDayOf, localDayStart } from './local-days'
import type { TrackerDb } from './schema'

/** Calendar days of log a batch forecast reads: 14 working days reach back at most 20 days. */
const BATCH_WINDOW_DAYS = 21

/**
 * Per batch, in the order given: its mailboxes counted per lifecycle, one index count each on
 * [projectId+batchId+lifecycle] (rows are never loaded), made progress by the mailbox page's rule.
 */
async function countBatches(
  db: TrackerDb,
  projectId: string,
  batches: readonly Batch[]
): Promise<BatchProgress[]> {
  return Promise.all(
    batches.map(async (batch) => {
      const counts = await Promise.all(
        LIFECYCLES.map((lifecycle) =>
          db.mailboxes
            .where('[projectId+batchId+lifecycle]')
            .equals([projectId, batch.id, lifecycle])
            .count()
        )
      )
      const tally = emptyTally()
      LIFECYCLES.forEach((lifecycle, index) => (tally[lifecycle] = counts[index] ?? 0))
      return batchCounts(batch, tally)
    })
  )
}

/** The project's batches and each one's progress; observed, as index counts. */
async function readBatches(
  db: TrackerDb,
  projectId: string
): Promise<{ batches: Batch[]; progress: BatchProgress[] }> {
  return db.transaction('r', [db.batches, db.mailboxes], async () => {
    const batches = await db.batches.where('projectId').equals(projectId).toArray()
    return { batches, progress: await countBatches(db, projectId, batches) }
  })
}

/** Per batch of a project: its mailboxes and the completed ones, for the planned-against-actual
 *  chart and the batch table. */
export async function readBatchProgress(
  db: TrackerDb,
  projectId: string
): Promise<BatchProgress[]> {
  return (await readBatches(db, projectId)).progress
}

/** Which batch each batched mailbox is in, from primary keys alone (one getAllKeys per batch). */
async function batchOfMailbox(
  db: TrackerDb,
  projectId: string,
  batches: readonly Batch[]
): Promise<Map<string, string>> {
  const members = await db.transaction('r', db.mailboxes, () =>
    Promise.all(
      batches.map((batch) =>
        db.mailboxes.where('[projectId+batchId]').equals([projectId, batch.id]).primaryKeys()
      )
    )
  )
  const batchOf = new Map<string, string>()
  batches.forEach((batch, index) => {
    for (const id of members[index] ?? []) batchOf.set(id, batch.id)
  })
  return batchOf
}

/**
 * The batch forecasts' inputs: each batch's counts and its completions per day over the last three
 * weeks of the activity log, credited to the batch the mailbox is in now. The log walk is the
 * costly part at 100,000 mailboxes, so the dashboard asks for this after its charts have drawn.
 */
export async function readBatchForecastInputs(
  db: TrackerDb,
  projectId: string,
  today: string
): Promise<BatchForecastInput[]> {
  const todayNumber = dayNumber(today) ?? 0
  const from = localDayStart(dayString(todayNumber - BATCH_WINDOW_DAYS + 1))
  const recent = () =>
    db.events.where('[projectId+at]').between([projectId, from], [projectId, '\uffff'])
  const [{ batches, progress }] = await Promise.all([readBatches(db, projectId), recent().count()])
  if (batches.length === 0) return []
  const tallies = new Map(batches.map((batch) => [batch.id, new DayTally()]))
  await untracked(async () => {
    const batchOf = await batchOfMailbox(db, projectId, batches)
    const dayOf = dayConverter()
    await recent().each((event) => {
      if (event.entity === 'step') return
      forEachMailboxChange(event, (mailboxId, before, after) => {
        const batchId = batchOf.get(mailboxId)
        if (batchId === undefined) return
        tallies.get(batchId)?.add(dayOf(event.at), mailboxCompletionDelta(before, after))
      })
    })
  })
  return progress.map((row, index) => {
    const createdAt = batches[index]?.createdAt
    return {
      ...row,
      remaining: Math.max(0, row.total - row.done),
      completions: tallies.get(row.id)?.list() ?? [],
      historyStart: createdAt ? localDayOf(createdAt) : today
    }
  })
}

/**
 * Reads batch progress and the batch forecasts' inputs for the dashboard and the report, at
 * 100,000 mailboxes: batch progress is index counts; batch forecasts map mailboxes to batches
 * through primary keys. Live-query bookkeeping as in dashboard-inputs.ts: small observed reads,
 * then the bulk read `untracked`.
 */
import { DONE_LIFECYCLES, mailboxCompletionDelta } from '../domain/burn-up'
import type { BatchProgress } from '../domain/dashboard'
import { dayNumber, dayString } from '../domain/days'
import type { BatchForecastInput } from '../domain/forecast'
import { LIFECYCLES } from '../domain/mailboxes/lifecycle'
import type { Batch } from '../domain/mailboxes/model'
import {
  DayTally,
  countMailboxesByLifecycle,
  doneOf,
  forEachMailboxChange,
  totalOf,
  untracked
} from './dashboard-inputs'
import { dayConverter, localDayOf, localDayStart } from './local-days'
import type { TrackerDb } from './schema'

/** Calendar days of log a batch forecast reads: 14 working days reach back at most 20 days. */
const BATCH_WINDOW_DAYS = 21

type Membership = { batches: Batch[]; progress: BatchProgress[]; batchOf: Map<string, string> }

/**
 * Observed: the batches, and index counts that change whenever a mailbox of the project changes
 * stage or batch.
 */
async function observeBatches(db: TrackerDb, projectId: string): Promise<Batch[]> {
  return db.transaction('r', [db.batches, db.mailboxes], async () => {
    const batches = await db.batches.where('projectId').equals(projectId).toArray()
    await Promise.all([
      countMailboxesByLifecycle(db, projectId),
      ...batches.map((batch) =>
        db.mailboxes.where('[projectId+batchId]').equals([projectId, batch.id]).count()
      )
    ])
    return batches
  })
}

/**
 * Mailboxes and completed ones per batch, from primary keys alone (one getAllKeys per batch and
 * per lifecycle of the smaller side): rows are never loaded, and no index counts batch and
 * lifecycle at once.
 */
async function batchMembership(
  db: TrackerDb,
  projectId: string,
  batches: readonly Batch[]
): Promise<Membership> {
  const batchOf = new Map<string, string>()
  if (batches.length === 0) return { batches: [...batches], progress: [], batchOf }
  // Whichever side is smaller, completed or not, is read and the other side inferred.
  const counts = await countMailboxesByLifecycle(db, projectId)
  const doneCount = doneOf(counts)
  const readDone = doneCount <= totalOf(counts) - doneCount
  const side = LIFECYCLES.filter((lifecycle) => DONE_LIFECYCLES.includes(lifecycle) === readDone)
  const [sideKeys, members] = await db.transaction('r', db.mailboxes, () =>
    Promise.all([
      Promise.all(
        side.map((lifecycle) =>
          db.mailboxes.where('[projectId+lifecycle]').equals([projectId, lifecycle]).primaryKeys()
        )
      ),
      Promise.all(
        batches.map((batch) =>
          db.mailboxes.where('[projectId+batchId]').equals([projectId, batch.id]).primaryKeys()
        )
      )
    ])
  )
  const marked = new Set(sideKeys.flat())
  const isDone = (id: string): boolean => marked.has(id) === readDone
  const progress = batches.map((batch, index) => {
    const ids = members[index] ?? []
    let completed = 0
    for (const id of ids) {
      batchOf.set(id, batch.id)
      if (isDone(id)) completed += 1
    }
    return {
      id: batch.id,
      name: batch.name,
      plannedCompletion: batch.plannedCompletion,
      total: ids.length,
      done: completed
    }
  })
  return { batches: [...batches], progress, batchOf }
}

/** Per batch of a project: its mailboxes and the completed ones, for the planned-against-actual
 *  chart. Index counts alone on [projectId+batchId] and [projectId+batchId+lifecycle]. */
export async function readBatchProgress(
  db: TrackerDb,
  projectId: string
): Promise<BatchProgress[]> {
  return db.transaction('r', [db.batches, db.mailboxes], async () => {
    const batches = await db.batches.where('projectId').equals(projectId).toArray()
    return Promise.all(
      batches.map(async (batch) => {
        const [total, ...done] = await Promise.all([
          db.mailboxes.where('[projectId+batchId]').equals([projectId, batch.id]).count(),
          ...DONE_LIFECYCLES.map((lifecycle) =>
            db.mailboxes
              .where('[projectId+batchId+lifecycle]')
              .equals([projectId, batch.id, lifecycle])
              .count()
          )
        ])
        return {
          id: batch.id,
          name: batch.name,
          plannedCompletion: batch.plannedCompletion,
          total,
          done: done.reduce((sum, count) => sum + count, 0)
        }
      })
    )
  })
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
  const [batches] = await Promise.all([observeBatches(db, projectId), recent().count()])
  if (batches.length === 0) return []
  const tallies = new Map(batches.map((batch) => [batch.id, new DayTally()]))
  const { progress } = await untracked(async () => {
    const membership = await batchMembership(db, projectId, batches)
    const dayOf = dayConverter()
    await recent().each((event) => {
      if (event.entity === 'step') return
      forEachMailboxChange(event, (mailboxId, before, after) => {
        const batchId = membership.batchOf.get(mailboxId)
        if (batchId === undefined) return
        tallies.get(batchId)?.add(dayOf(event.at), mailboxCompletionDelta(before, after))
      })
    })
    return membership
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

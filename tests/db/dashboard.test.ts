import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readBatchForecastInputs, readBatchProgress } from '../../src-renderer/lib/db/batch-inputs'
import {
  countMailboxesByLifecycle,
  readDomainHistory,
  readProjectHistory
} from '../../src-renderer/lib/db/dashboard-inputs'
import { liveBatchProgress, liveProjectHistory } from '../../src-renderer/lib/db/live/dashboard'
import { readReportInputs } from '../../src-renderer/lib/db/report-inputs'
import { readProjectMailboxes } from '../../src-renderer/lib/db/repositories/mailboxes'
import { addDomain } from '../../src-renderer/lib/db/repositories/domains'
import { createProject } from '../../src-renderer/lib/db/repositories/projects'
import {
  recordDailySnapshot,
  recordSnapshotsOfDay
} from '../../src-renderer/lib/db/repositories/snapshots'
import { updateStep } from '../../src-renderer/lib/db/repositories/steps'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { batchProgress } from '../../src-renderer/lib/domain/mailboxes/batches'
import {
  LIFECYCLES,
  type MailboxLifecycle
} from '../../src-renderer/lib/domain/mailboxes/lifecycle'
import { NO_CONDITIONS } from '../../src-renderer/lib/domain/profile'
import type { Domain, EventRecord, Project } from '../../src-renderer/lib/domain/types'
import {
  CONTOSO,
  contextSequence,
  makeMailbox,
  openTestDb,
  seedProjectWithDomain
} from '../support/db'
import { waitFor } from '../support/wait'

const TODAY = '2026-03-11'
let db: TrackerDb
let project: Project
let domain: Domain
let other: Domain
const at = contextSequence()
let eventId = 0

beforeEach(async () => {
  db = await openTestDb()
  ;({ project, domain } = await seedProjectWithDomain(db, at))
  other = await addDomain(
    db,
    project.id,
    { name: 'fabrikam.com', scenario: 2, conditions: NO_CONDITIONS },
    at('2026-03-01T09:02:00.000Z')
  )
})
afterEach(async () => {
  await db.delete()
})

async function addMailboxes(
  count: number,
  lifecycle: MailboxLifecycle,
  fields: { domainId?: string | null; batchId?: string | null; prefix?: string } = {}
): Promise<string[]> {
  const prefix = fields.prefix ?? lifecycle
  const rows = Array.from({ length: count }, (_, index) =>
    makeMailbox({
      id: `${prefix}-${index}`,
      projectId: project.id,
      address: `${prefix}-${index}@contoso.com`,
      lifecycle,
      domainId: fields.domainId === undefined ? domain.id : fields.domainId,
      batchId: fields.batchId ?? null
    })
  )
  await db.mailboxes.bulkAdd(rows)
  return rows.map((row) => row.id)
}

/** A lifecycle change as the mailbox import records it. */
async function lifecycleEvent(
  mailboxId: string,
  when: string,
  from: MailboxLifecycle,
  to: MailboxLifecycle,
  domainId: string | null = domain.id
): Promise<void> {
  eventId += 1
  const event: EventRecord = {
    id: `event-${eventId}`,
    projectId: project.id,
    domainId,
    at: when,
    actor: 'Test Lead',
    entity: 'mailbox',
    entityId: mailboxId,
    action: `lifecycle:${to}`,
    summary: `${mailboxId}: ${from} → ${to}`,
    before: { lifecycle: from },
    after: { lifecycle: to, rawStatus: 'Completed' }
  }
  await db.events.add(event)
}

async function stepOf(domainId: string, stepId: string): Promise<string> {
  const found = await db.steps.where('[domainId+stepId]').equals([domainId, stepId]).first()
  if (!found) throw new Error(`no ${stepId}`)
  return found.id
}

describe('daily snapshots', () => {
  it('stores one snapshot per project and day, refreshed by later calls the same day', async () => {
    await addMailboxes(3, 'completed')
    await addMailboxes(2, 'syncing')
    const first = await recordDailySnapshot(db, project.id, TODAY, at('2026-03-11T10:00:00.000Z'))
    expect(first).toMatchObject({
      projectId: project.id,
      day: TODAY,
      mailboxesByLifecycle: { completed: 3, syncing: 2, failed: 0 },
      requiredStepsDone: 0
    })
    await updateStep(
      db,
      await stepOf(domain.id, 'add-domain'),
      { status: 'done' },
      at('2026-03-11T11:00:00.000Z')
    )
    const second = await recordDailySnapshot(db, project.id, TODAY, at('2026-03-11T11:01:00.000Z'))
    expect(second).toMatchObject({ id: first?.id, requiredStepsDone: 1 })
    await recordDailySnapshot(db, project.id, '2026-03-12', at('2026-03-12T08:00:00.000Z'))
    // The setup's writes of March 1st recorded that day's snapshot; these calls added two days.
    expect((await db.snapshots.toArray()).map((row) => row.day).sort()).toEqual([
      '2026-03-01',
      TODAY,
      '2026-03-12'
    ])
    expect(await db.snapshots.get(first?.id ?? '')).toMatchObject({ requiredStepsDone: 1 })
  })

  it('leaves an unchanged snapshot alone and records nothing in the activity log', async () => {
    await recordDailySnapshot(db, project.id, TODAY, at('2026-03-11T10:00:00.000Z'))
    const events = await db.events.count()
    let writes = 0
    db.snapshots.hook('updating', () => {
      writes += 1
    })
    db.snapshots.hook('creating', () => {
      writes += 1
    })
    await recordDailySnapshot(db, project.id, TODAY, at('2026-03-11T12:00:00.000Z'))
    expect(writes).toBe(0)
    expect(await db.events.count()).toBe(events)
  })

  it('records nothing for a project that does not exist', async () => {
    const before = await db.snapshots.count()
    expect(await recordDailySnapshot(db, 'gone', TODAY, at('2026-03-11T10:00:00.000Z'))).toBeNull()
    expect(await db.snapshots.count()).toBe(before)
  })

  it('is recorded by every write that changes the figures, inside its transaction', async () => {
    // The setup's domains (March 1st) recorded that day.
    expect((await db.snapshots.toArray()).map((row) => row.day)).toEqual(['2026-03-01'])
    await updateStep(
      db,
      await stepOf(domain.id, 'add-domain'),
      { status: 'done' },
      at('2026-03-04T10:00:00.000Z')
    )
    const fourth = await db.snapshots.where('[projectId+day]').equals([project.id, '2026-03-04'])
    expect(await fourth.first()).toMatchObject({ requiredStepsDone: 1 })
    // A write that fails leaves no snapshot of its day either.
    await expect(
      updateStep(
        db,
        await stepOf(domain.id, 'add-domain'),
        { status: 'blocked' },
        at('2026-03-05T10:00:00.000Z')
      )
    ).rejects.toThrow()
    expect((await db.snapshots.toArray()).filter((row) => row.day === '2026-03-05')).toEqual([])
  })

  it('is recorded on start for every project, without touching an unchanged one', async () => {
    const second = await createProject(
      db,
      { ...CONTOSO, name: 'Fabrikam' },
      at('2026-03-01T10:00:00.000Z')
    )
    await recordSnapshotsOfDay(db, TODAY, at('2026-03-11T07:00:00.000Z'))
    const today = (await db.snapshots.toArray()).filter((row) => row.day === TODAY)
    expect(today.map((row) => row.projectId).sort()).toEqual([project.id, second.id].sort())
    const rows = await db.snapshots.toArray()
    await recordSnapshotsOfDay(db, TODAY, at('2026-03-11T09:00:00.000Z'))
    expect(await db.snapshots.toArray()).toEqual(rows)
  })
})

describe('dashboard inputs', () => {
  it('counts mailboxes per lifecycle of the project only', async () => {
    await addMailboxes(4, 'completed')
    await addMailboxes(1, 'failed')
    await db.mailboxes.add(
      makeMailbox({ id: 'elsewhere', projectId: 'other', address: 'x@y.com', lifecycle: 'failed' })
    )
    const counts = await countMailboxesByLifecycle(db, project.id)
    expect(counts).toMatchObject({ completed: 4, failed: 1, 'not-started': 0 })
  })

  it('folds the activity log of the days no snapshot covers into per-day deltas', async () => {
    const [a, b, c] = await addMailboxes(3, 'completed')
    await addMailboxes(2, 'syncing')
    await lifecycleEvent(a ?? '', '2026-03-03T10:00:00.000Z', 'syncing', 'completed')
    // Covered by the snapshot of the 5th, but the days before are counted back from it.
    await lifecycleEvent(b ?? '', '2026-03-05T10:00:00.000Z', 'synced', 'completed')
    // Covered by the snapshot of the 6th: not read.
    await lifecycleEvent(c ?? '', '2026-03-06T10:00:00.000Z', 'completing', 'completed')
    // A gap day and a day after the last snapshot.
    await lifecycleEvent('gone', '2026-03-08T10:00:00.000Z', 'completed', 'failed')
    await lifecycleEvent(c ?? '', '2026-03-10T10:00:00.000Z', 'failed', 'completed-with-warnings')
    await updateStep(
      db,
      await stepOf(domain.id, 'add-domain'),
      { status: 'done' },
      at('2026-03-08T12:00:00.000Z')
    )
    await updateStep(
      db,
      await stepOf(domain.id, 'partner-connectors'),
      { status: 'done' },
      at('2026-03-08T12:30:00.000Z')
    )
    // The writes above recorded snapshots of their days; this test sets the covered days itself.
    await db.snapshots.clear()
    await db.snapshots.bulkAdd([
      snapshot('2026-03-05', 2, 5, 1),
      snapshot('2026-03-06', 3, 5, 2),
      snapshot('2026-03-09', 2, 5, 2)
    ])

    const inputs = await readProjectHistory(db, project.id, TODAY)
    expect(inputs.counts).toMatchObject({ completed: 3, syncing: 2 })
    expect(sortByDay(inputs.mailboxHistory.deltas)).toEqual([
      { day: '2026-03-03', count: 1 },
      { day: '2026-03-05', count: 1 },
      { day: '2026-03-08', count: -1 },
      { day: '2026-03-10', count: 1 }
    ])
    expect(inputs.mailboxHistory.levels).toEqual([
      { day: '2026-03-05', done: 2, total: 5 },
      { day: '2026-03-06', done: 3, total: 5 },
      { day: '2026-03-09', done: 2, total: 5 }
    ])
    expect(inputs.mailboxHistory.current).toEqual({ done: 3, total: 5 })
    // Only the required step counts; partner connectors are optional without a partner.
    expect(inputs.stepHistory.deltas).toEqual([{ day: '2026-03-08', count: 1 }])
    expect(inputs.stepHistory.current.done).toBe(1)
    expect(inputs.steps).toHaveLength(
      (await db.steps.where('projectId').equals(project.id).count()) ?? 0
    )
  })

  it('reads a domain history from its own log and counts its mailboxes', async () => {
    const [a] = await addMailboxes(2, 'completed')
    await addMailboxes(3, 'queued', { domainId: other.id, prefix: 'fab' })
    await lifecycleEvent(a ?? '', '2026-03-04T10:00:00.000Z', 'syncing', 'completed')
    await lifecycleEvent('fab-0', '2026-03-04T10:00:00.000Z', 'not-started', 'queued', other.id)
    const inputs = await readDomainHistory(db, project.id, domain.id, TODAY)
    expect(inputs.counts).toMatchObject({ completed: 2, queued: 0 })
    expect(inputs.mailboxHistory).toEqual({
      deltas: [{ day: '2026-03-04', count: 1 }],
      levels: [],
      current: { done: 2, total: 2 }
    })
    const fabrikam = await readDomainHistory(db, project.id, other.id, TODAY)
    expect(fabrikam.counts.queued).toBe(3)
    expect(fabrikam.mailboxHistory.deltas).toEqual([])
  })

  it('counts batches through their keys and credits recent completions to each batch', async () => {
    await db.batches.bulkAdd([
      batch('wave-1', 'Wave 1', '2026-03-20', '2026-02-01T09:00:00.000Z'),
      batch('wave-2', 'Wave 2', '', '2026-03-09T09:00:00.000Z')
    ])
    const [w1] = await addMailboxes(3, 'completed', { batchId: 'wave-1', prefix: 'w1c' })
    await addMailboxes(2, 'syncing', { batchId: 'wave-1', prefix: 'w1s' })
    const [w2] = await addMailboxes(1, 'completed-with-warnings', {
      batchId: 'wave-2',
      prefix: 'w2'
    })
    await addMailboxes(4, 'completed', { prefix: 'none' })
    await lifecycleEvent(w1 ?? '', '2026-03-10T10:00:00.000Z', 'syncing', 'completed')
    await lifecycleEvent(w1 ?? '', '2026-01-10T10:00:00.000Z', 'syncing', 'completed')
    await lifecycleEvent(w2 ?? '', '2026-03-11T08:00:00.000Z', 'completing', 'completed')

    expect(await readBatchProgress(db, project.id)).toEqual([
      { id: 'wave-1', name: 'Wave 1', plannedCompletion: '2026-03-20', total: 5, done: 3 },
      { id: 'wave-2', name: 'Wave 2', plannedCompletion: '', total: 1, done: 1 }
    ])
    const inputs = await readBatchForecastInputs(db, project.id, TODAY)
    expect(inputs.map((row) => [row.id, row.remaining, row.completions, row.historyStart])).toEqual(
      [
        ['wave-1', 2, [{ day: '2026-03-10', count: 1 }], '2026-02-01'],
        ['wave-2', 0, [{ day: TODAY, count: 1 }], '2026-03-09']
      ]
    )
  })

  it('shows the same batch progress as the mailbox page, the report and the batch forecasts', async () => {
    await db.batches.bulkAdd([
      batch('wave-1', 'Wave 1', '2026-03-20', '2026-02-01T09:00:00.000Z'),
      batch('wave-2', 'Wave 2', '', '2026-03-09T09:00:00.000Z'),
      batch('wave-3', 'Wave 3', '', '2026-03-09T09:00:00.000Z')
    ])
    // Every lifecycle in wave 1, a mix in wave 2, wave 3 empty; some in no batch or a deleted one.
    for (const lifecycle of LIFECYCLES)
      await addMailboxes(2, lifecycle, { batchId: 'wave-1', prefix: `w1-${lifecycle}` })
    await addMailboxes(3, 'completed-with-warnings', { batchId: 'wave-2', prefix: 'w2a' })
    await addMailboxes(1, 'failed', { batchId: 'wave-2', prefix: 'w2b' })
    await addMailboxes(4, 'syncing', { batchId: 'wave-2', prefix: 'w2c' })
    await addMailboxes(5, 'completed', { prefix: 'none' })
    await addMailboxes(2, 'completed', { batchId: 'deleted-wave', prefix: 'gone' })

    const batches = await db.batches.where('projectId').equals(project.id).toArray()
    const page = batchProgress(await readProjectMailboxes(db, project.id), batches)
    const dashboard = await readBatchProgress(db, project.id)
    const forecasts = await readBatchForecastInputs(db, project.id, TODAY)
    const report = await readReportInputs(
      db,
      project.id,
      { kind: 'domain', domainId: domain.id },
      TODAY
    )

    const figures = (rows: readonly { id: string; total: number; done: number }[]) =>
      rows.map((row) => [row.id, row.total, row.done])
    const expected = [
      ['wave-1', 18, 4],
      ['wave-2', 8, 3],
      ['wave-3', 0, 0]
    ]
    expect(
      batches.map((row) => {
        const progress = page.get(row.id)
        return [row.id, progress?.total, progress?.completed]
      })
    ).toEqual(expected)
    expect(figures(dashboard)).toEqual(expected)
    expect(figures(forecasts.map((row) => ({ ...row, done: row.total - row.remaining })))).toEqual(
      expected
    )
    // The report of a domain leaves out batches without a mailbox of it.
    expect(figures(report.batches)).toEqual(expected.slice(0, 2))
  })

  it('answers live: the dashboard inputs follow changes to the mailboxes', async () => {
    const seen: number[] = []
    const subscription = liveProjectHistory(project.id, TODAY, db).subscribe({
      next: (value) => seen.push(value.counts.completed)
    })
    await waitFor(() => seen.length > 0)
    await addMailboxes(2, 'completed')
    await waitFor(() => seen.at(-1) === 2)
    subscription.unsubscribe()
    expect(seen[0]).toBe(0)
  })

  it('re-reads what it reads untracked when the rows behind its observed counts change', async () => {
    await db.batches.add(batch('wave-1', 'Wave 1', '', '2026-03-01T09:00:00.000Z'))
    const [first] = await addMailboxes(2, 'syncing', { batchId: 'wave-1' })
    const done: number[] = []
    const deltas: number[] = []
    const batches = liveBatchProgress(project.id, db).subscribe({
      next: (rows) => done.push(rows[0]?.done ?? -1)
    })
    const history = liveProjectHistory(project.id, TODAY, db).subscribe({
      next: (value) => deltas.push(value.mailboxHistory.deltas.length)
    })
    await waitFor(() => done.length > 0 && deltas.length > 0)
    await db.mailboxes.update(first ?? '', { lifecycle: 'completed' })
    await waitFor(() => done.at(-1) === 1)
    await lifecycleEvent(first ?? '', '2026-03-10T10:00:00.000Z', 'syncing', 'completed')
    await waitFor(() => deltas.at(-1) === 1)
    batches.unsubscribe()
    history.unsubscribe()
    expect(done[0]).toBe(0)
  })
})

function snapshot(day: string, done: number, total: number, stepsDone: number) {
  return {
    id: `${project.id}/${day}`,
    projectId: project.id,
    day,
    mailboxesByLifecycle: { completed: done, syncing: total - done },
    requiredStepsDone: stepsDone,
    requiredStepsTotal: 20
  }
}

function batch(id: string, name: string, plannedCompletion: string, createdAt: string) {
  return {
    id,
    projectId: project.id,
    name,
    plannedStart: '',
    plannedCompletion,
    createdAt,
    updatedAt: createdAt,
    rev: 1
  }
}

function sortByDay<T extends { day: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.day.localeCompare(b.day))
}

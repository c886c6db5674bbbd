import { describe, expect, it } from 'vitest'
import {
  batchPlanVsActual,
  lifecyclesPresent,
  mailboxesByLifecycle,
  overdueAndBlocked,
  requiredStepsByDomain,
  snapshotFor,
  snapshotMailboxLevel,
  snapshotStepLevel
} from '../../../src-renderer/lib/domain/dashboard'
import { projectProgress, stepsByDomain } from '../../../src-renderer/lib/domain/progress'
import type { Step, StepStatus } from '../../../src-renderer/lib/domain/types'
import { makeStep } from '../../support/steps'

const TODAY = '2026-03-11'
const LABELS: Record<StepStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  'not-applicable': 'Not applicable'
}
const DOMAINS = [
  { id: 'd1', name: 'contoso.com' },
  { id: 'd2', name: 'fabrikam.com' }
]

function step(domainId: string, fields: Partial<Step>): Step {
  return makeStep({ domainId, ...fields })
}

const STEPS = [
  step('d1', { status: 'done' }),
  step('d1', { status: 'done' }),
  step('d1', { status: 'blocked', dueDate: '2026-03-01' }),
  step('d1', { status: 'todo', dueDate: '2026-03-05' }),
  step('d1', { status: 'done', requirement: 'recommended' }),
  step('d1', { status: 'todo', retired: true }),
  step('d2', { status: 'in-progress', dueDate: '2026-04-01' }),
  step('d2', { status: 'not-applicable' })
]

describe('required steps per domain by status', () => {
  it('counts active required steps, stacks settled work first and drops empty series', () => {
    const chart = requiredStepsByDomain(DOMAINS, stepsByDomain(STEPS), LABELS)
    expect(chart.labels).toEqual(['contoso.com', 'fabrikam.com'])
    expect(chart.series).toEqual([
      { id: 'done', label: 'Done', values: [2, 0] },
      { id: 'not-applicable', label: 'Not applicable', values: [0, 1] },
      { id: 'in-progress', label: 'In progress', values: [0, 1] },
      { id: 'blocked', label: 'Blocked', values: [1, 0] },
      { id: 'todo', label: 'To do', values: [1, 0] }
    ])
    expect(chart.table).toEqual({
      caption: 'Required steps per domain by status',
      columns: ['Domain', 'Done', 'Not applicable', 'In progress', 'Blocked', 'To do', 'Total'],
      rows: [
        { label: 'contoso.com', cells: [2, 0, 0, 1, 1, 4] },
        { label: 'fabrikam.com', cells: [0, 1, 1, 0, 0, 2] }
      ]
    })
  })

  it('leaves a status out of the chart when no domain has it, but keeps it in the table', () => {
    const chart = requiredStepsByDomain(DOMAINS, stepsByDomain(STEPS.slice(0, 2)), LABELS)
    expect(chart.series.map((series) => series.id)).toEqual(['done'])
    expect(chart.table.rows[1]).toEqual({ label: 'fabrikam.com', cells: [0, 0, 0, 0, 0, 0] })
  })
})

describe('overdue and blocked steps', () => {
  it('takes the counts of projectProgress per domain', () => {
    const chart = overdueAndBlocked(projectProgress(DOMAINS, stepsByDomain(STEPS), TODAY))
    expect(chart.series).toEqual([
      { id: 'overdue', label: 'Overdue', values: [2, 0] },
      { id: 'blocked', label: 'Blocked', values: [1, 0] }
    ])
    expect(chart.table.rows).toEqual([
      { label: 'contoso.com', cells: [2, 1] },
      { label: 'fabrikam.com', cells: [0, 0] }
    ])
  })
})

describe('mailboxes by lifecycle', () => {
  it('draws the lifecycles that have mailboxes in move order and tables every lifecycle', () => {
    const counts = {
      completed: 600,
      syncing: 150,
      'not-started': 200,
      'completed-with-warnings': 50
    }
    const chart = mailboxesByLifecycle(counts)
    expect(chart.labels).toEqual(['Not started', 'Syncing', 'Completed', 'Completed with warnings'])
    expect(lifecyclesPresent(counts)).toEqual([
      'not-started',
      'syncing',
      'completed',
      'completed-with-warnings'
    ])
    expect(chart.series).toEqual([
      { id: 'mailboxes', label: 'Mailboxes', values: [200, 150, 600, 50] }
    ])
    expect(chart.total).toBe(1000)
    expect(chart.done).toBe(650)
    expect(chart.table.rows).toHaveLength(9)
    expect(chart.table.rows[0]).toEqual({ label: 'Not started', cells: [200, '20%'] })
    expect(chart.table.rows[1]).toEqual({ label: 'Queued', cells: [0, '0%'] })
  })

  it('has nothing to draw without mailboxes', () => {
    const chart = mailboxesByLifecycle({})
    expect(chart).toMatchObject({ labels: [], total: 0, done: 0 })
    expect(chart.table.rows[0]).toEqual({ label: 'Not started', cells: [0, '0%'] })
  })
})

describe('batches planned against actual', () => {
  it('orders by planned completion, undated last, and marks batches past their date', () => {
    const chart = batchPlanVsActual(
      [
        { id: 'b3', name: 'Stragglers', plannedCompletion: '', total: 10, done: 0 },
        { id: 'b2', name: 'Wave 2', plannedCompletion: '2026-04-15', total: 300, done: 30 },
        { id: 'b1', name: 'Wave 1', plannedCompletion: '2026-03-01', total: 200, done: 180 },
        { id: 'b0', name: 'Pilot', plannedCompletion: '2026-02-01', total: 20, done: 20 }
      ],
      TODAY
    )
    expect(chart.labels).toEqual(['Pilot', 'Wave 1', 'Wave 2', 'Stragglers'])
    expect(chart.series).toEqual([
      { id: 'completed', label: 'Completed', values: [20, 180, 30, 0] },
      { id: 'remaining', label: 'Not yet completed', values: [0, 20, 270, 10] }
    ])
    expect(chart.batches.map((batch) => batch.pastPlannedDate)).toEqual([false, true, false, false])
    expect(chart.table.rows).toEqual([
      { label: 'Pilot', cells: ['2026-02-01', 20, 20, '100%', 'Done'] },
      { label: 'Wave 1', cells: ['2026-03-01', 200, 180, '90%', 'Past planned date'] },
      { label: 'Wave 2', cells: ['2026-04-15', 300, 30, '10%', 'In progress'] },
      { label: 'Stragglers', cells: ['Not planned', 10, 0, '0%', 'In progress'] }
    ])
  })
})

describe('daily snapshot', () => {
  it('records every lifecycle and the required steps as progress.ts counts them', () => {
    const snapshot = snapshotFor('p1', TODAY, { completed: 5, failed: 1 }, STEPS)
    expect(snapshot).toEqual({
      id: 'p1/2026-03-11',
      projectId: 'p1',
      day: TODAY,
      mailboxesByLifecycle: {
        'not-started': 0,
        queued: 0,
        syncing: 0,
        synced: 0,
        completing: 0,
        completed: 5,
        'completed-with-warnings': 0,
        failed: 1,
        stopped: 0
      },
      requiredStepsDone: 3,
      requiredStepsTotal: 6
    })
    expect(snapshotMailboxLevel(snapshot)).toEqual({ day: TODAY, done: 5, total: 6 })
    expect(snapshotStepLevel(snapshot)).toEqual({ day: TODAY, done: 3, total: 6 })
  })
})

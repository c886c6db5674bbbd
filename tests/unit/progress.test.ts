import { describe, expect, it } from 'vitest'
import {
  DUE_SOON_DAYS,
  domainProgress,
  filterSteps,
  projectProgress,
  stepsByDomain
} from '../../src-renderer/lib/domain/progress'
import type { Requirement, Step, StepId, StepStatus } from '../../src-renderer/lib/domain/types'
import { makeStep } from '../support/steps'

const TODAY = '2025-03-10'

type StepSpec = {
  id: string
  stepId?: StepId
  requirement?: Requirement
  status?: StepStatus
  dueDate?: string
  owner?: string
  retired?: boolean
  order?: number
  domainId?: string
}

function step(spec: StepSpec): Step {
  return makeStep({
    ...spec,
    projectId: 'p1',
    domainId: spec.domainId ?? 'd1',
    stepId: spec.stepId ?? 'add-domain',
    order: spec.order ?? 0,
    statusReason: spec.status === 'blocked' || spec.status === 'not-applicable' ? 'why' : '',
    completedAt: spec.status === 'done' ? 't0' : null
  })
}

const ids = (steps: readonly Step[]) => steps.map((s) => s.id)

describe('domainProgress', () => {
  const steps = [
    step({ id: 'done', status: 'done', order: 0 }),
    step({ id: 'na', status: 'not-applicable', order: 1 }),
    step({ id: 'late', status: 'in-progress', dueDate: '2025-03-01', order: 2 }),
    step({ id: 'blocked-late', status: 'blocked', dueDate: '2025-02-15', order: 3 }),
    step({ id: 'today', dueDate: TODAY, order: 4 }),
    step({ id: 'later', requirement: 'recommended', dueDate: '2025-04-01', order: 5 }),
    step({ id: 'done-late', status: 'done', dueDate: '2025-01-01', order: 6 }),
    step({ id: 'na-late', status: 'not-applicable', dueDate: '2025-01-01', order: 7 }),
    step({ id: 'optional-blocked', requirement: 'optional', status: 'blocked', order: 8 }),
    step({ id: 'retired', status: 'blocked', dueDate: '2025-01-01', retired: true, order: 9 })
  ]

  it('counts required steps, settles not-applicable ones and lists overdue, blocked and next due', () => {
    const progress = domainProgress(steps, TODAY)
    expect({
      ...progress,
      overdue: ids(progress.overdue),
      blocked: ids(progress.blocked),
      nextDue: progress.nextDue?.id
    }).toEqual({
      // Required, not retired: done, na, late, blocked-late, today, done-late, na-late.
      requiredDone: 4,
      requiredTotal: 7,
      requiredNotApplicable: 2,
      ratio: 4 / 7,
      overdue: ['blocked-late', 'late'],
      blocked: ['blocked-late', 'optional-blocked'],
      // A step due today is not overdue yet: it is the next one due.
      nextDue: 'today'
    })
  })

  it('breaks due-date ties by checklist order', () => {
    const tied = [
      step({ id: 'b', dueDate: '2025-03-12', order: 5 }),
      step({ id: 'a', dueDate: '2025-03-12', order: 1 })
    ]
    expect(domainProgress(tied, TODAY).nextDue?.id).toBe('a')
  })

  it('treats malformed or impossible due dates as none', () => {
    const odd = [step({ id: 'x', dueDate: '2025-02-30' }), step({ id: 'y', dueDate: '10/03/2025' })]
    const progress = domainProgress(odd, TODAY)
    expect([progress.overdue, progress.nextDue]).toEqual([[], null])
  })

  it('reports 0 when there is nothing required', () => {
    expect(domainProgress([], TODAY)).toEqual({
      requiredDone: 0,
      requiredTotal: 0,
      requiredNotApplicable: 0,
      ratio: 0,
      overdue: [],
      blocked: [],
      nextDue: null
    })
  })

  it('rejects a today that is not an ISO date', () => {
    expect(() => domainProgress(steps, '10.03.2025')).toThrow(RangeError)
  })
})

describe('projectProgress', () => {
  it('sums the domains and sorts what needs attention by urgency', () => {
    const stepsByDomain = new Map<string, Step[]>([
      [
        'd1',
        [
          step({ id: 'a-done', status: 'done' }),
          step({ id: 'a-soon', dueDate: '2025-03-17', order: 1 }),
          step({ id: 'a-late', dueDate: '2025-03-09', order: 2 }),
          step({ id: 'a-far', dueDate: '2025-03-18', order: 3 }),
          step({ id: 'a-retired', dueDate: '2025-01-01', retired: true })
        ]
      ],
      [
        'd2',
        [
          step({ id: 'b-blocked', domainId: 'd2', status: 'blocked', order: 4 }),
          step({ id: 'b-very-late', domainId: 'd2', dueDate: '2025-02-01', status: 'blocked' }),
          step({ id: 'b-soon-blocked', domainId: 'd2', dueDate: '2025-03-11', status: 'blocked' }),
          step({ id: 'b-today', domainId: 'd2', dueDate: TODAY, order: 2 })
        ]
      ],
      ['d-unknown', [step({ id: 'ignored', domainId: 'd-unknown', dueDate: '2025-01-01' })]]
    ])
    const progress = projectProgress(
      [
        { id: 'd1', name: 'contoso.com' },
        { id: 'd2', name: 'fabrikam.com' },
        { id: 'd3', name: 'empty.example' }
      ],
      stepsByDomain,
      TODAY
    )

    expect([progress.requiredDone, progress.requiredTotal, progress.ratio]).toEqual([1, 8, 1 / 8])
    expect(progress.domains.map((d) => [d.domainName, d.progress.requiredTotal])).toEqual([
      ['contoso.com', 4],
      ['fabrikam.com', 4],
      ['empty.example', 0]
    ])
    expect(
      progress.attention.map((item) => [item.step.id, item.reasons, item.daysUntilDue])
    ).toEqual([
      ['b-very-late', ['overdue', 'blocked'], -37],
      ['a-late', ['overdue'], -1],
      ['b-soon-blocked', ['due-soon', 'blocked'], 1],
      ['b-blocked', ['blocked'], null],
      ['b-today', ['due-soon'], 0],
      ['a-soon', ['due-soon'], DUE_SOON_DAYS]
    ])
  })

  it('reports 0 for a project without domains', () => {
    expect(projectProgress([], new Map(), TODAY)).toEqual({
      requiredDone: 0,
      requiredTotal: 0,
      requiredNotApplicable: 0,
      ratio: 0,
      domains: [],
      attention: []
    })
  })
})

describe('filterSteps', () => {
  const steps = [
    step({ id: 'spf', stepId: 'dns-spf', owner: 'Ana', status: 'done' }),
    step({ id: 'mx', stepId: 'dns-mx-eop', owner: ' ana ' }),
    step({ id: 'cmt', stepId: 'enable-cmt', owner: 'Ben' }),
    step({ id: 'move', stepId: 'move-mailboxes' }),
    step({ id: 'old-mx', stepId: 'dns-mx-onprem', owner: 'Ana', retired: true })
  ]

  it('filters by category from the catalog, owner and status, hiding retired steps', () => {
    expect(ids(filterSteps(steps, {}))).toEqual(['spf', 'mx', 'cmt', 'move'])
    expect(ids(filterSteps(steps, { category: 'dns' }))).toEqual(['spf', 'mx'])
    expect(ids(filterSteps(steps, { owner: 'ANA' }))).toEqual(['spf', 'mx'])
    expect(ids(filterSteps(steps, { owner: '' }))).toEqual(['move'])
    expect(ids(filterSteps(steps, { owner: 'ana', status: 'todo' }))).toEqual(['mx'])
    expect(ids(filterSteps(steps, { category: 'transport', status: 'todo' }))).toEqual(['cmt'])
    expect(ids(filterSteps(steps, { category: 'dns', includeRetired: true }))).toEqual([
      'spf',
      'mx',
      'old-mx'
    ])
  })
})

describe('stepsByDomain', () => {
  it('groups steps by their domain in their original order', () => {
    const a1 = step({ id: 'a1', domainId: 'a' })
    const b1 = step({ id: 'b1', domainId: 'b' })
    const a2 = step({ id: 'a2', domainId: 'a' })
    expect([...stepsByDomain([a1, b1, a2]).entries()]).toEqual([
      ['a', [a1, a2]],
      ['b', [b1]]
    ])
  })
})

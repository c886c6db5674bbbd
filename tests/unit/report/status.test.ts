import { describe, expect, it } from 'vitest'
import { changesSince } from '../../../src-renderer/lib/domain/report/steering'
import { statusVerdict, type StatusInput } from '../../../src-renderer/lib/domain/report/status'
import type { ReportStep } from '../../../src-renderer/lib/domain/report/types'

const TODAY = '2026-11-29'

function step(fields: Partial<ReportStep>): ReportStep {
  return {
    id: 's',
    stepId: 'dns-spf',
    domainId: 'd',
    domainName: 'contoso.com',
    scenarioLabel: 'Scenario 1',
    title: 'SPF',
    category: 'dns',
    categoryLabel: 'DNS',
    requirement: 'required',
    requirementLabel: 'Required',
    status: 'todo',
    statusLabel: 'To do',
    statusReason: '',
    owner: '',
    dueDate: '',
    completedAt: null,
    overdue: false,
    ...fields
  } as ReportStep
}

function input(fields: Partial<StatusInput>): StatusInput {
  return {
    steps: [],
    dns: [],
    connectorErrors: 0,
    forecastDate: null,
    workLeft: true,
    targetDate: '',
    today: TODAY,
    ...fields
  }
}

describe('report status by the stated rule', () => {
  it('is green with nothing overdue, blocked or failing', () => {
    expect(statusVerdict(input({ steps: [step({})] }), null)).toMatchObject({
      status: 'green',
      computed: 'green',
      reasons: []
    })
  })

  it('is red for a blocked required step, one more than 7 days overdue, or a failing check', () => {
    expect(statusVerdict(input({ steps: [step({ status: 'blocked' })] }), null).status).toBe('red')
    const eightDays = step({ dueDate: '2026-11-21', overdue: true })
    expect(statusVerdict(input({ steps: [eightDays] }), null)).toMatchObject({
      status: 'red',
      reasons: ['1 required step is more than 7 days overdue.']
    })
    expect(statusVerdict(input({ connectorErrors: 2 }), null).reasons).toEqual([
      '2 connector checks fail.'
    ])
  })

  it('is amber for a step overdue by 7 days or less, or a forecast near the target', () => {
    const sevenDays = step({ dueDate: '2026-11-22', overdue: true })
    expect(statusVerdict(input({ steps: [sevenDays] }), null)).toMatchObject({
      status: 'amber',
      reasons: ['1 step is overdue.']
    })
    expect(
      statusVerdict(input({ forecastDate: '2026-12-10', targetDate: '2026-12-15' }), null).status
    ).toBe('amber')
    expect(
      statusVerdict(input({ forecastDate: '2026-12-01', targetDate: '2026-12-15' }), null).status
    ).toBe('green')
  })

  it('is red when the forecast falls after the target, or the target passed with work left', () => {
    expect(
      statusVerdict(input({ forecastDate: '2026-12-20', targetDate: '2026-12-15' }), null).reasons
    ).toEqual(['The forecast (2026-12-20) is after the target date (2026-12-15).'])
    expect(statusVerdict(input({ targetDate: '2026-11-01' }), null).status).toBe('red')
    expect(statusVerdict(input({ targetDate: '2026-11-01', workLeft: false }), null).status).toBe(
      'green'
    )
  })

  it('shows the lead’s override and keeps what the rule gives', () => {
    const verdict = statusVerdict(input({ steps: [step({ status: 'blocked' })] }), {
      status: 'amber',
      reason: 'The vendor confirmed a fix for Monday.'
    })
    expect(verdict).toMatchObject({ status: 'amber', statusLabel: 'Amber', computed: 'red' })
  })
})

describe('changes since the last report', () => {
  it('lists steps done, new blockers and mailboxes moved since the stored facts', () => {
    const fact = (id: string, status: string) => ({ id, title: id, domainName: 'c', status })
    const changes = changesSince(
      {
        id: 'r1',
        projectId: 'p',
        scope: 'project',
        createdAt: '2026-11-22T09:00:00.000Z',
        actor: 'Priya',
        format: 'pdf',
        title: 'Status report',
        facts: {
          steps: [fact('a', 'todo'), fact('b', 'done'), fact('c', 'blocked'), fact('d', 'todo')],
          mailboxCounts: {} as never,
          mailboxesDone: 40
        }
      },
      {
        steps: [fact('a', 'done'), fact('b', 'done'), fact('c', 'blocked'), fact('d', 'blocked')],
        mailboxCounts: {} as never,
        mailboxesDone: 55
      }
    )
    expect(changes.stepsDone.map((s) => s.id)).toEqual(['a'])
    expect(changes.newBlockers.map((s) => s.id)).toEqual(['d'])
    expect(changes.mailboxesMoved).toBe(15)
    expect(changes).toMatchObject({ since: '2026-11-22T09:00:00.000Z', sinceActor: 'Priya' })
  })
})

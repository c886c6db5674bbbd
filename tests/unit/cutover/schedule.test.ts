import { describe, expect, it } from 'vitest'
import { readRun } from '../../../src-renderer/lib/domain/cutover/model'
import {
  defaultGates,
  validateSchedule,
  type ScheduleInput
} from '../../../src-renderer/lib/domain/cutover/schedule'
import {
  endSentence,
  gateSentence,
  scheduledSentence,
  tickSentence
} from '../../../src-renderer/lib/domain/cutover/sentences'
import { makeRun } from './fixtures'

const RUNBOOK = [
  { id: 'lower-mx-ttl', title: 'Lower the MX record’s TTL' },
  { id: 'dns-mx-eop', title: 'Point the MX record to Exchange Online Protection' }
]

function input(fields: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    windowStart: '2026-12-12T22:00:00.000Z',
    windowEnd: '2026-12-13T02:00:00.000Z',
    actions: [
      { id: 'lower-mx-ttl', owner: ' Ana Lopez ', plannedAt: '2026-12-11T22:00:00.000Z' },
      { id: 'dns-mx-eop', owner: 'Ben Ito', plannedAt: '' }
    ],
    gates: [...defaultGates(), { kind: 'manual', name: 'Change board approval' }],
    ...fields
  }
}

describe('scheduling a run', () => {
  it('keeps the window, each action with its owner and planned time, and the gates pending', () => {
    const checked = validateSchedule(input(), RUNBOOK)
    expect(checked.ok).toBe(true)
    if (!checked.ok) return
    expect(checked.value.windowStart).toBe('2026-12-12T22:00:00.000Z')
    expect(checked.value.actions).toEqual([
      {
        id: 'lower-mx-ttl',
        title: 'Lower the MX record’s TTL',
        owner: 'Ana Lopez',
        plannedAt: '2026-12-11T22:00:00.000Z',
        mxChange: false,
        doneAt: null,
        doneBy: '',
        note: ''
      },
      expect.objectContaining({
        id: 'dns-mx-eop',
        owner: 'Ben Ito',
        plannedAt: null,
        mxChange: true
      })
    ])
    expect(checked.value.gates.map((gate) => [gate.id, gate.kind, gate.name, gate.state])).toEqual([
      ['dns', 'dns', 'DNS checks pass', 'pending'],
      ['connectors', 'connectors', 'Connectors validated', 'pending'],
      ['route-test', 'route-test', 'Route test passes', 'pending'],
      ['manual-4', 'manual', 'Change board approval', 'pending']
    ])
  })

  it('names the field of every mistake', () => {
    const checked = validateSchedule(
      input({
        windowStart: '2026-12-13T02:00:00.000Z',
        windowEnd: '2026-12-12T22:00:00.000Z',
        actions: [{ id: 'lower-mx-ttl', owner: '', plannedAt: 'soon' }],
        gates: [
          { kind: 'manual', name: 'Approval' },
          { kind: 'manual', name: ' approval ' },
          { kind: 'manual', name: '' }
        ]
      }),
      RUNBOOK
    )
    expect(checked).toEqual({
      ok: false,
      errors: {
        windowEnd: 'The window must end after it starts.',
        'owner-lower-mx-ttl': 'Choose who does “Lower the MX record’s TTL”.',
        'planned-lower-mx-ttl':
          'Enter a date and time for “Lower the MX record’s TTL”, or leave it empty.',
        'owner-dns-mx-eop': 'Choose who does “Point the MX record to Exchange Online Protection”.',
        'gate-1': 'Two gates are named “approval”.',
        'gate-2': 'Name gate 3, or remove it.'
      }
    })
  })

  it('refuses an empty window, a window over 72 hours, a planned time after it and no gates', () => {
    const empty = validateSchedule(input({ windowStart: '', windowEnd: '' }), RUNBOOK)
    expect(empty.ok ? {} : empty.errors).toMatchObject({
      windowStart: 'Enter the date and time the window starts.',
      windowEnd: 'Enter the date and time the window ends.'
    })
    const long = validateSchedule(input({ windowEnd: '2026-12-16T22:00:00.000Z' }), RUNBOOK)
    expect(long.ok ? {} : long.errors.windowEnd).toBe(
      'The window is longer than 72 hours: check the dates.'
    )
    const late = validateSchedule(
      input({
        actions: [
          { id: 'lower-mx-ttl', owner: 'Ana', plannedAt: '2026-12-13T03:00:00.000Z' },
          { id: 'dns-mx-eop', owner: 'Ben', plannedAt: '' }
        ],
        gates: []
      }),
      RUNBOOK
    )
    expect(late.ok ? {} : late.errors).toEqual({
      'planned-lower-mx-ttl': '“Lower the MX record’s TTL” is planned after the window ends.',
      gates: 'Add at least one go/no-go gate: the MX change waits for the gates to pass.'
    })
  })
})

describe('stored runs', () => {
  it('reads a stored run and refuses rows that are not one', () => {
    const run = makeRun()
    expect(readRun(JSON.parse(JSON.stringify(run)))).toEqual(run)
    expect(readRun({ ...run, status: 'paused' })).toBeNull()
    expect(readRun({ ...run, from: 5 })).toBeNull()
    expect(readRun({ ...run, actions: [{ id: 'x' }] })).toBeNull()
    expect(readRun({ ...run, gates: [{ ...run.gates[0], state: 'maybe' }] })).toBeNull()
    expect(readRun(undefined)).toBeNull()
  })
})

describe('activity-log sentences', () => {
  it('name who did what to which run', () => {
    const run = makeRun()
    expect(scheduledSentence('Ana Lopez', run)).toBe(
      'Ana Lopez scheduled the cut-over of contoso.com from scenario 3 to scenario 2 for 2026-12-12 22:00 UTC to 2026-12-13 02:00 UTC, with 4 actions and 2 go/no-go gates'
    )
    const gate = { ...run.gates[0]!, state: 'passed' as const, note: 'MX and SPF OK' }
    expect(gateSentence('Ben Ito', run, gate)).toBe(
      'Ben Ito passed the gate “DNS checks pass” of the cut-over of contoso.com from scenario 3 to scenario 2: MX and SPF OK'
    )
    const action = { ...run.actions[2]!, doneAt: '2026-12-12T23:10:00.000Z', doneBy: 'Ana' }
    expect(tickSentence('Ana Lopez', run, action)).toBe(
      'Ana Lopez ticked “Action dns-mx-eop” in the cut-over of contoso.com from scenario 3 to scenario 2'
    )
    expect(tickSentence('Ana Lopez', run, { ...action, doneAt: null })).toBe(
      'Ana Lopez unticked “Action dns-mx-eop” in the cut-over of contoso.com from scenario 3 to scenario 2'
    )
    expect(
      endSentence('Ben Ito', { ...run, status: 'rolled-back', endReason: 'NDRs from partners' })
    ).toBe(
      'Ben Ito ended the cut-over of contoso.com from scenario 3 to scenario 2 as rolled back (0 of 4 actions ticked). Reason: NDRs from partners'
    )
  })
})

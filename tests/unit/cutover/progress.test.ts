import { describe, expect, it } from 'vitest'
import {
  durationText,
  gateSummary,
  lateActions,
  phaseOf,
  runProgress,
  tickBlocker
} from '../../../src-renderer/lib/domain/cutover/progress'
import type { RunGate } from '../../../src-renderer/lib/domain/cutover/model'
import { makeAction, makeGate, makeRun } from './fixtures'

describe('a run during the night', () => {
  it('is before, open, overrun or ended by the window and its status', () => {
    const run = makeRun()
    expect(phaseOf(run, '2026-12-12T21:59:00.000Z')).toBe('before')
    expect(phaseOf(run, '2026-12-12T22:00:00.000Z')).toBe('open')
    expect(phaseOf(run, '2026-12-13T02:00:00.000Z')).toBe('open')
    expect(phaseOf(run, '2026-12-13T02:01:00.000Z')).toBe('overrun')
    expect(phaseOf(makeRun({ status: 'completed' }), '2026-12-12T23:00:00.000Z')).toBe('ended')
  })

  it('says what is next and who is on it, in runbook order', () => {
    const run = makeRun()
    run.actions[0] = { ...run.actions[0]!, doneAt: '2026-12-11T22:05:00.000Z', doneBy: 'Ana Lopez' }
    const progress = runProgress(run, '2026-12-12T22:10:00.000Z')
    expect(progress.next?.id).toBe('remove-inbound-ip-restriction')
    expect(progress.done).toBe(1)
    expect(progress.total).toBe(4)
    // The next action's owner comes first.
    expect(progress.owners).toEqual([
      { owner: 'Ben Ito', open: 2, late: 0 },
      { owner: 'Ana Lopez', open: 1, late: 0 }
    ])
    expect(progress.minutesToGo).toBe(230)
  })

  it('counts an open action late after its planned time, and every open action after the window', () => {
    const run = makeRun()
    expect(lateActions(run, '2026-12-12T22:00:00.000Z').map((late) => late.action.id)).toEqual([
      'lower-mx-ttl'
    ])
    const at2331 = lateActions(run, '2026-12-12T23:31:00.000Z')
    expect(at2331.map((late) => [late.action.id, late.minutesLate])).toEqual([
      ['lower-mx-ttl', 1531],
      ['remove-inbound-ip-restriction', 61],
      ['dns-mx-eop', 31]
    ])
    // Without a planned time an action is due by the window's end.
    const after = lateActions(run, '2026-12-13T02:30:00.000Z')
    expect(after.find((late) => late.action.id === 'verify-mail-flow')).toMatchObject({
      dueAt: '2026-12-13T02:00:00.000Z',
      minutesLate: 30
    })
    // A ticked action is never late, and an ended run has nothing late.
    run.actions[0] = { ...run.actions[0]!, doneAt: '2026-12-12T23:40:00.000Z', doneBy: 'Ana' }
    expect(
      lateActions(run, '2026-12-12T23:45:00.000Z').map((late) => late.action.id)
    ).not.toContain('lower-mx-ttl')
    expect(lateActions(makeRun({ status: 'aborted' }), '2026-12-13T05:00:00.000Z')).toEqual([])
  })

  it('lets the MX change start only when every gate has passed', () => {
    const run = makeRun()
    expect(runProgress(run, '2026-12-12T22:00:00.000Z').mxReady).toBe(false)
    expect(tickBlocker(run, 'dns-mx-eop')).toBe(
      'The MX change waits for every go/no-go gate to pass. Not passed yet: “DNS checks pass”, “Change board approval”.'
    )
    expect(tickBlocker(run, 'lower-mx-ttl')).toBeNull()
    const gates: RunGate[] = run.gates.map((gate) => ({ ...gate, state: 'passed' }))
    gates[1] = { ...gates[1]!, state: 'failed' }
    expect(tickBlocker({ ...run, gates }, 'dns-mx-eop')).toContain('“Change board approval”')
    const passed = run.gates.map((gate) => ({ ...gate, state: 'passed' as const }))
    expect(tickBlocker({ ...run, gates: passed }, 'dns-mx-eop')).toBeNull()
    expect(runProgress({ ...run, gates: passed }, '2026-12-12T22:00:00.000Z').mxReady).toBe(true)
    expect(tickBlocker(makeRun({ status: 'completed' }), 'lower-mx-ttl')).toContain('ended')
  })

  it('summarises the gates', () => {
    const summary = gateSummary([
      makeGate({ id: 'a', state: 'passed' }),
      makeGate({ id: 'b', state: 'failed' }),
      makeGate({ id: 'c' })
    ])
    expect(summary).toMatchObject({ passed: 1, failed: 1, pending: 1, total: 3, allPassed: false })
    expect(summary.open.map((gate) => gate.id)).toEqual(['b', 'c'])
    expect(gateSummary([]).allPassed).toBe(true)
  })

  it('has nothing next when every action is ticked, and no owners once ended', () => {
    const run = makeRun({
      actions: [makeAction({ id: 'a', doneAt: '2026-12-12T22:10:00.000Z', doneBy: 'Ana' })]
    })
    expect(runProgress(run, '2026-12-12T22:20:00.000Z').next).toBeNull()
    expect(
      runProgress(makeRun({ status: 'completed' }), '2026-12-12T22:20:00.000Z').owners
    ).toEqual([])
  })

  it('writes durations in hours and minutes', () => {
    expect(durationText(5)).toBe('5 min')
    expect(durationText(65)).toBe('1 h 05 min')
    expect(durationText(-3)).toBe('0 min')
  })
})

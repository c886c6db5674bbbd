import type { CutoverRun, RunAction, RunGate } from '../../../src-renderer/lib/domain/cutover/model'

export function makeAction(fields: Partial<RunAction> & Pick<RunAction, 'id'>): RunAction {
  return {
    title: `Action ${fields.id}`,
    owner: 'Ana Lopez',
    plannedAt: null,
    mxChange: false,
    doneAt: null,
    doneBy: '',
    note: '',
    ...fields
  }
}

export function makeGate(fields: Partial<RunGate> & Pick<RunGate, 'id'>): RunGate {
  return {
    kind: 'manual',
    name: `Gate ${fields.id}`,
    state: 'pending',
    by: '',
    at: null,
    note: '',
    ...fields
  }
}

/** A run of contoso.com from 3 to 2 on the night of 12 December 2026, 22:00 to 02:00 UTC. */
export function makeRun(fields: Partial<CutoverRun> = {}): CutoverRun {
  return {
    id: 'run-1',
    createdAt: '2026-12-07T10:00:00.000Z',
    updatedAt: '2026-12-07T10:00:00.000Z',
    rev: 1,
    projectId: 'p1',
    domainId: 'd1',
    domainName: 'contoso.com',
    from: 3,
    to: 2,
    windowStart: '2026-12-12T22:00:00.000Z',
    windowEnd: '2026-12-13T02:00:00.000Z',
    actions: [
      makeAction({ id: 'lower-mx-ttl', plannedAt: '2026-12-11T22:00:00.000Z' }),
      makeAction({
        id: 'remove-inbound-ip-restriction',
        owner: 'Ben Ito',
        plannedAt: '2026-12-12T22:30:00.000Z'
      }),
      makeAction({ id: 'dns-mx-eop', mxChange: true, plannedAt: '2026-12-12T23:00:00.000Z' }),
      makeAction({ id: 'verify-mail-flow', owner: 'Ben Ito' })
    ],
    gates: [
      makeGate({ id: 'dns', kind: 'dns', name: 'DNS checks pass' }),
      makeGate({ id: 'manual-2', name: 'Change board approval' })
    ],
    status: 'scheduled',
    scheduledBy: 'Ana Lopez',
    endedAt: null,
    endedBy: '',
    endReason: '',
    ...fields
  }
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBackup, restoreBackup } from '../../src-renderer/lib/db/backup'
import { readReportInputs } from '../../src-renderer/lib/db/report-inputs'
import {
  decideGate,
  endRun,
  scheduleRun,
  tickRunAction
} from '../../src-renderer/lib/db/repositories/cutover-runs'
import {
  readDomainRuns,
  readProjectRuns
} from '../../src-renderer/lib/db/repositories/cutover-run-reads'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { planTransition } from '../../src-renderer/lib/domain/advisor'
import type { ScheduleInput } from '../../src-renderer/lib/domain/cutover/schedule'
import { defaultGates } from '../../src-renderer/lib/domain/cutover/schedule'
import { NO_CONDITIONS } from '../../src-renderer/lib/domain/profile'
import type { Domain, Project } from '../../src-renderer/lib/domain/types'
import { ValidationError } from '../../src-renderer/lib/domain/validation'
import {
  contextSequence,
  hashTables,
  openTestDb,
  seedProjectWithDomain,
  upgradedFrom,
  VERSION_7_STORES
} from '../support/db'

let db: TrackerDb
let project: Project
let domain: Domain
const at = contextSequence()
const as = (actor: string, now: string): ReturnType<typeof at> => ({ ...at(now), actor })

beforeEach(async () => {
  db = await openTestDb()
  ;({ project, domain } = await seedProjectWithDomain(db, at, {
    name: 'tailspintoys.com',
    scenario: 3,
    conditions: NO_CONDITIONS
  }))
})
afterEach(async () => {
  await db.delete()
})

/** A schedule of the 3→2 runbook: every action owned by Ana or Ben, the MX change at 23:00. */
function schedule(fields: Partial<ScheduleInput> = {}): ScheduleInput {
  const actions = planTransition(3, 2).actions.map((action, index) => ({
    id: action.id,
    owner: index % 2 === 0 ? 'Ana Lopez' : 'Ben Ito',
    plannedAt: action.id === 'dns-mx-eop' ? '2026-12-12T23:00:00.000Z' : ''
  }))
  return {
    windowStart: '2026-12-12T22:00:00.000Z',
    windowEnd: '2026-12-13T02:00:00.000Z',
    actions,
    gates: [...defaultGates(), { kind: 'manual', name: 'Change board approval' }],
    ...fields
  }
}

async function domainEvents(): Promise<string[]> {
  const events = await db.events
    .where('[domainId+at]')
    .between([domain.id, ''], [domain.id, '\uffff'])
    .toArray()
  return events.filter((event) => event.action.startsWith('run-')).map((event) => event.summary)
}

describe('scheduling a cut-over run', () => {
  it('stores the runbook of the domain’s transition with owners, planned times and pending gates', async () => {
    const run = await scheduleRun(
      db,
      domain.id,
      2,
      schedule(),
      as('Ana Lopez', '2026-12-07T10:00:00.000Z')
    )
    expect(run).toMatchObject({
      projectId: project.id,
      domainId: domain.id,
      domainName: 'tailspintoys.com',
      from: 3,
      to: 2,
      status: 'scheduled',
      scheduledBy: 'Ana Lopez',
      rev: 1
    })
    expect(run.actions.map((action) => action.id)).toEqual(
      planTransition(3, 2).actions.map((a) => a.id)
    )
    expect(run.actions.find((action) => action.id === 'dns-mx-eop')).toMatchObject({
      mxChange: true,
      plannedAt: '2026-12-12T23:00:00.000Z',
      owner: expect.any(String)
    })
    expect(run.gates.every((gate) => gate.state === 'pending')).toBe(true)
    expect(await readDomainRuns(db, domain.id)).toEqual([run])
    expect(await readProjectRuns(db, project.id)).toEqual([run])
    expect(await domainEvents()).toEqual([
      'Ana Lopez scheduled the cut-over of tailspintoys.com from scenario 3 to scenario 2 for 2026-12-12 22:00 UTC to 2026-12-13 02:00 UTC, with 11 actions and 4 go/no-go gates'
    ])
  })

  it('refuses an invalid schedule and a second open run, writing nothing', async () => {
    const before = await hashTables(db)
    const bad = scheduleRun(
      db,
      domain.id,
      2,
      schedule({ windowEnd: '' }),
      at('2026-12-07T10:00:00.000Z')
    )
    await expect(bad).rejects.toBeInstanceOf(ValidationError)
    await expect(bad).rejects.toMatchObject({
      errors: { windowEnd: 'Enter the date and time the window ends.' }
    })
    await expect(
      scheduleRun(db, domain.id, 3, schedule(), at('2026-12-07T10:00:00.000Z'))
    ).rejects.toMatchObject({
      errors: { target: 'Choose a scenario other than 3.' }
    })
    expect(await hashTables(db)).toBe(before)

    await scheduleRun(db, domain.id, 2, schedule(), at('2026-12-07T10:00:00.000Z'))
    await expect(
      scheduleRun(db, domain.id, 2, schedule(), at('2026-12-07T10:01:00.000Z'))
    ).rejects.toMatchObject({
      errors: {
        run: 'tailspintoys.com already has a scheduled cut-over: end it before scheduling another.'
      }
    })
    expect(await db.runs.count()).toBe(1)
  })
})

describe('during the night', () => {
  it('records who passed each gate and who ticked each action, when, with a note', async () => {
    const run = await scheduleRun(
      db,
      domain.id,
      2,
      schedule(),
      as('Ana Lopez', '2026-12-07T10:00:00.000Z')
    )
    const gated = await decideGate(
      db,
      run.id,
      'dns',
      'passed',
      ' MX and SPF OK ',
      as('Ben Ito', '2026-12-12T22:05:00.000Z')
    )
    expect(gated.gates[0]).toMatchObject({
      id: 'dns',
      state: 'passed',
      by: 'Ben Ito',
      at: '2026-12-12T22:05:00.000Z',
      note: 'MX and SPF OK'
    })
    const ticked = await tickRunAction(
      db,
      run.id,
      'lower-mx-ttl',
      true,
      'TTL 300 since Thursday',
      as('Ana Lopez', '2026-12-12T22:10:00.000Z')
    )
    expect(ticked.actions.find((action) => action.id === 'lower-mx-ttl')).toMatchObject({
      doneAt: '2026-12-12T22:10:00.000Z',
      doneBy: 'Ana Lopez',
      note: 'TTL 300 since Thursday'
    })
    const unticked = await tickRunAction(
      db,
      run.id,
      'lower-mx-ttl',
      false,
      '',
      as('Ben Ito', '2026-12-12T22:11:00.000Z')
    )
    expect(unticked.actions.find((action) => action.id === 'lower-mx-ttl')).toMatchObject({
      doneAt: null,
      doneBy: ''
    })
    expect((await domainEvents()).slice(1)).toEqual([
      'Ben Ito passed the gate “DNS checks pass” of the cut-over of tailspintoys.com from scenario 3 to scenario 2: MX and SPF OK',
      'Ana Lopez ticked “Lower the MX record’s TTL” in the cut-over of tailspintoys.com from scenario 3 to scenario 2: TTL 300 since Thursday',
      'Ben Ito unticked “Lower the MX record’s TTL” in the cut-over of tailspintoys.com from scenario 3 to scenario 2'
    ])
    const events = await db.events
      .where('[domainId+at]')
      .between([domain.id, ''], [domain.id, '\uffff'])
      .toArray()
    expect(
      events.filter((event) => event.action.startsWith('run-')).map((event) => event.actor)
    ).toEqual(['Ana Lopez', 'Ben Ito', 'Ana Lopez', 'Ben Ito'])
  })

  it('refuses the MX change until every gate has passed', async () => {
    const run = await scheduleRun(db, domain.id, 2, schedule(), at('2026-12-07T10:00:00.000Z'))
    await decideGate(
      db,
      run.id,
      'connectors',
      'failed',
      'Outbound connector not validated',
      at('2026-12-12T22:05:00.000Z')
    )
    const refused = tickRunAction(
      db,
      run.id,
      'dns-mx-eop',
      true,
      '',
      at('2026-12-12T23:00:00.000Z')
    )
    await expect(refused).rejects.toMatchObject({
      errors: {
        'action-dns-mx-eop':
          'The MX change waits for every go/no-go gate to pass. Not passed yet: “DNS checks pass”, “Connectors validated”, “Route test passes”, “Change board approval”.'
      }
    })
    for (const gate of run.gates)
      await decideGate(db, run.id, gate.id, 'passed', '', at('2026-12-12T23:01:00.000Z'))
    const done = await tickRunAction(
      db,
      run.id,
      'dns-mx-eop',
      true,
      '',
      at('2026-12-12T23:02:00.000Z')
    )
    expect(done.actions.find((action) => action.id === 'dns-mx-eop')?.doneAt).toBe(
      '2026-12-12T23:02:00.000Z'
    )
  })
})

describe('ending a run', () => {
  it('archives the executed runbook; an aborted run needs its reason; a new run can follow', async () => {
    const run = await scheduleRun(db, domain.id, 2, schedule(), at('2026-12-07T10:00:00.000Z'))
    await tickRunAction(
      db,
      run.id,
      'lower-mx-ttl',
      true,
      '',
      as('Ana Lopez', '2026-12-12T22:10:00.000Z')
    )
    await expect(
      endRun(db, run.id, 'aborted', '  ', at('2026-12-12T23:30:00.000Z'))
    ).rejects.toMatchObject({
      errors: { reason: 'Say why the run is aborted.' }
    })
    const ended = await endRun(
      db,
      run.id,
      'aborted',
      'Partner NDRs',
      as('Ben Ito', '2026-12-12T23:30:00.000Z')
    )
    expect(ended).toMatchObject({
      status: 'aborted',
      endedBy: 'Ben Ito',
      endedAt: '2026-12-12T23:30:00.000Z',
      endReason: 'Partner NDRs'
    })
    expect((await domainEvents()).at(-1)).toBe(
      'Ben Ito ended the cut-over of tailspintoys.com from scenario 3 to scenario 2 as aborted (1 of 11 actions ticked). Reason: Partner NDRs'
    )
    // The archive is kept as it was.
    await expect(
      tickRunAction(db, run.id, 'restore-mx-ttl', true, '', at('2026-12-12T23:31:00.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      decideGate(db, run.id, 'dns', 'passed', '', at('2026-12-12T23:31:00.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      endRun(db, run.id, 'completed', '', at('2026-12-12T23:31:00.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)

    const second = await scheduleRun(
      db,
      domain.id,
      2,
      schedule({
        windowStart: '2026-12-19T22:00:00.000Z',
        windowEnd: '2026-12-20T02:00:00.000Z',
        actions: schedule().actions.map((a) => ({ ...a, plannedAt: '' }))
      }),
      at('2026-12-13T09:00:00.000Z')
    )
    const completed = await endRun(db, second.id, 'completed', '', at('2026-12-20T01:00:00.000Z'))
    expect((await readDomainRuns(db, domain.id)).map((r) => [r.id, r.status])).toEqual([
      [completed.id, 'completed'],
      [run.id, 'aborted']
    ])
  })
})

describe('runs in the status report', () => {
  it('the report reads the runs of the project, or of the domain in scope', async () => {
    const run = await scheduleRun(db, domain.id, 2, schedule(), at('2026-12-07T10:00:00.000Z'))
    await endRun(db, run.id, 'rolled-back', 'NDRs', at('2026-12-12T23:00:00.000Z'))
    const project = await readReportInputs(db, domain.projectId, { kind: 'project' }, '2026-12-13')
    expect(project.runs?.map((row) => [row.id, row.status])).toEqual([[run.id, 'rolled-back']])
    const scoped = await readReportInputs(
      db,
      domain.projectId,
      { kind: 'domain', domainId: domain.id },
      '2026-12-13'
    )
    expect(scoped.runs?.map((row) => row.id)).toEqual([run.id])
  })
})

describe('runs in backups and upgrades', () => {
  it('a backup holds the runs and a restore brings them back', async () => {
    const run = await scheduleRun(db, domain.id, 2, schedule(), at('2026-12-07T10:00:00.000Z'))
    await tickRunAction(db, run.id, 'lower-mx-ttl', true, 'done', at('2026-12-12T22:10:00.000Z'))
    const before = await db.runs.toArray()
    const { text, rowCounts } = await createBackup(db, '0.1.0', '2026-12-12T22:20:00.000Z')
    expect(rowCounts.runs).toBe(1)
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 9 })
    await db.runs.clear()
    const result = await restoreBackup(db, text, '0.1.0', at('2026-12-12T22:21:00.000Z'))
    expect(result.ok).toBe(true)
    expect(await db.runs.toArray()).toEqual(before)
  })

  it('opens data of version 7 with its rows intact and no runs', async () => {
    const upgraded = await upgradedFrom(7, VERSION_7_STORES, async (old) => {
      await old
        .table('domains')
        .add({ id: 'd1', projectId: 'p1', name: 'contoso.com', scenario: 3 })
      await old.table('plans').add({ id: 'plan1', projectId: 'p1', domainId: 'd1', target: 2 })
      await old.table('routeTests').add({ id: 'r1', projectId: 'p1', domainId: 'd1' })
    })
    expect(upgraded.verno).toBe(9)
    expect(await upgraded.domains.get('d1')).toEqual({
      id: 'd1',
      projectId: 'p1',
      name: 'contoso.com',
      scenario: 3
    })
    expect(await upgraded.plans.get('plan1')).toMatchObject({ target: 2 })
    expect(await upgraded.routeTests.count()).toBe(1)
    expect(await upgraded.runs.count()).toBe(0)
    expect(await readDomainRuns(upgraded, 'd1')).toEqual([])
    await upgraded.delete()
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  readPreviousReport,
  recordExportedReport,
  saveReportNotes
} from '../../src-renderer/lib/db/repositories/report-notes'
import { readReportInputs } from '../../src-renderer/lib/db/report-inputs'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { buildReport } from '../../src-renderer/lib/domain/report'
import { reportFacts } from '../../src-renderer/lib/domain/report/steering'
import type { Domain, Project } from '../../src-renderer/lib/domain/types'
import { ValidationError } from '../../src-renderer/lib/domain/validation'
import { contextSequence, openTestDb, seedProjectWithDomain } from '../support/db'

let db: TrackerDb
let project: Project
let domain: Domain
const at = contextSequence()
const TODAY = '2026-03-11'

beforeEach(async () => {
  db = await openTestDb()
  ;({ project, domain } = await seedProjectWithDomain(db, at))
})
afterEach(async () => {
  await db.delete()
})

describe('report notes', () => {
  it('refuses an override without a reason, naming the field, and stores nothing', async () => {
    const error = await saveReportNotes(
      db,
      project.id,
      'project',
      { commentary: '', targetDate: '', override: 'green', overrideReason: ' ' },
      at('2026-03-02T09:00:00.000Z')
    ).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).errors).toHaveProperty('overrideReason')
    expect(await db.reportNotes.count()).toBe(0)
  })

  it('feeds the report: status override, commentary and milestones per scope', async () => {
    await saveReportNotes(
      db,
      project.id,
      'project',
      {
        commentary: 'Cut-over of contoso.com moved a week.',
        targetDate: '2026-06-30',
        override: 'amber',
        overrideReason: 'The board accepted the new date.'
      },
      at('2026-03-02T09:00:00.000Z')
    )
    await saveReportNotes(
      db,
      project.id,
      domain.id,
      { commentary: '', targetDate: '2026-03-01', override: '', overrideReason: '' },
      at('2026-03-02T09:05:00.000Z')
    )
    const inputs = await readReportInputs(db, project.id, { kind: 'project' }, TODAY)
    const report = buildReport(inputs, { today: TODAY, generatedAt: '2026-03-11T10:00:00.000Z' })
    expect(report.steering.commentary).toBe('Cut-over of contoso.com moved a week.')
    expect(report.steering.status).toMatchObject({
      status: 'amber',
      override: { status: 'amber', reason: 'The board accepted the new date.' }
    })
    // The domain's target passed with required steps open: red by the rule.
    expect(report.steering.domains).toMatchObject([
      { name: 'contoso.com', verdict: { status: 'red', targetDate: '2026-03-01' } }
    ])
    expect(report.steering.milestones).toEqual([
      { label: 'Project', targetDate: '2026-06-30' },
      { label: 'contoso.com', targetDate: '2026-03-01' }
    ])
    expect(report.steering.changes).toBeNull()
    const log = await db.events.where('entityId').notEqual('').toArray()
    expect(log.map((event) => event.summary)).toContain(
      'Updated the status report notes of contoso.com'
    )
  })

  it('compares with the latest exported report of the same scope', async () => {
    const first = buildReport(await readReportInputs(db, project.id, { kind: 'project' }, TODAY), {
      today: TODAY,
      generatedAt: '2026-03-11T10:00:00.000Z'
    })
    const fields = { projectId: project.id, format: 'pdf', title: first.title }
    await recordExportedReport(
      db,
      { ...fields, scope: 'project', facts: reportFacts(first) },
      at('2026-03-05T10:00:00.000Z')
    )
    await recordExportedReport(
      db,
      { ...fields, scope: 'project', facts: reportFacts(first) },
      at('2026-03-06T10:00:00.000Z')
    )
    await recordExportedReport(
      db,
      { ...fields, scope: domain.id, facts: reportFacts(first) },
      at('2026-03-07T10:00:00.000Z')
    )
    expect((await readPreviousReport(db, project.id, 'project'))?.createdAt).toBe(
      '2026-03-06T10:00:00.000Z'
    )
    const step = first.domains[0]?.steps[0]
    if (!step) throw new Error('no step')
    await db.steps.update(step.id, { status: 'done' })
    const next = buildReport(await readReportInputs(db, project.id, { kind: 'project' }, TODAY), {
      today: TODAY,
      generatedAt: '2026-03-11T11:00:00.000Z'
    })
    expect(next.steering.changes).toMatchObject({
      since: '2026-03-06T10:00:00.000Z',
      stepsDone: [{ id: step.id }],
      newBlockers: [],
      mailboxesMoved: 0
    })
  })
})

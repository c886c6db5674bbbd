import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readReportInputs, readScopeMailboxes } from '../../src-renderer/lib/db/report-inputs'
import { createBatch } from '../../src-renderer/lib/db/repositories/batches'
import { addDomain } from '../../src-renderer/lib/db/repositories/domains'
import { createProject } from '../../src-renderer/lib/db/repositories/projects'
import { updateStep } from '../../src-renderer/lib/db/repositories/steps'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { NotFoundError } from '../../src-renderer/lib/db/write-context'
import type { MailboxLifecycle } from '../../src-renderer/lib/domain/mailboxes/lifecycle'
import type { Batch } from '../../src-renderer/lib/domain/mailboxes/model'
import { NO_CONDITIONS } from '../../src-renderer/lib/domain/profile'
import { buildReport } from '../../src-renderer/lib/domain/report'
import type { Domain, Project } from '../../src-renderer/lib/domain/types'
import { connector } from '../support/connector-fixtures'
import {
  CONTOSO,
  contextSequence,
  hashTables,
  makeDnsRecord,
  makeMailbox,
  openTestDb,
  seedProjectWithDomain
} from '../support/db'

const TODAY = '2026-03-11'
const at = contextSequence()
let db: TrackerDb
let project: Project
let other: Project
let contoso: Domain
let fabrikam: Domain
let wave: Batch

async function addMailboxes(
  prefix: string,
  count: number,
  lifecycle: MailboxLifecycle,
  fields: { projectId?: string; domainId?: string | null; batchId?: string | null } = {}
): Promise<void> {
  await db.mailboxes.bulkAdd(
    Array.from({ length: count }, (_, index) =>
      makeMailbox({
        id: `${prefix}-${index}`,
        projectId: fields.projectId ?? project.id,
        address: `${prefix}-${index}@example.com`,
        displayName: `${prefix} ${index}`,
        lifecycle,
        domainId: fields.domainId === undefined ? contoso.id : fields.domainId,
        batchId: fields.batchId ?? null
      })
    )
  )
}

beforeEach(async () => {
  db = await openTestDb()
  ;({ project, domain: contoso } = await seedProjectWithDomain(db, at))
  other = await createProject(db, { ...CONTOSO, name: 'Other' }, at('2026-03-01T09:01:30.000Z'))
  fabrikam = await addDomain(
    db,
    project.id,
    { name: 'fabrikam.com', scenario: 3, conditions: NO_CONDITIONS },
    at('2026-03-01T09:02:00.000Z')
  )
  wave = await createBatch(
    db,
    project.id,
    { name: 'Wave 1', plannedStart: '', plannedCompletion: '2026-03-20' },
    at('2026-03-01T09:03:00.000Z')
  )
  const spf = await db.steps.where('[domainId+stepId]').equals([contoso.id, 'dns-spf']).first()
  if (!spf) throw new Error('contoso.com has no SPF step')
  await updateStep(
    db,
    spf.id,
    { status: 'blocked', statusReason: 'Waiting for the DNS provider', owner: 'Ben' },
    at('2026-03-02T09:00:00.000Z')
  )
  await db.dnsRecords.bulkAdd([
    makeDnsRecord({
      id: 'dns-contoso-mx',
      projectId: project.id,
      domainId: contoso.id,
      verdict: {
        status: 'ok',
        summary: 'MX points to Exchange Online Protection.',
        details: [],
        stepId: 'dns-mx-eop'
      },
      checkedAt: '2026-03-05T10:00:00.000Z'
    }),
    makeDnsRecord({
      id: 'dns-fabrikam-mx',
      projectId: project.id,
      domainId: fabrikam.id,
      name: 'fabrikam.com',
      verdict: {
        status: 'error',
        summary: 'MX points elsewhere.',
        details: [],
        stepId: 'dns-mx-onprem'
      },
      checkedAt: '2026-03-05T10:00:00.000Z'
    })
  ])
  await db.connectors.add(connector({ id: 'c1', projectId: project.id }))
  await db.connectors.add(connector({ id: 'c-other', projectId: other.id }))
  await addMailboxes('c-done', 3, 'completed', { batchId: wave.id })
  await addMailboxes('c-failed', 2, 'failed', { batchId: wave.id })
  await addMailboxes('c-sync', 1, 'syncing')
  await addMailboxes('f-failed', 4, 'failed', { domainId: fabrikam.id })
  await addMailboxes('f-wave', 1, 'failed', { domainId: fabrikam.id, batchId: wave.id })
  await addMailboxes('f-done', 1, 'completed', { domainId: fabrikam.id })
  await addMailboxes('x-failed', 2, 'failed', { projectId: other.id, domainId: null })
})
afterEach(async () => {
  await db.delete()
})

describe('readReportInputs for one domain', () => {
  it('reads only that domain’s steps, DNS records, mailbox counts, batches and failures', async () => {
    const inputs = await readReportInputs(
      db,
      project.id,
      { kind: 'domain', domainId: contoso.id },
      TODAY
    )
    const contosoSteps = await db.steps.where('domainId').equals(contoso.id).count()
    expect(inputs.steps.length).toBe(contosoSteps)
    expect(new Set(inputs.steps.map((s) => s.domainId))).toEqual(new Set([contoso.id]))
    expect(inputs.dnsRecords.map((r) => r.id)).toEqual(['dns-contoso-mx'])
    expect(inputs.mailboxCounts).toEqual({
      'not-started': 0,
      queued: 0,
      syncing: 1,
      synced: 0,
      completing: 0,
      completed: 3,
      'completed-with-warnings': 0,
      failed: 2,
      stopped: 0
    })
    expect(inputs.batches).toEqual([
      { id: wave.id, name: 'Wave 1', plannedCompletion: '2026-03-20', total: 5, done: 3 }
    ])
    expect(inputs.batchForecasts).toEqual([])
    expect(inputs.failedMailboxes.total).toBe(2)
    expect(inputs.failedMailboxes.rows.map((r) => r.id).sort()).toEqual([
      'c-failed-0',
      'c-failed-1'
    ])
    // Connector warnings weigh every domain of the project, so all of them come along.
    expect(inputs.domains.map((d) => d.name).sort()).toEqual(['contoso.com', 'fabrikam.com'])
    expect(inputs.connectors.map((c) => c.id)).toEqual(['c1'])
  })

  it('builds the domain report from what it read', async () => {
    const inputs = await readReportInputs(
      db,
      project.id,
      { kind: 'domain', domainId: fabrikam.id },
      TODAY
    )
    const report = buildReport(inputs, { today: TODAY, generatedAt: '2026-03-11T08:00:00.000Z' })
    expect(report.domains.map((d) => d.name)).toEqual(['fabrikam.com'])
    expect(report.summary).toMatchObject({ mailboxesDone: 1, mailboxesTotal: 6, blockedCount: 0 })
    expect(report.mailboxes.batches.batches).toEqual([
      expect.objectContaining({ name: 'Wave 1', total: 1, done: 0 })
    ])
    expect(report.exceptions.failedTotal).toBe(5)
    expect(report.domains[0]?.dns[0]).toMatchObject({ kind: 'mx', status: 'error' })
  })
})

describe('readReportInputs for the project', () => {
  it('reads every domain of the project and nothing of another project', async () => {
    const inputs = await readReportInputs(db, project.id, { kind: 'project' }, TODAY)
    expect(new Set(inputs.steps.map((s) => s.domainId))).toEqual(new Set([contoso.id, fabrikam.id]))
    expect(inputs.dnsRecords.map((r) => r.id).sort()).toEqual(['dns-contoso-mx', 'dns-fabrikam-mx'])
    expect(inputs.mailboxCounts).toMatchObject({ completed: 4, failed: 7, syncing: 1 })
    expect(inputs.batches).toEqual([
      { id: wave.id, name: 'Wave 1', plannedCompletion: '2026-03-20', total: 6, done: 3 }
    ])
    expect(inputs.batchForecasts.map((b) => [b.name, b.remaining])).toEqual([['Wave 1', 3]])
    expect(inputs.failedMailboxes.total).toBe(7)
    expect(inputs.failedMailboxes.rows.every((r) => !r.id.startsWith('x-'))).toBe(true)

    const report = buildReport(inputs, { today: TODAY, generatedAt: '2026-03-11T08:00:00.000Z' })
    expect(report.exceptions.blocked.map((s) => [s.domainName, s.title, s.owner])).toEqual([
      ['contoso.com', 'Publish the SPF record', 'Ben']
    ])
  })

  it('lists at most the cap of failed mailboxes, with the total', async () => {
    const inputs = await readReportInputs(db, project.id, { kind: 'project' }, TODAY, 3)
    expect(inputs.failedMailboxes.rows).toHaveLength(3)
    expect(inputs.failedMailboxes).toMatchObject({ total: 7, cap: 3 })
  })

  it('changes nothing', async () => {
    const before = await hashTables(db)
    await readReportInputs(db, project.id, { kind: 'project' }, TODAY)
    await readReportInputs(db, project.id, { kind: 'domain', domainId: contoso.id }, TODAY)
    expect(await hashTables(db)).toBe(before)
  })

  it('refuses a project or domain that does not exist, or a domain of another project', async () => {
    await expect(readReportInputs(db, 'nope', { kind: 'project' }, TODAY)).rejects.toThrow(
      NotFoundError
    )
    await expect(
      readReportInputs(db, other.id, { kind: 'domain', domainId: contoso.id }, TODAY)
    ).rejects.toThrow(NotFoundError)
  })
})

describe('readScopeMailboxes', () => {
  it('reads the scope’s mailboxes by address', async () => {
    const domain = await readScopeMailboxes(db, project.id, {
      kind: 'domain',
      domainId: fabrikam.id
    })
    expect(domain.map((m) => m.id)).toEqual([
      'f-done-0',
      'f-failed-0',
      'f-failed-1',
      'f-failed-2',
      'f-failed-3',
      'f-wave-0'
    ])
    const all = await readScopeMailboxes(db, project.id, { kind: 'project' })
    expect(all).toHaveLength(12)
  })
})

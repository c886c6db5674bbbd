import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addDomain } from '../../src-renderer/lib/db/repositories/domains'
import {
  createProject,
  deleteProject,
  updateProject
} from '../../src-renderer/lib/db/repositories/projects'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { ConflictError } from '../../src-renderer/lib/db/write-context'
import { NO_CONDITIONS } from '../../src-renderer/lib/domain/profile'
import { ValidationError } from '../../src-renderer/lib/domain/validation'
import { CONTOSO, contextSequence, makeMailbox, openTestDb } from '../support/db'

let db: TrackerDb
const at = contextSequence()

beforeEach(async () => {
  db = await openTestDb()
})
afterEach(async () => {
  await db.delete()
})

describe('projects repository', () => {
  it('creates a project with row metadata and records the creation', async () => {
    const project = await createProject(db, CONTOSO, at('2026-03-01T09:00:00.000Z'))
    expect(await db.projects.get(project.id)).toEqual({
      ...CONTOSO,
      // Stored empty until the profile records them (they fill the commands' placeholders).
      certificateDomain: '',
      hybridEndpoint: '',
      // A project created without a cloud is stored as worldwide.
      cloud: 'worldwide',
      id: project.id,
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
      rev: 1
    })
    const events = await db.events.toArray()
    expect(events).toMatchObject([
      { projectId: project.id, entity: 'project', action: 'created', actor: 'Test Lead' }
    ])
  })

  it('refuses invalid input field by field and writes nothing', async () => {
    const attempt = createProject(
      db,
      { ...CONTOSO, name: ' ', onPremIps: ['131.107.21.300'], onPremHost: 'mail contoso.com' },
      at('2026-03-01T09:00:00.000Z')
    )
    await expect(attempt).rejects.toBeInstanceOf(ValidationError)
    const error: unknown = await attempt.catch((caught: unknown) => caught)
    if (!(error instanceof ValidationError)) throw new Error('expected a ValidationError')
    expect(Object.keys(error.errors).sort()).toEqual(['name', 'onPremHost', 'onPremIps'])
    expect(await db.projects.count()).toBe(0)
    expect(await db.events.count()).toBe(0)
  })

  it('records only the fields an update changed, with before and after', async () => {
    const project = await createProject(db, CONTOSO, at('2026-03-01T09:00:00.000Z'))
    const updated = await updateProject(
      db,
      project.id,
      { ...CONTOSO, onPremIps: ['131.107.21.231', '2001:db8::/48'] },
      at('2026-03-02T09:00:00.000Z')
    )
    expect(updated.rev).toBe(2)
    const event = (await db.events.toArray()).find((candidate) => candidate.action === 'updated')
    expect(event).toMatchObject({
      before: { onPremIps: ['131.107.21.231'] },
      after: { onPremIps: ['131.107.21.231', '2001:db8::/48'] },
      at: '2026-03-02T09:00:00.000Z'
    })
  })

  it('rejects a stale update with a conflict and keeps the stored row', async () => {
    const project = await createProject(db, CONTOSO, at('2026-03-01T09:00:00.000Z'))
    await updateProject(
      db,
      project.id,
      { ...CONTOSO, name: 'Contoso Ltd' },
      at('2026-03-02T09:00:00.000Z')
    )
    await expect(
      updateProject(
        db,
        project.id,
        { ...CONTOSO, name: 'Stale' },
        at('2026-03-03T09:00:00.000Z'),
        1
      )
    ).rejects.toBeInstanceOf(ConflictError)
    expect((await db.projects.get(project.id))?.name).toBe('Contoso Ltd')
  })

  it('regenerates checklists when the Exchange version decides whether the wizard applies', async () => {
    const project = await createProject(db, CONTOSO, at('2026-03-01T09:00:00.000Z'))
    const domain = await addDomain(
      db,
      project.id,
      { name: 'contoso.com', scenario: 1, conditions: NO_CONDITIONS },
      at('2026-03-01T09:05:00.000Z')
    )
    const wizard = async () =>
      (await db.steps.where('domainId').equals(domain.id).toArray()).find(
        (step) => step.stepId === 'hybrid-configuration-wizard'
      )
    expect((await wizard())?.retired).toBe(false)
    await updateProject(
      db,
      project.id,
      { ...CONTOSO, exchangeVersion: '2007' },
      at('2026-03-02T09:00:00.000Z')
    )
    expect((await wizard())?.retired).toBe(true)
  })

  it('deletes a project with all its rows and keeps the record of the deletion', async () => {
    const project = await createProject(db, CONTOSO, at('2026-03-01T09:00:00.000Z'))
    await addDomain(
      db,
      project.id,
      { name: 'contoso.com', scenario: 2, conditions: NO_CONDITIONS },
      at('2026-03-01T09:05:00.000Z')
    )
    await db.mailboxes.add(
      makeMailbox({ id: 'm1', projectId: project.id, address: 'kate@contoso.com' })
    )
    await deleteProject(db, project.id, at('2026-03-04T09:00:00.000Z'))
    expect(await db.projects.count()).toBe(0)
    expect(await db.domains.count()).toBe(0)
    expect(await db.steps.count()).toBe(0)
    expect(await db.mailboxes.count()).toBe(0)
    const last = await db.events.orderBy('at').last()
    expect(last).toMatchObject({
      action: 'deleted',
      summary: 'Deleted project Contoso with 1 domain',
      projectId: project.id
    })
  })
})

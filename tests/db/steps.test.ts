import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { updateStep } from '../../src-renderer/lib/db/repositories/steps'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { ConflictError } from '../../src-renderer/lib/db/write-context'
import type { Step } from '../../src-renderer/lib/domain/types'
import { ValidationError } from '../../src-renderer/lib/domain/validation'
import { contextSequence, openTestDb, seedProjectWithDomain } from '../support/db'

let db: TrackerDb
let step: Step
const at = contextSequence()

beforeEach(async () => {
  db = await openTestDb()
  const { domain } = await seedProjectWithDomain(db, at)
  const found = await db.steps.where('[domainId+stepId]').equals([domain.id, 'dns-mx-eop']).first()
  if (!found) throw new Error('scenario 1 has the EOP MX step')
  step = found
})
afterEach(async () => {
  await db.delete()
})

describe('steps repository', () => {
  it('records completion time and the status change in the activity log', async () => {
    const saved = await updateStep(
      db,
      step.id,
      { status: 'done', owner: 'Diego' },
      at('2026-03-02T12:00:00.000Z')
    )
    expect(saved).toMatchObject({
      status: 'done',
      owner: 'Diego',
      completedAt: '2026-03-02T12:00:00.000Z',
      rev: 2
    })
    const event = await db.events.orderBy('at').last()
    expect(event).toMatchObject({
      entity: 'step',
      action: 'status:done',
      summary: '“Point the MX record to Exchange Online Protection” on contoso.com: To do → Done',
      before: { status: 'todo', owner: '' },
      after: { status: 'done', owner: 'Diego' }
    })
  })

  it('clears the completion time when a step is reopened', async () => {
    await updateStep(db, step.id, { status: 'done' }, at('2026-03-02T12:00:00.000Z'))
    const reopened = await updateStep(
      db,
      step.id,
      { status: 'in-progress' },
      at('2026-03-03T12:00:00.000Z')
    )
    expect(reopened.completedAt).toBeNull()
  })

  it('requires a reason to block a step and writes nothing without one', async () => {
    await expect(
      updateStep(db, step.id, { status: 'blocked' }, at('2026-03-02T12:00:00.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await db.steps.get(step.id)).toEqual(step)
    const blocked = await updateStep(
      db,
      step.id,
      { status: 'blocked', statusReason: 'Waiting for the DNS provider' },
      at('2026-03-02T13:00:00.000Z')
    )
    expect(blocked).toMatchObject({
      status: 'blocked',
      statusReason: 'Waiting for the DNS provider'
    })
  })

  it('refuses an impossible due date', async () => {
    await expect(
      updateStep(db, step.id, { dueDate: '2026-02-30' }, at('2026-03-02T12:00:00.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)
  })

  it('detects an edit made elsewhere since the form was opened', async () => {
    await updateStep(db, step.id, { notes: 'first' }, at('2026-03-02T12:00:00.000Z'))
    await expect(
      updateStep(db, step.id, { notes: 'second' }, at('2026-03-02T13:00:00.000Z'), step.rev)
    ).rejects.toBeInstanceOf(ConflictError)
    expect((await db.steps.get(step.id))?.notes).toBe('first')
  })

  it('writes nothing when nothing changed', async () => {
    const eventsBefore = await db.events.count()
    const same = await updateStep(db, step.id, { owner: '' }, at('2026-03-02T12:00:00.000Z'))
    expect(same).toEqual(step)
    expect(await db.events.count()).toBe(eventsBefore)
  })
})

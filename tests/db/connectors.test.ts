import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { liveConnectors } from '../../src-renderer/lib/db/live/connectors'
import {
  addConnector,
  importConnectors,
  readConnectors,
  removeConnector,
  updateConnector
} from '../../src-renderer/lib/db/repositories/connectors'
import { createProject } from '../../src-renderer/lib/db/repositories/projects'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { ConflictError } from '../../src-renderer/lib/db/write-context'
import type { ConnectorInput } from '../../src-renderer/lib/domain/connectors/model'
import { parseConnectorPaste } from '../../src-renderer/lib/domain/connectors/parse'
import type { ParsedConnector } from '../../src-renderer/lib/domain/connectors/parse'
import type { Project } from '../../src-renderer/lib/domain/types'
import { ValidationError } from '../../src-renderer/lib/domain/validation'
import { CONTOSO, contextSequence, hashTables, openTestDb } from '../support/db'
import { waitFor } from '../support/wait'
import { connectorInput, HCW_GUID, INBOUND_FL, OUTBOUND_FL } from '../support/connector-fixtures'

let db: TrackerDb
let project: Project
const at = contextSequence()

beforeEach(async () => {
  db = await openTestDb()
  project = await createProject(db, CONTOSO, at('2026-03-01T09:00:00.000Z'))
})
afterEach(async () => {
  await db.delete()
})

/** The certificate connector as a user might first enter it: planned, its name not yet tidy. */
function fromOnPremises(overrides: Partial<ConnectorInput> = {}): ConnectorInput {
  return connectorInput({
    identification: { kind: 'certificate', certificateName: 'Mail.Contoso.com.' },
    status: 'planned',
    stepIds: [],
    ...overrides
  })
}

function parsed(text: string): ParsedConnector[] {
  const result = parseConnectorPaste(text)
  if (!result.ok) throw new Error(result.message)
  return result.connectors
}

async function errorOf(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ValidationError)
  return error as ValidationError
}

describe('addConnector', () => {
  it('stores the normalised connector with default steps and logs it', async () => {
    const saved = await addConnector(
      db,
      project.id,
      fromOnPremises(),
      at('2026-03-02T10:00:00.000Z')
    )
    expect(saved).toMatchObject({
      projectId: project.id,
      name: 'From on-premises',
      identification: { kind: 'certificate', certificateName: 'mail.contoso.com' },
      stepIds: ['connector-onprem-to-cloud'],
      rev: 1
    })
    expect(await readConnectors(db, project.id)).toEqual([saved])
    expect(await db.events.orderBy('at').last()).toMatchObject({
      projectId: project.id,
      entity: 'connector',
      entityId: saved.id,
      action: 'created',
      summary: 'Added the connector “From on-premises”',
      after: { connectorId: saved.id, name: 'From on-premises' }
    })
  })

  it('refuses an invalid certificate name at its field and stores nothing', async () => {
    const before = await hashTables(db)
    const error = await errorOf(
      addConnector(
        db,
        project.id,
        fromOnPremises({
          identification: { kind: 'certificate', certificateName: 'mail contoso' }
        }),
        at('2026-03-02T10:00:00.000Z')
      )
    )
    expect(Object.keys(error.errors)).toEqual(['certificateName'])
    expect(error.errors.certificateName).toContain('“mail contoso”')
    expect(await hashTables(db)).toBe(before)
  })

  it('refuses a second connector of the same name', async () => {
    await addConnector(db, project.id, fromOnPremises(), at('2026-03-02T10:00:00.000Z'))
    const error = await errorOf(
      addConnector(
        db,
        project.id,
        fromOnPremises({ name: 'FROM ON-PREMISES' }),
        at('2026-03-02T11:00:00.000Z')
      )
    )
    expect(error.errors.name).toBe(
      'The project already has a connector named “FROM ON-PREMISES”: Exchange Online names are unique.'
    )
    expect(await db.connectors.count()).toBe(1)
  })
})

describe('updateConnector and removeConnector', () => {
  it('saves a change with the changed fields in the log', async () => {
    const saved = await addConnector(
      db,
      project.id,
      fromOnPremises(),
      at('2026-03-02T10:00:00.000Z')
    )
    const updated = await updateConnector(
      db,
      saved.id,
      fromOnPremises({ status: 'verified', notes: 'Checked with Get-InboundConnector.' }),
      at('2026-03-03T10:00:00.000Z'),
      saved.rev
    )
    expect(updated).toMatchObject({
      id: saved.id,
      createdAt: saved.createdAt,
      updatedAt: '2026-03-03T10:00:00.000Z',
      status: 'verified',
      rev: 2
    })
    expect(await db.events.orderBy('at').last()).toMatchObject({
      entity: 'connector',
      action: 'updated',
      before: { connectorId: saved.id, status: 'planned', notes: '' },
      after: {
        connectorId: saved.id,
        status: 'verified',
        notes: 'Checked with Get-InboundConnector.'
      }
    })
  })

  it('refuses a stale revision', async () => {
    const saved = await addConnector(
      db,
      project.id,
      fromOnPremises(),
      at('2026-03-02T10:00:00.000Z')
    )
    await updateConnector(
      db,
      saved.id,
      fromOnPremises({ notes: 'a' }),
      at('2026-03-03T10:00:00.000Z')
    )
    const error = await updateConnector(
      db,
      saved.id,
      fromOnPremises({ notes: 'b' }),
      at('2026-03-03T11:00:00.000Z'),
      saved.rev
    ).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConflictError)
    expect((await readConnectors(db, project.id))[0]?.notes).toBe('a')
  })

  it('removes a connector and keeps what it was in the log', async () => {
    const saved = await addConnector(
      db,
      project.id,
      fromOnPremises(),
      at('2026-03-02T10:00:00.000Z')
    )
    await removeConnector(db, saved.id, at('2026-03-03T10:00:00.000Z'))
    expect(await db.connectors.count()).toBe(0)
    expect(await db.events.orderBy('at').last()).toMatchObject({
      entity: 'connector',
      action: 'deleted',
      summary: 'Removed the connector “From on-premises”',
      before: { connectorId: saved.id, name: 'From on-premises' }
    })
  })
})

describe('importConnectors', () => {
  it('stores the valid connectors of a pasted Format-List and marks the wizard’s', async () => {
    const connectors = [...parsed(INBOUND_FL), ...parsed(OUTBOUND_FL)]
    const result = await importConnectors(
      db,
      project.id,
      connectors,
      at('2026-03-02T10:00:00.000Z')
    )
    expect(result.added.map((c) => [c.name, c.createdByHybridWizard])).toEqual([
      [`Inbound from ${HCW_GUID}`, true],
      ['From Woodgrove Bank', false],
      [`Outbound to ${HCW_GUID}`, true]
    ])
    expect(result).toMatchObject({ updated: [], skipped: 0 })
    expect(await db.connectors.count()).toBe(3)
    const events = (await db.events.toArray()).filter(
      (e) => e.entity === 'connector' && e.action === 'imported'
    ).length
    expect(events).toBe(3)
  })

  it('updates a connector of the same name, keeping its notes and verified status', async () => {
    const [inbound] = parsed(INBOUND_FL)
    if (!inbound?.ok) throw new Error('the fixture’s first connector is valid')
    const first = await importConnectors(db, project.id, [inbound], at('2026-03-02T10:00:00.000Z'))
    const stored = first.added[0]
    if (!stored) throw new Error('imported')
    const edited = await updateConnector(
      db,
      stored.id,
      { ...inbound.value, status: 'verified', notes: 'Cert renewed in March.' },
      at('2026-03-03T10:00:00.000Z')
    )
    const changed: ParsedConnector = {
      ...inbound,
      value: { ...inbound.value, requireTls: false }
    }
    const second = await importConnectors(db, project.id, [changed], at('2026-03-04T10:00:00.000Z'))
    expect(second.added).toEqual([])
    expect(second.updated).toEqual([
      {
        ...edited,
        requireTls: false,
        updatedAt: '2026-03-04T10:00:00.000Z',
        rev: edited.rev + 1
      }
    ])
    expect(await db.connectors.count()).toBe(1)
  })

  it('refuses a paste with no valid connector and stores nothing', async () => {
    const before = await hashTables(db)
    const garbage = parseConnectorPaste('Name : x\nfoo : bar\n\nName : y\nConnectorType : Cloud')
    if (!garbage.ok) throw new Error('a Format-List shape with bad connectors')
    const error = await errorOf(
      importConnectors(db, project.id, garbage.connectors, at('2026-03-02T10:00:00.000Z'))
    )
    expect(error.errors.paste).toBe(
      'No connector in the paste can be imported: fix the errors shown for each one.'
    )
    expect(await hashTables(db)).toBe(before)
  })

  it('refuses the whole import when one connector no longer validates', async () => {
    const before = await hashTables(db)
    const [inbound] = parsed(INBOUND_FL)
    if (!inbound?.ok) throw new Error('the fixture’s first connector is valid')
    const broken: ParsedConnector = {
      ok: true,
      line: 40,
      name: 'Broken',
      value: { ...inbound.value, name: 'Broken', smartHosts: ['not a host'] },
      warnings: []
    }
    const error = await errorOf(
      importConnectors(db, project.id, [inbound, broken], at('2026-03-02T10:00:00.000Z'))
    )
    expect(error.errors.paste).toMatch(/^Line 40, “Broken”: /)
    expect(await hashTables(db)).toBe(before)
  })

  it('skips stored rows it cannot read', async () => {
    await db.table('connectors').add({ id: 'odd', projectId: project.id, name: 'Half a row' })
    expect(await readConnectors(db, project.id)).toEqual([])
  })
})

describe('liveConnectors', () => {
  it('answers live, by name', async () => {
    const seen: string[][] = []
    const subscription = liveConnectors(project.id, db).subscribe({
      next: (value) => seen.push(value.map((c) => c.name))
    })
    await waitFor(() => seen.length > 0)
    await addConnector(
      db,
      project.id,
      fromOnPremises({ name: 'Zeta' }),
      at('2026-03-02T10:00:00.000Z')
    )
    await addConnector(
      db,
      project.id,
      fromOnPremises({ name: 'Alpha' }),
      at('2026-03-02T10:01:00.000Z')
    )
    await waitFor(() => seen.at(-1)?.length === 2)
    subscription.unsubscribe()
    expect(seen.at(-1)).toEqual(['Alpha', 'Zeta'])
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBackup, restoreBackup } from '../../src-renderer/lib/db/backup'
import { saveInventory } from '../../src-renderer/lib/db/repositories/inventories'
import { acceptProposals, dismissProposal } from '../../src-renderer/lib/db/repositories/proposals'
import { updateStep } from '../../src-renderer/lib/db/repositories/steps'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import type { Inventory } from '../../src-renderer/lib/domain/inventory/model'
import { parseInventory } from '../../src-renderer/lib/domain/inventory/parse'
import { proposalsFromInventory } from '../../src-renderer/lib/domain/inventory/proposals'
import { combineProposals } from '../../src-renderer/lib/domain/proposals'
import type { Domain, Project } from '../../src-renderer/lib/domain/types'
import { ValidationError } from '../../src-renderer/lib/domain/validation'
import { inventoryText, TENANT_ID } from '../support/inventory-fixtures'
import { contextSequence, hashTables, openTestDb, seedProjectWithDomain } from '../support/db'

let db: TrackerDb
let project: Project
let domain: Domain
let inventory: Inventory
const at = contextSequence()

beforeEach(async () => {
  db = await openTestDb()
  ;({ project, domain } = await seedProjectWithDomain(db, at))
  const parsed = parseInventory(inventoryText())
  if (!parsed.ok) throw new Error(parsed.message)
  inventory = parsed.value
})
afterEach(async () => {
  await db.delete()
})

async function stepOf(stepId: string) {
  const step = await db.steps.where('[domainId+stepId]').equals([domain.id, stepId]).first()
  if (!step) throw new Error(`no step ${stepId}`)
  return step
}

describe('saveInventory', () => {
  it('keeps each import as a dated snapshot and records the tenant id on the project', async () => {
    const saved = await saveInventory(
      db,
      project.id,
      inventory,
      ['exo.json', 'onprem.json'],
      at('2026-03-02T10:00:00.000Z')
    )
    expect(saved).toMatchObject({
      projectId: project.id,
      collectedAt: inventory.collectedAt,
      tenantId: TENANT_ID,
      fileNames: ['exo.json', 'onprem.json']
    })
    expect((await db.projects.get(project.id))?.tenantId).toBe(TENANT_ID)
    await saveInventory(
      db,
      project.id,
      { ...inventory, collectedAt: '2026-04-01T00:00:00.000Z' },
      ['later.json'],
      at('2026-04-01T10:00:00.000Z')
    )
    expect(await db.inventories.count()).toBe(2)
    const events = await db.events.toArray()
    expect(
      events.filter((event) => event.action === 'inventory').map((event) => event.summary)
    ).toEqual([
      `Imported the tenant inventory collected on 2026-03-02 (tenant ${TENANT_ID})`,
      'Imported the tenant inventory collected on 2026-04-01'
    ])
  })

  it('refuses an inventory of another tenant and writes nothing', async () => {
    await saveInventory(db, project.id, inventory, ['a.json'], at('2026-03-02T10:00:00.000Z'))
    const before = await hashTables(db)
    const other = { ...inventory, tenantId: '11111111-2222-3333-4444-555555555555' }
    await expect(
      saveInventory(db, project.id, other, ['b.json'], at('2026-03-02T11:00:00.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await hashTables(db)).toBe(before)
  })
})

describe('accepting and dismissing proposals', () => {
  it('marks accepted steps done with the dated fact as evidence, logged, keeping what the user wrote', async () => {
    const spf = await stepOf('dns-spf')
    await updateStep(db, spf.id, { evidence: 'Ticket 42' }, at('2026-03-02T09:00:00.000Z'))
    const proposals = proposalsFromInventory(inventory, domain).filter(
      (p) => p.kind === 'proves' && (p.stepId === 'dns-spf' || p.stepId === 'add-domain')
    )
    const changed = await acceptProposals(db, project.id, proposals, at('2026-03-03T09:00:00.000Z'))
    expect(changed).toBe(2)
    const saved = await stepOf('dns-spf')
    expect(saved.status).toBe('done')
    expect(saved.evidence).toBe(
      'Ticket 42\nVerified from configuration on 2026-03-02: SPF of contoso.com includes Microsoft 365: “v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all”.'
    )
    expect(saved.completedAt).toBe('2026-03-03T09:00:00.000Z')
    const events = await db.events
      .where('[entityId+at]')
      .between([saved.id, ''], [saved.id, '\uffff'])
      .toArray()
    expect(events.map((event) => event.action)).toEqual(['updated', 'status:done'])
    expect(await db.proposalDecisions.count()).toBe(2)
    expect(await acceptProposals(db, project.id, proposals, at('2026-03-03T10:00:00.000Z'))).toBe(0)
  })

  it('remembers a dismissal, so the same fact from a newer inventory is not proposed again', async () => {
    const proposal = proposalsFromInventory(inventory, domain).find(
      (p) => p.stepId === 'add-domain'
    )
    if (!proposal) throw new Error('add-domain is proven')
    await dismissProposal(db, project.id, proposal, at('2026-03-03T09:00:00.000Z'))
    expect((await stepOf('add-domain')).status).toBe('todo')
    const dismissed = new Set(
      (await db.proposalDecisions.toArray())
        .filter((row) => row.decision === 'dismissed')
        .map((row) => row.key)
    )
    const newer = proposalsFromInventory(
      { ...inventory, collectedAt: '2026-05-01T00:00:00.000Z' },
      domain
    )
    const steps = await db.steps.where('domainId').equals(domain.id).toArray()
    expect(combineProposals(newer, steps, dismissed).has('add-domain')).toBe(false)
    const event = (await db.events.toArray()).find((row) => row.action === 'proposal:dismissed')
    expect(event?.summary).toBe(
      'Dismissed verified from configuration of 2026-03-02 for “Add the domain to Microsoft 365” on contoso.com'
    )
  })
})

describe('backups', () => {
  it('carry inventories and proposal decisions through a backup and restore', async () => {
    await saveInventory(db, project.id, inventory, ['a.json'], at('2026-03-02T10:00:00.000Z'))
    const proposal = proposalsFromInventory(inventory, domain)[0]
    if (!proposal) throw new Error('a proposal')
    await dismissProposal(db, project.id, proposal, at('2026-03-02T11:00:00.000Z'))
    const backup = await createBackup(db, '0.1.0', '2026-03-03T10:00:00.000Z')
    const target = await openTestDb()
    try {
      await restoreBackup(target, backup.text, '0.1.0', at('2026-03-03T11:00:00.000Z'))
      expect(await target.inventories.toArray()).toEqual(await db.inventories.toArray())
      expect(await target.proposalDecisions.toArray()).toEqual(await db.proposalDecisions.toArray())
      expect((await target.projects.get(project.id))?.tenantId).toBe(TENANT_ID)
    } finally {
      await target.delete()
    }
  })
})

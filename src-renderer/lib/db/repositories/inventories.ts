import type { Inventory, InventorySnapshot } from '../../domain/inventory/model'
import { ValidationError } from '../../domain/validation'
import type { TrackerDb } from '../schema'
import { NotFoundError, newRowMeta, type WriteContext } from '../write-context'
import { appendEvent } from './events'

/**
 * Stores an imported inventory as a new dated snapshot (earlier ones are kept for "what changed")
 * and records the tenant id on the project when the inventory has one. An inventory of another
 * tenant than the project's is refused, and nothing is written.
 */
export async function saveInventory(
  db: TrackerDb,
  projectId: string,
  inventory: Inventory,
  fileNames: readonly string[],
  context: WriteContext
): Promise<InventorySnapshot> {
  return db.transaction('rw', [db.projects, db.inventories, db.events], async () => {
    const project = await db.projects.get(projectId)
    if (!project) throw new NotFoundError('This project')
    const known = project.tenantId
    if (inventory.tenantId !== null && known !== undefined && known !== inventory.tenantId)
      throw new ValidationError({
        file: `The inventory is of the tenant ${inventory.tenantId}, but this project's tenant is ${known}. Import it into the project of that tenant.`
      })
    const snapshot: InventorySnapshot = {
      ...newRowMeta(context),
      projectId,
      collectedAt: inventory.collectedAt,
      tenantId: inventory.tenantId,
      fileNames: [...fileNames],
      inventory
    }
    await db.inventories.add(snapshot)
    if (inventory.tenantId !== null && known === undefined) {
      await db.projects.put({
        ...project,
        tenantId: inventory.tenantId,
        updatedAt: context.now,
        rev: project.rev + 1
      })
    }
    await appendEvent(db, context, {
      projectId,
      entity: 'import',
      entityId: snapshot.id,
      action: 'inventory',
      summary: `Imported the tenant inventory collected on ${inventory.collectedAt.slice(0, 10)}${inventory.tenantId !== null && known === undefined ? ` (tenant ${inventory.tenantId})` : ''}`,
      after: { files: [...fileNames], tenantId: inventory.tenantId }
    })
    return snapshot
  })
}

/** The project's inventories, newest collection first. */
export async function readInventories(
  db: TrackerDb,
  projectId: string
): Promise<InventorySnapshot[]> {
  const rows = await db.inventories
    .where('[projectId+collectedAt]')
    .between([projectId, ''], [projectId, '\uffff'])
    .toArray()
  return rows.reverse()
}

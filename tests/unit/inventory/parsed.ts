import type { Inventory } from '../../../src-renderer/lib/domain/inventory/model'
import { parseInventory } from '../../../src-renderer/lib/domain/inventory/parse'
import { inventoryDoc, type Sides } from '../../support/inventory-fixtures'

/** The collector's inventory of `sides` (and top-level fields `top`), as the app reads it. */
export function parsedInventory(sides: Sides = {}, top: Record<string, unknown> = {}): Inventory {
  const result = parseInventory(JSON.stringify(inventoryDoc(sides, top)))
  if (!result.ok) throw new Error(result.message)
  return result.value
}

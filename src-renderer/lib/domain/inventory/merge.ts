/**
 * One inventory from the files of one collection: the collector writes one file per side
 * (Exchange Online and on-premises), and the user imports them together.
 */
import type { Inventory } from './model'
import type { InventoryParse } from './parse'
import { INVENTORY_SIDES, SIDE_LABELS } from './spec'

/**
 * Merges the files of one collection (one per side) into one inventory. A side in several files
 * comes from the newest; DNS answers of the newest file win per name. Files of two different
 * tenants are refused.
 */
export function mergeInventories(parts: readonly Inventory[]): InventoryParse {
  if (parts.length === 0) return { ok: false, message: 'Choose at least one inventory file.' }
  const tenants = new Set(
    parts.map((part) => part.tenantId).filter((id): id is string => id !== null)
  )
  if (tenants.size > 1)
    return {
      ok: false,
      message: `The files come from different tenants (${[...tenants].join(', ')}); import the files of one tenant together.`
    }
  const warnings: string[] = []
  const sorted = [...parts].sort((a, b) => a.collectedAt.localeCompare(b.collectedAt))
  const newest = sorted[sorted.length - 1] as Inventory
  const merged: Inventory = {
    collectedAt: newest.collectedAt,
    collectors: [...new Set(sorted.flatMap((part) => part.collectors))],
    tenantId: [...tenants][0] ?? null,
    exchangeOnline: null,
    onPremises: null,
    dns: {}
  }
  for (const part of sorted) {
    for (const side of INVENTORY_SIDES) {
      if (part[side] === null) continue
      if (merged[side] !== null)
        warnings.push(
          `Two files hold the ${SIDE_LABELS[side]} side; the newer one (${part.collectedAt.slice(0, 10)}) is used.`
        )
      if (side === 'exchangeOnline') merged.exchangeOnline = part.exchangeOnline
      else merged.onPremises = part.onPremises
    }
    merged.dns = { ...merged.dns, ...part.dns }
  }
  return { ok: true, value: merged, warnings }
}

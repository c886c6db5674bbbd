/**
 * What the import preview and the planned-versus-detected views show: what each cmdlet returned,
 * each project domain's planned and detected scenario, and what changed since the last inventory.
 */
import type { Domain, Scenario } from '../types'
import { inventoryChanges, type InventoryChange } from './changes'
import { detectScenario, type ScenarioDetection } from './detect'
import type { Inventory } from './model'
import { SIDE_LABELS, type InventorySide } from './spec'
import { CMDLET_SPECS } from './spec'

export type CollectedCount = {
  side: InventorySide
  sideLabel: string
  cmdlet: string
  /** Rows returned, or null when the cmdlet was not collected. */
  count: number | null
  reason: string
}

export type DomainDetection = ScenarioDetection & {
  domainId: string
  domainName: string
  planned: Scenario
  /** The detected scenario differs from the planned one (null never differs: it is unknown). */
  differs: boolean
}

/** Each collected side's cmdlets with their row counts (or why they were not collected). */
export function collectedCounts(inventory: Inventory): CollectedCount[] {
  return CMDLET_SPECS.flatMap((spec) => {
    const side = inventory[spec.side]
    if (side === null) return []
    const result = (side as Record<string, { rows: unknown[] } | { notCollected: string }>)[
      spec.cmdlet
    ]
    if (result === undefined) return []
    return [
      {
        side: spec.side,
        sideLabel: SIDE_LABELS[spec.side],
        cmdlet: spec.cmdlet,
        count: 'rows' in result ? result.rows.length : null,
        reason: 'notCollected' in result ? result.notCollected : ''
      }
    ]
  })
}

/** Every project domain's planned and detected scenario, with the reasons and contradictions. */
export function detectDomains(
  inventory: Inventory,
  domains: readonly Pick<Domain, 'id' | 'name' | 'scenario'>[]
): DomainDetection[] {
  const planned = new Map(domains.map((domain) => [domain.name, domain.scenario]))
  return domains.map((domain) => {
    const detection = detectScenario(inventory, domain.name, planned)
    return {
      ...detection,
      domainId: domain.id,
      domainName: domain.name,
      planned: domain.scenario,
      differs: detection.scenario !== null && detection.scenario !== domain.scenario
    }
  })
}

/** What changed since `previous`, or null when there is no earlier inventory. */
export function changesSince(
  previous: Inventory | undefined,
  current: Inventory
): InventoryChange[] | null {
  return previous === undefined ? null : inventoryChanges(previous, current)
}

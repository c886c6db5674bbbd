/**
 * What changed between two inventories: connectors (both sides), accepted domains and DNS
 * records added, removed or changed, one sentence each, for "what changed since the last
 * inventory".
 */
import type { Collected, Inventory } from './model'
import { rowsOf, wasCollected } from './model'

export type InventoryChange = { kind: 'added' | 'removed' | 'changed'; what: string }

/** One section's facts by key, and whether the section was collected at all (it may be empty). */
type Keyed = { collected: boolean; entries: Map<string, { label: string; value: string }> }

function keyed(
  collected: boolean,
  entries: { key: string; label: string; value: unknown }[]
): Keyed {
  return {
    collected,
    entries: new Map(
      entries.map(({ key, label, value }) => [key, { label, value: JSON.stringify(value) }])
    )
  }
}

/** A cmdlet's rows keyed by their Name. */
function byName<Row extends { Name: string | null }>(
  collected: Collected<Row> | undefined,
  what: string
): Keyed {
  return keyed(
    wasCollected(collected),
    rowsOf(collected).map((row) => ({
      key: row.Name ?? '',
      label: `${what} “${row.Name ?? ''}”`,
      value: row
    }))
  )
}

function facts(inventory: Inventory): Keyed[] {
  const online = inventory.exchangeOnline
  const onPrem = inventory.onPremises
  return [
    byName(online?.['Get-InboundConnector'], 'Exchange Online inbound connector'),
    byName(online?.['Get-OutboundConnector'], 'Exchange Online outbound connector'),
    byName(onPrem?.['Get-SendConnector'], 'on-premises send connector'),
    keyed(
      wasCollected(onPrem?.['Get-ReceiveConnector']),
      rowsOf(onPrem?.['Get-ReceiveConnector']).map((row) => ({
        key: row.Identity ?? row.Name ?? '',
        label: `on-premises receive connector “${row.Identity ?? row.Name ?? ''}”`,
        value: row
      }))
    ),
    keyed(
      wasCollected(online?.['Get-AcceptedDomain']),
      rowsOf(online?.['Get-AcceptedDomain']).map((row) => ({
        key: (row.DomainName ?? '').toLowerCase(),
        label: `accepted domain ${row.DomainName ?? ''}`,
        value: row
      }))
    ),
    keyed(
      Object.keys(inventory.dns).length > 0,
      Object.entries(inventory.dns).flatMap(([name, answers]) => [
        ...(answers.MX === undefined
          ? []
          : [{ key: `${name} MX`, label: `MX of ${name}`, value: answers.MX }]),
        ...(answers.TXT === undefined
          ? []
          : [{ key: `${name} TXT`, label: `TXT of ${name}`, value: answers.TXT }])
      ])
    )
  ]
}

/** The changes from `previous` to `current`, additions first, then removals, then changes. */
export function inventoryChanges(previous: Inventory, current: Inventory): InventoryChange[] {
  const before = facts(previous)
  const after = facts(current)
  const changes: InventoryChange[] = []
  after.forEach((current, index) => {
    const previousSection = before[index]
    // A section that was not collected in one inventory says nothing about what changed; one
    // collected empty does (every connector of the kind removed).
    if (!previousSection?.collected || !current.collected) return
    const was = previousSection.entries
    const now = current.entries
    for (const [key, entry] of now)
      if (!was.has(key)) changes.push({ kind: 'added', what: entry.label })
    for (const [key, entry] of was)
      if (!now.has(key)) changes.push({ kind: 'removed', what: entry.label })
    for (const [key, entry] of now) {
      const old = was.get(key)
      if (old !== undefined && old.value !== entry.value)
        changes.push({ kind: 'changed', what: entry.label })
    }
  })
  const order = { added: 0, removed: 1, changed: 2 }
  return changes.sort((a, b) => order[a.kind] - order[b.kind])
}

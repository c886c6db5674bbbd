/**
 * An imported tenant inventory: what the collector read from Exchange Online, from Exchange
 * on-premises and from DNS, after the importer normalised PowerShell's quirks (./parse.ts).
 */
import type { RowMeta } from '../types'
import type { ExchangeOnlineRows, OnPremisesRows } from './spec'

export const INVENTORY_FORMAT = 'hybrid-mailflow-inventory'
export const INVENTORY_VERSION = 1

/** A cmdlet's output, or why the collector could not run it. */
export type Collected<Row> = { rows: Row[] } | { notCollected: string }

export type ExchangeOnlineInventory = {
  [C in keyof ExchangeOnlineRows]: Collected<ExchangeOnlineRows[C]>
}
export type OnPremisesInventory = { [C in keyof OnPremisesRows]: Collected<OnPremisesRows[C]> }

export type MxAnswer = { NameExchange: string; Preference: number | null }

/** Resolve-DnsName's answers for one name; an absent type was not asked, [] was asked and empty. */
export type DnsAnswers = { MX?: MxAnswer[]; TXT?: string[][] }

export type Inventory = {
  /** ISO timestamp: when the (newest) file was collected. */
  collectedAt: string
  /** What wrote each file, e.g. "Collect-HybridMailflowInventory 1 on PowerShell 5.1". */
  collectors: string[]
  /** The Microsoft Entra tenant id (a GUID), when the Exchange Online side recorded it. */
  tenantId: string | null
  exchangeOnline: ExchangeOnlineInventory | null
  onPremises: OnPremisesInventory | null
  /** Keyed by lower-case DNS name, e.g. contoso.com and _dmarc.contoso.com. */
  dns: Record<string, DnsAnswers>
}

/** A stored inventory: one dated snapshot per import, never changed afterwards. */
export type InventorySnapshot = RowMeta & {
  projectId: string
  collectedAt: string
  tenantId: string | null
  /** The names of the files merged into it. */
  fileNames: string[]
  inventory: Inventory
}

/** The rows of a cmdlet, or [] when it was not collected. */
export function rowsOf<Row>(collected: Collected<Row> | undefined): Row[] {
  return collected !== undefined && 'rows' in collected ? collected.rows : []
}

/** Whether the cmdlet's output is in the inventory (possibly empty). */
export function wasCollected<Row>(collected: Collected<Row> | undefined): boolean {
  return collected !== undefined && 'rows' in collected
}

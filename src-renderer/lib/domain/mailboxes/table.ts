/**
 * Filtering and sorting the mailbox table in memory, fast enough for a keystroke over 100,000
 * rows: the lower-cased search text of every row is built once per load, each column's sort
 * order is built once (when first asked for), and a filter walks that order into a reused
 * typed array instead of building arrays of rows.
 */
import { hasAddress } from './identity'
import { LIFECYCLES } from './lifecycle'
import type { MailboxLifecycle } from './lifecycle'
import type { Mailbox, MailboxLocation } from './model'

/** Filter value for "no domain" / "no batch". */
export const NONE = '~none'

export type MailboxFilter = {
  /** Words that must all appear in the address, alias or display name (any case). */
  text: string
  /** A domain id, {@link NONE}, or '' for any. */
  domainId: string
  /** A batch id, {@link NONE}, or '' for any. */
  batchId: string
  lifecycle: MailboxLifecycle | ''
  location: MailboxLocation | ''
}

export const NO_FILTER: MailboxFilter = {
  text: '',
  domainId: '',
  batchId: '',
  lifecycle: '',
  location: ''
}

export type MailboxSortKey =
  | 'address'
  | 'displayName'
  | 'alias'
  | 'domain'
  | 'batch'
  | 'lifecycle'
  | 'location'
  | 'owner'
  | 'size'
  | 'percent'

export type MailboxSort = { key: MailboxSortKey; descending: boolean }

/** Names shown for ids, used to sort the domain and batch columns. */
export type SortNames = {
  domains: ReadonlyMap<string, string>
  batches: ReadonlyMap<string, string>
}

export type MailboxIndex = {
  readonly rows: readonly Mailbox[]
  /** Per row: lower-case address (when real), alias and display name. */
  readonly searchKeys: readonly string[]
  readonly orders: Map<MailboxSortKey, { names: SortNames | null; order: Int32Array }>
  /** Two result buffers used in turn, so the previous result stays valid while the next is built. */
  readonly buffers: readonly [Int32Array, Int32Array]
  turn: number
}

/** Builds the search text of every row once; the rows are used as given, never copied. */
export function indexMailboxes(rows: readonly Mailbox[]): MailboxIndex {
  const searchKeys = new Array<string>(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Mailbox
    const address = hasAddress(row.address) ? row.address : ''
    searchKeys[i] = `${address}\u0001${row.alias}\u0001${row.displayName}`.toLowerCase()
  }
  return {
    rows,
    searchKeys,
    orders: new Map(),
    buffers: [new Int32Array(rows.length), new Int32Array(rows.length)],
    turn: 0
  }
}

const LIFECYCLE_RANK: ReadonlyMap<MailboxLifecycle, number> = new Map(
  LIFECYCLES.map((lifecycle, rank) => [lifecycle, rank])
)

function textKeys(index: MailboxIndex, key: MailboxSortKey, names: SortNames): string[] {
  const { rows } = index
  const keys = new Array<string>(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Mailbox
    let value: string
    switch (key) {
      case 'address':
        value = hasAddress(row.address) ? row.address : `\uffff${row.address}`
        break
      case 'displayName':
        value = row.displayName
        break
      case 'alias':
        value = row.alias
        break
      case 'domain':
        value = row.domainId === null ? '' : (names.domains.get(row.domainId) ?? '')
        break
      case 'batch':
        value = row.batchId === null ? '' : (names.batches.get(row.batchId) ?? '')
        break
      case 'location':
        value = row.location
        break
      default:
        value = row.owner
    }
    // Empty values sort after every text (so last in ascending order).
    keys[i] = value === '' ? '\uffff' : value.toLowerCase()
  }
  return keys
}

function numberKeys(index: MailboxIndex, key: 'size' | 'percent' | 'lifecycle'): Float64Array {
  const { rows } = index
  const keys = new Float64Array(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Mailbox
    const value =
      key === 'size'
        ? row.sizeBytes
        : key === 'percent'
          ? row.percentComplete
          : (LIFECYCLE_RANK.get(row.lifecycle) ?? 0)
    keys[i] = value ?? Number.POSITIVE_INFINITY
  }
  return keys
}

/**
 * Row positions in ascending order of a column (ties keep the load order), cached per column.
 * Text compares by code point of the lower-cased value: fast and stable, not locale-aware.
 */
export function sortOrder(index: MailboxIndex, key: MailboxSortKey, names: SortNames): Int32Array {
  const usesNames = key === 'domain' || key === 'batch'
  const cached = index.orders.get(key)
  if (cached !== undefined && (!usesNames || cached.names === names)) return cached.order
  const order = new Int32Array(index.rows.length)
  for (let i = 0; i < order.length; i++) order[i] = i
  if (key === 'size' || key === 'percent' || key === 'lifecycle') {
    const keys = numberKeys(index, key)
    order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b)
  } else {
    const keys = textKeys(index, key, names)
    order.sort((a, b) => {
      const x = keys[a] as string
      const y = keys[b] as string
      return x < y ? -1 : x > y ? 1 : a - b
    })
  }
  index.orders.set(key, { names: usesNames ? names : null, order })
  return order
}

/**
 * Positions of the rows that pass the filter, in the given order (load order when null),
 * reversed when `descending`. The result is a view of a buffer of the index that the call after
 * next overwrites: use it, don't keep it.
 */
export function filterMailboxes(
  index: MailboxIndex,
  filter: MailboxFilter,
  order: Int32Array | null = null,
  descending = false
): Int32Array {
  const { rows, searchKeys } = index
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean)
  const [first, ...more] = words
  const { lifecycle, location } = filter
  const domainId = filter.domainId === NONE ? null : filter.domainId
  const batchId = filter.batchId === NONE ? null : filter.batchId
  const anyDomain = filter.domainId === ''
  const anyBatch = filter.batchId === ''
  index.turn = index.turn === 0 ? 1 : 0
  const out = index.buffers[index.turn] as Int32Array
  const total = rows.length
  let count = 0
  for (let k = 0; k < total; k++) {
    const step = descending ? total - 1 - k : k
    const i = order === null ? step : (order[step] as number)
    const row = rows[i] as Mailbox
    if (lifecycle !== '' && row.lifecycle !== lifecycle) continue
    if (location !== '' && row.location !== location) continue
    if (!anyDomain && row.domainId !== domainId) continue
    if (!anyBatch && row.batchId !== batchId) continue
    if (first !== undefined) {
      const key = searchKeys[i] as string
      if (!key.includes(first)) continue
      if (more.length > 0 && !more.every((word) => key.includes(word))) continue
    }
    out[count++] = i
  }
  return out.subarray(0, count)
}

/** Whether any part of the filter is set. */
export function isFiltered(filter: MailboxFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.domainId !== '' ||
    filter.batchId !== '' ||
    filter.lifecycle !== '' ||
    filter.location !== ''
  )
}

/** How many mailboxes are at each lifecycle stage (every stage present, zero or not). */
export function countByLifecycle(
  rows: readonly Pick<Mailbox, 'lifecycle'>[]
): Record<MailboxLifecycle, number> {
  const counts = Object.fromEntries(LIFECYCLES.map((lifecycle) => [lifecycle, 0])) as Record<
    MailboxLifecycle,
    number
  >
  for (const row of rows) counts[row.lifecycle]++
  return counts
}

/** Ids of the rows at positions `view[from..to]` (inclusive, either order). */
export function idsBetween(
  index: MailboxIndex,
  view: Int32Array,
  from: number,
  to: number
): string[] {
  const start = Math.max(0, Math.min(from, to))
  const end = Math.min(view.length - 1, Math.max(from, to))
  const ids: string[] = []
  for (let k = start; k <= end; k++) ids.push((index.rows[view[k] as number] as Mailbox).id)
  return ids
}

/** Ids of every row in the view (for "select all filtered"). */
export function idsOf(index: MailboxIndex, view: Int32Array): string[] {
  return idsBetween(index, view, 0, view.length - 1)
}

/** Names of the project's domains and batches by id, for the table and its sorting. */
export function sortNames(
  domains: readonly { id: string; name: string }[],
  batches: readonly { id: string; name: string }[]
): SortNames {
  return {
    domains: new Map(domains.map((domain) => [domain.id, domain.name])),
    batches: new Map(batches.map((batch) => [batch.id, batch.name]))
  }
}

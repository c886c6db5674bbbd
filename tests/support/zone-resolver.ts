/**
 * A DnsResolver answering from in-memory zone data in the OpenSPF test-suite format:
 * `{ 'name': [{ A: '1.2.3.4' }, { MX: [0, 'mx.name'] }, { TXT: 'text' | ['str', 'ings'] }, 'TIMEOUT'] }`.
 *
 * It follows the suite's own driver rules:
 * - `SPF` records are copied to TXT when the name has no `TXT` entry (`TXT: NONE` blocks the copy);
 *   RFC 7208 dropped the SPF type, so the checker only ever asks for TXT.
 * - `TIMEOUT` makes a query time out unless a record of the asked type came before it.
 * - A value of `TIMEOUT` for one type times out queries for that type.
 * - Names are case-insensitive and a trailing dot is ignored; CNAMEs are followed, loops fail.
 * - A name absent from the zone is NXDOMAIN; a present name without the type answers [].
 */
import type { DnsResolver, MxRecord } from '../../src-renderer/lib/domain/dns/resolver'
import { DnsLookupError } from '../../src-renderer/lib/domain/dns/resolver'

export type ZoneType = 'A' | 'AAAA' | 'MX' | 'TXT' | 'SPF' | 'PTR' | 'CNAME'
export type ZoneEntry = 'TIMEOUT' | Partial<Record<ZoneType, unknown>>
export type ZoneData = Record<string, readonly ZoneEntry[]>

type Row = 'TIMEOUT' | { type: ZoneType; value: unknown }

const TYPES: readonly string[] = ['A', 'AAAA', 'MX', 'TXT', 'SPF', 'PTR', 'CNAME']

function key(name: string): string {
  const lower = name.toLowerCase()
  return lower.endsWith('.') ? lower.slice(0, -1) : lower
}

function rowsOf(entries: readonly ZoneEntry[]): Row[] {
  const rows: Row[] = []
  const copies: Row[] = []
  let hasTxt = false
  for (const entry of entries) {
    if (entry === 'TIMEOUT') {
      rows.push('TIMEOUT')
      continue
    }
    for (const [type, value] of Object.entries(entry)) {
      if (!TYPES.includes(type)) throw new Error(`Unknown zone record type ${type}`)
      if (type === 'TXT') hasTxt = true
      if (type === 'SPF') copies.push({ type: 'TXT', value })
      if (value !== 'NONE') rows.push({ type: type as ZoneType, value })
    }
  }
  // The suite's driver appends the copies after every listed row, TIMEOUT included.
  return hasTxt ? rows : [...rows, ...copies]
}

/** Builds a resolver over `zone`. */
export function zoneResolver(zone: ZoneData): DnsResolver {
  const names = new Map<string, Row[]>()
  for (const [name, entries] of Object.entries(zone)) names.set(key(name), rowsOf(entries))

  function lookup(name: string, type: ZoneType, seen: readonly string[] = []): unknown[] {
    const k = key(name)
    const rows = names.get(k)
    if (!rows) throw new DnsLookupError('NXDOMAIN', `${name} does not exist`)
    const found: unknown[] = []
    let cname: string | null = null
    for (const row of rows) {
      if (row === 'TIMEOUT') {
        if (found.length === 0) throw new DnsLookupError('TIMEOUT', `${name} timed out`)
        break
      }
      if (row.type === 'CNAME' && typeof row.value === 'string') cname = row.value
      if (row.type !== type) continue
      if (row.value === 'TIMEOUT') throw new DnsLookupError('TIMEOUT', `${name} ${type} timed out`)
      found.push(row.value)
    }
    if (found.length === 0 && cname !== null) {
      if (seen.includes(k) || seen.length > 8) {
        throw new DnsLookupError('SERVFAIL', `CNAME loop at ${name}`)
      }
      return lookup(cname, type, [...seen, k])
    }
    return found
  }

  function strings(value: unknown): string[] {
    if (Array.isArray(value)) return value.map(String)
    return [String(value)]
  }

  async function answer<T>(compute: () => T): Promise<T> {
    return compute()
  }

  return {
    a: (name) => answer(() => lookup(name, 'A').map(String)),
    aaaa: (name) => answer(() => lookup(name, 'AAAA').map(String)),
    mx: (name) =>
      answer(() =>
        lookup(name, 'MX').map((value): MxRecord => {
          const [priority, exchange] = Array.isArray(value) ? value : [0, value]
          return { priority: Number(priority), exchange: key(String(exchange ?? '')) }
        })
      ),
    txt: (name) => answer(() => lookup(name, 'TXT').map(strings)),
    ptr: (name) => answer(() => lookup(name, 'PTR').map((v) => key(String(v))))
  }
}

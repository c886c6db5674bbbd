/**
 * A DNS resolver answering from parsed pastes, so the verdicts run on pasted data as on a live
 * check.
 */
import type { DnsCheckResolver, PastedRecordType } from '../observed'
import { NotPastedError } from '../observed'
import type { MxRecord } from '../resolver'
import { DnsLookupError } from '../resolver'
import { host } from './collect'
import type { PastedDns } from './types'

type NameData = {
  nxdomain: boolean
  records: Map<PastedRecordType, unknown[]>
  /** Types the pastes answered for this name, with or without records. */
  answered: Set<PastedRecordType>
}

/**
 * A resolver answering from pasted outputs, so the verdicts run on pasted data exactly as on a
 * live check. CNAMEs are followed; a name or type that was not pasted rejects with a
 * NotPastedError ("needs the record for <name>"), which the verdicts never count as an answer.
 */
export function pastedResolver(pastes: readonly PastedDns[]): DnsCheckResolver {
  const names = new Map<string, NameData>()
  const entry = (name: string): NameData => {
    let data = names.get(name)
    if (!data) {
      data = { nxdomain: false, records: new Map(), answered: new Set() }
      names.set(name, data)
    }
    return data
  }
  for (const paste of pastes) {
    if (paste.nxdomain) entry(paste.name).nxdomain = true
    for (const empty of paste.emptyNames) if (paste.kind) entry(empty).answered.add(paste.kind)
    for (const record of paste.records) {
      const data = entry(record.name)
      data.answered.add(record.type)
      const list = data.records.get(record.type) ?? []
      list.push(
        record.type === 'mx' ? record.mx : record.type === 'txt' ? record.strings : record.value
      )
      data.records.set(record.type, list)
    }
  }

  function query(name: string, type: PastedRecordType, depth = 0): unknown[] {
    const key = host(name)
    const data = names.get(key)
    if (!data) throw new NotPastedError(key, type)
    if (data.nxdomain) throw new DnsLookupError('NXDOMAIN', `${key} does not exist`)
    const found = data.records.get(type)
    if (found && found.length > 0) return found
    const alias = data.records.get('cname')?.[0]
    if (type !== 'cname' && typeof alias === 'string') {
      if (depth > 8) throw new DnsLookupError('SERVFAIL', `CNAME loop at ${key}`)
      return query(alias, type, depth + 1)
    }
    if (data.answered.has(type)) return []
    // A name with other data has no CNAME: a CNAME cannot sit beside other records.
    if (type === 'cname' && data.answered.size > 0) return []
    throw new NotPastedError(key, type)
  }

  async function answer<T>(compute: () => T): Promise<T> {
    return compute()
  }

  return {
    a: (name) => answer(() => query(name, 'a').map(String)),
    aaaa: (name) => answer(() => query(name, 'aaaa').map(String)),
    mx: (name) => answer(() => query(name, 'mx') as MxRecord[]),
    txt: (name) => answer(() => query(name, 'txt') as string[][]),
    ptr: (name) => answer(() => query(name, 'ptr').map(String)),
    cname: (name) => answer(() => query(name, 'cname').map(String))
  }
}

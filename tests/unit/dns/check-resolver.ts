/**
 * The test zone resolver (tests/support/zone-resolver.ts) plus the CNAME lookups the record checks
 * make: [target] for a name with a CNAME, [] for a name without one, NXDOMAIN for a missing name.
 */
import type { DnsCheckResolver } from '../../../src-renderer/lib/domain/dns/observed'
import { DnsLookupError } from '../../../src-renderer/lib/domain/dns/resolver'
import type { ZoneData } from '../../support/zone-resolver'
import { zoneResolver } from '../../support/zone-resolver'

function key(name: string): string {
  const lower = name.toLowerCase()
  return lower.endsWith('.') ? lower.slice(0, -1) : lower
}

export function checkResolver(zone: ZoneData): DnsCheckResolver {
  const base = zoneResolver(zone)
  const names = new Map(Object.entries(zone).map(([name, entries]) => [key(name), entries]))
  return {
    ...base,
    async cname(name) {
      const entries = names.get(key(name))
      if (!entries) throw new DnsLookupError('NXDOMAIN', `${name} does not exist`)
      const targets: string[] = []
      for (const entry of entries) {
        if (entry === 'TIMEOUT') {
          if (targets.length === 0) throw new DnsLookupError('TIMEOUT', `${name} timed out`)
          break
        }
        if (typeof entry.CNAME === 'string') targets.push(key(entry.CNAME))
      }
      return targets
    }
  }
}

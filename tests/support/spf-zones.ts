import type { ZoneData } from './zone-resolver'

/** contoso.test includes n1, n1 includes n2, … n<depth> authorises `ip`: `depth` DNS lookups. */
export function nestedIncludes(depth: number, ip: string): ZoneData {
  const zone: ZoneData = { 'contoso.test': [{ TXT: 'v=spf1 include:n1.contoso.test -all' }] }
  for (let i = 1; i < depth; i++) {
    zone[`n${i}.contoso.test`] = [{ TXT: `v=spf1 include:n${i + 1}.contoso.test -all` }]
  }
  zone[`n${depth}.contoso.test`] = [{ TXT: `v=spf1 ip4:${ip} -all` }]
  return zone
}

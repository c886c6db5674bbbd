/**
 * Bundled by tests/bench/spf.mjs and run in Node: check_host() over a record with ten nested
 * includes, served from an in-memory zone, so the figure is the checker's own cost.
 */
import { checkHost } from '../../src-renderer/lib/domain/dns/spf'
import { nestedIncludes } from '../support/spf-zones'
import { zoneResolver } from '../support/zone-resolver'

const IP = '192.0.2.10'
const RUNS = 200

export async function run(): Promise<{ spf_nested_10_ms: number }> {
  const resolver = zoneResolver(nestedIncludes(10, IP))
  const params = { ip: IP, domain: 'contoso.test', sender: 'user@contoso.test' }
  const first = await checkHost(params, resolver)
  if (first.result !== 'pass' || first.lookups !== 10)
    throw new Error(`expected pass with 10 lookups, got ${first.result} with ${first.lookups}`)
  const times: number[] = []
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now()
    await checkHost(params, resolver)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN
  return { spf_nested_10_ms: Math.round(median * 1000) / 1000 }
}

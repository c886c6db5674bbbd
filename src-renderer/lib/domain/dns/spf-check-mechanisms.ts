/** The mechanisms of an SPF record (RFC 7208 §5): whether each matches the client IP. */
import { normaliseHostname } from '../net/hostname'
import type { MxRecord } from './resolver'
import { isDnsError } from './resolver'
import type { Context } from './spf-check-context'
import {
  addressLookup,
  countLookup,
  countVoid,
  dnsCode,
  inNetwork,
  isQueryable,
  newNode,
  SpfAbort,
  targetOf,
  validatedNames
} from './spf-check-context'
import type { SpfTermTrace, SpfTraceNode } from './spf-check-types'
import { MX_LIMIT } from './spf-check-types'
import type { SpfMechanism } from './spf-parse'

export async function matches(
  ctx: Context,
  node: SpfTraceNode,
  term: SpfMechanism
): Promise<boolean> {
  const trace: SpfTermTrace = { term: term.text, counted: false, outcome: 'no-match', detail: '' }
  node.terms.push(trace)
  try {
    const result = await matchTerm(ctx, node, term, trace)
    trace.outcome = result ? 'match' : 'no-match'
    return result
  } catch (error) {
    trace.outcome = 'error'
    if (error instanceof SpfAbort && trace.detail === '') trace.detail = error.message
    throw error
  }
}

async function matchTerm(
  ctx: Context,
  node: SpfTraceNode,
  term: SpfMechanism,
  trace: SpfTermTrace
): Promise<boolean> {
  const ip = ctx.ip
  const prefix = ip.family === 4 ? term.ip4Cidr : term.ip6Cidr
  switch (term.name) {
    case 'all':
      return true
    case 'ip4':
    case 'ip6':
      return term.network !== null && inNetwork(ip, term.network, prefix)
    case 'include':
      return include(ctx, node, term, trace)
    case 'a':
    case 'mx':
    case 'ptr':
    case 'exists': {
      trace.counted = true
      countLookup(ctx, node)
      const target = await targetOf(ctx, term, node.domain)
      if (!isQueryable(target)) {
        trace.detail = `“${target}” is not a valid domain name`
        return false
      }
      if (term.name === 'mx') return matchMx(ctx, target, prefix, trace)
      if (term.name === 'ptr') {
        const names = await validatedNames(ctx, true)
        trace.detail = names.length ? `validated ${names.join(', ')}` : 'no validated PTR name'
        return names.some((n) => n === target || n.endsWith(`.${target}`))
      }
      // "exists" always asks for A records, whatever the client's family (RFC 7208 §5.7).
      const family = term.name === 'exists' ? 4 : ip.family
      const addresses = await addressLookup(ctx, target, family, true)
      trace.detail = addresses.length
        ? `${target} → ${addresses.join(', ')}`
        : `${target} has no ${family === 4 ? 'A' : 'AAAA'} record`
      if (term.name === 'exists') return addresses.length > 0
      return addresses.some((a) => inNetwork(ip, a, prefix))
    }
  }
}

async function include(
  ctx: Context,
  node: SpfTraceNode,
  term: SpfMechanism,
  trace: SpfTermTrace
): Promise<boolean> {
  trace.counted = true
  countLookup(ctx, node)
  const target = await targetOf(ctx, term, node.domain)
  const child = newNode(target, term.text)
  node.children.push(child)
  const outcome = await ctx.evaluate(child, false)
  trace.detail = `${target}: ${outcome.result}`
  if (outcome.result === 'none') {
    child.result = 'permerror'
    throw new SpfAbort('permerror', `${term.text}: ${outcome.reason}`)
  }
  return outcome.result === 'pass'
}

async function matchMx(
  ctx: Context,
  target: string,
  prefix: number,
  trace: SpfTermTrace
): Promise<boolean> {
  let records: MxRecord[]
  try {
    records = await ctx.resolver.mx(target)
  } catch (error) {
    if (!isDnsError(error, 'NXDOMAIN')) {
      throw new SpfAbort('temperror', `The MX lookup for ${target} failed (${dnsCode(error)}).`)
    }
    records = []
  }
  if (records.length === 0) {
    countVoid(ctx, target)
    trace.detail = `${target} has no MX record`
    return false
  }
  if (records.length > MX_LIMIT) {
    throw new SpfAbort(
      'permerror',
      `${target} has ${records.length} MX records: an "mx" mechanism may look up at most ${MX_LIMIT}.`
    )
  }
  const hosts = [...records]
    .sort((x, y) => x.priority - y.priority)
    .map((r) => normaliseHostname(r.exchange))
  trace.detail = `${target} MX → ${hosts.map((h) => h || '.').join(', ')}`
  for (const host of hosts) {
    // A null MX ("." or empty) names no host.
    if (!isQueryable(host)) continue
    const addresses = await addressLookup(ctx, host, ctx.ip.family, false)
    if (addresses.some((a) => inNetwork(ctx.ip, a, prefix))) return true
  }
  return false
}

/**
 * The state of one check_host() evaluation and the lookups every mechanism shares: the processing
 * limits, macro expansion, address lookups and validated PTR names (RFC 7208 §4.6.4, §5.5, §7).
 */
import type { IpAddress } from '../net/ip'
import { normaliseHostname } from '../net/hostname'
import { formatIp, ipInNetwork, parseIp, reverseName } from '../net/ip'
import type { DnsResolver } from './resolver'
import { isDnsError } from './resolver'
import type { SpfResult, SpfTraceNode } from './spf-check-types'
import { LOOKUP_LIMIT, PTR_LIMIT, VOID_LOOKUP_LIMIT } from './spf-check-types'
import type { MacroToken, MacroValues } from './spf-macro'
import { expandMacroTokens, truncateDomain } from './spf-macro'
import type { SpfMechanism } from './spf-parse'

/** Ends the whole evaluation with permerror or temperror. */
export class SpfAbort extends Error {
  /** Set by the first record node that sees the error: that node shows the message. */
  recorded = false

  constructor(
    readonly result: 'permerror' | 'temperror',
    message: string
  ) {
    super(message)
  }
}

export type Outcome = { result: SpfResult; explanation: string | null; reason: string }

export type Context = {
  resolver: DnsResolver
  ip: IpAddress
  localPart: string
  sender: string
  senderDomain: string
  helo: string
  receiver: string
  timestamp: number
  lookups: number
  voids: number
  validatedName: Map<string, Promise<string>>
  /** check_host() for an include's record; passed in so the mechanisms need not import it. */
  evaluate: (node: SpfTraceNode, wantExplanation: boolean) => Promise<Outcome>
}

/** A name a DNS query can be made for: labels of 1–63 characters, 253 in all, at least two. */
export function isQueryable(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false
  const labels = name.split('.')
  return labels.length >= 2 && labels.every((l) => l.length > 0 && l.length <= 63)
}

export function newNode(domain: string, via: string | null): SpfTraceNode {
  return {
    domain,
    via,
    record: null,
    terms: [],
    lookups: 0,
    children: [],
    result: 'none',
    error: null
  }
}

export function dnsCode(error: unknown): string {
  return isDnsError(error) ? error.code : 'SERVFAIL'
}

export function countLookup(ctx: Context, node: SpfTraceNode): void {
  ctx.lookups++
  node.lookups++
  if (ctx.lookups > LOOKUP_LIMIT) {
    throw new SpfAbort(
      'permerror',
      `The check needs more than ${LOOKUP_LIMIT} DNS lookups (include, a, mx, ptr, exists, redirect): the limit is ${LOOKUP_LIMIT}.`
    )
  }
}

export function countVoid(ctx: Context, name: string): void {
  ctx.voids++
  if (ctx.voids > VOID_LOOKUP_LIMIT) {
    throw new SpfAbort(
      'permerror',
      `More than ${VOID_LOOKUP_LIMIT} lookups found no records (the last was ${name}): the limit is ${VOID_LOOKUP_LIMIT}.`
    )
  }
}

export function macroValues(ctx: Context, domain: string): MacroValues {
  const ip = ctx.ip
  const dotted =
    ip.family === 4
      ? formatIp(ip)
      : // Upper-case nibbles, as the OpenSPF suite expects in explanations; DNS ignores case.
        reverseName(ip).slice(0, -'.ip6.arpa'.length).split('.').reverse().join('.').toUpperCase()
  return {
    s: ctx.sender,
    l: ctx.localPart,
    o: ctx.senderDomain,
    d: domain,
    i: dotted,
    c: formatIp(ip),
    v: ip.family === 4 ? 'in-addr' : 'ip6',
    h: ctx.helo,
    r: ctx.receiver,
    t: String(ctx.timestamp),
    p: () => validatedName(ctx, domain)
  }
}

export async function expandDomain(
  ctx: Context,
  tokens: MacroToken[],
  domain: string
): Promise<string> {
  return normaliseHostname(
    truncateDomain(await expandMacroTokens(tokens, macroValues(ctx, domain)))
  )
}

/** The mechanism's target name: its expanded domain-spec, or the current domain. */
export async function targetOf(ctx: Context, term: SpfMechanism, domain: string): Promise<string> {
  return term.domainTokens ? expandDomain(ctx, term.domainTokens, domain) : domain
}

export function inNetwork(ip: IpAddress, network: IpAddress | string, prefix: number): boolean {
  const address = typeof network === 'string' ? parseIp(network) : network
  return address !== null && address.family === ip.family && ipInNetwork(ip, address, prefix)
}

/**
 * A/AAAA lookup. NXDOMAIN and empty answers count as void lookups when `countsVoid`; timeouts and
 * server failures end the check with temperror.
 */
export async function addressLookup(
  ctx: Context,
  name: string,
  family: 4 | 6,
  countsVoid: boolean
): Promise<string[]> {
  let addresses: string[]
  try {
    addresses = await (family === 4 ? ctx.resolver.a(name) : ctx.resolver.aaaa(name))
  } catch (error) {
    if (!isDnsError(error, 'NXDOMAIN')) {
      throw new SpfAbort(
        'temperror',
        `The ${family === 4 ? 'A' : 'AAAA'} lookup for ${name} failed (${dnsCode(error)}).`
      )
    }
    addresses = []
  }
  if (addresses.length === 0 && countsVoid) countVoid(ctx, name)
  return addresses
}

/**
 * The client IP's validated names (RFC 7208 §5.5): PTR names, at most 10, whose A/AAAA records
 * include the IP. DNS errors skip a name rather than ending the check.
 */
export async function validatedNames(ctx: Context, countsVoid: boolean): Promise<string[]> {
  let names: string[]
  try {
    names = await ctx.resolver.ptr(reverseName(ctx.ip))
  } catch {
    names = []
  }
  if (names.length === 0 && countsVoid) countVoid(ctx, reverseName(ctx.ip))
  const validated: string[] = []
  // Past the limit the names are ignored, in the order DNS returned them (RFC 7208 §4.6.4).
  for (const name of names.slice(0, PTR_LIMIT).map(normaliseHostname)) {
    if (!isQueryable(name)) continue
    try {
      const family = ctx.ip.family
      const addresses = await (family === 4 ? ctx.resolver.a(name) : ctx.resolver.aaaa(name))
      if (addresses.some((a) => inNetwork(ctx.ip, a, family === 4 ? 32 : 128))) validated.push(name)
    } catch {
      // RFC 7208 §5.5: a failed address lookup skips that name.
    }
  }
  return validated
}

/** %{p}: a validated name, preferring the domain itself, then a subdomain; else "unknown". */
function validatedName(ctx: Context, domain: string): Promise<string> {
  let pending = ctx.validatedName.get(domain)
  if (!pending) {
    pending = validatedNames(ctx, false).then(
      (names) =>
        names.find((n) => n === domain) ??
        names.find((n) => n.endsWith(`.${domain}`)) ??
        names[0] ??
        'unknown'
    )
    ctx.validatedName.set(domain, pending)
  }
  return pending
}

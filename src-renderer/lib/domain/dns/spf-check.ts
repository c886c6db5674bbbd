/**
 * RFC 7208 check_host(): evaluates a domain's SPF record for a client IP through a DnsResolver,
 * with the processing limits, macros, include/redirect recursion, exp= explanations, and a trace
 * tree the app shows so users see where each DNS lookup comes from.
 */
import type { IpAddress } from '../net/ip'
import { normaliseHostname } from '../net/hostname'
import { formatIp, ipInNetwork, parseIp, reverseName, unmapIpv4 } from '../net/ip'
import type { DnsResolver, MxRecord } from './resolver'
import { isDnsError } from './resolver'
import type { MacroToken, MacroValues } from './spf-macro'
import { expandMacroTokens, parseMacroString, truncateDomain } from './spf-macro'
import type { SpfMechanism, SpfModifier, SpfQualifier } from './spf-parse'
import { isSpfRecord, parseSpf } from './spf-parse'

export type SpfResult =
  'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror'

/** DNS-querying terms allowed per check (RFC 7208 §4.6.4). */
export const LOOKUP_LIMIT = 10
/** Lookups answering NXDOMAIN or no records allowed per check. */
export const VOID_LOOKUP_LIMIT = 2
/** MX records an "mx" mechanism may look addresses up for; PTR names "ptr" may validate. */
export const MX_LIMIT = 10
export const PTR_LIMIT = 10

export type SpfCheckParams = {
  /** The SMTP client's IPv4 or IPv6 address (IPv4-mapped IPv6 is treated as IPv4). */
  ip: string
  /** The domain whose record is checked (MAIL FROM domain, or HELO when MAIL FROM is empty). */
  domain: string
  /** MAIL FROM; "postmaster" stands in for a missing local part. */
  sender: string
  helo?: string
  /** Time for the %{t} macro; the Unix epoch when not given, keeping evaluation deterministic. */
  now?: Date
  /** Name of the checking host for %{r}; "unknown" when not given. */
  receiver?: string
}

/** One evaluated term of a record, for display. */
export type SpfTermTrace = {
  term: string
  /** Counted against the limit of 10 DNS lookups. */
  counted: boolean
  /** "followed" is a redirect= taken because no mechanism matched. */
  outcome: 'match' | 'no-match' | 'followed' | 'error'
  /** What DNS answered or why the term did not match, in a few words. */
  detail: string
}

/** A record in the lookup tree: the checked domain and the include/redirect records below it. */
export type SpfTraceNode = {
  domain: string
  /** The term that led here ("include:…", "redirect=…"), or null for the checked domain. */
  via: string | null
  /** The SPF record found, or null when none was. */
  record: string | null
  terms: SpfTermTrace[]
  /** Counted lookups made by this record's own terms (children not included). */
  lookups: number
  children: SpfTraceNode[]
  result: SpfResult
  /** Why the result is an error or none. */
  error: string | null
}

export type SpfEvaluation = {
  result: SpfResult
  /** The domain owner's explanation (exp=), macro-expanded; only for fail. */
  explanation: string | null
  /** One sentence on what decided the result. */
  reason: string
  lookups: number
  voidLookups: number
  tree: SpfTraceNode
}

/** The identity check_host() evaluates (RFC 7208 §2.4): MAIL FROM's domain, else the HELO name. */
export function spfIdentity(mailFrom: string, helo: string): { domain: string; sender: string } {
  if (mailFrom === '') return { domain: helo, sender: `postmaster@${helo}` }
  const at = mailFrom.lastIndexOf('@')
  return { domain: at < 0 ? mailFrom : mailFrom.slice(at + 1), sender: mailFrom }
}

/** Ends the whole evaluation with permerror or temperror. */
class SpfAbort extends Error {
  /** Set by the first record node that sees the error: that node shows the message. */
  recorded = false

  constructor(
    readonly result: 'permerror' | 'temperror',
    message: string
  ) {
    super(message)
  }
}

type Context = {
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
}

type Outcome = { result: SpfResult; explanation: string | null; reason: string }

const QUALIFIER_RESULT: Record<SpfQualifier, SpfResult> = {
  '+': 'pass',
  '-': 'fail',
  '~': 'softfail',
  '?': 'neutral'
}

/** A name a DNS query can be made for: labels of 1–63 characters, 253 in all, at least two. */
function isQueryable(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false
  const labels = name.split('.')
  return labels.length >= 2 && labels.every((l) => l.length > 0 && l.length <= 63)
}

/**
 * Evaluates `params.domain`'s SPF record for `params.ip`, as RFC 7208 check_host() does.
 * Throws TypeError when `params.ip` is not an IP address.
 */
export async function checkHost(
  params: SpfCheckParams,
  resolver: DnsResolver
): Promise<SpfEvaluation> {
  const parsedIp = parseIp(params.ip)
  if (!parsedIp) throw new TypeError(`Not an IP address: ${params.ip}`)
  const at = params.sender.lastIndexOf('@')
  const localPart = at > 0 ? params.sender.slice(0, at) : 'postmaster'
  const senderDomain = at < 0 ? params.sender : params.sender.slice(at + 1)
  const ctx: Context = {
    resolver,
    ip: unmapIpv4(parsedIp),
    localPart,
    sender: `${localPart}@${senderDomain}`,
    senderDomain,
    helo: params.helo ?? 'unknown',
    receiver: params.receiver ?? 'unknown',
    timestamp: Math.floor((params.now?.getTime() ?? 0) / 1000),
    lookups: 0,
    voids: 0,
    validatedName: new Map()
  }
  const tree = newNode(normaliseHostname(params.domain), null)
  const outcome = await evaluate(ctx, tree, true)
  return { ...outcome, lookups: ctx.lookups, voidLookups: ctx.voids, tree }
}

function newNode(domain: string, via: string | null): SpfTraceNode {
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

/** check_host() for one domain; fills `node` and returns the outcome, aborting on errors. */
async function evaluate(
  ctx: Context,
  node: SpfTraceNode,
  wantExplanation: boolean
): Promise<Outcome> {
  try {
    const outcome = await evaluateRecord(ctx, node, wantExplanation)
    node.result = outcome.result
    if (outcome.result === 'none') node.error = outcome.reason
    return outcome
  } catch (error) {
    if (!(error instanceof SpfAbort)) throw error
    if (!error.recorded) node.error = error.message
    error.recorded = true
    node.result = error.result
    if (node.via !== null) throw error
    return { result: error.result, explanation: null, reason: error.message }
  }
}

async function evaluateRecord(
  ctx: Context,
  node: SpfTraceNode,
  wantExplanation: boolean
): Promise<Outcome> {
  const domain = node.domain
  if (!isQueryable(domain)) {
    return none(`“${domain}” is not a valid domain name, so it has no SPF record.`)
  }
  let answers: string[][]
  try {
    answers = await ctx.resolver.txt(domain)
  } catch (error) {
    if (isDnsError(error, 'NXDOMAIN')) return none(`${domain} does not exist.`)
    throw new SpfAbort('temperror', `The TXT lookup for ${domain} failed (${dnsCode(error)}).`)
  }
  const records = answers.map((strings) => strings.join('')).filter(isSpfRecord)
  if (records.length === 0) return none(`${domain} has no SPF record.`)
  if (records.length > 1) {
    throw new SpfAbort(
      'permerror',
      `${domain} has ${records.length} SPF records: only one is allowed.`
    )
  }
  const record = records[0] ?? ''
  node.record = record
  const parsed = parseSpf(record)
  if (!parsed.ok) {
    const first = parsed.errors[0]
    throw new SpfAbort(
      'permerror',
      `The SPF record of ${domain} has a syntax error at character ${(first?.position ?? 0) + 1} (“${first?.term ?? ''}”): ${first?.message ?? ''}`
    )
  }
  for (const term of parsed.terms) {
    if (term.kind !== 'mechanism') continue
    if (await matches(ctx, node, term)) {
      const result = QUALIFIER_RESULT[term.qualifier]
      const reason = `“${term.text}” in the SPF record of ${domain} matched: ${result}.`
      const explanation =
        result === 'fail' && wantExplanation && parsed.exp
          ? await explain(ctx, domain, parsed.exp)
          : null
      return { result, explanation, reason }
    }
  }
  if (parsed.redirect) return redirect(ctx, node, parsed.redirect, wantExplanation)
  return {
    result: 'neutral',
    explanation: null,
    reason: `Nothing in the SPF record of ${domain} matched: neutral.`
  }
}

function none(reason: string): Outcome {
  return { result: 'none', explanation: null, reason }
}

function dnsCode(error: unknown): string {
  return isDnsError(error) ? error.code : 'SERVFAIL'
}

async function redirect(
  ctx: Context,
  node: SpfTraceNode,
  modifier: SpfModifier,
  wantExplanation: boolean
): Promise<Outcome> {
  const trace: SpfTermTrace = { term: modifier.text, counted: true, outcome: 'error', detail: '' }
  node.terms.push(trace)
  countLookup(ctx, node)
  const target = await expandDomain(ctx, modifier.tokens, node.domain)
  const child = newNode(target, modifier.text)
  node.children.push(child)
  const outcome = await evaluate(ctx, child, wantExplanation)
  trace.outcome = 'followed'
  trace.detail = `${target}: ${outcome.result}`
  if (outcome.result === 'none') {
    child.result = 'permerror'
    throw new SpfAbort('permerror', `${modifier.text}: ${outcome.reason}`)
  }
  return outcome
}

function countLookup(ctx: Context, node: SpfTraceNode): void {
  ctx.lookups++
  node.lookups++
  if (ctx.lookups > LOOKUP_LIMIT) {
    throw new SpfAbort(
      'permerror',
      `The check needs more than ${LOOKUP_LIMIT} DNS lookups (include, a, mx, ptr, exists, redirect): the limit is ${LOOKUP_LIMIT}.`
    )
  }
}

function countVoid(ctx: Context, name: string): void {
  ctx.voids++
  if (ctx.voids > VOID_LOOKUP_LIMIT) {
    throw new SpfAbort(
      'permerror',
      `More than ${VOID_LOOKUP_LIMIT} lookups found no records (the last was ${name}): the limit is ${VOID_LOOKUP_LIMIT}.`
    )
  }
}

function macroValues(ctx: Context, domain: string): MacroValues {
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

async function expandDomain(ctx: Context, tokens: MacroToken[], domain: string): Promise<string> {
  return normaliseHostname(
    truncateDomain(await expandMacroTokens(tokens, macroValues(ctx, domain)))
  )
}

/** The mechanism's target name: its expanded domain-spec, or the current domain. */
async function targetOf(ctx: Context, term: SpfMechanism, domain: string): Promise<string> {
  return term.domainTokens ? expandDomain(ctx, term.domainTokens, domain) : domain
}

async function matches(ctx: Context, node: SpfTraceNode, term: SpfMechanism): Promise<boolean> {
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

function inNetwork(ip: IpAddress, network: IpAddress | string, prefix: number): boolean {
  const address = typeof network === 'string' ? parseIp(network) : network
  return address !== null && address.family === ip.family && ipInNetwork(ip, address, prefix)
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
  const outcome = await evaluate(ctx, child, false)
  trace.detail = `${target}: ${outcome.result}`
  if (outcome.result === 'none') {
    child.result = 'permerror'
    throw new SpfAbort('permerror', `${term.text}: ${outcome.reason}`)
  }
  return outcome.result === 'pass'
}

/**
 * A/AAAA lookup. NXDOMAIN and empty answers count as void lookups when `countsVoid`; timeouts and
 * server failures end the check with temperror.
 */
async function addressLookup(
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

/**
 * The client IP's validated names (RFC 7208 §5.5): PTR names, at most 10, whose A/AAAA records
 * include the IP. DNS errors skip a name rather than ending the check.
 */
async function validatedNames(ctx: Context, countsVoid: boolean): Promise<string[]> {
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

/**
 * The exp= explanation (RFC 7208 §6.2). Any DNS problem, a missing or second TXT record, non-ASCII
 * text or bad macro syntax means no explanation. Not counted against the lookup limits.
 */
async function explain(ctx: Context, domain: string, exp: SpfModifier): Promise<string | null> {
  try {
    const name = await expandDomain(ctx, exp.tokens, domain)
    if (!isQueryable(name)) return null
    const answers = await ctx.resolver.txt(name)
    if (answers.length !== 1) return null
    const text = (answers[0] ?? []).join('')
    const parsedText = parseMacroString(text, 'explanation')
    if (!parsedText.ok) return null
    return await expandMacroTokens(parsedText.tokens, macroValues(ctx, domain))
  } catch (error) {
    if (error instanceof SpfAbort || isDnsError(error)) return null
    throw error
  }
}

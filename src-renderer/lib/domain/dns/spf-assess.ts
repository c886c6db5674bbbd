/**
 * What a hybrid migration needs to know about a domain's published SPF record: does it authorise
 * the on-premises servers, does it reach Microsoft 365, how does it end, and how many DNS lookups
 * does it cost.
 */
import { normaliseHostname } from '../net/hostname'
import { formatIp, lastAddress, networkAddress, parseNetwork } from '../net/ip'
import type { DnsResolver } from './resolver'
import { isDnsError } from './resolver'
import { checkHost } from './spf-check'
import { LOOKUP_LIMIT, type SpfResult } from './spf-check-types'
import type { SpfSyntaxError } from './spf-parse'
import { isSpfRecord, LOOKUP_MECHANISMS, parseSpf } from './spf-parse'

/** The include every Exchange Online domain's SPF record needs. */
/** The worldwide include; other clouds' includes are in CLOUD_NAMES (cloud.ts). */
export const MICROSOFT_365_SPF = 'spf.protection.outlook.com'

/** How the record ends: its "all" mechanism, a redirect= without one, or neither (neutral). */
export type SpfEnding = '-all' | '~all' | '?all' | '+all' | 'redirect' | 'none'

/** A record in the include/redirect tree, followed whatever the client IP. */
export type SpfRecordNode = {
  domain: string
  /** The term that led here ("include:…", "redirect=…"), or null for the domain itself. */
  via: string | null
  record: string | null
  /** Counted lookups of this record's own terms. */
  lookups: number
  children: SpfRecordNode[]
  /** Why the record could not be read or followed, or null. */
  problem: string | null
}

export type SpfIpVerdict = {
  /** The on-premises address or range as given. */
  ip: string
  /** check_host() result; for a range, the first non-pass result of its first and last address. */
  result: SpfResult
  authorised: boolean
  reason: string
}

export type SpfAssessment = {
  domain: string
  /** The single SPF record, or null when there is none or more than one. */
  record: string | null
  /** Every TXT record at the domain that starts with v=spf1. */
  spfRecords: string[]
  multipleRecords: boolean
  /** The TXT lookup failed (timeout or server failure): nothing else could be judged. */
  lookupFailed: boolean
  syntaxErrors: SpfSyntaxError[]
  ending: SpfEnding
  /** The include or redirect tree contains spf.protection.outlook.com. */
  reachesMicrosoft365: boolean
  /** Counted DNS lookups of the whole tree; over 10 makes every check a permerror. */
  lookups: number
  overLookupLimit: boolean
  tree: SpfRecordNode
  ips: SpfIpVerdict[]
}

/** Memoises answers so the tree walk and the per-IP checks query each name once. */
function caching(resolver: DnsResolver): DnsResolver {
  const cache = new Map<string, Promise<unknown>>()
  function memo<T>(type: string, name: string, query: () => Promise<T>): Promise<T> {
    const key = `${type} ${name.toLowerCase()}`
    let answer = cache.get(key)
    if (!answer) {
      answer = query()
      cache.set(key, answer)
    }
    return answer as Promise<T>
  }
  return {
    a: (name) => memo('a', name, () => resolver.a(name)),
    aaaa: (name) => memo('aaaa', name, () => resolver.aaaa(name)),
    mx: (name) => memo('mx', name, () => resolver.mx(name)),
    txt: (name) => memo('txt', name, () => resolver.txt(name)),
    ptr: (name) => memo('ptr', name, () => resolver.ptr(name))
  }
}

async function spfRecordsOf(resolver: DnsResolver, domain: string): Promise<string[]> {
  const answers = await resolver.txt(domain)
  return answers.map((strings) => strings.join('')).filter(isSpfRecord)
}

/** A literal domain-spec (no macros), normalised; null when it depends on the message. */
function literalTarget(spec: string): string | null {
  return spec.includes('%') ? null : normaliseHostname(spec)
}

type Walk = { total: number }

// Far past the limit of 10: enough to report "over the limit" without walking a loop forever.
const WALK_CAP = 40

async function walk(
  resolver: DnsResolver,
  domain: string,
  via: string | null,
  ancestors: readonly string[],
  state: Walk
): Promise<SpfRecordNode> {
  const node: SpfRecordNode = { domain, via, record: null, lookups: 0, children: [], problem: null }
  let records: string[]
  try {
    records = await spfRecordsOf(resolver, domain)
  } catch (error) {
    node.problem = isDnsError(error, 'NXDOMAIN')
      ? `${domain} does not exist.`
      : `The TXT lookup for ${domain} failed.`
    return node
  }
  if (records.length !== 1) {
    node.problem =
      records.length === 0
        ? `${domain} has no SPF record.`
        : `${domain} has ${records.length} SPF records: only one is allowed.`
    return node
  }
  node.record = records[0] ?? ''
  const parsed = parseSpf(node.record)
  if (!parsed.ok) {
    node.problem = `The SPF record of ${domain} has syntax errors.`
    return node
  }
  const hasAll = parsed.terms.some((t) => t.kind === 'mechanism' && t.name === 'all')
  const followed: { spec: string; via: string }[] = []
  for (const term of parsed.terms) {
    if (term.kind === 'mechanism' && LOOKUP_MECHANISMS.includes(term.name)) {
      node.lookups++
      if (term.name === 'include' && term.domainSpec) {
        followed.push({ spec: term.domainSpec, via: term.text })
      }
    }
  }
  // A redirect= is ignored when the record has "all" (RFC 7208 §6.1), so it costs nothing then.
  if (parsed.redirect && !hasAll) {
    node.lookups++
    followed.push({ spec: parsed.redirect.value, via: parsed.redirect.text })
  }
  state.total += node.lookups
  for (const next of followed) {
    const target = literalTarget(next.spec)
    if (target === null) {
      node.children.push(childProblem(next.spec, next.via, 'It depends on the sender (macros).'))
    } else if ([...ancestors, domain].includes(target)) {
      node.children.push(childProblem(target, next.via, `${target} includes itself (a loop).`))
    } else if (state.total > WALK_CAP) {
      node.children.push(childProblem(target, next.via, 'Not followed: far over the lookup limit.'))
    } else {
      node.children.push(await walk(resolver, target, next.via, [...ancestors, domain], state))
    }
  }
  return node
}

function childProblem(domain: string, via: string, problem: string): SpfRecordNode {
  return { domain, via, record: null, lookups: 0, children: [], problem }
}

function reaches(node: SpfRecordNode, domain: string): boolean {
  return node.children.some((c) => c.domain === domain || reaches(c, domain))
}

function endingOf(record: string | null): SpfEnding {
  if (record === null) return 'none'
  const parsed = parseSpf(record)
  for (const term of parsed.terms) {
    if (term.kind === 'mechanism' && term.name === 'all') return `${term.qualifier}all` as SpfEnding
  }
  return parsed.terms.some((t) => t.kind === 'modifier' && t.name === 'redirect')
    ? 'redirect'
    : 'none'
}

/** Addresses to check for an on-premises entry: the address, or a range's first and last. */
function probes(entry: string): string[] {
  const network = parseNetwork(entry.trim())
  if (!network) return []
  const max = network.address.family === 4 ? 32 : 128
  if (network.prefix === max) return [formatIp(network.address)]
  return [
    formatIp(networkAddress(network.address, network.prefix)),
    formatIp(lastAddress(network.address, network.prefix))
  ]
}

async function verdict(
  resolver: DnsResolver,
  domain: string,
  entry: string
): Promise<SpfIpVerdict> {
  const addresses = probes(entry)
  if (addresses.length === 0) {
    return {
      ip: entry,
      result: 'permerror',
      authorised: false,
      reason: `“${entry}” is not an IP address or range.`
    }
  }
  for (const ip of addresses) {
    const evaluation = await checkHost(
      { ip, domain, sender: `postmaster@${domain}`, helo: domain },
      resolver
    )
    if (evaluation.result !== 'pass') {
      return { ip: entry, result: evaluation.result, authorised: false, reason: evaluation.reason }
    }
  }
  return {
    ip: entry,
    result: 'pass',
    authorised: true,
    reason:
      addresses.length > 1 ? `Both ends of ${entry} pass.` : `${addresses[0] ?? entry} passes.`
  }
}

/**
 * Assesses `domain`'s SPF record for a hybrid migration: each on-premises IP or range is checked
 * with check_host() (a range by its first and last address), and the include/redirect tree is
 * walked in full, whatever the client, to count lookups and find spf.protection.outlook.com.
 */
export async function assessSpf(
  domain: string,
  onPremIps: readonly string[],
  resolver: DnsResolver,
  microsoftInclude: string = MICROSOFT_365_SPF
): Promise<SpfAssessment> {
  const dns = caching(resolver)
  const name = normaliseHostname(domain)
  let spfRecords: string[] = []
  let lookupFailed = false
  try {
    spfRecords = await spfRecordsOf(dns, name)
  } catch (error) {
    lookupFailed = !isDnsError(error, 'NXDOMAIN')
  }
  const state: Walk = { total: 0 }
  const tree = await walk(dns, name, null, [], state)
  const record = spfRecords.length === 1 ? (spfRecords[0] ?? null) : null
  const parsed = record === null ? null : parseSpf(record)
  const ips = await Promise.all(onPremIps.map((entry) => verdict(dns, name, entry)))
  return {
    domain: name,
    record,
    spfRecords,
    multipleRecords: spfRecords.length > 1,
    lookupFailed,
    syntaxErrors: parsed && !parsed.ok ? parsed.errors : [],
    ending: endingOf(record),
    reachesMicrosoft365: reaches(tree, microsoftInclude),
    lookups: state.total,
    overLookupLimit: state.total > LOOKUP_LIMIT,
    tree,
    ips
  }
}

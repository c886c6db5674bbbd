/**
 * What a DNS check observed: answers or the failure, in a form the verdicts read, and the text
 * stored for each record. A failed lookup (timeout, server failure, a name not pasted) is kept apart
 * from a definite answer (records, none, NXDOMAIN) so that it never turns into a claim.
 */
import { normaliseHostname } from '../net/hostname'
import type { DnsResolver, MxRecord } from './resolver'
import { DnsLookupError } from './resolver'

/**
 * The resolver the record checks need: the SPF resolver plus CNAME lookups. `cname` resolves []
 * when the name exists without a CNAME and rejects like the other queries otherwise.
 */
export type DnsCheckResolver = DnsResolver & { cname(name: string): Promise<string[]> }

export type PastedRecordType = 'mx' | 'txt' | 'cname' | 'a' | 'aaaa' | 'ptr'

/** A lookup pasted data cannot answer: the user has not pasted the output for that name. */
export class NotPastedError extends DnsLookupError {
  /** The name that was asked for. */
  readonly queried: string
  readonly recordType: PastedRecordType

  constructor(queried: string, recordType: PastedRecordType) {
    super('SERVFAIL', `not pasted: ${queried}`)
    this.name = 'NotPastedError'
    this.queried = queried
    this.recordType = recordType
  }
}

/** The answer to one query: its records (possibly none), or why there is no answer. */
export type Lookup<T> = { ok: true; records: T[] } | { ok: false; error: DnsLookupError }

/** Runs a query; a DnsLookupError becomes a failed Lookup, anything else a SERVFAIL one. */
export async function lookup<T>(query: () => Promise<T[]>): Promise<Lookup<T>> {
  try {
    return { ok: true, records: await query() }
  } catch (error) {
    if (error instanceof DnsLookupError) return { ok: false, error }
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: new DnsLookupError('SERVFAIL', message) }
  }
}

/** True when the lookup failed with NXDOMAIN: a definite answer, the name does not exist. */
export function isNxdomain<T>(result: Lookup<T>): boolean {
  return !result.ok && result.error.code === 'NXDOMAIN'
}

/** True when the lookup could not be answered: nothing may be concluded from it. */
export function isFailure<T>(result: Lookup<T>): result is { ok: false; error: DnsLookupError } {
  return !result.ok && result.error.code !== 'NXDOMAIN'
}

/**
 * The sentence for an unanswered lookup: "needs the record for <name>" with the command to run
 * when the data was pasted, otherwise "could not check: <reason>". `name` is the name queried.
 */
export function failureSummary(error: DnsLookupError, name?: string): string {
  if (error instanceof NotPastedError) {
    return `needs the record for ${error.queried}: paste what nslookup -type=${error.recordType} ${error.queried} prints`
  }
  const about = name === undefined ? '' : ` for ${normaliseHostname(name)}`
  if (error.code === 'TIMEOUT') return `could not check: the DNS query${about} timed out`
  const custom = error.message !== error.code && error.message !== ''
  return `could not check: ${custom ? error.message : `the DNS server failed to answer${about}`}`
}

/** A lookup that could not be answered, with the name it asked for. */
export type LookupFailure = { name: string; error: DnsLookupError }

/** An MX record as stored and shown: "0 contoso-com.mail.protection.outlook.com". */
export function formatMx(record: MxRecord): string {
  return `${record.priority} ${normaliseHostname(record.exchange)}`
}

/** A TXT record as SPF and DMARC read it: its strings joined without spaces (RFC 7208 §3.3). */
export function joinTxt(strings: readonly string[]): string {
  return strings.join('')
}

/**
 * Wraps a resolver so every failed lookup (other than NXDOMAIN) is remembered, for verdicts that
 * must say which name could not be read (e.g. an include inside an SPF record).
 */
export function recordingResolver(resolver: DnsCheckResolver): {
  resolver: DnsCheckResolver
  failures: LookupFailure[]
} {
  const failures: LookupFailure[] = []
  async function watch<T>(name: string, query: () => Promise<T>): Promise<T> {
    try {
      return await query()
    } catch (error) {
      if (error instanceof DnsLookupError && error.code !== 'NXDOMAIN') {
        failures.push({ name, error })
      }
      throw error
    }
  }
  return {
    failures,
    resolver: {
      a: (name) => watch(name, () => resolver.a(name)),
      aaaa: (name) => watch(name, () => resolver.aaaa(name)),
      mx: (name) => watch(name, () => resolver.mx(name)),
      txt: (name) => watch(name, () => resolver.txt(name)),
      ptr: (name) => watch(name, () => resolver.ptr(name)),
      cname: (name) => watch(name, () => resolver.cname(name))
    }
  }
}

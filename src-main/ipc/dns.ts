// `dns:query`: live DNS lookups for the record checks and the SPF checker, through c-ares
// (node:dns/promises Resolver), so a configured server is asked directly and the operating
// system's cache and hosts file play no part. Every DNS outcome resolves a DnsQueryResult:
// failures are answers the UI shows ("could not check: …"), not exceptions.
import { Resolver } from 'node:dns/promises'
import { isIPv4, isIPv6 } from 'node:net'
import { domainToASCII } from 'node:url'
import {
  DNS_DEFAULT_TIMEOUT_MS,
  DNS_MAX_TIMEOUT_MS,
  DNS_MIN_TIMEOUT_MS
} from '../shared/ipc-contract'
import type {
  DnsQueryArgs,
  DnsQueryFailure,
  DnsQueryResult,
  DnsRecordType
} from '../shared/ipc-contract'

/** A checked value, or the sentence that says what is wrong with the input. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string }

/** Longest DNS name in text form, without the trailing dot (RFC 1035: 255 octets on the wire). */
export const MAX_DNS_NAME_LENGTH = 253
/** Longest label (part between dots). */
export const MAX_DNS_LABEL_LENGTH = 63

// Letters, digits, '-', '_' and the other characters of an e-mail local part (RFC 5322 atext):
// SPF macros put local parts into names (exists:%{l}._spf.contoso.com). Space, '@', quotes,
// backslash (c-ares reads it as an escape) and the other specials are refused.
const BAD_CHAR = /[^a-z0-9.!#$%&'*+/=?^_`{|}~-]/
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/

/**
 * Normalises a DNS name (trimmed, lower case, one trailing dot removed, IDN labels as punycode)
 * and checks it can be queried: no spaces or control characters, no empty label, labels of at
 * most 63 characters, 253 in all. Underscores are allowed (_dmarc, selector1._domainkey).
 */
export function parseDnsName(input: string): Checked<string> {
  const shown = input.trim()
  if (shown === '') return invalidInput('Enter a DNS name, such as contoso.com.')
  if (/\s/.test(shown)) return invalidInput(`“${shown}” contains a space: a DNS name has none.`)
  if (CONTROL_CHARS.test(shown)) {
    return invalidInput(`“${shown}” contains a control character: a DNS name has none.`)
  }
  let name = shown.toLowerCase()
  if (name.endsWith('.')) name = name.slice(0, -1)
  if (/[^\x20-\x7e]/.test(name)) {
    // An internationalised name is queried as punycode (bücher.de → xn--bcher-kva.de).
    const ascii = domainToASCII(name)
    if (ascii === '') {
      return invalidInput(`“${shown}” contains characters that cannot be used in a DNS name.`)
    }
    name = ascii
  }
  const bad = BAD_CHAR.exec(name)
  if (bad !== null) {
    return invalidInput(`“${shown}” contains “${bad[0]}”, which a DNS name cannot hold.`)
  }
  const labels = name.split('.')
  if (labels.some((label) => label === '')) {
    return invalidInput(`“${shown}” has an empty label: remove the extra dot.`)
  }
  const long = labels.find((label) => label.length > MAX_DNS_LABEL_LENGTH)
  if (long !== undefined) {
    return invalidInput(
      `“${shown}” has a label of ${long.length} characters: each part between dots is at most ${MAX_DNS_LABEL_LENGTH}.`
    )
  }
  if (name.length > MAX_DNS_NAME_LENGTH) {
    return invalidInput(
      `“${shown}” is ${name.length} characters long: a DNS name is at most ${MAX_DNS_NAME_LENGTH}.`
    )
  }
  return { ok: true, value: name }
}

const SERVER_EXAMPLE = 'such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:5353'

/**
 * Parses a DNS server setting: an IPv4 address, an IPv6 address, either with a port
 * ('192.0.2.53:5353', '[2001:db8::53]:5353'). Host names are refused: resolving the resolver
 * would need DNS. Returns the form Resolver#setServers takes, or null for '' (the system's).
 */
export function parseDnsServer(input: string): Checked<string | null> {
  const text = input.trim()
  if (text === '') return { ok: true, value: null }
  const notAddress = invalidInput(
    `DNS server “${text}” is not an IP address: enter an IPv4 or IPv6 address, ${SERVER_EXAMPLE}.`
  )
  if (text.includes('%')) {
    return invalidInput(`DNS server “${text}” has a zone index (%): use an address without one.`)
  }
  let host: string
  let portText: string | undefined
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(text)
  if (bracketed !== null) {
    host = bracketed[1] ?? ''
    portText = bracketed[2]
    if (!isIPv6(host)) return notAddress
  } else if (isIPv6(text)) {
    host = text
  } else {
    const colon = text.indexOf(':')
    host = colon < 0 ? text : text.slice(0, colon)
    portText = colon < 0 ? undefined : text.slice(colon + 1)
    if (!isIPv4(host)) return notAddress
  }
  let port = 53
  if (portText !== undefined) {
    port = /^[0-9]{1,5}$/.test(portText) ? Number(portText) : 0
    if (port < 1 || port > 65535) {
      return invalidInput(`DNS server “${text}” has port “${portText}”: a port is 1 to 65535.`)
    }
  }
  return { ok: true, value: isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}` }
}

/** The timeout a query waits: DNS_DEFAULT_TIMEOUT_MS when missing, else rounded and capped. */
export function clampDnsTimeout(timeoutMs: number | undefined): number {
  if (timeoutMs === undefined || !Number.isFinite(timeoutMs)) return DNS_DEFAULT_TIMEOUT_MS
  return Math.min(DNS_MAX_TIMEOUT_MS, Math.max(DNS_MIN_TIMEOUT_MS, Math.round(timeoutMs)))
}

/**
 * Looks up `args.name`'s records of `args.type` and never throws for a DNS outcome: answers
 * (an empty list when the name has no such records), or NXDOMAIN, TIMEOUT (within
 * `timeoutMs`, enforced by our own timer whatever c-ares does), SERVFAIL (any other failure,
 * with Node's error code in the message) and INVALID (a name or server that cannot be queried).
 */
export async function queryDns(args: DnsQueryArgs): Promise<DnsQueryResult> {
  const name = parseDnsName(args.name)
  if (!name.ok) return invalid(name.message)
  const server = parseDnsServer(args.server ?? '')
  if (!server.ok) return invalid(server.message)
  const timeoutMs = clampDnsTimeout(args.timeoutMs)
  // Two tries let c-ares resend a lost UDP packet within the budget; its retry timing varies
  // between versions, so our timer, not c-ares, decides when the query gives up.
  const resolver = new Resolver({ timeout: Math.ceil(timeoutMs / 2), tries: 2 })
  if (server.value !== null) resolver.setServers([server.value])
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    resolver.cancel()
  }, timeoutMs)
  const query = { name: name.value, type: args.type, server: server.value, timeoutMs }
  try {
    return await lookup(resolver, name.value, args.type)
  } catch (error) {
    return failure(errorCode(error), timedOut, query)
  } finally {
    clearTimeout(timer)
  }
}

async function lookup(
  resolver: Resolver,
  name: string,
  type: DnsRecordType
): Promise<DnsQueryResult> {
  try {
    switch (type) {
      case 'A':
        return { ok: true, name, type, answers: await resolver.resolve4(name) }
      case 'AAAA':
        return { ok: true, name, type, answers: await resolver.resolve6(name) }
      case 'MX': {
        const records = await resolver.resolveMx(name)
        const answers = records
          .map((record) => ({ exchange: hostName(record.exchange), priority: record.priority }))
          .sort((a, b) => a.priority - b.priority)
        return { ok: true, name, type, answers }
      }
      case 'TXT':
        // Keeps each record's strings apart: a 2-string SPF record must not read as 2 records.
        return { ok: true, name, type, answers: await resolver.resolveTxt(name) }
      case 'CNAME':
        return { ok: true, name, type, answers: (await resolver.resolveCname(name)).map(hostName) }
      case 'PTR':
        return { ok: true, name, type, answers: (await resolver.resolvePtr(name)).map(hostName) }
      case 'NS':
        return { ok: true, name, type, answers: (await resolver.resolveNs(name)).map(hostName) }
      default:
        return invalid(`“${String(type)}” is not a record type this app looks up.`)
    }
  } catch (error) {
    // No records of the type (NOERROR with an empty answer) is an answer, not a failure.
    if (errorCode(error) === 'ENODATA') return { ok: true, name, type, answers: [] } as const
    throw error
  }
}

function hostName(name: string): string {
  const lower = name.toLowerCase()
  return lower.endsWith('.') ? lower.slice(0, -1) : lower
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code
    if (typeof code === 'string' && code !== '') return code
  }
  return 'UNKNOWN'
}

// c-ares codes a user may meet, in words; others are shown as the bare code.
const FAILURE_REASONS: Record<string, string> = {
  ESERVFAIL: 'the DNS server failed to answer (SERVFAIL)',
  EREFUSED: 'the DNS server refused the query (REFUSED)',
  ECONNREFUSED: 'nothing answers DNS at the server (ECONNREFUSED)',
  EBADRESP: 'the DNS server sent a malformed answer (EBADRESP)',
  ENOTIMP: 'the DNS server does not implement this query (ENOTIMP)',
  EFORMERR: 'the DNS server did not understand the query (EFORMERR)'
}

type QueryFacts = { name: string; type: string; server: string | null; timeoutMs: number }

function failure(code: string, timedOut: boolean, query: QueryFacts): DnsQueryFailure {
  const what = `${query.type} ${query.name}`
  const where = query.server === null ? 'the system DNS servers' : query.server
  if (timedOut || code === 'ETIMEOUT') {
    return {
      ok: false,
      code: 'TIMEOUT',
      message: `No answer for ${what} from ${where} within ${query.timeoutMs} ms.`
    }
  }
  if (code === 'ENOTFOUND') {
    return { ok: false, code: 'NXDOMAIN', message: `${query.name} does not exist (NXDOMAIN).` }
  }
  const reason = FAILURE_REASONS[code] ?? `error ${code}`
  return {
    ok: false,
    code: 'SERVFAIL',
    message: `Could not look up ${what} at ${where}: ${reason}.`
  }
}

function invalidInput(message: string): Checked<never> {
  return { ok: false, message }
}

function invalid(message: string): DnsQueryFailure {
  return { ok: false, code: 'INVALID', message }
}

/**
 * SPF record syntax (RFC 7208 §4.6, §5, §6, §12): terms with their qualifier, domain-spec and CIDR
 * lengths, and every syntax error with the character position where its term starts.
 */
import type { IpAddress } from '../net/ip'
import { parseIp } from '../net/ip'
import { capitalise } from '../text/capitalise'
import type { MacroToken } from './spf-macro'
import { parseDomainSpec, parseMacroString } from './spf-macro'

export type SpfQualifier = '+' | '-' | '~' | '?'

export type SpfMechanismName = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists'

export type SpfMechanism = {
  kind: 'mechanism'
  qualifier: SpfQualifier
  name: SpfMechanismName
  /** The term as written. */
  text: string
  /** Index of the term in the record text. */
  position: number
  /** Target of include, a, mx, ptr, exists (unexpanded); null when the mechanism has none. */
  domainSpec: string | null
  domainTokens: MacroToken[] | null
  /** ip4/ip6 network address. */
  network: IpAddress | null
  /** Prefix lengths: ip4 uses ip4Cidr, ip6 uses ip6Cidr, a and mx may set both. */
  ip4Cidr: number
  ip6Cidr: number
}

export type SpfModifier = {
  kind: 'modifier'
  /** Lower-case modifier name: redirect, exp or an unknown one. */
  name: string
  value: string
  text: string
  position: number
  /** Parsed value: a domain-spec for redirect and exp, a macro string otherwise. */
  tokens: MacroToken[]
}

export type SpfTerm = SpfMechanism | SpfModifier

export type SpfSyntaxError = { position: number; term: string; message: string }

export type SpfParseResult =
  | { ok: true; terms: SpfTerm[]; redirect: SpfModifier | null; exp: SpfModifier | null }
  | { ok: false; terms: SpfTerm[]; errors: SpfSyntaxError[] }

/** DNS-querying terms that count against the limit of 10 (RFC 7208 §4.6.4). */
export const LOOKUP_MECHANISMS: readonly SpfMechanismName[] = [
  'include',
  'a',
  'mx',
  'ptr',
  'exists'
]

const VERSION = /^v=spf1(?= |$)/i
const CIDR = '(?:0|[1-9][0-9]*)'
const DUAL_CIDR = new RegExp(`^(.*?)(?:/(${CIDR}))?(?://(${CIDR}))?$`)
const NETWORK = new RegExp(`^:([^/]*)(?:/(${CIDR}))?$`)

/** True when a TXT record's text is an SPF record: "v=spf1" followed by a space or nothing. */
export function isSpfRecord(text: string): boolean {
  return VERSION.test(text)
}

type TermParse = { term: SpfTerm } | { error: string }

function parseMechanism(
  qualifier: SpfQualifier,
  name: SpfMechanismName,
  rest: string,
  text: string,
  position: number
): TermParse {
  const base: SpfMechanism = {
    kind: 'mechanism',
    qualifier,
    name,
    text,
    position,
    domainSpec: null,
    domainTokens: null,
    network: null,
    ip4Cidr: 32,
    ip6Cidr: 128
  }
  switch (name) {
    case 'all':
      return rest === '' ? { term: base } : { error: '“all” takes no argument' }
    case 'ip4':
    case 'ip6': {
      const m = NETWORK.exec(rest)
      const address = m ? parseIp(m[1] ?? '') : null
      const family = name === 'ip4' ? 4 : 6
      if (!m || !address || address.family !== family) {
        return { error: `“${text}” does not hold a valid IPv${family} address or range` }
      }
      const max = family === 4 ? 32 : 128
      const prefix = m[2] === undefined ? max : Number(m[2])
      if (prefix > max) return { error: `the prefix length /${prefix} is above ${max}` }
      return {
        term: {
          ...base,
          network: address,
          ip4Cidr: family === 4 ? prefix : 32,
          ip6Cidr: family === 6 ? prefix : 128
        }
      }
    }
    case 'include':
    case 'exists':
    case 'ptr': {
      if (rest === '' && name === 'ptr') return { term: base }
      if (!rest.startsWith(':')) return { error: `“${name}” needs “:” and a domain` }
      const spec = parseDomainSpec(rest.slice(1))
      if (!spec.ok) return { error: spec.message }
      return { term: { ...base, domainSpec: rest.slice(1), domainTokens: spec.tokens } }
    }
    case 'a':
    case 'mx': {
      const m = DUAL_CIDR.exec(rest)
      const head = m?.[1] ?? rest
      const ip4Cidr = m?.[2] === undefined ? 32 : Number(m[2])
      const ip6Cidr = m?.[3] === undefined ? 128 : Number(m[3])
      if (ip4Cidr > 32) return { error: `the IPv4 prefix length /${ip4Cidr} is above 32` }
      if (ip6Cidr > 128) return { error: `the IPv6 prefix length //${ip6Cidr} is above 128` }
      if (head === '') return { term: { ...base, ip4Cidr, ip6Cidr } }
      if (!head.startsWith(':')) return { error: `“${text}” is not a valid “${name}” mechanism` }
      const spec = parseDomainSpec(head.slice(1))
      if (!spec.ok) return { error: spec.message }
      return {
        term: { ...base, domainSpec: head.slice(1), domainTokens: spec.tokens, ip4Cidr, ip6Cidr }
      }
    }
  }
}

function parseTerm(text: string, position: number): TermParse {
  const modifier = /^([a-z][a-z0-9._-]*)=(.*)$/i.exec(text)
  if (modifier) {
    const name = (modifier[1] ?? '').toLowerCase()
    const value = modifier[2] ?? ''
    const tokens =
      name === 'redirect' || name === 'exp'
        ? parseDomainSpec(value)
        : parseMacroString(value, 'modifier')
    if (!tokens.ok) return { error: `${name}=: ${tokens.message}` }
    return { term: { kind: 'modifier', name, value, text, position, tokens: tokens.tokens } }
  }
  const m = /^([+\-~?]?)([a-z][a-z0-9]*)(.*)$/is.exec(text)
  const name = (m?.[2] ?? '').toLowerCase()
  if (!m || !isMechanismName(name)) return { error: `“${text}” is not a known mechanism` }
  return parseMechanism((m[1] || '+') as SpfQualifier, name, m[3] ?? '', text, position)
}

function isMechanismName(name: string): name is SpfMechanismName {
  return ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'].includes(name)
}

/**
 * Parses an SPF record. Every term is checked, so an error after the first match is still found
 * (RFC 7208 §4.6); `redirect` and `exp` may each appear once.
 */
export function parseSpf(text: string): SpfParseResult {
  const version = VERSION.exec(text)
  if (!version) {
    return {
      ok: false,
      terms: [],
      errors: [
        {
          position: 0,
          term: text.split(' ')[0] ?? '',
          message: 'The record does not start with “v=spf1”.'
        }
      ]
    }
  }
  const terms: SpfTerm[] = []
  const errors: SpfSyntaxError[] = []
  const seen = new Map<string, SpfModifier>()
  const pattern = /[^ ]+/g
  pattern.lastIndex = version[0].length
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const parsedTerm = parseTerm(m[0], m.index)
    if ('error' in parsedTerm) {
      errors.push({ position: m.index, term: m[0], message: asSentence(parsedTerm.error) })
      continue
    }
    const term = parsedTerm.term
    if (term.kind === 'modifier' && (term.name === 'redirect' || term.name === 'exp')) {
      if (seen.has(term.name)) {
        errors.push({
          position: m.index,
          term: m[0],
          message: `“${term.name}=” appears more than once.`
        })
        continue
      }
      seen.set(term.name, term)
    }
    terms.push(term)
  }
  if (errors.length > 0) return { ok: false, terms, errors }
  return { ok: true, terms, redirect: seen.get('redirect') ?? null, exp: seen.get('exp') ?? null }
}

function asSentence(message: string): string {
  const sentence = capitalise(message)
  return sentence.endsWith('.') ? sentence : `${sentence}.`
}

/**
 * Composes the SPF record a hybrid domain publishes: on-premises IPs, Microsoft 365, third parties,
 * then -all; split into TXT strings of at most 255 bytes (RFC 1035 §3.3, RFC 7208 §3.3).
 */
import { parseNetwork, validateIpOrCidr } from '../net/ip'
import { spfRangeProblem } from '../net/ranges'
import type { Parsed } from '../net/parsed'
import { invalid, parsed } from '../net/parsed'
import { CLOUD_NAMES, type MicrosoftCloud } from '../cloud'
import { LOOKUP_LIMIT } from './spf-check-types'
import { validateSpfIncludeDomain } from './spf-include'

/** Longest character-string in a TXT record. */
export const TXT_STRING_LIMIT = 255

export type ComposedSpf = {
  record: string
  /** The record split into ≤255-byte strings; joined without spaces they give `record`. */
  strings: string[]
  warnings: string[]
}

function ipTerm(value: string): Parsed<string> {
  const checked = validateIpOrCidr(value)
  if (!checked.ok) return checked
  const network = parseNetwork(checked.value)
  if (!network) return invalid(`“${value.trim()}” is not an IP address or range.`)
  const full = network.address.family === 4 ? 32 : 128
  const text = network.prefix === full ? checked.value.replace(/\/\d+$/, '') : checked.value
  return parsed(`ip${network.address.family}:${text}`)
}

function thirdPartyTerm(value: string): Parsed<string> {
  const text = value.trim().replace(/^(ip4:|ip6:|include:)/i, '')
  // Digits, dots and slashes only, or any colon: meant as an address, so report it as one.
  if (/^[0-9./]+$/.test(text) || text.includes(':')) return ipTerm(text)
  const domain = validateSpfIncludeDomain(text)
  return domain.ok ? parsed(`include:${domain.value}`) : domain
}

/** Splits at term boundaries where it can, so each string stays readable; never over 255 bytes. */
export function splitTxtStrings(record: string): string[] {
  const encoder = new TextEncoder()
  const strings: string[] = []
  let current = ''
  for (const piece of record.split(/(?<= )/)) {
    if (encoder.encode(current + piece).length <= TXT_STRING_LIMIT) {
      current += piece
      continue
    }
    if (current !== '') strings.push(current)
    current = piece
    // A single term longer than a string is cut where the byte limit falls.
    while (encoder.encode(current).length > TXT_STRING_LIMIT) {
      strings.push(current.slice(0, TXT_STRING_LIMIT))
      current = current.slice(TXT_STRING_LIMIT)
    }
  }
  if (current !== '') strings.push(current)
  return strings
}

/**
 * Builds `v=spf1 ip4:… ip6:… include:<the cloud's SPF include> <third parties> -all`
 * (spf.protection.outlook.com worldwide). Third parties may be domains (include:) or IPs and
 * ranges (ip4:/ip6:). Entries that are not valid, duplicates and a record too long for one string
 * are reported in `warnings`, and so are private, loopback and 0.0.0.0/0 entries and ranges
 * broader than IPv4 /16 or IPv6 /48 (kept in the record, since the user entered them).
 */
export function composeSpf(input: {
  ips: string[]
  thirdParties: string[]
  cloud?: MicrosoftCloud
}): ComposedSpf {
  const warnings: string[] = []
  const terms: string[] = []
  const add = (term: Parsed<string>): void => {
    if (!term.ok) warnings.push(`Left out: ${term.message}`)
    else if (!terms.includes(term.value)) {
      terms.push(term.value)
      // Kept, since the user entered it, but questioned: a private, everyone or too broad range.
      const ip = /^ip[46]:(.*)$/.exec(term.value)?.[1]
      const problem = ip === undefined ? null : spfRangeProblem(ip)
      if (problem !== null) warnings.push(problem)
    }
  }
  for (const ip of input.ips) add(ipTerm(ip))
  add(parsed(`include:${CLOUD_NAMES[input.cloud ?? 'worldwide'].spfInclude}`))
  for (const party of input.thirdParties) add(thirdPartyTerm(party))
  const record = ['v=spf1', ...terms, '-all'].join(' ')
  const strings = splitTxtStrings(record)
  const bytes = new TextEncoder().encode(record).length
  if (strings.length > 1) {
    warnings.push(
      `The record is ${bytes} bytes: one TXT string holds at most ${TXT_STRING_LIMIT}, so publish it as the ${strings.length} strings shown (SPF joins them without spaces).`
    )
  }
  const includes = terms.filter((t) => t.startsWith('include:')).length
  if (includes > LOOKUP_LIMIT) {
    warnings.push(
      `The record has ${includes} includes: SPF allows ${LOOKUP_LIMIT} DNS lookups in all, counting those inside each include, so receivers will return permerror.`
    )
  } else if (includes > 1) {
    warnings.push(
      `Each include counts toward SPF's limit of ${LOOKUP_LIMIT} DNS lookups, with the lookups inside it: check the total with the lookup tree once published.`
    )
  }
  return { record, strings, warnings }
}

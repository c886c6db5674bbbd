/**
 * Domain and host names typed into forms: normalised to lower-case ASCII (IDN as punycode), with a
 * sentence naming what is wrong when they are not valid DNS names.
 */
import { isIpAddress } from './ip'
import type { Parsed } from './parsed'
import { invalid, parsed } from './parsed'

export type { Parsed } from './parsed'

/** Whether `host` is `parent` or a name below it (both normalised). */
export function isUnder(host: string, parent: string): boolean {
  return host === parent || host.endsWith(`.${parent}`)
}

/** Trims, lower-cases and removes one trailing dot; nothing else. */
export function normaliseHostname(input: string): string {
  const name = input.trim().toLowerCase()
  return name.endsWith('.') ? name.slice(0, -1) : name
}

/** Converts non-ASCII labels to punycode through the URL parser (UTS #46 mapping). */
function toAscii(name: string): string | null {
  // Only for non-ASCII text: on ASCII the URL parser would also rewrite numbers ("1.2.3") and
  // percent escapes, which must be reported rather than silently changed.
  if (/^[\x20-\x7e]*$/.test(name)) return name
  try {
    return new URL(`http://${name}`).hostname
  } catch {
    return null
  }
}

/** True when an `xn--` label is punycode the URL parser accepts. */
function decodesAsIdn(label: string): boolean {
  try {
    return new URL(`http://${label}.invalid`).hostname === `${label}.invalid`
  } catch {
    return false
  }
}

type NameKind = { noun: string; example: string }

const DOMAIN: NameKind = { noun: 'a domain name', example: 'contoso.com' }
const HOST: NameKind = { noun: 'a host name', example: 'mail.contoso.com' }

function validateName(input: string, kind: NameKind): Parsed<string> {
  const shown = input.trim()
  if (shown === '') return invalid(`Enter ${kind.noun}, such as ${kind.example}.`)
  if (/\s/.test(shown)) return invalid(`“${shown}” contains a space: ${kind.noun} has no spaces.`)
  const bracketed = /^\[.*\]$/.test(shown)
  if (bracketed || isIpAddress(normaliseHostname(shown))) {
    return invalid(`“${shown}” is an IP address: enter ${kind.noun}, such as ${kind.example}.`)
  }
  const name = normaliseHostname(shown)
  if (name.includes('_')) {
    return invalid(`“${shown}” contains an underscore: ${kind.noun} has no underscores.`)
  }
  const ascii = toAscii(name)
  if (ascii === null) {
    return invalid(`“${shown}” contains characters that cannot be used in ${kind.noun}.`)
  }
  const bad = /[^a-z0-9.-]/.exec(ascii)
  if (bad) {
    return invalid(
      `“${shown}” contains “${bad[0]}”: ${kind.noun} has only letters, digits, hyphens and dots.`
    )
  }
  const labels = ascii.split('.')
  if (labels.some((label) => label === '')) {
    return invalid(`“${shown}” has an empty label: remove the extra dot.`)
  }
  if (labels.length < 2) {
    return invalid(`“${shown}” needs a dot: enter the full name, such as ${kind.example}.`)
  }
  const long = labels.find((label) => label.length > 63)
  if (long !== undefined) {
    return invalid(
      `“${shown}” has a label of ${long.length} characters: each part between dots is at most 63.`
    )
  }
  if (ascii.length > 253) {
    return invalid(`“${shown}” is ${ascii.length} characters long: ${kind.noun} is at most 253.`)
  }
  const hyphened = labels.find((label) => label.startsWith('-') || label.endsWith('-'))
  if (hyphened !== undefined) {
    return invalid(
      `“${hyphened}” in “${shown}” starts or ends with a hyphen: a label cannot start or end with one.`
    )
  }
  const badPunycode = labels.find((label) => label.startsWith('xn--') && !decodesAsIdn(label))
  if (badPunycode !== undefined) {
    return invalid(`“${badPunycode}” in “${shown}” is not valid punycode (IDN) text.`)
  }
  const top = labels[labels.length - 1] ?? ''
  if (/^[0-9]+$/.test(top)) {
    return invalid(`“${shown}” ends in “${top}”, all digits: a top-level domain has letters.`)
  }
  return parsed(ascii)
}

/**
 * Validates a domain name such as contoso.com or bücher.de (returned as xn--bcher-kva.de).
 * Requires at least two labels; refuses IP addresses, underscores and malformed labels.
 */
export function validateDomainName(input: string): Parsed<string> {
  return validateName(input, DOMAIN)
}

/**
 * Validates a host name such as mail.contoso.com. The same rules as a domain name: an on-premises
 * mail host is reached from the internet, so a bare single label is refused.
 */
export function validateHostName(input: string): Parsed<string> {
  return validateName(input, HOST)
}

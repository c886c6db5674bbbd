/**
 * Exchange Online Protection MX hosts: predicting a domain's host, recognising the current, DANE
 * (mx.microsoft) and retired host names, and validating the value a user copies from the admin
 * center. See domain-brief 1.1: a predicted host is never authoritative.
 */
import { normaliseHostname, validateDomainName, validateHostName } from '../net/hostname'
import type { Parsed } from '../net/parsed'
import { invalid, parsed } from '../net/parsed'

export const EOP_MX_SUFFIX = '.mail.protection.outlook.com'
export const EOP_DANE_MX_SUFFIX = '.mx.microsoft'

/** Retired hosts: mail sent to them fails with "451 4.4.62 Mail sent to the wrong Office 365 region". */
export const LEGACY_EOP_HOSTS: readonly string[] = [
  'mail.messaging.microsoft.com',
  'mail.eo.outlook.com',
  'mail.global.frontbridge.com'
]

export type MxHostKind = 'eop' | 'eop-dane' | 'eop-legacy' | 'other'

const LABEL = '[a-z0-9]+(?:-[a-z0-9]+)*'
const EOP_HOST = new RegExp(`^${LABEL}\\.mail\\.protection\\.outlook\\.com$`)
const DANE_HOST = new RegExp(`^${LABEL}\\.${LABEL}\\.mx\\.microsoft$`)

/**
 * The likely EOP MX host: the domain lower-cased (IDN as punycode), hyphens dropped, dots turned
 * into hyphens, then .mail.protection.outlook.com (contoso.com → contoso-com.mail.protection.outlook.com).
 * `confident` is false when the domain has a hyphen: Microsoft then usually appends a suffix
 * (heig-vd.ch → heigvd-ch01b…), so the real host must come from the admin center.
 * Throws an Error with a user-facing message when `domain` is not a domain name.
 */
export function predictEopMx(domain: string): { host: string; confident: boolean } {
  const checked = validateDomainName(domain)
  if (!checked.ok) throw new Error(checked.message)
  const key = checked.value.replace(/-/g, '').replace(/\./g, '-')
  return { host: `${key}${EOP_MX_SUFFIX}`, confident: !checked.value.includes('-') }
}

function isUnder(host: string, parent: string): boolean {
  return host === parent || host.endsWith(`.${parent}`)
}

/** Classifies an MX (or smart host) name; case and a trailing dot are ignored. */
export function classifyMxHost(host: string): MxHostKind {
  const name = normaliseHostname(host)
  if (name.endsWith(EOP_MX_SUFFIX) && name.length > EOP_MX_SUFFIX.length) return 'eop'
  if (name.endsWith(EOP_DANE_MX_SUFFIX) && name.length > EOP_DANE_MX_SUFFIX.length) {
    return 'eop-dane'
  }
  if (LEGACY_EOP_HOSTS.some((legacy) => isUnder(name, legacy))) return 'eop-legacy'
  return 'other'
}

/**
 * Validates the EOP MX host a user enters: `<key>.mail.protection.outlook.com` or the newer
 * `<key>.<partition>.mx.microsoft`, returned in lower case without a trailing dot.
 */
export function validateEopMxHost(input: string): Parsed<string> {
  const host = validateHostName(input)
  if (!host.ok) return host
  const name = host.value
  if (EOP_HOST.test(name) || DANE_HOST.test(name)) return parsed(name)
  const shown = input.trim()
  if (classifyMxHost(name) === 'eop-legacy') {
    return invalid(
      `“${shown}” is a retired Microsoft host: mail sent to it fails with “451 4.4.62 Mail sent to the wrong Office 365 region”. Use the host shown in the admin center.`
    )
  }
  return invalid(
    `“${shown}” is not an Exchange Online Protection MX host: it looks like contoso-com.mail.protection.outlook.com, or for newer domains a name ending in .mx.microsoft. Copy it from the admin center (Settings → Domains).`
  )
}

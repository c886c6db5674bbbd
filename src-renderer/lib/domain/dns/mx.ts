/**
 * Exchange Online Protection MX hosts: predicting a domain's host, recognising every cloud's host
 * names, the DNSSEC (mx.microsoft) hosts and retired ones, and validating the value a user copies
 * from the admin center. See domain-brief 1.1 and 7.8: a predicted host is never authoritative,
 * and hosts under mx.microsoft cannot be predicted at all.
 */
import { CLOUD_NAMES, MICROSOFT_CLOUDS, type MicrosoftCloud } from '../cloud'
import { isUnder, normaliseHostname, validateDomainName, validateHostName } from '../net/hostname'
import type { Parsed } from '../net/parsed'
import { invalid, parsed } from '../net/parsed'

/** The worldwide suffix; other clouds' suffixes are in CLOUD_NAMES. */
export const EOP_MX_SUFFIX = CLOUD_NAMES.worldwide.mxSuffix
export const EOP_DANE_MX_SUFFIX = '.mx.microsoft'

/** Retired hosts: mail sent to them fails with "451 4.4.62 Mail sent to the wrong Office 365 region". */
export const LEGACY_EOP_HOSTS: readonly string[] = [
  'mail.messaging.microsoft.com',
  'mail.eo.outlook.com',
  'mail.global.frontbridge.com'
]

/** 'eop': an Exchange Online Protection host of any cloud, the mx.microsoft (DNSSEC) hosts included. */
export type MxHostKind = 'eop' | 'eop-legacy' | 'other'

/** Longest DNS label (RFC 1035 §2.3.4). */
const MAX_LABEL = 63

const LABEL = '[a-z0-9]+(?:-[a-z0-9]+)*'
const DANE_HOST = new RegExp(`^${LABEL}\\.${LABEL}\\.mx\\.microsoft$`)

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function eopHostPattern(cloud: MicrosoftCloud): RegExp {
  return new RegExp(`^${LABEL}${escapeRegExp(CLOUD_NAMES[cloud].mxSuffix)}$`)
}

/**
 * The likely EOP MX host: the domain lower-cased (IDN as punycode), hyphens dropped, dots turned
 * into hyphens, then the cloud's suffix (contoso.com → contoso-com.mail.protection.outlook.com).
 * `confident` is false when the domain has a hyphen (Microsoft then usually appends a suffix:
 * heig-vd.ch → heigvd-ch01b…) or when the key would be longer than a DNS label (63 characters),
 * so Microsoft must have shortened it. It is never the value to publish: new domains get hosts
 * under mx.microsoft, which cannot be predicted.
 * Throws an Error with a user-facing message when `domain` is not a domain name.
 */
export function predictEopMx(
  domain: string,
  cloud: MicrosoftCloud = 'worldwide'
): { host: string; confident: boolean } {
  const checked = validateDomainName(domain)
  if (!checked.ok) throw new Error(checked.message)
  const key = checked.value.replace(/-/g, '').replace(/\./g, '-')
  return {
    host: `${key}${CLOUD_NAMES[cloud].mxSuffix}`,
    confident: !checked.value.includes('-') && key.length <= MAX_LABEL
  }
}

function endsWithLabel(name: string, suffix: string): boolean {
  return name.endsWith(suffix) && name.length > suffix.length
}

/** Whether a host is one of Microsoft's DNSSEC MX hosts (`<key>.<partition>.mx.microsoft`). */
export function isDnssecMxHost(host: string): boolean {
  return endsWithLabel(normaliseHostname(host), EOP_DANE_MX_SUFFIX)
}

/** The cloud whose EOP suffix a host ends in, or null (mx.microsoft hosts are null). */
export function cloudOfMxHost(host: string): MicrosoftCloud | null {
  const name = normaliseHostname(host)
  return MICROSOFT_CLOUDS.find((cloud) => endsWithLabel(name, CLOUD_NAMES[cloud].mxSuffix)) ?? null
}

/**
 * Classifies an MX (or smart host) name; case and a trailing dot are ignored. Every cloud's EOP
 * hosts and the DNSSEC hosts under mx.microsoft are 'eop'.
 */
export function classifyMxHost(host: string): MxHostKind {
  const name = normaliseHostname(host)
  if (cloudOfMxHost(name) !== null || isDnssecMxHost(name)) return 'eop'
  if (LEGACY_EOP_HOSTS.some((legacy) => isUnder(name, legacy))) return 'eop-legacy'
  return 'other'
}

/**
 * Validates the EOP MX host a user enters for a domain in `cloud`: `<key>` plus the cloud's
 * suffix, or the DNSSEC form `<key>.<partition>.mx.microsoft`, returned in lower case without a
 * trailing dot.
 */
export function validateEopMxHost(
  input: string,
  cloud: MicrosoftCloud = 'worldwide'
): Parsed<string> {
  const host = validateHostName(input)
  if (!host.ok) return host
  const name = host.value
  if (eopHostPattern(cloud).test(name) || DANE_HOST.test(name)) return parsed(name)
  const shown = input.trim()
  if (classifyMxHost(name) === 'eop-legacy') {
    return invalid(
      `“${shown}” is a retired Microsoft host: mail sent to it fails with “451 4.4.62 Mail sent to the wrong Office 365 region”. Use the host shown in the admin center.`
    )
  }
  const names = CLOUD_NAMES[cloud]
  const other = cloudOfMxHost(name)
  if (other !== null && other !== cloud) {
    return invalid(
      `“${shown}” is a host of the ${CLOUD_NAMES[other].label} cloud, but the project’s tenant is in ${names.label}: check the project’s Microsoft 365 cloud or copy the host again.`
    )
  }
  return invalid(
    `“${shown}” is not an Exchange Online Protection MX host: it looks like contoso-com${names.mxSuffix}, or for newer domains a name ending in .mx.microsoft. Copy it from the admin center (Settings → Domains).`
  )
}

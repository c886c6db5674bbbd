/**
 * The DNS records the tracker keeps per domain (MX, SPF, verification, autodiscover, DKIM, DMARC)
 * and the checks on the values a user enters or confirms, so a form and a repository refuse the
 * same input before anything is stored. Sources: domain-brief 1.1 (MX), 1.2 (verification),
 * 1.3 (SPF), 1.4 (autodiscover, DKIM, DMARC).
 */
import type { SpfAnswers } from './spf-answers'
import { CLOUD_NAMES, MICROSOFT_CLOUDS, type MicrosoftCloud } from '../cloud'
import { formatCount } from '../numbers'
import { normaliseHostname, validateHostName } from '../net/hostname'
import type { RowMeta, StepId } from '../types'
import { validateEopMxHost } from './mx'
import { isSpfRecord, parseSpf } from './spf-parse'

export type DnsRecordKind = 'mx' | 'spf' | 'verification' | 'autodiscover' | 'dkim' | 'dmarc'

export const DNS_RECORD_KINDS: readonly DnsRecordKind[] = [
  'mx',
  'spf',
  'verification',
  'autodiscover',
  'dkim',
  'dmarc'
]

/**
 * 'ok': the record matches, so the step it backs may be marked "verified on <date>" once the user
 * confirms (never automatically). 'unknown': DNS could not answer, or a value needed to judge is
 * missing; it claims nothing.
 */
export type DnsVerdictStatus = 'ok' | 'warning' | 'error' | 'unknown'

export type DnsVerdict = {
  status: DnsVerdictStatus
  /** One sentence for the list. */
  summary: string
  /** The findings behind the summary, one sentence each. */
  details: string[]
  /** The checklist step this record backs, when there is one. */
  stepId?: StepId
}

export type DnsRecordSource = 'live' | 'pasted'

/** One stored DNS record of a domain: what is expected, what was last observed and the verdict. */
export type DnsRecordEntry = RowMeta & {
  projectId: string
  domainId: string
  kind: DnsRecordKind
  /** The DNS name queried, e.g. _dmarc.contoso.com or selector1._domainkey.contoso.com. */
  name: string
  /**
   * What the user entered or confirmed (the assigned EOP host, MS=ms…, a DKIM CNAME target, the
   * DMARC record), normalised; '' when nothing was entered.
   */
  expected: string
  /** The values the last successful check saw; null before any. */
  observed: string[] | null
  verdict: DnsVerdict | null
  /** ISO timestamp of the last successful check. */
  checkedAt: string | null
  source: DnsRecordSource | null
  notes: string
  /**
   * SPF: the DNS answers the last check read (the record and its includes), so the verdict is
   * judged again for the project as it is now. Absent for other kinds and older checks.
   */
  answers?: SpfAnswers
}

/** Longest value accepted for any record: far above any real SPF, DMARC or DKIM target. */
export const MAX_RECORD_VALUE_LENGTH = 4_000

/** A checked value: the normalised text and advice, or why it is refused. */
export type ExpectedValueCheck =
  { ok: true; value: string; warnings: string[] } | { ok: false; message: string }

function accepted(value: string, warnings: string[] = []): ExpectedValueCheck {
  return { ok: true, value, warnings }
}

function refused(message: string): { ok: false; message: string } {
  return { ok: false, message }
}

/** Refuses values over the length limit before any other check looks at them. */
function tooLong(input: string): ExpectedValueCheck | null {
  if (input.length <= MAX_RECORD_VALUE_LENGTH) return null
  return refused(
    `The value is ${formatCount(input.length)} characters long; a record value here is at most ${formatCount(MAX_RECORD_VALUE_LENGTH)}. Check that only the record was copied.`
  )
}

/** Trims and removes one pair of surrounding double quotes, as DNS tools print TXT values. */
function unquote(input: string): string {
  const text = input.trim()
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text
}

const VERIFICATION = /^ms=ms(\d{8})$/

/** The verification TXT value (domain-brief 1.2): MS=ms and 8 digits, returned as MS=ms########. */
export function validateVerificationTxt(input: string): ExpectedValueCheck {
  const long = tooLong(input)
  if (long) return long
  const text = unquote(input)
  if (text === '')
    return refused('Enter the TXT value the admin center shows, such as MS=ms97284866.')
  // Either case on the MS= prefix; the ms after it and the digits as Microsoft prints them.
  const match = VERIFICATION.exec(text.slice(0, 3).toLowerCase() + text.slice(3))
  if (!match) {
    return refused(
      `“${text}” is not a Microsoft 365 verification value: it is MS=ms followed by 8 digits, such as MS=ms97284866.`
    )
  }
  return accepted(`MS=ms${match[1] ?? ''}`)
}

/** True when a TXT record's text is a Microsoft 365 verification value. */
export function isVerificationTxt(text: string): boolean {
  return validateVerificationTxt(text).ok
}

const LABEL = '[a-z0-9]+(?:-[a-z0-9]+)*'
// Every cloud's legacy target ends in its tenant suffix (.onmicrosoft.com, .onmicrosoft.us, …).
const TENANT_SUFFIXES = [...new Set(MICROSOFT_CLOUDS.map((c) => CLOUD_NAMES[c].dkimTenantSuffix))]
const DKIM_LEGACY = new RegExp(
  `^selector([12])-(${LABEL})\\._domainkey\\.(${LABEL})(?:${TENANT_SUFFIXES.map((s) => s.replace(/\./g, '\\.')).join('|')})$`
)
const DKIM_CURRENT = new RegExp(
  `^selector([12])-(${LABEL})\\._domainkey\\.(${LABEL})\\.([a-z0-9]+)-v([12])\\.dkim\\.mail\\.microsoft$`
)

/** A DKIM CNAME target and the selector whose name it belongs under. */
export type DkimTarget = { selector: 'selector1' | 'selector2'; target: string }

/**
 * Checks one DKIM CNAME target as Exchange Online shows it (domain-brief 1.4): the old form
 * selector1-<domain-with-dashes>._domainkey.<tenant>.onmicrosoft.com or the new form
 * selector1-<domain-with-dashes>._domainkey.<prefix>.<partition>-v1.dkim.mail.microsoft.
 * Stored as entered, lower case without a trailing dot. `domainName` adds a warning when the
 * target names another domain.
 */
export function validateDkimTarget(
  input: string,
  domainName?: string
): { ok: true; value: DkimTarget; warnings: string[] } | { ok: false; message: string } {
  const shown = unquote(input)
  if (shown === '') return refused('Enter the CNAME target Microsoft shows for the selector.')
  if (/\s/.test(shown)) return refused(`“${shown}” contains a space: a host name has no spaces.`)
  const name = normaliseHostname(shown)
  if (name.length > 253 || name.split('.').some((label) => label.length > 63)) {
    return refused(`“${shown}” is too long for a host name.`)
  }
  const legacy = DKIM_LEGACY.exec(name)
  const current = DKIM_CURRENT.exec(name)
  const match = legacy ?? current
  if (!match) {
    return refused(
      `“${shown}” is not a Microsoft DKIM target: it looks like selector1-contoso-com._domainkey.contoso.onmicrosoft.com or, for newer domains, selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft. Copy it from the Defender portal.`
    )
  }
  const selector = match[1] === '2' ? 'selector2' : 'selector1'
  const warnings: string[] = []
  if (current && current[5] !== match[1]) {
    warnings.push(
      `${selector}’s target usually ends in -v${match[1] ?? ''}.dkim.mail.microsoft, but this one has -v${current[5] ?? ''}: check it was copied for the right selector.`
    )
  }
  if (domainName !== undefined) {
    const dashed = normaliseHostname(domainName).replace(/\./g, '-')
    if (match[2] !== dashed) {
      warnings.push(
        `The target names “${match[2] ?? ''}”, not ${dashed}: check it was copied for ${normaliseHostname(domainName)}.`
      )
    }
  }
  return { ok: true, value: { selector, target: name }, warnings }
}

/**
 * Checks the DKIM targets entered for a domain: one or two targets (one per selector) separated by
 * spaces, commas or new lines. The value is the targets, selector1 first, one per line.
 */
export function validateDkimTargets(input: string, domainName?: string): ExpectedValueCheck {
  const long = tooLong(input)
  if (long) return long
  const parts = input.split(/[\s,;]+/).filter((part) => part !== '')
  if (parts.length === 0) return refused('Enter the CNAME targets Microsoft shows for DKIM.')
  if (parts.length > 2) {
    return refused(
      `${parts.length} values were entered: DKIM has two CNAMEs, one for selector1 and one for selector2.`
    )
  }
  const targets: DkimTarget[] = []
  const warnings: string[] = []
  for (const part of parts) {
    const checked = validateDkimTarget(part, domainName)
    if (!checked.ok) return checked
    if (targets.some((t) => t.selector === checked.value.selector)) {
      return refused(
        `Both values are for ${checked.value.selector}: enter one target per selector.`
      )
    }
    targets.push(checked.value)
    warnings.push(...checked.warnings)
  }
  targets.sort((a, b) => a.selector.localeCompare(b.selector))
  return accepted(targets.map((t) => t.target).join('\n'), warnings)
}

/** Reads stored DKIM targets (as validateDkimTargets returns them) back into selector pairs. */
export function dkimTargetsOf(expected: string): DkimTarget[] {
  const targets: DkimTarget[] = []
  for (const line of expected.split('\n')) {
    const checked = validateDkimTarget(line)
    if (checked.ok) targets.push(checked.value)
  }
  return targets
}

export type DmarcPolicy = 'none' | 'quarantine' | 'reject'

/** A parsed DMARC record: its tags by lower-case name, in order. */
export type DmarcRecord = { policy: DmarcPolicy; tags: [string, string][] }

const DMARC_POLICIES: readonly string[] = ['none', 'quarantine', 'reject']
const DMARC_TAGS: readonly string[] = [
  'v',
  'p',
  'sp',
  'pct',
  'rua',
  'ruf',
  'adkim',
  'aspf',
  'fo',
  'rf',
  'ri',
  'np',
  'psd',
  't'
]

/**
 * Parses a DMARC record (RFC 7489 §6.3): v=DMARC1 first, a p= of none, quarantine or reject, tags
 * separated by semicolons. Unknown tags are reported as warnings, since receivers ignore them.
 */
export function parseDmarc(
  input: string
): { ok: true; value: DmarcRecord; warnings: string[] } | { ok: false; message: string } {
  const text = unquote(input)
  if (text === '') return refused('Enter the DMARC record, such as v=DMARC1; p=none.')
  const parts = text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
  const tags: [string, string][] = []
  const warnings: string[] = []
  for (const part of parts) {
    const eq = part.indexOf('=')
    if (eq <= 0) return refused(`“${part}” in the DMARC record is not a tag=value pair.`)
    const tag = part.slice(0, eq).trim().toLowerCase()
    const value = part.slice(eq + 1).trim()
    if (tags.some(([name]) => name === tag)) {
      return refused(`The DMARC record has the tag “${tag}” twice.`)
    }
    if (!DMARC_TAGS.includes(tag))
      warnings.push(`“${tag}” is not a DMARC tag: receivers ignore it.`)
    tags.push([tag, value])
  }
  const [first] = tags
  if (!first || first[0] !== 'v' || first[1] !== 'DMARC1') {
    return refused(`A DMARC record starts with v=DMARC1; this one starts with “${parts[0] ?? ''}”.`)
  }
  const policy = tags.find(([name]) => name === 'p')?.[1].toLowerCase()
  if (policy === undefined) return refused('The DMARC record has no policy: add p=none.')
  if (!DMARC_POLICIES.includes(policy)) {
    return refused(`The DMARC policy is “p=${policy}”: it is none, quarantine or reject.`)
  }
  const sub = tags.find(([name]) => name === 'sp')?.[1].toLowerCase()
  if (sub !== undefined && !DMARC_POLICIES.includes(sub)) {
    return refused(`The subdomain policy is “sp=${sub}”: it is none, quarantine or reject.`)
  }
  const pct = tags.find(([name]) => name === 'pct')?.[1]
  if (pct !== undefined && !(/^\d{1,3}$/.test(pct) && Number(pct) <= 100)) {
    return refused(`“pct=${pct}” is not a percentage from 0 to 100.`)
  }
  for (const name of ['rua', 'ruf']) {
    const value = tags.find(([tag]) => tag === name)?.[1]
    if (value === undefined) continue
    const bad = value.split(',').find((uri) => !/^mailto:[^\s@]+@[^\s@]+/i.test(uri.trim()))
    if (bad !== undefined) {
      return refused(
        `“${name}=${value}” must list mailto: addresses, such as mailto:dmarc@contoso.com.`
      )
    }
  }
  return { ok: true, value: { policy: policy as DmarcPolicy, tags }, warnings }
}

/** Checks an entered DMARC record; the value is the record with tags joined by "; ". */
export function validateDmarc(input: string): ExpectedValueCheck {
  const long = tooLong(input)
  if (long) return long
  const parsedRecord = parseDmarc(input)
  if (!parsedRecord.ok) return parsedRecord
  const value = parsedRecord.value.tags.map(([tag, text]) => `${tag}=${text}`).join('; ')
  return accepted(value, parsedRecord.warnings)
}

/** Checks an entered SPF record: syntax errors name their position (domain-brief 1.3). */
export function validateSpfText(input: string): ExpectedValueCheck {
  const long = tooLong(input)
  if (long) return long
  const text = unquote(input)
  if (!isSpfRecord(text)) {
    return refused(
      `An SPF record starts with “v=spf1 ”; this one starts with “${text.slice(0, 12)}”.`
    )
  }
  const result = parseSpf(text)
  if (!result.ok) {
    const first = result.errors[0]
    return refused(
      first
        ? `At character ${first.position + 1} (“${first.term}”): ${first.message}`
        : 'Invalid SPF.'
    )
  }
  return accepted(text)
}

/**
 * Checks what a user enters for a record of the given kind and returns it normalised:
 * mx — the EOP host from the admin center; verification — MS=ms########; autodiscover — the host
 * the record should point to; dkim — one or two CNAME targets; dmarc — the record; spf — the record.
 * Anything over 4,000 characters is refused.
 */
export function validateExpectedValue(
  kind: DnsRecordKind,
  input: string,
  domainName?: string,
  cloud: MicrosoftCloud = 'worldwide'
): ExpectedValueCheck {
  const long = tooLong(input)
  if (long) return long
  switch (kind) {
    case 'mx': {
      const host = validateEopMxHost(input, cloud)
      return host.ok ? accepted(host.value) : host
    }
    case 'verification':
      return validateVerificationTxt(input)
    case 'autodiscover': {
      const host = validateHostName(input)
      return host.ok ? accepted(host.value) : host
    }
    case 'dkim':
      return validateDkimTargets(input, domainName)
    case 'dmarc':
      return validateDmarc(input)
    case 'spf':
      return validateSpfText(input)
  }
}

/**
 * Checks every entered value; returns the normalised values, or a message per kind (nothing is
 * to be stored when any is refused). Empty entries are left out.
 */
export function validateEnteredRecords(
  entered: Partial<Record<DnsRecordKind, string>>,
  domainName?: string,
  cloud: MicrosoftCloud = 'worldwide'
):
  | { ok: true; value: Partial<Record<DnsRecordKind, string>>; warnings: string[] }
  | { ok: false; errors: Partial<Record<DnsRecordKind, string>> } {
  const value: Partial<Record<DnsRecordKind, string>> = {}
  const errors: Partial<Record<DnsRecordKind, string>> = {}
  const warnings: string[] = []
  for (const kind of DNS_RECORD_KINDS) {
    const input = entered[kind]
    if (input === undefined || input.trim() === '') continue
    const checked = validateExpectedValue(kind, input, domainName, cloud)
    if (checked.ok) {
      value[kind] = checked.value
      warnings.push(...checked.warnings)
    } else errors[kind] = checked.message
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, value, warnings }
}

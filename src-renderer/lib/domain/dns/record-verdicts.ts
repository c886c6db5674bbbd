/** Verdicts on the verification TXT record, autodiscover, the DKIM selectors and DMARC. */
import { normaliseHostname } from '../net/hostname'
import type { ExpectedRecord } from './expected'
import { CLOUD_AUTODISCOVER } from './expected'
import type { Lookup } from './observed'
import { isFailure, joinTxt } from './observed'
import type { DnsVerdict } from './records'
import {
  isVerificationTxt,
  parseDmarc,
  validateDkimTarget,
  validateVerificationTxt
} from './records'
import { list, make, notAnswered } from './verdict-findings'

/** Judges the MS=ms… TXT record at the zone root (domain-brief 1.2). */
export function verificationVerdict(
  expected: ExpectedRecord,
  observed: Lookup<string[]>
): DnsVerdict {
  if (!observed.ok) {
    if (isFailure(observed)) return notAnswered(expected, observed.error)
    return make(expected, 'error', `${expected.name} does not exist in DNS (NXDOMAIN).`)
  }
  const found = observed.records.map(joinTxt).filter(isVerificationTxt)
  const normalised = found.map((text) => {
    const checked = validateVerificationTxt(text)
    return checked.ok ? checked.value : text
  })
  const wanted = expected.values[0]
  const removedNote =
    'If the admin center already shows the domain as verified, the record may have been removed after verification, which is allowed.'
  if (wanted !== undefined) {
    if (normalised.includes(wanted)) {
      return make(expected, 'ok', `The verification record ${wanted} is published.`)
    }
    if (found.length > 0) {
      return make(
        expected,
        'error',
        `${expected.name} publishes ${list(found)}, not the value entered (${wanted}).`,
        ['Another tenant may have added the domain, or the value was copied wrong.']
      )
    }
    return make(expected, 'warning', `No verification record: publish the TXT record ${wanted}.`, [
      removedNote
    ])
  }
  if (found.length > 0) {
    return make(
      expected,
      'warning',
      `Found ${list(found)}: enter the value the admin center shows to confirm it is this tenant’s.`
    )
  }
  return make(
    expected,
    'warning',
    'No verification record (MS=ms followed by 8 digits) is published.',
    [removedNote]
  )
}

/**
 * Judges autodiscover (domain-brief 1.4): while on-premises mailboxes remain it must lead to the
 * on-premises Exchange, not autodiscover.outlook.com. Without a CNAME, `addresses` compares the
 * addresses of autodiscover.<domain> with those of the expected host.
 */
export function autodiscoverVerdict(
  expected: ExpectedRecord,
  cname: Lookup<string>,
  addresses?: { autodiscover: Lookup<string>; host: Lookup<string> }
): DnsVerdict {
  if (!cname.ok) {
    if (isFailure(cname)) return notAnswered(expected, cname.error)
    return make(
      expected,
      'warning',
      `${expected.name} does not exist: Outlook and the Hybrid Configuration Wizard find on-premises Exchange through it.`
    )
  }
  const targets = cname.records.map(normaliseHostname)
  const cloudTarget = targets.find(
    (target) => target === CLOUD_AUTODISCOVER || expected.mustNotBe.includes(target)
  )
  if (cloudTarget !== undefined) {
    return make(
      expected,
      'warning',
      `${expected.name} points to ${cloudTarget} while on-premises mailboxes remain: the Hybrid Configuration Wizard (Get-FederationInformation) and Outlook for on-premises mailboxes fail.`,
      [
        `Keep it on ${expected.values[0] ?? 'the on-premises Exchange host'} until the last on-premises mailbox has moved.`
      ]
    )
  }
  const wanted = expected.values[0]
  if (expected.missing !== null || wanted === undefined) {
    return make(expected, 'unknown', `Cannot judge autodiscover: ${expected.missing ?? ''}`.trim())
  }
  if (targets.includes(wanted)) {
    return make(expected, 'ok', `${expected.name} points to ${wanted}.`)
  }
  if (targets.length > 0) {
    return make(
      expected,
      'warning',
      `${expected.name} points to ${list(targets)}, not ${wanted}: fine if that is the on-premises Exchange (such as a load balancer).`
    )
  }
  if (!addresses) {
    return make(
      expected,
      'unknown',
      `${expected.name} has no CNAME; its addresses were not checked.`
    )
  }
  const queried: [Lookup<string>, string][] = [
    [addresses.autodiscover, expected.name],
    [addresses.host, wanted]
  ]
  for (const [result, name] of queried) {
    if (isFailure(result)) return notAnswered(expected, result.error, name)
  }
  const own = addresses.autodiscover.ok ? addresses.autodiscover.records : []
  const hostAddresses = addresses.host.ok ? addresses.host.records : []
  if (own.length === 0) {
    return make(expected, 'warning', `${expected.name} has no CNAME and no address.`)
  }
  if (own.some((address) => hostAddresses.includes(address))) {
    return make(expected, 'ok', `${expected.name} resolves to the addresses of ${wanted}.`, [
      `${list(own)}`
    ])
  }
  return make(
    expected,
    'warning',
    `${expected.name} resolves to ${list(own)}, not to ${wanted} (${hostAddresses.length > 0 ? list(hostAddresses) : 'no address'}): fine if that is the on-premises Exchange.`
  )
}

/** Judges one DKIM selector CNAME against the target entered from the Defender portal. */
export function dkimVerdict(expected: ExpectedRecord, cname: Lookup<string>): DnsVerdict {
  if (isFailure(cname)) return notAnswered(expected, cname.error)
  const targets = cname.ok ? cname.records.map(normaliseHostname) : []
  const wanted = expected.values[0]
  if (wanted !== undefined) {
    if (targets.includes(wanted))
      return make(expected, 'ok', `${expected.name} points to ${wanted}.`)
    if (targets.length > 0) {
      return make(
        expected,
        'error',
        `${expected.name} points to ${list(targets)}, not the target entered (${wanted}).`
      )
    }
    return make(
      expected,
      'error',
      `${expected.name} has no CNAME: publish it pointing to ${wanted}. DKIM cannot be turned on until both selectors exist.`
    )
  }
  if (targets.length === 0) {
    return make(
      expected,
      'warning',
      `${expected.name} has no CNAME: Exchange Online DKIM needs both selector CNAMEs (targets from the Defender portal).`
    )
  }
  const microsoft = targets.every((t) => validateDkimTarget(t).ok)
  return make(
    expected,
    'warning',
    microsoft
      ? `Found ${list(targets)}: enter the targets the Defender portal shows to confirm them.`
      : `${expected.name} points to ${list(targets)}, which is not a Microsoft DKIM target.`
  )
}

/** Judges the DMARC record: one record, valid, and p=none while hybrid paths are being proven. */
export function dmarcVerdict(expected: ExpectedRecord, observed: Lookup<string[]>): DnsVerdict {
  if (isFailure(observed)) return notAnswered(expected, observed.error)
  const records = observed.ok
    ? observed.records.map(joinTxt).filter((text) => /^v=DMARC1\s*(;|$)/i.test(text.trim()))
    : []
  if (records.length === 0) {
    return make(
      expected,
      'warning',
      `No DMARC record at ${expected.name}: publish v=DMARC1; p=none (with rua=mailto:… for reports) to see who sends as the domain.`
    )
  }
  if (records.length > 1) {
    return make(
      expected,
      'error',
      `${expected.name} has ${records.length} DMARC records: receivers then apply none of them (RFC 7489 §6.6.3).`
    )
  }
  const record = records[0] ?? ''
  const parsedRecord = parseDmarc(record)
  if (!parsedRecord.ok) return make(expected, 'error', parsedRecord.message)
  const notes = [...parsedRecord.warnings]
  const policy = parsedRecord.value.policy
  if (policy !== 'none') {
    return make(
      expected,
      'warning',
      `The DMARC policy is p=${policy}: during hybrid, p=none is recommended until SPF and DKIM pass for mail from both Microsoft 365 and on-premises.`,
      notes
    )
  }
  const canonical = (text: string): string =>
    text
      .split(';')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => part !== '')
      .join(';')
  const wanted = expected.values[0]
  if (!expected.predicted && wanted !== undefined && canonical(wanted) !== canonical(record)) {
    return make(
      expected,
      'warning',
      `The published DMARC record differs from the one entered (${wanted}).`,
      notes
    )
  }
  return make(expected, 'ok', 'The DMARC record is published with p=none.', notes)
}

/**
 * Verdicts on what DNS answered for each record a domain needs. A verdict of 'ok' lets the user
 * mark the step it backs "verified on <date>"; it never completes a step by itself. A lookup that
 * could not be answered (timeout, server failure, a name not pasted) gives 'unknown' and claims
 * nothing. Sources: domain-brief 1.1–1.4.
 */
import { cloudNames } from '../cloud'
import { stepTitle } from '../catalog'
import { normaliseHostname } from '../net/hostname'
import { validateIpOrCidr } from '../net/ip'
import type { Domain, Project } from '../types'
import type { ExpectedRecord } from './expected'
import { CLOUD_AUTODISCOVER, expectedRecords } from './expected'
import { classifyMxHost } from './mx'
import type { DnsCheckResolver, Lookup, LookupFailure } from './observed'
import { failureSummary, formatMx, isFailure, joinTxt, lookup, recordingResolver } from './observed'
import type { DnsRecordEntry, DnsRecordKind, DnsRecordSource, DnsVerdict } from './records'
import {
  isVerificationTxt,
  parseDmarc,
  validateDkimTarget,
  validateVerificationTxt
} from './records'
import type { DnsLookupError, MxRecord } from './resolver'
import type { SpfAssessment, SpfRecordNode } from './spf-assess'
import { assessSpf } from './spf-assess'
import { TXT_STRING_LIMIT } from './spf-compose'
import { isSpfRecord } from './spf-parse'

/** Collects findings by weight; the worst decides the status. */
class Findings {
  readonly errors: string[] = []
  readonly warnings: string[] = []
  readonly unknowns: string[] = []
  readonly notes: string[] = []

  /** The verdict: the worst finding as its summary, or `okSummary` when there is none. */
  verdict(record: ExpectedRecord, okSummary: string): DnsVerdict {
    const [status, summary] =
      this.errors.length > 0
        ? (['error', this.errors[0]] as const)
        : this.unknowns.length > 0
          ? (['unknown', this.unknowns[0]] as const)
          : this.warnings.length > 0
            ? (['warning', this.warnings[0]] as const)
            : (['ok', okSummary] as const)
    const all = [...this.errors, ...this.unknowns, ...this.warnings, ...this.notes]
    const details = [...new Set(all)].filter((d) => d !== summary)
    return make(record, status, summary ?? okSummary, details)
  }
}

function make(
  record: ExpectedRecord,
  status: DnsVerdict['status'],
  summary: string,
  details: string[] = []
): DnsVerdict {
  return record.stepId === null
    ? { status, summary, details }
    : { status, summary, details, stepId: record.stepId }
}

/** The verdict for a lookup that did not answer: 'unknown', naming the reason. */
function notAnswered(
  record: ExpectedRecord,
  error: DnsLookupError,
  name = record.name
): DnsVerdict {
  return make(record, 'unknown', failureSummary(error, name))
}

function list(values: readonly string[]): string {
  return values.join(', ')
}

// ─── MX ────────────────────────────────────────────────────────────────────────────────────────

/**
 * Judges the MX records. EOP scenarios: the entered host (or the prediction) must be published,
 * alone; a retired Microsoft host is an error (451 4.4.62). On-premises scenarios: the project's
 * host, and no MX to EOP. `target` is the address lookup of the MX host, when made: a host that
 * does not resolve defers all inbound mail (domain-brief 1.1).
 */
export function mxVerdict(
  expected: ExpectedRecord,
  observed: Lookup<MxRecord>,
  target?: Lookup<string>
): DnsVerdict {
  if (!observed.ok) {
    if (isFailure(observed)) return notAnswered(expected, observed.error)
    return make(expected, 'error', `${expected.name} does not exist in DNS (NXDOMAIN).`)
  }
  if (observed.records.length === 0) {
    const wanted = expected.values[0]
    return make(
      expected,
      'error',
      `${expected.name} has no MX record.`,
      wanted === undefined ? [] : [`Publish one MX record pointing to ${wanted}.`]
    )
  }
  const records = [...observed.records].sort((a, b) => a.priority - b.priority)
  const hosts = records.map((r) => normaliseHostname(r.exchange))
  const findings = new Findings()
  for (const host of hosts) {
    if (classifyMxHost(host) === 'eop-legacy') {
      findings.errors.push(
        `${host} is a retired Microsoft host: mail sent to it fails with “451 4.4.62 Mail sent to the wrong Office 365 region”.`
      )
    }
  }
  const wanted = expected.values[0]
  if (expected.missing !== null || wanted === undefined) {
    findings.unknowns.push(
      `Cannot judge the MX record: ${expected.missing ?? 'nothing is expected.'}`
    )
    return findings.verdict(expected, '')
  }
  const eopHosts = hosts.filter((h) => classifyMxHost(h) === 'eop')
  const matches = hosts.includes(wanted)
  if (expected.stepId === 'dns-mx-eop') {
    // A second MX is reported whichever EOP host is published: a mismatch with the predicted
    // host must not hide it.
    if (hosts.length > 1 && (matches || eopHosts.length > 0)) {
      findings.warnings.push(
        `${hosts.length} MX records: with Exchange Online Protection publish only ${matches ? wanted : eopHosts[0]}. Other MX records let mail bypass it, and inbound DANE (mx.microsoft hosts) requires a single MX.`
      )
    }
    if (!matches && eopHosts.length > 0) {
      const text = `MX points to ${list(eopHosts)}, an Exchange Online Protection host, not ${expected.predicted ? `the predicted ${wanted}` : `the assigned ${wanted}`}.`
      if (expected.predicted) {
        findings.warnings.push(
          `${text} Enter the host the admin center shows (Settings → Domains) to confirm it.`
        )
      } else findings.errors.push(text)
    } else if (!matches) {
      findings.errors.push(
        `MX points to ${list(hosts)}, not to Exchange Online Protection (${wanted}).`
      )
    }
    const match = records.find((r) => normaliseHostname(r.exchange) === wanted)
    if (match && match.priority !== 0) {
      findings.notes.push(
        `The MX priority is ${match.priority}; Microsoft documents 0 (inbound DANE accepts 0 or 10).`
      )
    }
    if (matches && expected.predicted) {
      findings.notes.push(
        'This is the predicted host: confirm in the admin center (Settings → Domains) that it is the one assigned.'
      )
    }
  } else {
    if (eopHosts.length > 0) {
      const text = matches
        ? `An MX record also points to ${list(eopHosts)}: internet mail can reach Microsoft 365 directly and skip the on-premises filtering.`
        : `MX points to Exchange Online Protection (${list(eopHosts)}), but this domain’s scenario has MX on the on-premises host ${wanted}.`
      if (matches) findings.warnings.push(text)
      else findings.errors.push(text)
    } else if (!matches) {
      findings.warnings.push(
        `MX points to ${list(hosts)}, not the on-premises host ${wanted}: fine if it is a filtering service in front of the on-premises server, otherwise change it.`
      )
    } else if (hosts.length > 1) {
      findings.notes.push(`Other MX records: ${list(hosts.filter((h) => h !== wanted))}.`)
    }
  }
  if (target) {
    const host = matches ? wanted : (eopHosts[0] ?? hosts[0] ?? '')
    if (!target.ok && !isFailure(target)) {
      findings.errors.push(
        `The MX host ${host} does not resolve (NXDOMAIN): inbound internet mail is deferred until it does.`
      )
    } else if (!target.ok) {
      findings.notes.push(
        `Whether ${host} resolves was not checked: ${failureSummary(target.error, host)}.`
      )
    } else if (target.records.length > 0) {
      findings.notes.push(`${host} resolves (${list(target.records)}).`)
    }
  }
  return findings.verdict(
    expected,
    `MX points to ${wanted}${expected.predicted ? ' (the predicted host)' : ''}.`
  )
}

// ─── SPF ───────────────────────────────────────────────────────────────────────────────────────

/** What the SPF check observed: the domain's TXT records and the assessment built on them. */
export type SpfObservation = {
  txt: Lookup<string[]>
  /** assessSpf over the on-premises and third-party IPs; null when the TXT lookup failed. */
  assessment: SpfAssessment | null
  /** Lookups that could not be answered while assessing (e.g. an include's record). */
  failures: LookupFailure[]
}

function treeDomains(node: SpfRecordNode): string[] {
  return [node.domain, ...node.children.flatMap(treeDomains)]
}

function thirdPartyIps(project: Pick<Project, 'thirdPartySenders'>): string[] {
  return project.thirdPartySenders.flatMap((entry) => {
    const checked = validateIpOrCidr(entry.replace(/^ip[46]:/i, ''))
    return checked.ok ? [checked.value] : []
  })
}

function thirdPartyDomains(project: Pick<Project, 'thirdPartySenders'>): string[] {
  return project.thirdPartySenders
    .map((entry) => entry.trim().replace(/^include:/i, ''))
    .filter((entry) => !/^[0-9./]+$/.test(entry) && !entry.includes(':'))
    .map(normaliseHostname)
}

/**
 * Judges the SPF record (domain-brief 1.3), from assessSpf: exactly one record, no string over 255
 * bytes, every on-premises IP authorised (check_host pass), spf.protection.outlook.com reached,
 * third-party senders present, the ending, and at most 10 DNS lookups.
 */
export function spfVerdict(
  expected: ExpectedRecord,
  observation: SpfObservation,
  project: Pick<Project, 'onPremIps' | 'thirdPartySenders' | 'cloud'>
): DnsVerdict {
  const { txt, assessment, failures } = observation
  const microsoftInclude = cloudNames(project).spfInclude
  if (!txt.ok) {
    if (isFailure(txt)) return notAnswered(expected, txt.error)
    return make(expected, 'error', `${expected.name} does not exist in DNS (NXDOMAIN).`)
  }
  const spf = txt.records.filter((strings) => isSpfRecord(joinTxt(strings)))
  if (spf.length === 0) {
    return make(
      expected,
      'error',
      `${expected.name} has no SPF record: mail from Microsoft 365 and on-premises fails SPF checks.`,
      expected.values[0] === undefined ? [] : [`Publish: ${expected.values[0]}`]
    )
  }
  const findings = new Findings()
  if (spf.length > 1) {
    findings.errors.push(
      `${expected.name} has ${spf.length} SPF records: receivers treat that as a permanent error (RFC 7208 §4.5), even when they are identical. Merge them into one.`
    )
  }
  for (const strings of spf) {
    for (const text of strings) {
      const bytes = new TextEncoder().encode(text).length
      if (bytes > TXT_STRING_LIMIT) {
        findings.errors.push(
          `A string of the SPF record is ${bytes} bytes: a TXT string holds at most ${TXT_STRING_LIMIT}. Publish the record as several strings.`
        )
      }
    }
  }
  const unanswered = [
    ...new Set(failures.map((failure) => failureSummary(failure.error, failure.name)))
  ]
  const incomplete = failures.length > 0
  // With more than one record, or a syntax error, every check_host() is a permerror: the
  // per-address results would only repeat that.
  if (assessment === null || spf.length > 1 || assessment.syntaxErrors.length > 0) {
    if (assessment === null && spf.length === 1) {
      findings.unknowns.push('The SPF record was not assessed.')
    }
    for (const error of assessment?.syntaxErrors ?? []) {
      findings.errors.push(
        `Syntax error at character ${error.position + 1} (“${error.term}”): ${error.message}`
      )
    }
    if (incomplete) findings.unknowns.push(...unanswered)
    return findings.verdict(expected, '')
  }
  const onPrem = new Set(project.onPremIps.map((ip) => ip.trim()))
  for (const ip of assessment.ips) {
    if (ip.authorised) {
      findings.notes.push(`${ip.ip} is authorised (${ip.result}).`)
    } else if (ip.result === 'temperror') {
      findings.unknowns.push(`Whether ${ip.ip} is authorised is unknown: ${ip.reason}`)
    } else if (onPrem.has(ip.ip)) {
      findings.errors.push(
        `The on-premises address ${ip.ip} is not authorised (${ip.result}): ${ip.reason}`
      )
    } else {
      findings.warnings.push(
        `The third-party sender ${ip.ip} is not authorised (${ip.result}): ${ip.reason}`
      )
    }
  }
  if (!assessment.reachesMicrosoft365 && !incomplete) {
    findings.errors.push(
      `The record does not include ${microsoftInclude}: mail sent from Exchange Online fails SPF.`
    )
  }
  const reached = treeDomains(assessment.tree)
  for (const party of thirdPartyDomains(project)) {
    if (!reached.includes(party)) {
      findings.warnings.push(`The third-party sender ${party} is not included (include:${party}).`)
    }
  }
  switch (assessment.ending) {
    case '-all':
      break
    case '~all':
      findings.warnings.push(
        'The record ends with ~all (softfail): once every sender is listed, end it with -all as Microsoft recommends.'
      )
      break
    case '?all':
    case 'none':
      findings.warnings.push(
        'The record ends neutral (?all or no all): receivers treat unlisted senders as neither pass nor fail. End it with -all.'
      )
      break
    case '+all':
      findings.errors.push('The record ends with +all: it authorises every server on the internet.')
      break
    case 'redirect':
      findings.notes.push('The record ends with redirect=: the target record decides.')
      break
  }
  if (assessment.overLookupLimit) {
    findings.errors.push(
      `The record needs ${assessment.lookups} DNS lookups: SPF allows 10, so receivers return permerror. See the lookup tree.`
    )
  } else if (incomplete) {
    findings.unknowns.push(
      ...unanswered,
      `At least ${assessment.lookups} DNS lookups; the records that could not be read may add more.`
    )
  } else {
    findings.notes.push(`${assessment.lookups} of 10 DNS lookups.`)
  }
  return findings.verdict(
    expected,
    `One SPF record authorises the on-premises servers and Microsoft 365 and ends with ${assessment.ending}.`
  )
}

// ─── Verification, autodiscover, DKIM, DMARC ──────────────────────────────────────────────────

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

// ─── Running every check ───────────────────────────────────────────────────────────────────────

/** The check of one record: what was expected, what DNS answered, and the verdict. */
export type DnsCheck = {
  kind: DnsRecordKind
  name: string
  expected: ExpectedRecord
  /** What DNS answered, as stored and shown; null when it could not answer. */
  observed: string[] | null
  verdict: DnsVerdict
  /** DNS could not answer: store nothing and overwrite nothing. */
  failed: boolean
}

export type DomainDnsCheck = {
  domainId: string
  /** ISO timestamp of the check. */
  checkedAt: string
  checks: DnsCheck[]
}

type Outcome = { observed: string[] | null; verdict: DnsVerdict; failures: number }

function outcome<T>(
  primary: Lookup<T>,
  observed: (records: T[]) => string[],
  verdict: DnsVerdict,
  failures = 0
): Outcome {
  if (!primary.ok) {
    return {
      observed: isFailure(primary) ? null : [],
      verdict,
      failures: failures + (isFailure(primary) ? 1 : 0)
    }
  }
  return { observed: observed(primary.records), verdict, failures }
}

async function checkMx(record: ExpectedRecord, resolver: DnsCheckResolver): Promise<Outcome> {
  const observed = await lookup(() => resolver.mx(record.name))
  let target: Lookup<string> | undefined
  if (observed.ok && observed.records.length > 0) {
    const hosts = observed.records.map((r) => normaliseHostname(r.exchange))
    const wanted = record.values[0]
    const host =
      wanted !== undefined && hosts.includes(wanted)
        ? wanted
        : (hosts.find((h) => classifyMxHost(h) !== 'other') ?? hosts[0] ?? '')
    target = await lookup(() => resolver.a(host))
  }
  return outcome(observed, (records) => records.map(formatMx), mxVerdict(record, observed, target))
}

async function checkSpf(
  record: ExpectedRecord,
  project: Project,
  resolver: DnsCheckResolver
): Promise<Outcome> {
  const txt = await lookup(() => resolver.txt(record.name))
  let assessment: SpfAssessment | null = null
  let failures: LookupFailure[] = []
  if (txt.ok) {
    const recording = recordingResolver(resolver)
    const ips = [...project.onPremIps, ...thirdPartyIps(project)]
    assessment = await assessSpf(
      record.name,
      [...new Set(ips)],
      recording.resolver,
      cloudNames(project).spfInclude
    )
    failures = recording.failures
  }
  const verdict = spfVerdict(record, { txt, assessment, failures }, project)
  return outcome(
    txt,
    (records) => records.map(joinTxt).filter(isSpfRecord),
    verdict,
    verdict.status === 'unknown' ? failures.length : 0
  )
}

async function checkAutodiscover(
  record: ExpectedRecord,
  resolver: DnsCheckResolver
): Promise<Outcome> {
  const cname = await lookup(() => resolver.cname(record.name))
  const wanted = record.values[0]
  if (cname.ok && cname.records.length === 0 && wanted !== undefined) {
    const [own, host] = await Promise.all([
      lookup(() => resolver.a(record.name)),
      lookup(() => resolver.a(wanted))
    ])
    const verdict = autodiscoverVerdict(record, cname, { autodiscover: own, host })
    const failed = [own, host].filter((r) => isFailure(r)).length
    return {
      observed: failed > 0 ? null : own.ok ? own.records : [],
      verdict,
      failures: failed
    }
  }
  return outcome(
    cname,
    (targets) => targets.map(normaliseHostname),
    autodiscoverVerdict(record, cname)
  )
}

async function checkRecord(
  record: ExpectedRecord,
  project: Project,
  resolver: DnsCheckResolver
): Promise<DnsCheck> {
  let result: Outcome
  switch (record.kind) {
    case 'mx':
      result = await checkMx(record, resolver)
      break
    case 'spf':
      result = await checkSpf(record, project, resolver)
      break
    case 'verification': {
      const txt = await lookup(() => resolver.txt(record.name))
      result = outcome(
        txt,
        (records) => records.map(joinTxt).filter(isVerificationTxt),
        verificationVerdict(record, txt)
      )
      break
    }
    case 'autodiscover':
      result = await checkAutodiscover(record, resolver)
      break
    case 'dkim': {
      const cname = await lookup(() => resolver.cname(record.name))
      result = outcome(
        cname,
        (targets) => targets.map(normaliseHostname),
        dkimVerdict(record, cname)
      )
      break
    }
    case 'dmarc': {
      const txt = await lookup(() => resolver.txt(record.name))
      result = outcome(txt, (records) => records.map(joinTxt), dmarcVerdict(record, txt))
      break
    }
  }
  return {
    kind: record.kind,
    name: record.name,
    expected: record,
    observed: result.failures > 0 ? null : result.observed,
    verdict: result.verdict,
    failed: result.failures > 0
  }
}

/**
 * Checks every record `domain` needs (expectedRecords) against DNS through `resolver` — live, or
 * pastedResolver over pasted output — and returns each observation with its verdict. `now` is the
 * time of the check.
 */
export async function verifyDomainDns(
  project: Project,
  domain: Domain,
  entered: Partial<Record<DnsRecordKind, string>>,
  resolver: DnsCheckResolver,
  now: Date
): Promise<DomainDnsCheck> {
  const expected = expectedRecords(project, domain, entered)
  const checks = await Promise.all(expected.map((record) => checkRecord(record, project, resolver)))
  return { domainId: domain.id, checkedAt: now.toISOString(), checks }
}

/**
 * The fields to store on the record's row after a check, or null when DNS could not answer: a
 * failed check overwrites nothing.
 */
export function checkPatch(
  check: DnsCheck,
  checkedAt: string,
  source: DnsRecordSource
): Pick<DnsRecordEntry, 'observed' | 'verdict' | 'checkedAt' | 'source'> | null {
  if (check.failed) return null
  return { observed: check.observed, verdict: check.verdict, checkedAt, source }
}

/**
 * The note shown on the checklist step a matching record backs: "Verified on <date>", for the
 * user to confirm. Null unless the verdict is 'ok' and backs a step.
 */
export function verifiedNote(verdict: DnsVerdict, checkedAt: string): string | null {
  if (verdict.status !== 'ok' || verdict.stepId === undefined) return null
  return `Verified on ${checkedAt.slice(0, 10)}: DNS shows what “${stepTitle(verdict.stepId)}” needs. Mark the step done if you agree.`
}

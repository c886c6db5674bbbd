/** The verdict on a domain's MX records, for the scenario the domain follows. */
import { isUnder, normaliseHostname } from '../net/hostname'
import type { ExpectedRecord } from './expected'
import { CLOUD_NAMES } from '../cloud'
import { PUBLIC_SOURCES } from '../public-sources'
import { classifyMxHost, cloudOfMxHost, isDnssecMxHost } from './mx'
import type { Lookup } from './observed'
import { failureSummary, isFailure } from './observed'
import type { DnsVerdict } from './records'
import type { MxRecord } from './resolver'
import { Findings, list, make, notAnswered } from './verdict-findings'

/** What the MX lookup answered, sorted by priority, with the hosts normalised. */
type MxAnswer = {
  records: MxRecord[]
  hosts: string[]
  eopHosts: string[]
  wanted: string
  matches: boolean
}

/** Scenarios with MX at Exchange Online Protection: the assigned host, alone, at priority 0. */
function eopFindings(answer: MxAnswer, findings: Findings): void {
  const { records, hosts, eopHosts, wanted, matches } = answer
  secondMxFindings(answer, findings)
  if (!matches && eopHosts.length > 0) {
    findings.errors.push(
      `MX points to ${list(eopHosts)}, an Exchange Online Protection host, not the assigned ${wanted}.`
    )
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
}

/**
 * A second MX beside Exchange Online Protection, whichever EOP host is published: an unconfirmed
 * or mismatched host must not hide it.
 */
function secondMxFindings(answer: MxAnswer, findings: Findings): void {
  const { hosts, eopHosts, wanted, matches } = answer
  if (hosts.length > 1 && (matches || eopHosts.length > 0)) {
    findings.warnings.push(
      `${hosts.length} MX records: with Exchange Online Protection publish only ${matches ? wanted : eopHosts[0]}. Other MX records let mail bypass it, and inbound DANE (mx.microsoft hosts) requires a single MX.`
    )
  }
}

/**
 * MX at Exchange Online Protection with no assigned host entered. An EOP host of the project's
 * cloud is as far as DNS can tell: whether it is the host Microsoft assigned to this domain only
 * the admin center, Graph or Get-DnssecStatusForVerifiedDomain says, so the verdict asks for it
 * rather than rating it against a worked-out host.
 */
function unconfirmedEopFindings(
  expected: ExpectedRecord,
  answer: MxAnswer,
  findings: Findings
): void {
  const cloud = expected.cloud ?? 'worldwide'
  const { hosts, eopHosts } = answer
  const ours = eopHosts.filter((h) => isDnssecMxHost(h) || cloudOfMxHost(h) === cloud)
  const other = eopHosts.map(cloudOfMxHost).find((c) => c !== null && c !== cloud)
  const adminCenter = `admin center → Settings → Domains → ${expected.name} → DNS records`
  if (ours.length > 0) {
    secondMxFindings(answer, findings)
    findings.warnings.push(
      `MX points to Exchange Online Protection (${list(ours)}): enter the MX host Microsoft assigned to ${expected.name} (${adminCenter}) to confirm it is this domain’s.`
    )
  } else if (other !== undefined && other !== null) {
    findings.errors.push(
      `MX points to ${list(eopHosts)}, a host of the ${CLOUD_NAMES[other].label} cloud, but the project’s tenant is in ${CLOUD_NAMES[cloud].label}: check the project’s Microsoft 365 cloud.`
    )
  } else {
    findings.errors.push(
      `MX points to ${list(hosts)}, not to Exchange Online Protection: publish the MX host Microsoft assigned to ${expected.name} (${adminCenter}).`
    )
  }
}

/**
 * Other MX records beside the on-premises host. Hosts in the domain or beside the on-premises host
 * are taken as the organisation's own servers (a note). Any other host is a third party's backup
 * MX: senders (spammers first) deliver there, and the mail reaches the domain without meeting the
 * on-premises filtering first-hand, which scenarios 3 and 4 rely on for all internet mail
 * (reference page: "All messages that come from the internet … must route through my on-premises
 * servers").
 */
function otherOnPremisesMx(domain: string, answer: MxAnswer, findings: Findings): void {
  const { hosts, wanted } = answer
  const others = hosts.filter((h) => h !== wanted)
  if (others.length === 0) return
  const parent = wanted.split('.').slice(1).join('.')
  const own = (h: string): boolean => isUnder(h, domain) || (parent !== '' && isUnder(h, parent))
  const thirdParty = others.filter((h) => !own(h))
  if (thirdParty.length > 0) {
    findings.warnings.push(
      `A backup MX record points to ${list(thirdParty)}, outside the organisation: mail delivered there (spammers favour backup MX hosts) skips the on-premises filtering this scenario puts in front of all internet mail. Remove it, or make sure that service filters as strictly and delivers only to ${wanted}.`
    )
    findings.notes.push(
      `Source: ${PUBLIC_SOURCES.multipleLocations} (internet mail routes through the on-premises servers).`
    )
  }
  const ownOthers = others.filter(own)
  if (ownOthers.length > 0) findings.notes.push(`Other MX records: ${list(ownOthers)}.`)
}

/** Scenarios with MX on-premises: the project's host, and no MX to EOP. */
function onPremisesFindings(domain: string, answer: MxAnswer, findings: Findings): void {
  const { hosts, eopHosts, wanted, matches } = answer
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
  } else {
    otherOnPremisesMx(domain, answer, findings)
  }
}

/** Whether the MX host resolves: one that does not defers all inbound mail. */
function targetFindings(answer: MxAnswer, target: Lookup<string>, findings: Findings): void {
  const { hosts, eopHosts, wanted, matches } = answer
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

/**
 * Judges the MX records. EOP scenarios: the assigned host, once entered, must be published alone;
 * before that an EOP host of the project's cloud is reported as unconfirmed; a retired Microsoft host is an error (451 4.4.62). On-premises scenarios: the project's
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
      wanted !== undefined
        ? [`Publish one MX record pointing to ${wanted}.`]
        : expected.missing !== null
          ? [expected.missing]
          : []
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
  const eopHosts = hosts.filter((h) => classifyMxHost(h) === 'eop')
  const wanted = expected.values[0]
  if (expected.stepId === 'dns-mx-eop' && wanted === undefined) {
    const answer = { records, hosts, eopHosts, wanted: '', matches: false }
    unconfirmedEopFindings(expected, answer, findings)
    if (target) targetFindings(answer, target, findings)
    return findings.verdict(expected, '')
  }
  if (expected.missing !== null || wanted === undefined) {
    findings.unknowns.push(
      `Cannot judge the MX record: ${expected.missing ?? 'nothing is expected.'}`
    )
    return findings.verdict(expected, '')
  }
  const answer = { records, hosts, eopHosts, wanted, matches: hosts.includes(wanted) }
  if (expected.stepId === 'dns-mx-eop') eopFindings(answer, findings)
  else onPremisesFindings(expected.name, answer, findings)
  if (target) targetFindings(answer, target, findings)
  return findings.verdict(expected, `MX points to ${wanted}.`)
}

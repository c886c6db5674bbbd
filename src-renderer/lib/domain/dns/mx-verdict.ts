/** The verdict on a domain's MX records, for the scenario the domain follows. */
import { normaliseHostname } from '../net/hostname'
import type { ExpectedRecord } from './expected'
import { classifyMxHost } from './mx'
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

/** Scenarios with MX at Exchange Online Protection: the expected host, alone, at priority 0. */
function eopFindings(expected: ExpectedRecord, answer: MxAnswer, findings: Findings): void {
  const { records, hosts, eopHosts, wanted, matches } = answer
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
}

/** Scenarios with MX on-premises: the project's host, and no MX to EOP. */
function onPremisesFindings(answer: MxAnswer, findings: Findings): void {
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
  } else if (hosts.length > 1) {
    findings.notes.push(`Other MX records: ${list(hosts.filter((h) => h !== wanted))}.`)
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
  const answer = { records, hosts, eopHosts, wanted, matches: hosts.includes(wanted) }
  if (expected.stepId === 'dns-mx-eop') eopFindings(expected, answer, findings)
  else onPremisesFindings(answer, findings)
  if (target) targetFindings(answer, target, findings)
  return findings.verdict(
    expected,
    `MX points to ${wanted}${expected.predicted ? ' (the predicted host)' : ''}.`
  )
}

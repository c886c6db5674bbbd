/** The verdict on a domain's SPF record, built on assessSpf. */
import { cloudNames } from '../cloud'
import { normaliseHostname } from '../net/hostname'
import { validateIpOrCidr } from '../net/ip'
import type { Project } from '../types'
import type { ExpectedRecord } from './expected'
import type { Lookup, LookupFailure } from './observed'
import { failureSummary, isFailure, joinTxt } from './observed'
import type { DnsVerdict } from './records'
import type { SpfAssessment, SpfRecordNode } from './spf-assess'
import { TXT_STRING_LIMIT } from './spf-compose'
import { isSpfRecord } from './spf-parse'
import { Findings, make, notAnswered } from './verdict-findings'

/** What the SPF check observed: the domain's TXT records and the assessment built on them. */
export type SpfObservation = {
  txt: Lookup<string[]>
  /** assessSpf over the on-premises and third-party IPs; null when the TXT lookup failed. */
  assessment: SpfAssessment | null
  /** Lookups that could not be answered while assessing (e.g. an include's record). */
  failures: LookupFailure[]
}

type SpfProject = Pick<Project, 'onPremIps' | 'thirdPartySenders' | 'cloud'>

function treeDomains(node: SpfRecordNode): string[] {
  return [node.domain, ...node.children.flatMap(treeDomains)]
}

/** The third-party senders entered as IP addresses or ranges. */
export function thirdPartyIps(project: Pick<Project, 'thirdPartySenders'>): string[] {
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

/** More than one SPF record, and strings over the 255 bytes a TXT string holds. */
function recordFindings(name: string, spf: string[][], findings: Findings): void {
  if (spf.length > 1) {
    findings.errors.push(
      `${name} has ${spf.length} SPF records: receivers treat that as a permanent error (RFC 7208 §4.5), even when they are identical. Merge them into one.`
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
}

/** Whether each on-premises and third-party address is authorised. */
function addressFindings(assessment: SpfAssessment, project: SpfProject, findings: Findings): void {
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
}

/** How the record ends: -all is what Microsoft recommends once every sender is listed. */
function endingFindings(assessment: SpfAssessment, findings: Findings): void {
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
}

/** Microsoft 365's include, the third-party includes and the limit of 10 DNS lookups. */
function includeFindings(
  observation: SpfObservation & { assessment: SpfAssessment },
  project: SpfProject,
  unanswered: string[],
  findings: Findings
): void {
  const { assessment, failures } = observation
  const incomplete = failures.length > 0
  if (!assessment.reachesMicrosoft365 && !incomplete) {
    findings.errors.push(
      `The record does not include ${cloudNames(project).spfInclude}: mail sent from Exchange Online fails SPF.`
    )
  }
  const reached = treeDomains(assessment.tree)
  for (const party of thirdPartyDomains(project)) {
    if (!reached.includes(party)) {
      findings.warnings.push(`The third-party sender ${party} is not included (include:${party}).`)
    }
  }
  endingFindings(assessment, findings)
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
}

/**
 * Judges the SPF record (domain-brief 1.3), from assessSpf: exactly one record, no string over 255
 * bytes, every on-premises IP authorised (check_host pass), spf.protection.outlook.com reached,
 * third-party senders present, the ending, and at most 10 DNS lookups.
 */
export function spfVerdict(
  expected: ExpectedRecord,
  observation: SpfObservation,
  project: SpfProject
): DnsVerdict {
  const { txt, assessment, failures } = observation
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
  recordFindings(expected.name, spf, findings)
  const unanswered = [
    ...new Set(failures.map((failure) => failureSummary(failure.error, failure.name)))
  ]
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
    if (failures.length > 0) findings.unknowns.push(...unanswered)
    return findings.verdict(expected, '')
  }
  addressFindings(assessment, project, findings)
  includeFindings({ ...observation, assessment }, project, unanswered, findings)
  return findings.verdict(
    expected,
    `One SPF record authorises the on-premises servers and Microsoft 365 and ends with ${assessment.ending}.`
  )
}

/**
 * Verdicts on what DNS answered for each record a domain needs. A verdict of 'ok' lets the user
 * mark the step it backs "verified on <date>"; it never completes a step by itself. A lookup that
 * could not be answered (timeout, server failure, a name not pasted) gives 'unknown' and claims
 * nothing. Sources: domain-brief 1.1–1.4.
 */
import { stepTitle } from '../catalog'
import { normaliseHostname } from '../net/hostname'
import type { Domain, Project } from '../types'
import type { ExpectedRecord } from './expected'
import { expectedRecords } from './expected'
import { classifyMxHost } from './mx'
import { mxVerdict } from './mx-verdict'
import type { DnsCheckResolver, Lookup } from './observed'
import { formatMx, isFailure, joinTxt, lookup } from './observed'
import type { DnsRecordEntry, DnsRecordKind, DnsRecordSource, DnsVerdict } from './records'
import { isVerificationTxt } from './records'
import {
  autodiscoverVerdict,
  dkimVerdict,
  dmarcVerdict,
  verificationVerdict
} from './record-verdicts'
import type { SpfAnswers } from './spf-answers'
import { answerRecorder, judgeSpf } from './spf-answers'
import { isSpfRecord } from './spf-parse'

export { mxVerdict } from './mx-verdict'
export type { SpfObservation } from './spf-verdict'
export { spfVerdict } from './spf-verdict'
export {
  autodiscoverVerdict,
  dkimVerdict,
  dmarcVerdict,
  verificationVerdict
} from './record-verdicts'

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
  /** SPF: every DNS answer the check read, to judge it again later (spf-answers.ts). */
  answers?: SpfAnswers
}

export type DomainDnsCheck = {
  domainId: string
  /** ISO timestamp of the check. */
  checkedAt: string
  checks: DnsCheck[]
}

type Outcome = {
  observed: string[] | null
  verdict: DnsVerdict
  failures: number
  answers?: SpfAnswers
}

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
  // Every answer is kept with the check, so the verdict can be judged again for a changed project.
  const recorder = answerRecorder(resolver)
  const judged = await judgeSpf(record, project, { ...recorder.resolver, cname: resolver.cname })
  const result = outcome(
    judged.txt,
    (records) => records.map(joinTxt).filter(isSpfRecord),
    judged.verdict,
    judged.verdict.status === 'unknown' ? judged.failures : 0
  )
  return { ...result, answers: recorder.answers }
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
    failed: result.failures > 0,
    ...(result.answers === undefined ? {} : { answers: result.answers })
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
): Pick<DnsRecordEntry, 'observed' | 'verdict' | 'checkedAt' | 'source' | 'answers'> | null {
  if (check.failed) return null
  const patch = { observed: check.observed, verdict: check.verdict, checkedAt, source }
  return check.answers === undefined ? patch : { ...patch, answers: check.answers }
}

/**
 * The note shown on the checklist step a matching record backs: "Verified on <date>", for the
 * user to confirm. Null unless the verdict is 'ok' and backs a step.
 */
export function verifiedNote(verdict: DnsVerdict, checkedAt: string): string | null {
  if (verdict.status !== 'ok' || verdict.stepId === undefined) return null
  return `Verified on ${checkedAt.slice(0, 10)}: DNS shows what “${stepTitle(verdict.stepId)}” needs. Mark the step done if you agree.`
}

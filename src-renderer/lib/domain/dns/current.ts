/**
 * A stored verdict judged the domain as it was at the check: its scenario, the project's hosts and
 * cloud, the values entered then. After any of these change it may no longer hold (MX on-premises
 * stays "ok" after the domain moves from scenario 4 to 2). Every reader therefore re-judges the
 * stored observation against the domain as it is now; the observation itself (what DNS answered,
 * when, from which source) is kept as stored.
 */
import { normaliseHostname } from '../net/hostname'
import type { Domain, Project } from '../types'
import type { ExpectedRecord } from './expected'
import { expectedRecords } from './expected'
import { classifyMxHost } from './mx'
import type { Lookup } from './observed'
import type { DnsRecordEntry, DnsVerdict } from './records'
import { DnsLookupError, type MxRecord } from './resolver'
import { enteredFromRecords } from './stored'
import { mxVerdict } from './mx-verdict'
import {
  autodiscoverVerdict,
  dkimVerdict,
  dmarcVerdict,
  verificationVerdict
} from './record-verdicts'

type Judged = Pick<DnsRecordEntry, 'kind' | 'name' | 'expected' | 'observed' | 'verdict'>

const NXDOMAIN = /does not exist in DNS \(NXDOMAIN\)|does not exist:/

/** What DNS answered, rebuilt from the stored values: [] after NXDOMAIN is told by its verdict. */
function answered<T>(observed: readonly T[], stored: DnsVerdict): Lookup<T> {
  if (observed.length === 0 && NXDOMAIN.test(stored.summary)) {
    return { ok: false, error: new DnsLookupError('NXDOMAIN') }
  }
  return { ok: true, records: [...observed] }
}

/** "0 contoso-com.mail.protection.outlook.com" (formatMx) back into an MX record. */
function parseMx(text: string): MxRecord | null {
  const match = /^(\d+)\s+(\S+)$/.exec(text.trim())
  return match ? { priority: Number(match[1]), exchange: match[2] ?? '' } : null
}

/**
 * The address lookup of the MX host, as the stored verdict reported it, when it is about the host
 * the new verdict names; undefined otherwise (that finding is then left out, never guessed).
 */
function mxTarget(
  expected: ExpectedRecord,
  records: readonly MxRecord[],
  stored: DnsVerdict
): Lookup<string> | undefined {
  const hosts = records.map((r) => normaliseHostname(r.exchange))
  const wanted = expected.values[0]
  const host =
    wanted !== undefined && hosts.includes(wanted)
      ? wanted
      : (hosts.find((h) => classifyMxHost(h) === 'eop') ?? hosts[0])
  if (host === undefined) return undefined
  for (const line of [stored.summary, ...stored.details]) {
    if (
      line ===
      `The MX host ${host} does not resolve (NXDOMAIN): inbound internet mail is deferred until it does.`
    ) {
      return { ok: false, error: new DnsLookupError('NXDOMAIN') }
    }
    const resolved = line.startsWith(`${host} resolves (`) ? /\((.*)\)\.$/.exec(line) : null
    if (resolved) return { ok: true, records: (resolved[1] ?? '').split(', ') }
  }
  return undefined
}

function isAddress(value: string): boolean {
  return /^[\d.]+$/.test(value) || value.includes(':')
}

/**
 * The verdict of one stored entry against `expected`, the record the domain needs now. MX,
 * verification, autodiscover (CNAME targets), DKIM and DMARC are judged again from the stored
 * answers. SPF is judged again where its rows are read (withCurrentSpf in spf-answers.ts, from the
 * answers its check kept, includes and all: that needs the asynchronous SPF evaluation); it and
 * autodiscover seen as addresses keep the verdict as read while it backs the same step. Null when
 * nothing was judged.
 */
export function currentVerdict(
  entry: Judged,
  expected: ExpectedRecord | undefined
): DnsVerdict | null {
  const stored = entry.verdict
  if (stored === null || expected === undefined) return stored
  const sameStep = (stored.stepId ?? null) === expected.stepId
  const observed = entry.observed
  if (observed === null) return sameStep ? stored : null
  switch (expected.kind) {
    case 'mx': {
      const records = observed.map(parseMx).filter((r): r is MxRecord => r !== null)
      if (records.length !== observed.length) return sameStep ? stored : null
      return mxVerdict(expected, answered(records, stored), mxTarget(expected, records, stored))
    }
    case 'verification':
      return verificationVerdict(
        expected,
        answered(
          observed.map((text) => [text]),
          stored
        )
      )
    case 'autodiscover':
      if (observed.length === 0 || observed.every(isAddress)) return sameStep ? stored : null
      return autodiscoverVerdict(expected, answered(observed, stored))
    case 'dkim':
      return dkimVerdict(expected, answered(observed, stored))
    case 'dmarc':
      return dmarcVerdict(
        expected,
        answered(
          observed.map((text) => [text]),
          stored
        )
      )
    case 'spf':
      return sameStep ? stored : null
  }
}

/**
 * The domain's stored entries with each verdict judged against the domain as it is now
 * (currentVerdict). Entries under an old name of the domain are returned unchanged.
 */
export function currentDnsRecords<T extends Judged>(
  project: Project,
  domain: Domain,
  records: readonly T[]
): T[] {
  const expected = expectedRecords(project, domain, enteredFromRecords(records, domain.name))
  return records.map((entry) => {
    const record = expected.find((r) => r.kind === entry.kind && r.name === entry.name)
    if (record === undefined) return entry
    return { ...entry, verdict: currentVerdict(entry, record) }
  })
}

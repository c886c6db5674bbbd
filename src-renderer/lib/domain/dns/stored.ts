/**
 * How a domain's DNS records are kept: one stored entry per record kind and DNS name (DKIM has one
 * per selector), holding what the user entered and what the last successful check saw. These
 * functions map entered values onto those entries and back, read stored rows safely, and word the
 * activity-log line of a check.
 */
import { normaliseHostname } from '../net/hostname'
import type { StepId } from '../types'
import { hasProjectRowMeta, isStringArray } from '../json'
import type { PastedRecordType } from './observed'
import type { DnsRecordEntry, DnsRecordKind, DnsRecordSource, DnsVerdict } from './records'
import { DNS_RECORD_KINDS } from './records'
import { isSpfAnswers } from './spf-answers'
import type { DomainDnsCheck } from './verdicts'
import { verifiedNote } from './verdicts'

export type DkimSelector = 'selector1' | 'selector2'

export const DKIM_SELECTORS: readonly DkimSelector[] = ['selector1', 'selector2']

/**
 * The DNS name a record of `kind` lives at for `domainName`: the zone root for MX, SPF and the
 * verification TXT; autodiscover.<domain>; <selector>._domainkey.<domain>; _dmarc.<domain>.
 */
export function dnsRecordName(
  kind: DnsRecordKind,
  domainName: string,
  selector: DkimSelector = 'selector1'
): string {
  const domain = normaliseHostname(domainName)
  switch (kind) {
    case 'autodiscover':
      return `autodiscover.${domain}`
    case 'dkim':
      return `${selector}._domainkey.${domain}`
    case 'dmarc':
      return `_dmarc.${domain}`
    default:
      return domain
  }
}

/** What one stored entry holds as entered value. */
export type EnteredRow = { kind: DnsRecordKind; name: string; expected: string }

/**
 * Spreads entered values (already normalised by validateEnteredRecords, '' to clear one) over the
 * entries that store them: one per kind, and for DKIM one per selector, matched by the target's
 * selector (selector1-… or selector2-…). Kinds missing from `entered` give no rows.
 */
export function enteredRows(
  domainName: string,
  entered: Partial<Record<DnsRecordKind, string>>
): EnteredRow[] {
  const rows: EnteredRow[] = []
  for (const kind of DNS_RECORD_KINDS) {
    const value = entered[kind]
    if (value === undefined) continue
    if (kind !== 'dkim') {
      rows.push({ kind, name: dnsRecordName(kind, domainName), expected: value })
      continue
    }
    const targets = value.split(/\s+/).filter((target) => target !== '')
    for (const selector of DKIM_SELECTORS) {
      const target = targets.find((t) => t.startsWith(`${selector}-`)) ?? ''
      rows.push({ kind, name: dnsRecordName(kind, domainName, selector), expected: target })
    }
  }
  return rows
}

/**
 * The entered values of a domain's stored entries, as expectedRecords and the entry form take
 * them: DKIM targets joined one per line, selector1 first. Entries under another name (left from
 * before the domain was renamed) are ignored, as are empty values.
 */
export function enteredFromRecords(
  records: readonly Pick<DnsRecordEntry, 'kind' | 'name' | 'expected'>[],
  domainName: string
): Partial<Record<DnsRecordKind, string>> {
  const entered: Partial<Record<DnsRecordKind, string>> = {}
  const at = (kind: DnsRecordKind, selector?: DkimSelector): string =>
    records.find((r) => r.kind === kind && r.name === dnsRecordName(kind, domainName, selector))
      ?.expected ?? ''
  for (const kind of DNS_RECORD_KINDS) {
    const value =
      kind === 'dkim'
        ? DKIM_SELECTORS.map((selector) => at(kind, selector))
            .filter((target) => target !== '')
            .join('\n')
        : at(kind)
    if (value !== '') entered[kind] = value
  }
  return entered
}

const VERDICT_STATUSES: readonly string[] = ['ok', 'warning', 'error', 'unknown']

function isVerdict(value: unknown): value is DnsVerdict {
  if (value === null || typeof value !== 'object') return false
  const verdict = value as Record<string, unknown>
  return (
    typeof verdict.status === 'string' &&
    VERDICT_STATUSES.includes(verdict.status) &&
    typeof verdict.summary === 'string' &&
    isStringArray(verdict.details) &&
    (verdict.stepId === undefined || typeof verdict.stepId === 'string')
  )
}

/**
 * True when a stored row has the shape of a DnsRecordEntry. Rows of another shape (written by an
 * older build, or restored from a hand-edited backup) are skipped rather than shown half-read.
 */
export function isDnsRecordEntry(row: unknown): row is DnsRecordEntry {
  if (row === null || typeof row !== 'object') return false
  const r = row as Record<string, unknown>
  return (
    hasProjectRowMeta(r) &&
    typeof r.domainId === 'string' &&
    DNS_RECORD_KINDS.some((kind) => kind === r.kind) &&
    typeof r.name === 'string' &&
    typeof r.expected === 'string' &&
    (r.observed === null || isStringArray(r.observed)) &&
    (r.verdict === null || isVerdict(r.verdict)) &&
    (r.checkedAt === null || typeof r.checkedAt === 'string') &&
    (r.source === null || r.source === 'live' || r.source === 'pasted') &&
    typeof r.notes === 'string' &&
    (r.answers === undefined || isSpfAnswers(r.answers))
  )
}

/** How a check's source reads in a sentence. */
export const SOURCE_LABELS: Readonly<Record<DnsRecordSource, string>> = {
  live: 'live DNS',
  pasted: 'pasted output'
}

/**
 * The activity-log line of a check: how many records got each verdict and how many could not be
 * checked (those overwrite nothing), e.g. "DNS check of contoso.com from pasted output: 1 ok,
 * 1 warning; 5 not checked".
 */
export function dnsCheckSummary(
  domainName: string,
  result: DomainDnsCheck,
  source: DnsRecordSource
): string {
  const stored = result.checks.filter((check) => !check.failed)
  const counts: string[] = []
  for (const status of ['ok', 'warning', 'error', 'unknown'] as const) {
    const count = stored.filter((check) => check.verdict.status === status).length
    if (count > 0) counts.push(`${count} ${status}`)
  }
  const failed = result.checks.length - stored.length
  const parts = [counts.join(', ') || 'nothing stored']
  if (failed > 0) parts.push(`${failed} not checked`)
  return `DNS check of ${normaliseHostname(domainName)} from ${SOURCE_LABELS[source]}: ${parts.join('; ')}`
}

/** A checklist step that a stored DNS verdict backs with 'ok'. */
export type VerifiedStep = {
  checkedAt: string
  /** verifiedNote's sentence: "Verified on <date>: DNS shows what … needs. Mark the step done…" */
  note: string
  /** The verdicts' summaries, e.g. as evidence for the step. */
  summary: string
}

/** True when the entry's name is where a record of its kind lives for `domainName`. */
export function isCurrentName(
  record: Pick<DnsRecordEntry, 'kind' | 'name'>,
  domainName: string
): boolean {
  return DKIM_SELECTORS.some(
    (selector) => dnsRecordName(record.kind, domainName, selector) === record.name
  )
}

/**
 * The steps the stored entries of `domainName` verify (verdict 'ok' backing a step), with
 * verifiedNote's text, for the checklist to show "Verified on <date>". When several entries back
 * one step, each must be 'ok'; the latest check date is shown. Entries under an old name of the
 * domain are ignored.
 */
export function verifiedSteps(
  records: readonly Pick<DnsRecordEntry, 'kind' | 'name' | 'verdict' | 'checkedAt'>[],
  domainName: string
): Map<StepId, VerifiedStep> {
  const byStep = new Map<StepId, VerifiedStep & { ok: boolean }>()
  for (const record of records) {
    const stepId = record.verdict?.stepId
    if (record.verdict === null || stepId === undefined || record.checkedAt === null) continue
    if (!isCurrentName(record, domainName)) continue
    const note = verifiedNote(record.verdict, record.checkedAt)
    const seen = byStep.get(stepId)
    const latest = seen === undefined || record.checkedAt > seen.checkedAt
    byStep.set(stepId, {
      ok: (seen?.ok ?? true) && note !== null,
      checkedAt: latest ? record.checkedAt : (seen?.checkedAt ?? record.checkedAt),
      note: latest && note !== null ? note : (seen?.note ?? note ?? ''),
      summary: [seen?.summary, record.verdict.summary].filter(Boolean).join(' ')
    })
  }
  const verified = new Map<StepId, VerifiedStep>()
  for (const [stepId, { ok, ...entry }] of byStep) if (ok) verified.set(stepId, entry)
  return verified
}

/** A lookup a pasted check could not answer: what to run and paste next. */
export type NeededLookup = { name: string; type: PastedRecordType }

const NEEDS = /needs the record for (\S+?): paste what nslookup -type=(mx|txt|cname|a|aaaa|ptr) /g

/**
 * The lookups that kept records of a pasted check from being judged, in order and without
 * repeats, read from the failed checks' verdicts (failureSummary's "needs the record for <name>:
 * paste what nslookup -type=<type> <name> prints").
 */
export function neededLookups(result: DomainDnsCheck): NeededLookup[] {
  const needed: NeededLookup[] = []
  for (const check of result.checks) {
    if (!check.failed) continue
    const texts = [check.verdict.summary, ...check.verdict.details].join('\n')
    for (const match of texts.matchAll(NEEDS)) {
      const name = match[1] ?? ''
      const type = (match[2] ?? 'txt') as PastedRecordType
      if (!needed.some((n) => n.name === name && n.type === type)) needed.push({ name, type })
    }
  }
  return needed
}

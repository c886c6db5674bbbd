import { cloudNames } from '../../domain/cloud'
/**
 * A domain's DNS records: the values the user enters (the assigned EOP host, MS=ms…, DKIM
 * targets, DMARC) and what each check observed. One row per record kind and DNS name. A check
 * that could not reach DNS overwrites nothing, so an earlier observation stays until DNS answers.
 */
import type { DnsRecordEntry, DnsRecordKind, DnsRecordSource } from '../../domain/dns/records'
import { validateEnteredRecords } from '../../domain/dns/records'
import { validateDnsServer } from '../../domain/dns/server'
import { withCurrentSpf } from '../../domain/dns/spf-answers'
import { dnsCheckSummary, enteredRows, isDnsRecordEntry } from '../../domain/dns/stored'
import type { DomainDnsCheck } from '../../domain/dns/verdicts'
import { checkPatch } from '../../domain/dns/verdicts'
import type { Domain } from '../../domain/types'
import { ValidationError } from '../../domain/validation'
import type { TrackerDb } from '../schema'
import { newRowMeta, type WriteContext } from '../write-context'
import { domainOrThrow } from './domains'
import { appendEvent } from './events'

/** A domain's rows as stored (for writes); rows of an unknown shape are left out. */
async function storedRows(db: TrackerDb, domainId: string): Promise<DnsRecordEntry[]> {
  const rows = await db.dnsRecords.where('domainId').equals(domainId).toArray()
  return rows.filter(isDnsRecordEntry)
}

/**
 * The stored DNS records of a domain, each SPF verdict judged again for the project as it is now
 * (withCurrentSpf); rows of an unknown shape are left out.
 */
export async function readDnsRecords(db: TrackerDb, domainId: string): Promise<DnsRecordEntry[]> {
  const rows = await storedRows(db, domainId)
  const domain = await db.domains.get(domainId)
  const project = domain === undefined ? undefined : await db.projects.get(domain.projectId)
  if (domain === undefined || project === undefined) return rows
  return withCurrentSpf(project, [domain], rows)
}

/**
 * The stored DNS records of every domain of a project, each SPF verdict judged again for the
 * project as it is now; rows of an unknown shape are left out.
 */
export async function readProjectDnsRecords(
  db: TrackerDb,
  projectId: string
): Promise<DnsRecordEntry[]> {
  const rows = await db.dnsRecords.where('projectId').equals(projectId).toArray()
  const project = await db.projects.get(projectId)
  const domains = await db.domains.where('projectId').equals(projectId).toArray()
  const valid = rows.filter(isDnsRecordEntry)
  return project === undefined ? valid : withCurrentSpf(project, domains, valid)
}

function newEntry(
  domain: Domain,
  kind: DnsRecordKind,
  name: string,
  context: WriteContext
): DnsRecordEntry {
  return {
    ...newRowMeta(context),
    projectId: domain.projectId,
    domainId: domain.id,
    kind,
    name,
    expected: '',
    observed: null,
    verdict: null,
    checkedAt: null,
    source: null,
    notes: ''
  }
}

const KIND_LABELS: Readonly<Record<DnsRecordKind, string>> = {
  mx: 'MX host',
  spf: 'SPF record',
  verification: 'verification TXT',
  autodiscover: 'autodiscover target',
  dkim: 'DKIM targets',
  dmarc: 'DMARC record'
}

/**
 * Saves what the user entered for a domain's records. Every value is validated first
 * (validateEnteredRecords): one refused value throws a ValidationError keyed by the record kind
 * and nothing is stored. A kind given as '' clears its value; kinds not given stay as they are.
 * A changed value clears the stored verdict (it judged the old value) but keeps the observation.
 * Returns the domain's records after the change.
 */
export async function saveEnteredRecords(
  db: TrackerDb,
  domainId: string,
  entered: Partial<Record<DnsRecordKind, string>>,
  context: WriteContext
): Promise<DnsRecordEntry[]> {
  return db.transaction('rw', [db.projects, db.domains, db.dnsRecords, db.events], async () => {
    const domain = await domainOrThrow(db, domainId)
    const project = await db.projects.get(domain.projectId)
    const checked = validateEnteredRecords(entered, domain.name, cloudNames(project).cloud)
    if (!checked.ok) throw new ValidationError(checked.errors)
    const values: Partial<Record<DnsRecordKind, string>> = {}
    for (const key of Object.keys(entered) as DnsRecordKind[]) {
      values[key] = checked.value[key] ?? ''
    }
    const existing = await storedRows(db, domainId)
    const before: Record<string, string> = {}
    const after: Record<string, string> = {}
    const kinds = new Set<string>()
    for (const row of enteredRows(domain.name, values)) {
      const current = existing.find((r) => r.kind === row.kind && r.name === row.name)
      if ((current?.expected ?? '') === row.expected) continue
      // DKIM has a row per selector: its names tell them apart in the log.
      const key = row.kind === 'dkim' ? row.name : row.kind
      before[key] = current?.expected ?? ''
      after[key] = row.expected
      kinds.add(KIND_LABELS[row.kind])
      const base = current ?? newEntry(domain, row.kind, row.name, context)
      await db.dnsRecords.put({
        ...base,
        expected: row.expected,
        verdict: current ? null : base.verdict,
        updatedAt: context.now,
        rev: current ? current.rev + 1 : base.rev
      })
    }
    if (kinds.size > 0) {
      await appendEvent(db, context, {
        projectId: domain.projectId,
        domainId,
        entity: 'dnsRecord',
        entityId: domainId,
        action: 'dns-entered',
        summary: `Entered DNS values for ${domain.name}: ${[...kinds].join(', ')}`,
        before,
        after
      })
    }
    return storedRows(db, domainId)
  })
}

/** What saveDnsCheck stored. */
export type SavedDnsCheck = {
  /** Records whose observation and verdict were stored. */
  saved: number
  /** Records DNS could not answer for: their earlier observation was kept. */
  failed: number
}

/**
 * Stores a check of a domain's records (verifyDomainDns over live DNS or pasted output): each
 * answered record's observed values, verdict, time and source (checkPatch); a record DNS could not
 * answer keeps what it had. One activity-log entry summarises the check; when nothing could be
 * checked, nothing is written at all.
 */
export async function saveDnsCheck(
  db: TrackerDb,
  domainId: string,
  result: DomainDnsCheck,
  source: DnsRecordSource,
  context: WriteContext
): Promise<SavedDnsCheck> {
  if (source !== 'live' && source !== 'pasted') {
    throw new ValidationError({ source: 'A check comes from live DNS or pasted output.' })
  }
  if (result.domainId !== domainId) {
    throw new ValidationError({ domainId: 'This check is of another domain.' })
  }
  return db.transaction('rw', [db.domains, db.dnsRecords, db.events], async () => {
    const domain = await domainOrThrow(db, domainId)
    const existing = await storedRows(db, domainId)
    let saved = 0
    const verdicts: Record<string, string> = {}
    for (const check of result.checks) {
      const patch = checkPatch(check, result.checkedAt, source)
      if (patch === null) continue
      const current = existing.find((r) => r.kind === check.kind && r.name === check.name)
      const base = current ?? newEntry(domain, check.kind, check.name, context)
      await db.dnsRecords.put({
        ...base,
        ...patch,
        updatedAt: context.now,
        rev: current ? current.rev + 1 : base.rev
      })
      verdicts[check.kind === 'dkim' ? check.name : check.kind] = check.verdict.status
      saved++
    }
    const failed = result.checks.length - saved
    if (saved > 0) {
      await appendEvent(db, context, {
        projectId: domain.projectId,
        domainId,
        entity: 'dnsRecord',
        entityId: domainId,
        action: 'dns-checked',
        summary: dnsCheckSummary(domain.name, result, source),
        after: { source, checkedAt: result.checkedAt, ...verdicts }
      })
    }
    return { saved, failed }
  })
}

/** The settings key of the DNS server live checks ask. */
export const DNS_SERVER_KEY = 'dnsServer'

/** The DNS server live checks ask: '' for the system's servers. */
export async function readDnsServer(db: TrackerDb): Promise<string> {
  const row = await db.settings.get(DNS_SERVER_KEY)
  return typeof row?.value === 'string' ? row.value : ''
}

/**
 * Saves the DNS server of live checks after validateDnsServer (a ValidationError keyed
 * 'dnsServer' otherwise); '' returns to the system's servers. Returns the stored value.
 */
export async function saveDnsServer(
  db: TrackerDb,
  input: string,
  context: WriteContext
): Promise<string> {
  const checked = validateDnsServer(input)
  if (!checked.ok) throw new ValidationError({ [DNS_SERVER_KEY]: checked.message })
  return db.transaction('rw', db.settings, db.events, async () => {
    const current = await readDnsServer(db)
    if (current === checked.value) return current
    await db.settings.put({ key: DNS_SERVER_KEY, value: checked.value })
    await appendEvent(db, context, {
      projectId: null,
      entity: 'settings',
      entityId: DNS_SERVER_KEY,
      action: 'updated',
      summary:
        checked.value === ''
          ? 'Live DNS checks ask the system’s DNS servers'
          : `Live DNS checks ask the DNS server ${checked.value}`,
      before: { dnsServer: current },
      after: { dnsServer: checked.value }
    })
    return checked.value
  })
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { liveDashboardProblemInputs } from '../../src-renderer/lib/db/live/dashboard-problems'
import { liveDnsRecords, liveDnsServer } from '../../src-renderer/lib/db/live/dns'
import {
  readDnsRecords,
  readDnsServer,
  saveDnsCheck,
  saveDnsServer,
  saveEnteredRecords
} from '../../src-renderer/lib/db/repositories/dns-records'
import { readReportInputs } from '../../src-renderer/lib/db/report-inputs'
import { updateDomain } from '../../src-renderer/lib/db/repositories/domains'
import { updateProject } from '../../src-renderer/lib/db/repositories/projects'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import type { DnsCheckResolver } from '../../src-renderer/lib/domain/dns/observed'
import type { PastedDns } from '../../src-renderer/lib/domain/dns/pasted'
import { parsePastedDns, pastedResolver } from '../../src-renderer/lib/domain/dns/pasted'
import { DnsLookupError } from '../../src-renderer/lib/domain/dns/resolver'
import { enteredFromRecords } from '../../src-renderer/lib/domain/dns/stored'
import { verifyDomainDns } from '../../src-renderer/lib/domain/dns/verdicts'
import { proposalsFromDns } from '../../src-renderer/lib/domain/proposals'
import { buildReport } from '../../src-renderer/lib/domain/report'
import type { Domain, Project } from '../../src-renderer/lib/domain/types'
import { ValidationError } from '../../src-renderer/lib/domain/validation'
import {
  CONTOSO,
  contextSequence,
  hashTables,
  openTestDb,
  seedProjectWithDomain
} from '../support/db'
import { waitFor } from '../support/wait'

const MX_PASTE = `C:\\Users\\admin> nslookup -type=mx contoso.com
Server:  UnKnown
Address:  192.168.1.1

Non-authoritative answer:
contoso.com     MX preference = 0, mail exchanger = contoso-com.mail.protection.outlook.com

contoso-com.mail.protection.outlook.com internet address = 52.101.68.18
`

const OTHER_MX_PASTE = `contoso.com.\t\t3600\tIN\tMX\t10 mail.contoso.com.`

let db: TrackerDb
let project: Project
let domain: Domain
const at = contextSequence()

beforeEach(async () => {
  db = await openTestDb()
  ;({ project, domain } = await seedProjectWithDomain(db, at))
})
afterEach(async () => {
  await db.delete()
})

function paste(text: string): PastedDns {
  const parsed = parsePastedDns(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed
}

async function check(
  resolver: DnsCheckResolver,
  now: string
): Promise<Awaited<ReturnType<typeof verifyDomainDns>>> {
  const records = await readDnsRecords(db, domain.id)
  return verifyDomainDns(
    project,
    domain,
    enteredFromRecords(records, domain.name),
    resolver,
    new Date(now)
  )
}

/** A resolver for a machine without network: every query times out. */
const offline: DnsCheckResolver = {
  a: () => Promise.reject(new DnsLookupError('TIMEOUT')),
  aaaa: () => Promise.reject(new DnsLookupError('TIMEOUT')),
  mx: () => Promise.reject(new DnsLookupError('TIMEOUT')),
  txt: () => Promise.reject(new DnsLookupError('TIMEOUT')),
  ptr: () => Promise.reject(new DnsLookupError('TIMEOUT')),
  cname: () => Promise.reject(new DnsLookupError('TIMEOUT'))
}

describe('saveEnteredRecords', () => {
  it('stores normalised values, one row per kind and DNS name, and logs the change', async () => {
    const saved = await saveEnteredRecords(
      db,
      domain.id,
      {
        mx: 'CONTOSO-COM.mail.protection.outlook.com.',
        verification: 'ms=ms97284866',
        dkim: 'selector2-contoso-com._domainkey.contoso.onmicrosoft.com\nSELECTOR1-contoso-com._domainkey.contoso.onmicrosoft.com',
        dmarc: 'v=DMARC1;p=none'
      },
      at('2026-03-02T10:00:00.000Z')
    )
    expect(saved.map((r) => [r.kind, r.name, r.expected]).sort()).toEqual(
      [
        [
          'dkim',
          'selector1._domainkey.contoso.com',
          'selector1-contoso-com._domainkey.contoso.onmicrosoft.com'
        ],
        [
          'dkim',
          'selector2._domainkey.contoso.com',
          'selector2-contoso-com._domainkey.contoso.onmicrosoft.com'
        ],
        ['dmarc', '_dmarc.contoso.com', 'v=DMARC1; p=none'],
        ['mx', 'contoso.com', 'contoso-com.mail.protection.outlook.com'],
        ['verification', 'contoso.com', 'MS=ms97284866']
      ].sort()
    )
    expect(saved[0]).toMatchObject({
      projectId: project.id,
      domainId: domain.id,
      observed: null,
      verdict: null,
      checkedAt: null,
      source: null,
      rev: 1
    })
    const event = await db.events.orderBy('at').last()
    expect(event).toMatchObject({
      entity: 'dnsRecord',
      entityId: domain.id,
      action: 'dns-entered',
      summary:
        'Entered DNS values for contoso.com: MX host, verification TXT, DKIM targets, DMARC record',
      before: { mx: '', verification: '' },
      after: { mx: 'contoso-com.mail.protection.outlook.com', verification: 'MS=ms97284866' }
    })
  })

  it('refuses a 10,000-character TXT value, naming the field, and stores nothing', async () => {
    const before = await hashTables(db)
    const error = await saveEnteredRecords(
      db,
      domain.id,
      { mx: 'contoso-com.mail.protection.outlook.com', verification: `MS=ms${'9'.repeat(9_995)}` },
      at('2026-03-02T10:00:00.000Z')
    ).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).errors).toEqual({
      verification:
        'The value is 10,000 characters long; a record value here is at most 4,000. Check that only the record was copied.'
    })
    expect(await hashTables(db)).toBe(before)
  })

  it('clears a value given as empty, leaves kinds not given alone, and updates in place', async () => {
    await saveEnteredRecords(
      db,
      domain.id,
      { mx: 'contoso-com.mail.protection.outlook.com', dmarc: 'v=DMARC1; p=none' },
      at('2026-03-02T10:00:00.000Z')
    )
    const saved = await saveEnteredRecords(
      db,
      domain.id,
      { mx: '' },
      at('2026-03-02T11:00:00.000Z')
    )
    expect(enteredFromRecords(saved, domain.name)).toEqual({ dmarc: 'v=DMARC1; p=none' })
    expect(saved.find((r) => r.kind === 'mx')).toMatchObject({ expected: '', rev: 2 })
    expect(await db.dnsRecords.count()).toBe(2)
  })

  it('writes no event when nothing changed', async () => {
    await saveEnteredRecords(
      db,
      domain.id,
      { dmarc: 'v=DMARC1; p=none' },
      at('2026-03-02T10:00:00.000Z')
    )
    const events = await db.events.count()
    await saveEnteredRecords(
      db,
      domain.id,
      { dmarc: 'v=DMARC1;  p=none' },
      at('2026-03-02T11:00:00.000Z')
    )
    expect(await db.events.count()).toBe(events)
  })

  it('refuses a domain that does not exist', async () => {
    await expect(
      saveEnteredRecords(db, 'nope', { dmarc: 'v=DMARC1; p=none' }, at('2026-03-02T10:00:00.000Z'))
    ).rejects.toThrow('This domain no longer exists.')
  })
})

describe('saveDnsCheck', () => {
  it('stores what a pasted check observed and its verdict, and logs one summary', async () => {
    const result = await check(pastedResolver([paste(MX_PASTE)]), '2026-03-03T08:00:00.000Z')
    const saved = await saveDnsCheck(
      db,
      domain.id,
      result,
      'pasted',
      at('2026-03-03T08:00:01.000Z')
    )
    expect(saved).toEqual({ saved: 1, failed: 6 })
    const records = await readDnsRecords(db, domain.id)
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({
      kind: 'mx',
      name: 'contoso.com',
      expected: '',
      observed: ['0 contoso-com.mail.protection.outlook.com'],
      checkedAt: '2026-03-03T08:00:00.000Z',
      source: 'pasted',
      // Nothing entered: Exchange Online, but not confirmed as the host Microsoft assigned.
      verdict: {
        status: 'warning',
        summary: expect.stringMatching(
          /^MX points to Exchange Online Protection \(contoso-com\.mail\.protection\.outlook\.com\): enter the MX host Microsoft assigned/
        ),
        stepId: 'dns-mx-eop'
      }
    })
    const event = await db.events.orderBy('at').last()
    expect(event).toMatchObject({
      entity: 'dnsRecord',
      entityId: domain.id,
      action: 'dns-checked',
      summary: 'DNS check of contoso.com from pasted output: 1 warning; 6 not checked',
      after: { source: 'pasted', checkedAt: '2026-03-03T08:00:00.000Z', mx: 'warning' }
    })
  })

  it('keeps the earlier observation when a later check fails', async () => {
    const first = await check(pastedResolver([paste(MX_PASTE)]), '2026-03-03T08:00:00.000Z')
    await saveDnsCheck(db, domain.id, first, 'pasted', at('2026-03-03T08:00:01.000Z'))
    const stored = await readDnsRecords(db, domain.id)
    const before = await hashTables(db)

    const failed = await check(offline, '2026-03-04T08:00:00.000Z')
    expect(failed.checks.every((c) => c.failed)).toBe(true)
    expect(
      await saveDnsCheck(db, domain.id, failed, 'live', at('2026-03-04T08:00:01.000Z'))
    ).toEqual({
      saved: 0,
      failed: 7
    })
    expect(await hashTables(db)).toBe(before)
    expect(await readDnsRecords(db, domain.id)).toEqual(stored)
  })

  it('overwrites an observation with a newer answer and keeps the entered value', async () => {
    await saveEnteredRecords(
      db,
      domain.id,
      { mx: 'contoso-com.mail.protection.outlook.com' },
      at('2026-03-02T10:00:00.000Z')
    )
    const first = await check(pastedResolver([paste(MX_PASTE)]), '2026-03-03T08:00:00.000Z')
    await saveDnsCheck(db, domain.id, first, 'pasted', at('2026-03-03T08:00:01.000Z'))
    const second = await check(pastedResolver([paste(OTHER_MX_PASTE)]), '2026-03-05T08:00:00.000Z')
    await saveDnsCheck(db, domain.id, second, 'live', at('2026-03-05T08:00:01.000Z'))
    const [mx] = await readDnsRecords(db, domain.id)
    expect(mx).toMatchObject({
      expected: 'contoso-com.mail.protection.outlook.com',
      observed: ['10 mail.contoso.com'],
      checkedAt: '2026-03-05T08:00:00.000Z',
      source: 'live',
      verdict: { status: 'error' },
      rev: 3
    })
  })

  it('clears a verdict when the value it judged is changed, keeping the observation', async () => {
    const first = await check(pastedResolver([paste(MX_PASTE)]), '2026-03-03T08:00:00.000Z')
    await saveDnsCheck(db, domain.id, first, 'pasted', at('2026-03-03T08:00:01.000Z'))
    await saveEnteredRecords(
      db,
      domain.id,
      { mx: 'contoso-com.mail.protection.outlook.com' },
      at('2026-03-03T09:00:00.000Z')
    )
    const [mx] = await readDnsRecords(db, domain.id)
    expect(mx).toMatchObject({
      expected: 'contoso-com.mail.protection.outlook.com',
      observed: ['0 contoso-com.mail.protection.outlook.com'],
      verdict: null,
      checkedAt: '2026-03-03T08:00:00.000Z'
    })
  })

  it('refuses an unknown source and a check of another domain, storing nothing', async () => {
    const result = await check(pastedResolver([paste(MX_PASTE)]), '2026-03-03T08:00:00.000Z')
    const before = await hashTables(db)
    await expect(
      saveDnsCheck(db, domain.id, result, 'guessed' as 'live', at('2026-03-03T08:00:01.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      saveDnsCheck(db, 'other', result, 'live', at('2026-03-03T08:00:01.000Z'))
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await hashTables(db)).toBe(before)
  })

  it('skips stored rows it cannot read', async () => {
    await db
      .table('dnsRecords')
      .add({ id: 'odd', projectId: project.id, domainId: domain.id, kind: 'mx' })
    expect(await readDnsRecords(db, domain.id)).toEqual([])
  })
})

describe('DNS server setting', () => {
  it('stores a validated, canonical server and logs it', async () => {
    expect(await readDnsServer(db)).toBe('')
    expect(await saveDnsServer(db, ' 2001:DB8::53 ', at('2026-03-02T10:00:00.000Z'))).toBe(
      '2001:db8::53'
    )
    expect(await readDnsServer(db)).toBe('2001:db8::53')
    expect(await db.events.orderBy('at').last()).toMatchObject({
      entity: 'settings',
      entityId: 'dnsServer',
      summary: 'Live DNS checks ask the DNS server 2001:db8::53',
      after: { dnsServer: '2001:db8::53' }
    })
  })

  it('refuses a host name and stores nothing', async () => {
    const before = await hashTables(db)
    await expect(saveDnsServer(db, 'dns.google', at('2026-03-02T10:00:00.000Z'))).rejects.toThrow(
      'DNS server “dns.google” is not an IP address'
    )
    expect(await hashTables(db)).toBe(before)
  })
})

describe('live DNS reads', () => {
  it('follow entered values and the DNS server setting', async () => {
    const kinds: string[][] = []
    const servers: string[] = []
    const records = liveDnsRecords(domain.id, db).subscribe({
      next: (value) => kinds.push(value.map((r) => r.kind))
    })
    const server = liveDnsServer(db).subscribe({ next: (value) => servers.push(value) })
    await waitFor(() => kinds.length > 0 && servers.length > 0)
    await saveEnteredRecords(
      db,
      domain.id,
      { dmarc: 'v=DMARC1; p=none' },
      at('2026-03-02T10:00:00.000Z')
    )
    await saveDnsServer(db, '192.0.2.53:5353', at('2026-03-02T10:01:00.000Z'))
    await waitFor(() => kinds.at(-1)?.length === 1 && servers.at(-1) === '192.0.2.53:5353')
    records.unsubscribe()
    server.unsubscribe()
    expect([kinds[0], kinds.at(-1), servers[0]]).toEqual([[], ['dmarc'], ''])
  })

  it('give the dashboard the project’s DNS records and follow a change', async () => {
    const seen: string[][] = []
    const inputs = liveDashboardProblemInputs(project.id, db).subscribe({
      next: (value) => seen.push(value.dnsRecords.map((r) => `${r.domainId}:${r.kind}`))
    })
    const elsewhere = liveDashboardProblemInputs('another-project', db).subscribe({
      next: (value) => seen.push(value.dnsRecords.map((r) => `other:${r.kind}`))
    })
    await waitFor(() => seen.length >= 2)
    await saveEnteredRecords(
      db,
      domain.id,
      { dmarc: 'v=DMARC1; p=none' },
      at('2026-03-02T10:00:00.000Z')
    )
    await waitFor(() => seen.some((kinds) => kinds.includes(`${domain.id}:dmarc`)))
    inputs.unsubscribe()
    elsewhere.unsubscribe()
    expect(seen.flat().filter((entry) => entry.startsWith('other:'))).toEqual([])
  })
})

describe('a stored check after the domain’s scenario changes', () => {
  it('is reported against the new scenario: MX on-premises is no longer OK in scenario 2', async () => {
    const conditions = domain.conditions
    domain = await updateDomain(
      db,
      domain.id,
      { name: domain.name, scenario: 4, conditions },
      at('2026-03-02T08:00:00.000Z')
    )
    const result = await check(pastedResolver([paste(OTHER_MX_PASTE)]), '2026-03-03T08:00:00.000Z')
    await saveDnsCheck(db, domain.id, result, 'pasted', at('2026-03-03T08:00:01.000Z'))
    const scope = { kind: 'domain', domainId: domain.id } as const
    const before = buildReport(await readReportInputs(db, project.id, scope, '2026-03-04'), {
      today: '2026-03-04',
      generatedAt: '2026-03-04T08:00:00.000Z'
    })
    expect(before.domains[0]?.dns[0]).toMatchObject({ kind: 'mx', status: 'ok' })

    domain = await updateDomain(
      db,
      domain.id,
      { name: domain.name, scenario: 2, conditions },
      at('2026-03-04T09:00:00.000Z')
    )
    const after = buildReport(await readReportInputs(db, project.id, scope, '2026-03-04'), {
      today: '2026-03-04',
      generatedAt: '2026-03-04T10:00:00.000Z'
    })
    expect(after.domains[0]?.dns[0]).toMatchObject({
      kind: 'mx',
      status: 'error',
      checkedOn: '2026-03-03',
      message:
        'MX points to mail.contoso.com, not to Exchange Online Protection: publish the MX host Microsoft assigned to contoso.com (admin center → Settings → Domains → contoso.com → DNS records).'
    })
    const records = await readDnsRecords(db, domain.id)
    expect(proposalsFromDns(project, domain, records)).toEqual([])
    // The observation is kept as checked.
    expect(records.find((r) => r.kind === 'mx')).toMatchObject({
      observed: ['10 mail.contoso.com'],
      checkedAt: '2026-03-03T08:00:00.000Z'
    })
  })
})

describe('a stored SPF check after the project changes', () => {
  it('is judged again from the answers it kept: a new on-premises address is reported', async () => {
    const pastes = [
      paste(
        'contoso.com\ttext = "v=spf1 ip4:131.107.21.231 ip4:10.10.10.1 include:spf.protection.outlook.com -all"\n'
      ),
      paste('spf.protection.outlook.com\ttext = "v=spf1 ip4:40.92.0.0/15 -all"\n')
    ]
    const result = await check(pastedResolver(pastes), '2026-03-03T08:00:00.000Z')
    await saveDnsCheck(db, domain.id, result, 'pasted', at('2026-03-03T08:00:01.000Z'))
    const spfOf = async () => (await readDnsRecords(db, domain.id)).find((r) => r.kind === 'spf')
    expect((await spfOf())?.verdict?.status).toBe('ok')

    project = await updateProject(
      db,
      project.id,
      { ...CONTOSO, onPremIps: ['131.107.21.231', '198.51.100.7'] },
      at('2026-03-04T08:00:00.000Z')
    )
    const spf = await spfOf()
    expect(spf?.verdict).toMatchObject({
      status: 'error',
      summary: expect.stringMatching(/^The on-premises address 198\.51\.100\.7 is not authorised/)
    })
    expect(spf?.checkedAt).toBe('2026-03-03T08:00:00.000Z')
    const report = buildReport(
      await readReportInputs(db, project.id, { kind: 'domain', domainId: domain.id }, '2026-03-04'),
      { today: '2026-03-04', generatedAt: '2026-03-04T10:00:00.000Z' }
    )
    expect(report.domains[0]?.dns.find((r) => r.kind === 'spf')?.status).toBe('error')
  })
})

import { describe, expect, it } from 'vitest'
import type { DnsRecordEntry, DnsVerdict } from '../../../src-renderer/lib/domain/dns/records'
import {
  dnsCheckSummary,
  dnsRecordName,
  enteredFromRecords,
  enteredRows,
  isDnsRecordEntry,
  neededLookups,
  verifiedSteps
} from '../../../src-renderer/lib/domain/dns/stored'
import type { DomainDnsCheck } from '../../../src-renderer/lib/domain/dns/verdicts'
import { expectedRecords } from '../../../src-renderer/lib/domain/dns/expected'
import { domain, project } from './fixtures'
import { parsePastedDns, pastedResolver } from '../../../src-renderer/lib/domain/dns/pasted'
import { verifyDomainDns } from '../../../src-renderer/lib/domain/dns/verdicts'
import { makeDnsRecord } from '../../support/db'
import { NSLOOKUP_WINDOWS_MX } from '../../support/dns-paste-fixtures'

const SELECTOR1 = 'selector1-contoso-com._domainkey.contoso.onmicrosoft.com'
const SELECTOR2 = 'selector2-contoso-com._domainkey.contoso.onmicrosoft.com'

function entry(fields: Partial<DnsRecordEntry>): DnsRecordEntry {
  return makeDnsRecord({ id: 'r1', projectId: 'p1', domainId: 'd1', ...fields })
}

function ok(stepId: DnsVerdict['stepId']): DnsVerdict {
  return stepId === undefined
    ? { status: 'ok', summary: 'fine', details: [] }
    : { status: 'ok', summary: 'fine', details: [], stepId }
}

describe('record names', () => {
  it('are the names expectedRecords queries', () => {
    const names = expectedRecords(project(), domain('Contoso.com.', 1), {}).map((r) => [
      r.kind,
      r.name
    ])
    expect(names).toEqual([
      ['mx', dnsRecordName('mx', 'Contoso.com.')],
      ['spf', dnsRecordName('spf', 'contoso.com')],
      ['verification', dnsRecordName('verification', 'contoso.com')],
      ['autodiscover', dnsRecordName('autodiscover', 'contoso.com')],
      ['dkim', dnsRecordName('dkim', 'contoso.com', 'selector1')],
      ['dkim', dnsRecordName('dkim', 'contoso.com', 'selector2')],
      ['dmarc', dnsRecordName('dmarc', 'contoso.com')]
    ])
  })
})

describe('enteredRows and enteredFromRecords', () => {
  it('put each DKIM target under its selector and read the values back', () => {
    const rows = enteredRows('contoso.com', {
      mx: 'contoso-com.mail.protection.outlook.com',
      dkim: `${SELECTOR2}`,
      dmarc: ''
    })
    expect(rows).toEqual([
      { kind: 'mx', name: 'contoso.com', expected: 'contoso-com.mail.protection.outlook.com' },
      { kind: 'dkim', name: 'selector1._domainkey.contoso.com', expected: '' },
      { kind: 'dkim', name: 'selector2._domainkey.contoso.com', expected: SELECTOR2 },
      { kind: 'dmarc', name: '_dmarc.contoso.com', expected: '' }
    ])
    const both = enteredRows('contoso.com', { dkim: `${SELECTOR1}\n${SELECTOR2}` })
    expect(
      enteredFromRecords(
        [rows[0], ...both].filter((r) => r !== undefined),
        'contoso.com'
      )
    ).toEqual({
      mx: 'contoso-com.mail.protection.outlook.com',
      dkim: `${SELECTOR1}\n${SELECTOR2}`
    })
  })

  it('ignore entries stored under an old name of the domain', () => {
    const rows = enteredRows('contoso.com', { dmarc: 'v=DMARC1; p=none' })
    expect(enteredFromRecords(rows, 'contoso.net')).toEqual({})
  })
})

describe('isDnsRecordEntry', () => {
  it('accepts a stored entry and refuses rows of another shape', () => {
    const checked = entry({
      observed: ['0 contoso-com.mail.protection.outlook.com'],
      verdict: ok('dns-mx-eop'),
      checkedAt: '2026-03-01T10:00:00.000Z',
      source: 'live'
    })
    expect(isDnsRecordEntry(checked)).toBe(true)
    expect(isDnsRecordEntry({ ...checked, kind: 'srv' })).toBe(false)
    expect(isDnsRecordEntry({ ...checked, verdict: { status: 'fine' } })).toBe(false)
    expect(isDnsRecordEntry({ ...checked, observed: [1] })).toBe(false)
    expect(isDnsRecordEntry(null)).toBe(false)
  })
})

describe('dnsCheckSummary', () => {
  it('counts verdicts and the records that could not be checked', () => {
    const verdict = (status: DnsVerdict['status']): DnsVerdict => ({
      status,
      summary: '',
      details: []
    })
    const expected = expectedRecords(project(), domain('contoso.com', 1), {})[0]
    if (!expected) throw new Error('MX is expected')
    const check = (status: DnsVerdict['status'], failed: boolean) => ({
      kind: 'mx' as const,
      name: 'contoso.com',
      expected,
      observed: failed ? null : [],
      verdict: verdict(status),
      failed
    })
    const result: DomainDnsCheck = {
      domainId: 'd1',
      checkedAt: '2026-03-01T10:00:00.000Z',
      checks: [
        check('ok', false),
        check('ok', false),
        check('error', false),
        check('unknown', true)
      ]
    }
    expect(dnsCheckSummary('Contoso.com', result, 'live')).toBe(
      'DNS check of contoso.com from live DNS: 2 ok, 1 error; 1 not checked'
    )
    expect(dnsCheckSummary('contoso.com', { ...result, checks: [] }, 'pasted')).toBe(
      'DNS check of contoso.com from pasted output: nothing stored'
    )
  })
})

describe('verifiedSteps', () => {
  it('lists the steps an ok verdict backs, with the date and the note', () => {
    const verified = verifiedSteps(
      [
        entry({ verdict: ok('dns-mx-eop'), checkedAt: '2026-03-04T08:00:00.000Z' }),
        entry({
          kind: 'spf',
          verdict: { status: 'warning', summary: 'ends with ~all', details: [], stepId: 'dns-spf' },
          checkedAt: '2026-03-04T08:00:00.000Z'
        }),
        entry({
          kind: 'dmarc',
          name: '_dmarc.contoso.com',
          verdict: ok(undefined),
          checkedAt: '2026-03-04T08:00:00.000Z'
        })
      ],
      'contoso.com'
    )
    expect([...verified]).toEqual([
      [
        'dns-mx-eop',
        {
          checkedAt: '2026-03-04T08:00:00.000Z',
          note: 'Verified on 2026-03-04: DNS shows what “Point the MX record to Exchange Online Protection” needs. Mark the step done if you agree.',
          summary: 'fine'
        }
      ]
    ])
  })

  it('needs every entry backing a step to be ok, and ignores old names', () => {
    const records = [
      entry({ verdict: ok('dns-mx-eop'), checkedAt: '2026-03-04T08:00:00.000Z' }),
      entry({
        name: 'contoso.net',
        verdict: ok('verify-domain'),
        checkedAt: '2026-03-04T08:00:00.000Z'
      }),
      entry({
        name: 'contoso.com',
        verdict: { status: 'error', summary: 'no', details: [], stepId: 'dns-mx-eop' },
        checkedAt: '2026-03-05T08:00:00.000Z'
      })
    ]
    expect(verifiedSteps(records, 'contoso.com').size).toBe(0)
  })
})

describe('neededLookups', () => {
  it('lists what to paste next for the records a pasted check could not judge', async () => {
    const mx = parsePastedDns(NSLOOKUP_WINDOWS_MX)
    if (!mx.ok) throw new Error(mx.message)
    const result = await verifyDomainDns(
      project(),
      domain('contoso.com', 1),
      {},
      pastedResolver([mx]),
      new Date('2026-03-04T08:00:00.000Z')
    )
    expect(neededLookups(result)).toEqual([
      { name: 'contoso.com', type: 'txt' },
      { name: 'autodiscover.contoso.com', type: 'cname' },
      { name: 'selector1._domainkey.contoso.com', type: 'cname' },
      { name: 'selector2._domainkey.contoso.com', type: 'cname' },
      { name: '_dmarc.contoso.com', type: 'txt' }
    ])
  })
})

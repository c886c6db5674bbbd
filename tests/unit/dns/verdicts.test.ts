import { describe, expect, it } from 'vitest'
import type { ExpectedRecord } from '../../../src-renderer/lib/domain/dns/expected'
import { expectedRecords } from '../../../src-renderer/lib/domain/dns/expected'
import type { Lookup } from '../../../src-renderer/lib/domain/dns/observed'
import { NotPastedError } from '../../../src-renderer/lib/domain/dns/observed'
import { parsePastedDns, pastedResolver } from '../../../src-renderer/lib/domain/dns/pasted'
import type { PastedDns } from '../../../src-renderer/lib/domain/dns/pasted'
import type { DnsRecordKind } from '../../../src-renderer/lib/domain/dns/records'
import type { DnsErrorCode, MxRecord } from '../../../src-renderer/lib/domain/dns/resolver'
import { DnsLookupError } from '../../../src-renderer/lib/domain/dns/resolver'
import {
  autodiscoverVerdict,
  checkPatch,
  dkimVerdict,
  dmarcVerdict,
  mxVerdict,
  spfVerdict,
  verificationVerdict,
  verifiedNote,
  verifyDomainDns
} from '../../../src-renderer/lib/domain/dns/verdicts'
import { assessSpf } from '../../../src-renderer/lib/domain/dns/spf'
import type { Domain, Project, Scenario } from '../../../src-renderer/lib/domain/types'
import type { ZoneData } from '../../support/zone-resolver'
import { zoneResolver } from '../../support/zone-resolver'
import { checkResolver } from './check-resolver'
import { domain, project } from './fixtures'
import * as F from '../../support/dns-paste-fixtures'

const EOP = 'contoso-com.mail.protection.outlook.com'
const SPF = 'v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all'
const MICROSOFT: ZoneData = {
  'spf.protection.outlook.com': [{ TXT: 'v=spf1 ip4:40.92.0.0/15 ip6:2a01:111:f400::/48 -all' }]
}
const NOW = new Date('2025-01-07T10:15:00.000Z')

function expect1(
  kind: DnsRecordKind,
  options: {
    scenario?: Scenario
    entered?: Partial<Record<DnsRecordKind, string>>
    project?: Project
    domain?: Domain
    index?: number
  } = {}
): ExpectedRecord {
  const records = expectedRecords(
    options.project ?? project(),
    options.domain ?? domain('contoso.com', options.scenario ?? 1),
    options.entered ?? {}
  ).filter((r) => r.kind === kind)
  const record = records[options.index ?? 0]
  if (!record) throw new Error(`no ${kind}`)
  return record
}

function answer<T>(...records: T[]): Lookup<T> {
  return { ok: true, records }
}

function failed<T>(code: DnsErrorCode, message?: string): Lookup<T> {
  return { ok: false, error: new DnsLookupError(code, message) }
}

function mx(exchange: string, priority = 0): MxRecord {
  return { exchange, priority }
}

describe('mxVerdict, MX to Exchange Online Protection', () => {
  it('reads an EOP host with nothing entered as Exchange Online, unconfirmed: a warning that asks for the assigned host', () => {
    const verdict = mxVerdict(expect1('mx'), answer(mx(EOP)), answer('52.101.68.18'))
    expect(verdict).toEqual({
      status: 'warning',
      summary: `MX points to Exchange Online Protection (${EOP}): enter the MX host Microsoft assigned to contoso.com (admin center → Settings → Domains → contoso.com → DNS records) to confirm it is this domain’s.`,
      details: [`${EOP} resolves (52.101.68.18).`],
      stepId: 'dns-mx-eop'
    })
  })

  it('reads an mx.microsoft host with nothing entered the same way, never against the old pattern', () => {
    const verdict = mxVerdict(expect1('mx'), answer(mx('contoso-com.o-v1.mx.microsoft')))
    expect(verdict.status).toBe('warning')
    expect(verdict.summary).toMatch(
      /^MX points to Exchange Online Protection \(contoso-com\.o-v1\.mx\.microsoft\): enter the MX host Microsoft assigned/
    )
  })

  it('fails an EOP host of another cloud than the project’s, with nothing entered', () => {
    const verdict = mxVerdict(expect1('mx'), answer(mx('contoso-com.mail.protection.office365.us')))
    expect(verdict.status).toBe('error')
    expect(verdict.summary).toMatch(/a host of the .* cloud, but the project’s tenant is in/)
  })

  it('accepts the entered host it finds in DNS', () => {
    const expected = expect1('mx', { entered: { mx: EOP } })
    const verdict = mxVerdict(expected, answer(mx(EOP)), answer('52.101.68.18'))
    expect(verdict).toEqual({
      status: 'ok',
      summary: `MX points to ${EOP}.`,
      details: [`${EOP} resolves (52.101.68.18).`],
      stepId: 'dns-mx-eop'
    })
  })

  it('accepts the entered host whatever its case or trailing dot in DNS', () => {
    const expected = expect1('mx', { entered: { mx: 'heigvd-ch01b.mail.protection.outlook.com' } })
    const verdict = mxVerdict(expected, answer(mx('HEIGVD-CH01B.mail.protection.outlook.com.')))
    expect(verdict).toMatchObject({
      status: 'ok',
      summary: 'MX points to heigvd-ch01b.mail.protection.outlook.com.'
    })
  })

  it('warns when a second MX sits beside EOP (DANE needs a single MX)', () => {
    const verdict = mxVerdict(expect1('mx'), answer(mx(EOP), mx('mail.contoso.com', 10)))
    expect(verdict.status).toBe('warning')
    expect(verdict.summary).toMatch(
      /^2 MX records: .*DANE \(mx\.microsoft hosts\) requires a single MX\.$/
    )
  })

  it('flags a retired EOP host with 451 4.4.62', () => {
    const verdict = mxVerdict(expect1('mx'), answer(mx('mail.global.frontbridge.com')))
    expect(verdict.status).toBe('error')
    expect(verdict.summary).toBe(
      'mail.global.frontbridge.com is a retired Microsoft host: mail sent to it fails with “451 4.4.62 Mail sent to the wrong Office 365 region”.'
    )
  })

  it('reports MX pointing elsewhere as an error', () => {
    const expected = expect1('mx', { entered: { mx: EOP } })
    expect(mxVerdict(expected, answer(mx('mail.contoso.com', 10)))).toMatchObject({
      status: 'error',
      summary: `MX points to mail.contoso.com, not to Exchange Online Protection (${EOP}).`
    })
    expect(mxVerdict(expect1('mx'), answer(mx('mail.contoso.com', 10)))).toMatchObject({
      status: 'error',
      summary:
        'MX points to mail.contoso.com, not to Exchange Online Protection: publish the MX host Microsoft assigned to contoso.com (admin center → Settings → Domains → contoso.com → DNS records).'
    })
  })

  it('keeps the second-MX finding while nothing is entered', () => {
    const expected = expect1('mx', { domain: domain('heig-vd.ch', 1) })
    const verdict = mxVerdict(
      expected,
      answer(mx('heigvd-ch01b.mail.protection.outlook.com'), mx('backup.heig-vd.ch', 10))
    )
    expect(verdict.status).toBe('warning')
    expect(verdict.summary).toMatch(
      /^2 MX records: with Exchange Online Protection publish only heigvd-ch01b\.mail\.protection\.outlook\.com\./
    )
    expect(verdict.details).toContainEqual(
      expect.stringMatching(/^MX points to Exchange Online Protection \(heigvd-ch01b\./)
    )
  })

  it('fails when DNS has another EOP host than the one entered', () => {
    const expected = expect1('mx', { entered: { mx: EOP } })
    expect(mxVerdict(expected, answer(mx('contoso-com.o-v1.mx.microsoft'))).status).toBe('error')
  })

  it('fails on NXDOMAIN, no MX, and a host that does not resolve', () => {
    expect(mxVerdict(expect1('mx'), failed('NXDOMAIN'))).toMatchObject({
      status: 'error',
      summary: 'contoso.com does not exist in DNS (NXDOMAIN).'
    })
    expect(mxVerdict(expect1('mx'), answer<MxRecord>())).toMatchObject({
      status: 'error',
      summary: 'contoso.com has no MX record.',
      details: [expect.stringMatching(/^Enter the MX host Microsoft assigned to contoso\.com/)]
    })
    expect(mxVerdict(expect1('mx', { entered: { mx: EOP } }), answer<MxRecord>()).details).toEqual([
      `Publish one MX record pointing to ${EOP}.`
    ])
    expect(mxVerdict(expect1('mx'), answer(mx(EOP)), failed('NXDOMAIN'))).toMatchObject({
      status: 'error',
      summary: `The MX host ${EOP} does not resolve (NXDOMAIN): inbound internet mail is deferred until it does.`
    })
  })

  it('claims nothing when DNS did not answer', () => {
    expect(mxVerdict(expect1('mx'), failed('TIMEOUT'))).toEqual({
      status: 'unknown',
      summary: 'could not check: the DNS query for contoso.com timed out',
      details: [],
      stepId: 'dns-mx-eop'
    })
    expect(
      mxVerdict(expect1('mx'), failed('SERVFAIL', 'queryMx ESERVFAIL contoso.com')).summary
    ).toBe('could not check: queryMx ESERVFAIL contoso.com')
  })
})

describe('mxVerdict, MX to on-premises', () => {
  const expected = expect1('mx', { scenario: 4 })

  it('accepts mail.contoso.com and notes backup MX records', () => {
    expect(
      mxVerdict(expected, answer(mx('mail.contoso.com', 10), mx('backup.contoso.com', 20)))
    ).toEqual({
      status: 'ok',
      summary: 'MX points to mail.contoso.com.',
      details: ['Other MX records: backup.contoso.com.'],
      stepId: 'dns-mx-onprem'
    })
  })

  it.each([3, 4] as const)(
    'warns, with a source, about a third party’s backup MX in scenario %i',
    (scenario) => {
      const verdict = mxVerdict(
        expect1('mx', { scenario }),
        answer(mx('mail.contoso.com', 10), mx('contoso-com.backup.example-mx.net', 20))
      )
      expect(verdict).toMatchObject({
        status: 'warning',
        summary:
          'A backup MX record points to contoso-com.backup.example-mx.net, outside the organisation: mail delivered there (spammers favour backup MX hosts) skips the on-premises filtering this scenario puts in front of all internet mail. Remove it, or make sure that service filters as strictly and delivers only to mail.contoso.com.'
      })
      expect(verdict.details).toContain(
        'Source: https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-mail-flow-for-multiple-locations (internet mail routes through the on-premises servers).'
      )
    }
  )

  it('takes a second host beside the on-premises host as the organisation’s own', () => {
    const litware = expect1('mx', { scenario: 3, domain: domain('litwareinc.com', 3) })
    expect(
      mxVerdict(litware, answer(mx('mail.contoso.com', 10), mx('mail2.litwareinc.com', 20)))
    ).toMatchObject({ status: 'ok', details: ['Other MX records: mail2.litwareinc.com.'] })
  })

  it('fails when MX points to EOP, and warns when EOP sits beside on-premises', () => {
    expect(mxVerdict(expected, answer(mx(EOP))).status).toBe('error')
    expect(mxVerdict(expected, answer(mx('mail.contoso.com', 10), mx(EOP, 20)))).toMatchObject({
      status: 'warning',
      summary: expect.stringMatching(/skip the on-premises filtering/)
    })
  })

  it('warns about another host (a filtering service may sit in front)', () => {
    expect(mxVerdict(expected, answer(mx('contoso-com.mail.eu.example-filter.net')))).toMatchObject(
      {
        status: 'warning'
      }
    )
  })

  it('cannot judge without the on-premises host', () => {
    const missing = expect1('mx', { scenario: 3, project: project({ onPremHost: '' }) })
    expect(mxVerdict(missing, answer(mx('mail.contoso.com')))).toMatchObject({
      status: 'unknown',
      summary:
        'Cannot judge the MX record: Enter the on-premises mail host (such as mail.contoso.com) in the project.'
    })
  })
})

async function spfCheck(zone: ZoneData, p: Project = project()) {
  const resolver = zoneResolver({ ...MICROSOFT, ...zone })
  const expected = expect1('spf', { project: p })
  let txt: Lookup<string[]>
  try {
    txt = answer(...(await resolver.txt('contoso.com')))
  } catch (error) {
    txt = { ok: false, error: error as DnsLookupError }
  }
  const assessment = txt.ok ? await assessSpf('contoso.com', [...p.onPremIps], resolver) : null
  return spfVerdict(expected, { txt, assessment, failures: [] }, p)
}

describe('spfVerdict', () => {
  it('accepts the reference page’s record', async () => {
    const verdict = await spfCheck({ 'contoso.com': [{ TXT: SPF }, { TXT: 'MS=ms97284866' }] })
    expect(verdict).toEqual({
      status: 'ok',
      summary:
        'One SPF record authorises the on-premises servers and Microsoft 365 and ends with -all.',
      details: ['131.107.21.231 is authorised (pass).', '1 of 10 DNS lookups.'],
      stepId: 'dns-spf'
    })
  })

  it('authorises an IPv6 on-premises address through ip6:', async () => {
    const p = project({ onPremIps: ['131.107.21.231', '2001:db8::25'] })
    const ok = await spfCheck(
      {
        'contoso.com': [
          {
            TXT: 'v=spf1 ip4:131.107.21.231 ip6:2001:db8::/64 include:spf.protection.outlook.com -all'
          }
        ]
      },
      p
    )
    expect(ok.status).toBe('ok')
    const missing = await spfCheck({ 'contoso.com': [{ TXT: SPF }] }, p)
    expect(missing).toMatchObject({
      status: 'error',
      summary:
        'The on-premises address 2001:db8::25 is not authorised (fail): “-all” in the SPF record of contoso.com matched: fail.'
    })
  })

  it('fails with two SPF records, and says why', async () => {
    const verdict = await spfCheck({ 'contoso.com': [{ TXT: SPF }, { TXT: 'v=spf1 -all' }] })
    expect(verdict).toMatchObject({
      status: 'error',
      summary:
        'contoso.com has 2 SPF records: receivers treat that as a permanent error (RFC 7208 §4.5), even when they are identical. Merge them into one.',
      details: []
    })
  })

  it('fails on a string over 255 bytes', async () => {
    const long = `v=spf1 ip4:131.107.21.231 ${'include:spf.protection.outlook.com '.repeat(7)}-all`
    expect(long.length).toBeGreaterThan(255)
    const verdict = await spfCheck({ 'contoso.com': [{ TXT: long }] })
    expect(verdict.status).toBe('error')
    expect(verdict.summary).toMatch(
      /^A string of the SPF record is \d+ bytes: a TXT string holds at most 255/
    )
  })

  it('fails when Microsoft 365 is not included, or the record ends with +all', async () => {
    expect(
      await spfCheck({ 'contoso.com': [{ TXT: 'v=spf1 ip4:131.107.21.231 -all' }] })
    ).toMatchObject({
      status: 'error',
      summary:
        'The record does not include spf.protection.outlook.com: mail sent from Exchange Online fails SPF.'
    })
    expect(
      (
        await spfCheck({
          'contoso.com': [{ TXT: 'v=spf1 include:spf.protection.outlook.com +all' }]
        })
      ).summary
    ).toBe('The record ends with +all: it authorises every server on the internet.')
  })

  it('warns about ~all and a missing third-party include', async () => {
    expect(
      await spfCheck({
        'contoso.com': [
          { TXT: 'v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com ~all' }
        ]
      })
    ).toMatchObject({
      status: 'warning',
      summary: expect.stringMatching(/^The record ends with ~all/)
    })
    const withParty = project({ thirdPartySenders: ['mailgun.org'] })
    expect(await spfCheck({ 'contoso.com': [{ TXT: SPF }] }, withParty)).toMatchObject({
      status: 'warning',
      summary: 'The third-party sender mailgun.org is not included (include:mailgun.org).'
    })
  })

  it('fails over 10 DNS lookups', async () => {
    const zone: ZoneData = {
      'contoso.com': [
        {
          TXT: `v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com ${Array.from({ length: 10 }, (_, i) => `a:h${i}.contoso.com`).join(' ')} -all`
        }
      ]
    }
    for (let i = 0; i < 10; i++) zone[`h${i}.contoso.com`] = [{ A: '192.0.2.1' }]
    const verdict = await spfCheck(zone)
    expect(verdict.status).toBe('error')
    expect(verdict.summary).toBe(
      'The record needs 11 DNS lookups: SPF allows 10, so receivers return permerror. See the lookup tree.'
    )
  })

  it('fails without an SPF record, and on NXDOMAIN', async () => {
    expect(await spfCheck({ 'contoso.com': [{ TXT: 'MS=ms97284866' }] })).toMatchObject({
      status: 'error',
      summary: expect.stringMatching(/^contoso\.com has no SPF record/),
      details: [`Publish: ${SPF}`]
    })
    expect((await spfCheck({})).summary).toBe('contoso.com does not exist in DNS (NXDOMAIN).')
  })

  it('claims nothing when the TXT lookup times out', async () => {
    expect(await spfCheck({ 'contoso.com': ['TIMEOUT'] })).toMatchObject({
      status: 'unknown',
      summary: 'could not check: the DNS query for contoso.com timed out'
    })
  })
})

describe('verificationVerdict', () => {
  const entered = expect1('verification', { entered: { verification: 'MS=ms97284866' } })
  const bare = expect1('verification')

  it.each([
    [
      entered,
      answer(['v=spf1 -all'], ['ms=ms97284866']),
      'ok',
      'The verification record MS=ms97284866 is published.'
    ],
    [
      entered,
      answer(['MS=ms11111111']),
      'error',
      'contoso.com publishes MS=ms11111111, not the value entered (MS=ms97284866).'
    ],
    [
      entered,
      answer(['v=spf1 -all']),
      'warning',
      'No verification record: publish the TXT record MS=ms97284866.'
    ],
    [
      bare,
      answer(['MS=ms11111111']),
      'warning',
      'Found MS=ms11111111: enter the value the admin center shows to confirm it is this tenant’s.'
    ],
    [
      bare,
      answer<string[]>(),
      'warning',
      'No verification record (MS=ms followed by 8 digits) is published.'
    ],
    [bare, failed<string[]>('NXDOMAIN'), 'error', 'contoso.com does not exist in DNS (NXDOMAIN).'],
    [
      bare,
      failed<string[]>('TIMEOUT'),
      'unknown',
      'could not check: the DNS query for contoso.com timed out'
    ]
  ] as const)('%#: %s', (expected, observed, status, summary) => {
    expect(verificationVerdict(expected, observed)).toMatchObject({
      status,
      summary,
      stepId: 'verify-domain'
    })
  })
})

describe('autodiscoverVerdict', () => {
  const expected = expect1('autodiscover')

  it('warns when it points to autodiscover.outlook.com while on-premises mailboxes remain', () => {
    expect(autodiscoverVerdict(expected, answer('Autodiscover.Outlook.com.'))).toEqual({
      status: 'warning',
      summary:
        'autodiscover.contoso.com points to autodiscover.outlook.com while on-premises mailboxes remain: the Hybrid Configuration Wizard (Get-FederationInformation) and Outlook for on-premises mailboxes fail.',
      details: ['Keep it on mail.contoso.com until the last on-premises mailbox has moved.']
    })
  })

  it.each([
    [answer('mail.contoso.com'), undefined, 'ok'],
    [answer('lb.contoso.com'), undefined, 'warning'],
    [
      answer<string>(),
      { autodiscover: answer('131.107.21.231'), host: answer('131.107.21.231') },
      'ok'
    ],
    [
      answer<string>(),
      { autodiscover: answer('198.51.100.7'), host: answer('131.107.21.231') },
      'warning'
    ],
    [
      answer<string>(),
      { autodiscover: answer<string>(), host: answer('131.107.21.231') },
      'warning'
    ],
    [
      answer<string>(),
      { autodiscover: failed<string>('TIMEOUT'), host: answer('131.107.21.231') },
      'unknown'
    ],
    [failed<string>('NXDOMAIN'), undefined, 'warning'],
    [failed<string>('SERVFAIL'), undefined, 'unknown']
  ] as const)('%#: %s', (cname, addresses, status) => {
    expect(autodiscoverVerdict(expected, cname, addresses).status).toBe(status)
  })

  it('cannot judge without the on-premises host', () => {
    const missing = expect1('autodiscover', { project: project({ onPremHost: '' }) })
    expect(autodiscoverVerdict(missing, answer('mail.contoso.com')).status).toBe('unknown')
  })
})

describe('dkimVerdict', () => {
  const target = 'selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft'
  const entered = expect1('dkim', { entered: { dkim: target } })
  const bare = expect1('dkim')

  it.each([
    [entered, answer(`${target.toUpperCase()}.`), 'ok'],
    [entered, answer('selector1-contoso-com._domainkey.contoso.onmicrosoft.com'), 'error'],
    [entered, answer<string>(), 'error'],
    [entered, failed<string>('NXDOMAIN'), 'error'],
    [bare, failed<string>('NXDOMAIN'), 'warning'],
    [bare, answer(target), 'warning'],
    [bare, answer('dkim.other-provider.example'), 'warning'],
    [entered, failed<string>('TIMEOUT'), 'unknown']
  ] as const)('%#: %s', (expected, observed, status) => {
    const verdict = dkimVerdict(expected, observed)
    expect(verdict.status).toBe(status)
    expect(verdict.stepId).toBeUndefined()
  })
})

describe('dmarcVerdict', () => {
  const recommended = expect1('dmarc')
  const entered = expect1('dmarc', {
    entered: { dmarc: 'v=DMARC1; p=none; rua=mailto:d@contoso.com' }
  })

  it.each([
    [
      recommended,
      answer(['v=DMARC1; p=none; rua=mailto:d@contoso.com']),
      'ok',
      'The DMARC record is published with p=none.'
    ],
    [
      recommended,
      answer(['v=DMARC1; p=reject']),
      'warning',
      expect.stringMatching(/^The DMARC policy is p=reject: during hybrid, p=none is recommended/)
    ],
    [
      entered,
      answer(['v=DMARC1; p=none']),
      'warning',
      'The published DMARC record differs from the one entered (v=DMARC1; p=none; rua=mailto:d@contoso.com).'
    ],
    [
      entered,
      answer(['v=DMARC1;p=none;rua=mailto:d@contoso.com']),
      'ok',
      'The DMARC record is published with p=none.'
    ],
    [
      recommended,
      answer(['v=DMARC1; p=none'], ['v=DMARC1; p=reject']),
      'error',
      '_dmarc.contoso.com has 2 DMARC records: receivers then apply none of them (RFC 7489 §6.6.3).'
    ],
    [
      recommended,
      answer(['v=DMARC1; p=maybe']),
      'error',
      'The DMARC policy is “p=maybe”: it is none, quarantine or reject.'
    ],
    [
      recommended,
      failed<string[]>('NXDOMAIN'),
      'warning',
      expect.stringMatching(/^No DMARC record at _dmarc\.contoso\.com/)
    ],
    [
      recommended,
      failed<string[]>('TIMEOUT'),
      'unknown',
      'could not check: the DNS query for _dmarc.contoso.com timed out'
    ]
  ] as const)('%#', (expected, observed, status, summary) => {
    expect(dmarcVerdict(expected, observed)).toMatchObject({ status, summary })
  })
})

const LIVE_ZONE: ZoneData = {
  ...MICROSOFT,
  'contoso.com': [
    { MX: [0, EOP] },
    { TXT: 'MS=ms97284866' },
    { TXT: ['v=spf1 ip4:131.107.21.231 ', 'include:spf.protection.outlook.com -all'] }
  ],
  [EOP]: [{ A: '52.101.68.18' }],
  'autodiscover.contoso.com': [{ CNAME: 'mail.contoso.com' }],
  'mail.contoso.com': [{ A: '131.107.21.231' }],
  'selector1._domainkey.contoso.com': [
    { CNAME: 'selector1-contoso-com._domainkey.contoso.onmicrosoft.com' }
  ],
  'selector1-contoso-com._domainkey.contoso.onmicrosoft.com': [{ TXT: 'v=DKIM1; k=rsa; p=MIIB' }],
  '_dmarc.contoso.com': [{ TXT: 'v=DMARC1; p=none' }]
}

describe('verifyDomainDns', () => {
  it('checks every record and keeps what it observed', async () => {
    const result = await verifyDomainDns(
      project(),
      domain('contoso.com', 1),
      {
        mx: EOP,
        verification: 'MS=ms97284866',
        dkim: 'selector1-contoso-com._domainkey.contoso.onmicrosoft.com selector2-contoso-com._domainkey.contoso.onmicrosoft.com'
      },
      checkResolver(LIVE_ZONE),
      NOW
    )
    expect(result.domainId).toBe('d-contoso.com')
    expect(result.checkedAt).toBe('2025-01-07T10:15:00.000Z')
    expect(result.checks.map((c) => [c.name, c.verdict.status, c.observed, c.failed])).toEqual([
      ['contoso.com', 'ok', [`0 ${EOP}`], false],
      ['contoso.com', 'ok', [SPF], false],
      ['contoso.com', 'ok', ['MS=ms97284866'], false],
      ['autodiscover.contoso.com', 'ok', ['mail.contoso.com'], false],
      [
        'selector1._domainkey.contoso.com',
        'ok',
        ['selector1-contoso-com._domainkey.contoso.onmicrosoft.com'],
        false
      ],
      ['selector2._domainkey.contoso.com', 'error', [], false],
      ['_dmarc.contoso.com', 'ok', ['v=DMARC1; p=none'], false]
    ])
  })

  it('compares addresses when autodiscover has an A record instead of a CNAME', async () => {
    const zone = { ...LIVE_ZONE, 'autodiscover.contoso.com': [{ A: '131.107.21.231' }] }
    const result = await verifyDomainDns(
      project(),
      domain('contoso.com', 1),
      {},
      checkResolver(zone),
      NOW
    )
    const autodiscover = result.checks.find((c) => c.kind === 'autodiscover')
    expect(autodiscover).toMatchObject({
      observed: ['131.107.21.231'],
      verdict: {
        status: 'ok',
        summary: 'autodiscover.contoso.com resolves to the addresses of mail.contoso.com.'
      }
    })
  })

  it('marks failed lookups so nothing is overwritten, and claims nothing', async () => {
    const zone: ZoneData = {
      ...LIVE_ZONE,
      'contoso.com': ['TIMEOUT'],
      'spf.protection.outlook.com': ['TIMEOUT']
    }
    const result = await verifyDomainDns(
      project(),
      domain('contoso.com', 1),
      {},
      checkResolver(zone),
      NOW
    )
    const [mxCheck, spfCheck] = result.checks
    expect(mxCheck).toMatchObject({
      observed: null,
      failed: true,
      verdict: {
        status: 'unknown',
        summary: 'could not check: the DNS query for contoso.com timed out'
      }
    })
    expect(spfCheck?.failed).toBe(true)
    expect(mxCheck && checkPatch(mxCheck, result.checkedAt, 'live')).toBeNull()
  })

  it('does not claim lookups it could not count: a nested include that times out', async () => {
    const zone: ZoneData = { ...LIVE_ZONE, 'spf.protection.outlook.com': ['TIMEOUT'] }
    const result = await verifyDomainDns(
      project(),
      domain('contoso.com', 1),
      {},
      checkResolver(zone),
      NOW
    )
    const spf = result.checks[1]
    expect(spf?.verdict.status).toBe('unknown')
    expect(spf?.verdict.summary).toBe(
      'could not check: the DNS query for spf.protection.outlook.com timed out'
    )
    expect(spf?.verdict.details).toContain(
      'At least 1 DNS lookups; the records that could not be read may add more.'
    )
    expect(spf?.failed).toBe(true)
  })

  it('gives the patch to store for a definite answer, and the “verified on” note for ok', async () => {
    const result = await verifyDomainDns(
      project(),
      domain('contoso.com', 1),
      { mx: EOP },
      checkResolver(LIVE_ZONE),
      NOW
    )
    const [mxCheck] = result.checks
    if (!mxCheck) throw new Error('no MX check')
    expect(checkPatch(mxCheck, result.checkedAt, 'live')).toEqual({
      observed: [`0 ${EOP}`],
      verdict: mxCheck.verdict,
      checkedAt: '2025-01-07T10:15:00.000Z',
      source: 'live'
    })
    expect(verifiedNote(mxCheck.verdict, result.checkedAt)).toBe(
      'Verified on 2025-01-07: DNS shows what “Point the MX record to Exchange Online Protection” needs. Mark the step done if you agree.'
    )
    const dkim = result.checks.find((c) => c.kind === 'dkim')
    expect(dkim && verifiedNote(dkim.verdict, result.checkedAt)).toBeNull()
  })
})

describe('verifyDomainDns over pasted output', () => {
  function paste(text: string, name: string, kind: 'mx' | 'txt' | 'cname'): PastedDns {
    const result = parsePastedDns(text, { name, kind })
    if (!result.ok) throw new Error(result.message)
    return result
  }

  const pastes = [
    paste(F.NSLOOKUP_WINDOWS_MX, 'contoso.com', 'mx'),
    paste(F.NSLOOKUP_WINDOWS_TXT, 'contoso.com', 'txt'),
    paste(F.NSLOOKUP_BIND_CNAME, 'autodiscover.contoso.com', 'cname')
  ]

  it('gives the same verdicts as a live check, and names the records it still needs', async () => {
    const result = await verifyDomainDns(
      project(),
      domain('contoso.com', 1),
      { mx: EOP, verification: 'MS=ms97284866' },
      pastedResolver(pastes),
      NOW
    )
    expect(result.checks.map((c) => [c.kind, c.verdict.status, c.verdict.summary])).toEqual([
      ['mx', 'ok', `MX points to ${EOP}.`],
      [
        'spf',
        'unknown',
        'needs the record for spf.protection.outlook.com: paste what nslookup -type=txt spf.protection.outlook.com prints'
      ],
      ['verification', 'ok', 'The verification record MS=ms97284866 is published.'],
      ['autodiscover', 'warning', expect.stringMatching(/points to autodiscover\.outlook\.com/)],
      [
        'dkim',
        'unknown',
        'needs the record for selector1._domainkey.contoso.com: paste what nslookup -type=cname selector1._domainkey.contoso.com prints'
      ],
      ['dkim', 'unknown', expect.stringMatching(/^needs the record for selector2\._domainkey/)],
      ['dmarc', 'unknown', expect.stringMatching(/^needs the record for _dmarc\.contoso\.com/)]
    ])
  })

  it('completes the SPF verdict once Microsoft’s record is pasted too', async () => {
    const microsoft = paste(
      'spf.protection.outlook.com\ttext = "v=spf1 ip4:40.92.0.0/15 ip6:2a01:111:f400::/48 -all"\n',
      'spf.protection.outlook.com',
      'txt'
    )
    const result = await verifyDomainDns(
      project(),
      domain('contoso.com', 1),
      {},
      pastedResolver([...pastes, microsoft]),
      NOW
    )
    expect(result.checks[1]?.verdict.status).toBe('ok')
  })

  it('reports a NotPastedError as needing the record, never as an answer', () => {
    const verdict = mxVerdict(expect1('mx'), {
      ok: false,
      error: new NotPastedError('contoso.com', 'mx')
    })
    expect(verdict).toMatchObject({
      status: 'unknown',
      summary: 'needs the record for contoso.com: paste what nslookup -type=mx contoso.com prints'
    })
  })
})

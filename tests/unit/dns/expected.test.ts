import { describe, expect, it } from 'vitest'
import type { ExpectedRecord } from '../../../src-renderer/lib/domain/dns/expected'
import { expectedRecords } from '../../../src-renderer/lib/domain/dns/expected'
import type { DnsRecordKind } from '../../../src-renderer/lib/domain/dns/records'
import { SAMPLE_DOMAINS, SAMPLE_PROJECT } from '../../../src-renderer/lib/domain/sample'
import { domain, project } from './fixtures'

function record(records: ExpectedRecord[], kind: DnsRecordKind, index = 0): ExpectedRecord {
  const found = records.filter((r) => r.kind === kind)[index]
  if (!found) throw new Error(`no ${kind} record`)
  return found
}

describe('expectedRecords', () => {
  it('lists every record in display order with its DNS name and type', () => {
    const records = expectedRecords(project(), domain('contoso.com', 1), {})
    expect(records.map((r) => [r.kind, r.name, r.type, r.stepId])).toEqual([
      ['mx', 'contoso.com', 'MX', 'dns-mx-eop'],
      ['spf', 'contoso.com', 'TXT', 'dns-spf'],
      ['verification', 'contoso.com', 'TXT', 'verify-domain'],
      ['autodiscover', 'autodiscover.contoso.com', 'CNAME', null],
      ['dkim', 'selector1._domainkey.contoso.com', 'CNAME', null],
      ['dkim', 'selector2._domainkey.contoso.com', 'CNAME', null],
      ['dmarc', '_dmarc.contoso.com', 'TXT', null]
    ])
    expect(records.every((r) => r.why.length > 20)).toBe(true)
  })

  it('expects nothing for contoso.com in scenario 1 until the assigned host is entered, and asks for it', () => {
    const mx = record(expectedRecords(project(), domain('contoso.com', 1), {}), 'mx')
    expect(mx).toMatchObject({ values: [], predicted: false, warnings: [], cloud: 'worldwide' })
    expect(mx.missing).toBe(
      'Enter the MX host Microsoft assigned to contoso.com on its DNS tab: Microsoft 365 admin ' +
        'center → Settings → Domains → contoso.com → DNS records. New domains get a host under ' +
        'mx.microsoft that cannot be worked out from the domain name.'
    )
    // The old pattern is kept apart, as a labelled guess.
    expect(mx.guess).toMatchObject({
      host: 'contoso-com.mail.protection.outlook.com',
      likely: true
    })
    expect(mx.guess?.label).toMatch(/mx\.microsoft/)
  })

  it('labels the guess for heig-vd.ch as probably wrong, and still expects nothing', () => {
    const mx = record(expectedRecords(project(), domain('heig-vd.ch', 2), {}), 'mx')
    expect(mx).toMatchObject({ values: [], stepId: 'dns-mx-eop' })
    expect(mx.guess).toMatchObject({ host: 'heigvd-ch.mail.protection.outlook.com', likely: false })
    expect(mx.guess?.label).toMatch(/^Probably wrong/)
  })

  it('guesses in the project’s cloud', () => {
    const mx = record(
      expectedRecords(project({ cloud: 'gcc-high' }), domain('contoso.com', 1), {}),
      'mx'
    )
    expect(mx.guess?.host).toBe('contoso-com.mail.protection.office365.us')
    expect(mx.cloud).toBe('gcc-high')
  })

  it('uses the assigned host once entered, normalised, with no guess', () => {
    const mx = record(
      expectedRecords(project(), domain('heig-vd.ch', 1), {
        mx: 'HEIGVD-CH01B.mail.protection.outlook.com.'
      }),
      'mx'
    )
    expect(mx).toMatchObject({
      values: ['heigvd-ch01b.mail.protection.outlook.com'],
      predicted: false,
      label: '',
      guess: null,
      missing: null
    })
  })

  it('takes an mx.microsoft host as entered', () => {
    const mx = record(
      expectedRecords(project(), domain('contoso.com', 1), {
        mx: 'contoso-com.o-v1.mx.microsoft'
      }),
      'mx'
    )
    expect(mx.values).toEqual(['contoso-com.o-v1.mx.microsoft'])
  })

  it('asks again, with a warning, when the entered host is invalid', () => {
    const mx = record(
      expectedRecords(project(), domain('contoso.com', 1), { mx: 'mail.eo.outlook.com' }),
      'mx'
    )
    expect(mx.values).toEqual([])
    expect(mx.missing).toMatch(/^Enter the MX host Microsoft assigned/)
    expect(mx.warnings[0]).toMatch(/^The entered value is not used: .*451 4\.4\.62/)
  })

  it.each([3, 4] as const)('expects mail.contoso.com in scenario %i', (scenario) => {
    const mx = record(
      expectedRecords(
        project({ onPremHost: 'Mail.Contoso.com.' }),
        domain('contoso.com', scenario),
        {
          mx: 'contoso-com.mail.protection.outlook.com'
        }
      ),
      'mx'
    )
    expect(mx).toMatchObject({
      values: ['mail.contoso.com'],
      predicted: false,
      stepId: 'dns-mx-onprem',
      missing: null
    })
    expect(mx.why).toMatch(new RegExp(`^Scenario ${scenario}: MX points to the on-premises server`))
  })

  it('says what is missing when the project has no on-premises host', () => {
    const records = expectedRecords(project({ onPremHost: '' }), domain('contoso.com', 4), {})
    expect(record(records, 'mx')).toMatchObject({
      values: [],
      missing: 'Enter the on-premises mail host (such as mail.contoso.com) in the project.'
    })
    expect(record(records, 'autodiscover').missing).toMatch(/on-premises mail host/)
  })

  it('composes SPF from the on-premises IPs (IPv6 included) and third parties', () => {
    const spf = record(
      expectedRecords(
        project({
          onPremIps: ['131.107.21.231', '2001:DB8:0:0::25', '131.107.22.0/24'],
          thirdPartySenders: ['10.10.10.1', 'mailgun.org']
        }),
        domain('contoso.com', 3),
        {}
      ),
      'spf'
    )
    const text =
      'v=spf1 ip4:131.107.21.231 ip6:2001:db8::25 ip4:131.107.22.0/24 include:spf.protection.outlook.com ip4:10.10.10.1 include:mailgun.org -all'
    expect(spf).toMatchObject({ values: [text], strings: [text], stepId: 'dns-spf' })
    expect(spf.warnings).toEqual([
      '10.10.10.1 is a private range (RFC 1918): Microsoft 365 and other mail servers never see it. Enter the public address the on-premises servers send from (after NAT).',
      "Each include counts toward SPF's limit of 10 DNS lookups, with the lookups inside it: check the total with the lookup tree once published."
    ])
  })

  it('warns when SPF lists no on-premises IP and splits a long record', () => {
    const none = record(
      expectedRecords(project({ onPremIps: [] }), domain('contoso.com', 1), {}),
      'spf'
    )
    expect(none.values).toEqual(['v=spf1 include:spf.protection.outlook.com -all'])
    expect(none.warnings).toEqual([
      expect.stringMatching(/^The project lists no on-premises IP addresses/)
    ])
    const ips = Array.from({ length: 20 }, (_, i) => `2001:db8:${i + 1}::25`)
    const long = record(
      expectedRecords(project({ onPremIps: ips }), domain('contoso.com', 1), {}),
      'spf'
    )
    expect(long.strings.length).toBe(2)
    expect(long.strings.join('')).toBe(long.values[0])
    expect(long.warnings[0]).toMatch(/publish it as the 2 strings shown/)
  })

  it('checks only the format of the verification value until one is entered', () => {
    const empty = record(expectedRecords(project(), domain('contoso.com', 1), {}), 'verification')
    expect(empty).toMatchObject({
      values: [],
      label: expect.stringMatching(/MS=ms followed by 8 digits/)
    })
    const entered = record(
      expectedRecords(project(), domain('contoso.com', 1), { verification: 'ms=ms97284866' }),
      'verification'
    )
    expect(entered.values).toEqual(['MS=ms97284866'])
  })

  it('keeps autodiscover on-premises and names the cloud target to avoid', () => {
    const autodiscover = record(
      expectedRecords(project(), domain('contoso.com', 1), {}),
      'autodiscover'
    )
    expect(autodiscover).toMatchObject({
      values: ['mail.contoso.com'],
      mustNotBe: ['autodiscover.outlook.com']
    })
    expect(autodiscover.why).toMatch(/Get-FederationInformation/)
    const entered = record(
      expectedRecords(project(), domain('contoso.com', 1), { autodiscover: 'AD.contoso.com' }),
      'autodiscover'
    )
    expect(entered.values).toEqual(['ad.contoso.com'])
  })

  it('expects the DKIM targets as entered, one per selector', () => {
    const records = expectedRecords(project(), domain('contoso.com', 2), {
      dkim: 'selector2-contoso-com._domainkey.contoso.onmicrosoft.com'
    })
    expect(record(records, 'dkim', 0)).toMatchObject({ values: [], label: expect.any(String) })
    expect(record(records, 'dkim', 1).values).toEqual([
      'selector2-contoso-com._domainkey.contoso.onmicrosoft.com'
    ])
  })

  it('recommends DMARC p=none, and warns about a stricter entered policy', () => {
    const recommended = record(expectedRecords(project(), domain('contoso.com', 1), {}), 'dmarc')
    expect(recommended).toMatchObject({ values: ['v=DMARC1; p=none'], predicted: true })
    const strict = record(
      expectedRecords(project(), domain('contoso.com', 1), { dmarc: 'v=DMARC1; p=reject' }),
      'dmarc'
    )
    expect(strict).toMatchObject({ values: ['v=DMARC1; p=reject'], predicted: false })
    expect(strict.warnings[0]).toMatch(/p=none is recommended .* rejected\.$/)
  })
})

describe('the sample project', () => {
  it('has no record warnings a real project would not have (no private third-party sender)', () => {
    const sample = project({ ...SAMPLE_PROJECT })
    for (const entry of SAMPLE_DOMAINS) {
      const records = expectedRecords(sample, domain(entry.name, entry.scenario), {})
      expect(records.flatMap((r) => r.warnings)).toEqual([])
    }
    const spf = expectedRecords(sample, domain('contoso.com', 1), {}).find((r) => r.kind === 'spf')
    expect(spf?.values[0]).toBe(
      'v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com ip4:203.0.113.25 -all'
    )
  })
})

import { describe, expect, it } from 'vitest'
import { assessSpf } from '../../../src-renderer/lib/domain/dns/spf'
import type { ZoneData } from '../../support/zone-resolver'
import { zoneResolver } from '../../support/zone-resolver'

const MICROSOFT: ZoneData = {
  'spf.protection.outlook.com': [{ TXT: 'v=spf1 ip4:40.92.0.0/15 ip6:2a01:111:f400::/48 -all' }]
}

function assess(zone: ZoneData, ips: string[] = []) {
  return assessSpf('Contoso.com.', ips, zoneResolver({ ...MICROSOFT, ...zone }))
}

describe('assessSpf', () => {
  it('judges the reference page’s record for Contoso', async () => {
    const assessment = await assess(
      {
        'contoso.com': [
          { TXT: 'MS=ms97284866' },
          { TXT: 'v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all' }
        ]
      },
      ['131.107.21.231', '131.107.21.0/24', '2001:db8::25']
    )
    expect(assessment).toMatchObject({
      domain: 'contoso.com',
      record: 'v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all',
      multipleRecords: false,
      lookupFailed: false,
      syntaxErrors: [],
      ending: '-all',
      reachesMicrosoft365: true,
      lookups: 1,
      overLookupLimit: false
    })
    expect(assessment.ips).toEqual([
      {
        ip: '131.107.21.231',
        result: 'pass',
        authorised: true,
        reason: '131.107.21.231 passes.'
      },
      {
        ip: '131.107.21.0/24',
        result: 'fail',
        authorised: false,
        reason: '“-all” in the SPF record of contoso.com matched: fail.'
      },
      {
        ip: '2001:db8::25',
        result: 'fail',
        authorised: false,
        reason: '“-all” in the SPF record of contoso.com matched: fail.'
      }
    ])
  })

  it('authorises a range only when both its ends pass', async () => {
    const assessment = await assess(
      { 'contoso.com': [{ TXT: 'v=spf1 ip4:131.107.21.0/24 ~all' }] },
      ['131.107.21.128/25', '131.107.21.0/23']
    )
    expect(assessment.ips.map((v) => [v.ip, v.result, v.authorised])).toEqual([
      ['131.107.21.128/25', 'pass', true],
      ['131.107.21.0/23', 'softfail', false]
    ])
    expect(assessment.ending).toBe('~all')
    expect(assessment.reachesMicrosoft365).toBe(false)
  })

  it('finds Microsoft 365 through nested includes and redirects', async () => {
    const assessment = await assess({
      'contoso.com': [{ TXT: 'v=spf1 redirect=_spf.contoso.com' }],
      '_spf.contoso.com': [{ TXT: 'v=spf1 include:_m365.contoso.com ?all' }],
      '_m365.contoso.com': [{ TXT: 'v=spf1 include:spf.protection.outlook.com -all' }]
    })
    expect(assessment).toMatchObject({ ending: 'redirect', reachesMicrosoft365: true, lookups: 3 })
    expect(assessment.tree.children[0]?.children[0]?.children[0]?.domain).toBe(
      'spf.protection.outlook.com'
    )
  })

  it('counts every lookup term of the tree, whatever the client IP', async () => {
    const includes = Array.from({ length: 10 }, (_, i) => `include:p${i}.partner.test`).join(' ')
    const zone: ZoneData = {
      'contoso.com': [{ TXT: `v=spf1 ip4:131.107.21.231 a ${includes} -all` }]
    }
    for (let i = 0; i < 10; i++) zone[`p${i}.partner.test`] = [{ TXT: 'v=spf1 -all' }]
    const assessment = await assess(zone, ['131.107.21.231'])
    expect(assessment).toMatchObject({ lookups: 11, overLookupLimit: true })
    // check_host() stops at the ip4 match, so the on-premises IP still passes.
    expect(assessment.ips[0]?.authorised).toBe(true)
  })

  it('flags more than one SPF record', async () => {
    const assessment = await assess(
      {
        'contoso.com': [
          { TXT: 'v=spf1 -all' },
          { TXT: 'v=spf1 include:spf.protection.outlook.com -all' }
        ]
      },
      ['131.107.21.231']
    )
    expect(assessment).toMatchObject({
      record: null,
      spfRecords: ['v=spf1 -all', 'v=spf1 include:spf.protection.outlook.com -all'],
      multipleRecords: true,
      ending: 'none'
    })
    expect(assessment.ips[0]?.result).toBe('permerror')
    expect(assessment.tree.problem).toBe('contoso.com has 2 SPF records: only one is allowed.')
  })

  it('reports syntax errors, a missing record, a failed lookup and loops', async () => {
    const broken = await assess({ 'contoso.com': [{ TXT: 'v=spf1 ip4:131.107.21 -all' }] })
    expect(broken.syntaxErrors.map((e) => e.position)).toEqual([7])
    expect(broken.tree.problem).toBe('The SPF record of contoso.com has syntax errors.')

    const missing = await assess({ 'contoso.com': [{ A: '131.107.21.231' }] })
    expect(missing).toMatchObject({ record: null, ending: 'none', lookupFailed: false })

    const timeout = await assess({ 'contoso.com': ['TIMEOUT'] })
    expect(timeout).toMatchObject({ record: null, lookupFailed: true })

    const loop = await assess({
      'contoso.com': [{ TXT: 'v=spf1 include:a.contoso.com -all' }],
      'a.contoso.com': [{ TXT: 'v=spf1 include:contoso.com -all' }]
    })
    expect(loop.tree.children[0]?.children[0]?.problem).toBe(
      'contoso.com includes itself (a loop).'
    )
  })

  it('does not count or follow a redirect that "all" makes unused', async () => {
    const assessment = await assess({
      'contoso.com': [{ TXT: 'v=spf1 include:spf.protection.outlook.com -all redirect=x.test' }]
    })
    expect(assessment).toMatchObject({ lookups: 1, ending: '-all' })
    expect(assessment.tree.children.map((c) => c.via)).toEqual([
      'include:spf.protection.outlook.com'
    ])
  })
})

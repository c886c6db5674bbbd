/** The RFC 7208 §4.6.4 processing limits and the lookup tree check_host() returns. */
import { describe, expect, it } from 'vitest'
import { checkHost } from '../../../src-renderer/lib/domain/dns/spf'
import type { ZoneData } from '../../support/zone-resolver'
import { nestedIncludes } from '../../support/spf-zones'
import { zoneResolver } from '../../support/zone-resolver'

const IP = '192.0.2.10'

function check(zone: ZoneData, domain = 'contoso.test') {
  return checkHost({ ip: IP, domain, sender: `user@${domain}` }, zoneResolver(zone))
}

describe('lookup limit of 10', () => {
  it('passes with exactly ten nested includes', async () => {
    const evaluation = await check(nestedIncludes(10, IP))
    expect(evaluation.result).toBe('pass')
    expect(evaluation.lookups).toBe(10)
  })

  it('gives permerror with eleven nested includes', async () => {
    const evaluation = await check(nestedIncludes(11, IP))
    expect(evaluation.result).toBe('permerror')
    expect(evaluation.reason).toBe(
      'The check needs more than 10 DNS lookups (include, a, mx, ptr, exists, redirect): the limit is 10.'
    )
    expect(evaluation.lookups).toBe(11)
  })

  it('counts a, mx, ptr, exists and redirect but not ip4, ip6, all or exp', async () => {
    const zone: ZoneData = {
      'contoso.test': [
        {
          TXT: 'v=spf1 ip4:198.51.100.1 ip6:2001:db8::1 a mx ptr exists:x.contoso.test redirect=r.contoso.test exp=e.contoso.test'
        },
        { A: '198.51.100.2' },
        { MX: [0, 'contoso.test'] }
      ],
      'x.contoso.test': [{ TXT: 'exists but has no A record' }],
      'r.contoso.test': [{ TXT: 'v=spf1 a:a1.contoso.test -all exp=e.contoso.test' }],
      'a1.contoso.test': [{ A: '198.51.100.3' }],
      'e.contoso.test': [{ TXT: 'Not from here.' }]
    }
    const evaluation = await check(zone)
    expect(evaluation).toMatchObject({ result: 'fail', explanation: 'Not from here.', lookups: 6 })
  })

  it('stops counting at the first match', async () => {
    const includes = Array.from({ length: 12 }, (_, i) => `include:i${i}.contoso.test`).join(' ')
    const zone: ZoneData = { 'contoso.test': [{ TXT: `v=spf1 ip4:${IP} ${includes} -all` }] }
    expect(await check(zone)).toMatchObject({ result: 'pass', lookups: 0 })
  })

  it('limits an mx mechanism to 10 MX hosts', async () => {
    const mx = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ MX: [i, `m${i}.contoso.test`] }))
    const zone = (n: number): ZoneData => ({
      'contoso.test': [{ TXT: 'v=spf1 mx -all' }, ...mx(n)],
      [`m${n - 1}.contoso.test`]: [{ A: IP }]
    })
    expect((await check(zone(10))).result).toBe('pass')
    expect((await check(zone(11))).result).toBe('permerror')
  })
})

describe('void lookup limit of 2', () => {
  const zone = (targets: string): ZoneData => ({
    'contoso.test': [{ TXT: `v=spf1 ${targets} ip4:${IP} -all` }],
    'empty.contoso.test': [{ TXT: 'a name with no A record' }]
  })

  it('allows two lookups that find nothing (NXDOMAIN or no records)', async () => {
    const evaluation = await check(zone('a:nx.contoso.test a:empty.contoso.test'))
    expect(evaluation).toMatchObject({ result: 'pass', voidLookups: 2 })
  })

  it('gives permerror on the third', async () => {
    const evaluation = await check(
      zone('a:nx.contoso.test mx:empty.contoso.test exists:nx2.contoso.test')
    )
    expect(evaluation).toMatchObject({
      result: 'permerror',
      voidLookups: 3,
      reason:
        'More than 2 lookups found no records (the last was nx2.contoso.test): the limit is 2.'
    })
  })
})

describe('lookup tree', () => {
  it('records each record, its evaluated terms and its include and redirect children', async () => {
    const zone: ZoneData = {
      'contoso.test': [
        {
          TXT: ['v=spf1 ip4:131.107.21.231 ', 'include:spf.partner.test redirect=_spf.contoso.test']
        }
      ],
      'spf.partner.test': [{ TXT: 'v=spf1 a:out.partner.test -all' }],
      'out.partner.test': [{ A: '203.0.113.5' }],
      '_spf.contoso.test': [{ TXT: `v=spf1 ip4:${IP} -all` }]
    }
    const evaluation = await check(zone)
    expect(evaluation.result).toBe('pass')
    expect(evaluation.tree).toEqual({
      domain: 'contoso.test',
      via: null,
      record: 'v=spf1 ip4:131.107.21.231 include:spf.partner.test redirect=_spf.contoso.test',
      terms: [
        { term: 'ip4:131.107.21.231', counted: false, outcome: 'no-match', detail: '' },
        {
          term: 'include:spf.partner.test',
          counted: true,
          outcome: 'no-match',
          detail: 'spf.partner.test: fail'
        },
        {
          term: 'redirect=_spf.contoso.test',
          counted: true,
          outcome: 'followed',
          detail: '_spf.contoso.test: pass'
        }
      ],
      lookups: 2,
      children: [
        {
          domain: 'spf.partner.test',
          via: 'include:spf.partner.test',
          record: 'v=spf1 a:out.partner.test -all',
          terms: [
            {
              term: 'a:out.partner.test',
              counted: true,
              outcome: 'no-match',
              detail: 'out.partner.test → 203.0.113.5'
            },
            { term: '-all', counted: false, outcome: 'match', detail: '' }
          ],
          lookups: 1,
          children: [],
          result: 'fail',
          error: null
        },
        {
          domain: '_spf.contoso.test',
          via: 'redirect=_spf.contoso.test',
          record: `v=spf1 ip4:${IP} -all`,
          terms: [{ term: `ip4:${IP}`, counted: false, outcome: 'match', detail: '' }],
          lookups: 0,
          children: [],
          result: 'pass',
          error: null
        }
      ],
      result: 'pass',
      error: null
    })
  })

  it('marks the record where an error arose and every record above it', async () => {
    const zone: ZoneData = {
      'contoso.test': [{ TXT: 'v=spf1 include:bad.partner.test -all' }],
      'bad.partner.test': [{ TXT: 'v=spf1 ip4:1.2.3 -all' }]
    }
    const evaluation = await check(zone)
    expect(evaluation.result).toBe('permerror')
    expect(evaluation.tree.result).toBe('permerror')
    expect(evaluation.tree.error).toBeNull()
    expect(evaluation.tree.terms[0]?.outcome).toBe('error')
    expect(evaluation.tree.children[0]).toMatchObject({
      domain: 'bad.partner.test',
      result: 'permerror',
      error:
        'The SPF record of bad.partner.test has a syntax error at character 8 (“ip4:1.2.3”): “ip4:1.2.3” does not hold a valid IPv4 address or range.'
    })
  })

  it('reports an include without a record as permerror on the including record', async () => {
    const zone: ZoneData = { 'contoso.test': [{ TXT: 'v=spf1 include:gone.partner.test -all' }] }
    const evaluation = await check(zone)
    expect(evaluation.result).toBe('permerror')
    expect(evaluation.reason).toBe('include:gone.partner.test: gone.partner.test does not exist.')
    expect(evaluation.tree.children[0]).toMatchObject({ result: 'permerror' })
  })
})

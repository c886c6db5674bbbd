import { describe, expect, it } from 'vitest'
import type { DnsResolver } from '../../../src-renderer/lib/domain/dns/resolver'
import { assessSpf, checkHost, spfIdentity } from '../../../src-renderer/lib/domain/dns/spf'
import { zoneResolver } from '../../support/zone-resolver'

const zone = zoneResolver({
  'contoso.com': [{ TXT: 'v=spf1 ip4:131.107.21.231 -all exp=why.contoso.com' }],
  'why.contoso.com': [{ TXT: '%{c} at %{t} checked by %{r} for %{s} (HELO %{h})' }],
  'slow.contoso.com': ['TIMEOUT']
})

describe('spfIdentity', () => {
  it('uses MAIL FROM’s domain, or postmaster at the HELO name when MAIL FROM is empty', () => {
    expect(spfIdentity('kate@contoso.com', 'mail.contoso.com')).toEqual({
      domain: 'contoso.com',
      sender: 'kate@contoso.com'
    })
    expect(spfIdentity('', 'mail.contoso.com')).toEqual({
      domain: 'mail.contoso.com',
      sender: 'postmaster@mail.contoso.com'
    })
  })
})

describe('checkHost', () => {
  it('passes time and receiver to the explanation macros', async () => {
    const evaluation = await checkHost(
      {
        ip: '2001:DB8::1',
        domain: 'Contoso.com.',
        sender: '@contoso.com',
        helo: 'mail.fabrikam.com',
        now: new Date('2024-03-01T00:00:00Z'),
        receiver: 'mx.fabrikam.com'
      },
      zone
    )
    expect(evaluation.result).toBe('fail')
    expect(evaluation.explanation).toBe(
      '2001:db8::1 at 1709251200 checked by mx.fabrikam.com for postmaster@contoso.com (HELO mail.fabrikam.com)'
    )
  })

  it('uses the Unix epoch and "unknown" when time, receiver and HELO are not given', async () => {
    const evaluation = await checkHost(
      { ip: '192.0.2.1', domain: 'contoso.com', sender: 'a@contoso.com' },
      zone
    )
    expect(evaluation.explanation).toBe(
      '192.0.2.1 at 0 checked by unknown for a@contoso.com (HELO unknown)'
    )
  })

  it('treats an IPv4-mapped client address as IPv4', async () => {
    const evaluation = await checkHost(
      { ip: '::ffff:131.107.21.231', domain: 'contoso.com', sender: 'a@contoso.com' },
      zone
    )
    expect(evaluation.result).toBe('pass')
  })

  it('gives temperror when the record lookup times out, none when the domain is missing', async () => {
    const slow = await checkHost(
      { ip: '192.0.2.1', domain: 'slow.contoso.com', sender: 'a@slow.contoso.com' },
      zone
    )
    expect([slow.result, slow.reason]).toEqual([
      'temperror',
      'The TXT lookup for slow.contoso.com failed (TIMEOUT).'
    ])
    const missing = await checkHost(
      { ip: '192.0.2.1', domain: 'gone.contoso.com', sender: 'a@gone.contoso.com' },
      zone
    )
    expect([missing.result, missing.reason]).toEqual(['none', 'gone.contoso.com does not exist.'])
  })

  it('throws on an argument that is not an IP address', async () => {
    await expect(
      checkHost({ ip: 'mail.contoso.com', domain: 'contoso.com', sender: '' }, zone)
    ).rejects.toThrow(TypeError)
  })
})

describe('assessSpf DNS use', () => {
  it('asks for each name once, however many IPs are checked', async () => {
    const queries: string[] = []
    const counting: DnsResolver = {
      ...zone,
      txt: (name) => {
        queries.push(name)
        return zone.txt(name)
      }
    }
    await assessSpf('contoso.com', ['131.107.21.231', '192.0.2.1', '192.0.2.0/24'], counting)
    expect(queries).toEqual(['contoso.com', 'why.contoso.com'])
  })
})

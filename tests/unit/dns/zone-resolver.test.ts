/** The test resolver follows the OpenSPF driver's rules; these pin them down. */
import { describe, expect, it } from 'vitest'
import { DnsLookupError } from '../../../src-renderer/lib/domain/dns/resolver'
import { zoneResolver } from '../../support/zone-resolver'

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
    return 'answered'
  } catch (error) {
    return error instanceof DnsLookupError ? error.code : 'other'
  }
}

describe('zoneResolver', () => {
  const dns = zoneResolver({
    'Mail.Example.com.': [{ A: '192.0.2.1' }, { MX: [10, 'MX.example.com.'] }],
    'spf.example.com': [{ SPF: ['v=spf1 ', 'ip4:192.0.2.1 -all'] }, { A: '192.0.2.2' }],
    'typed.example.com': [{ SPF: 'v=spf1 +all' }, { TXT: 'v=spf1 -all' }],
    'none.example.com': [{ SPF: 'v=spf1 +all' }, { TXT: 'NONE' }],
    'late.example.com': [{ TXT: 'hello' }, 'TIMEOUT'],
    'slow.example.com': ['TIMEOUT'],
    'alias.example.com': [{ CNAME: 'mail.example.com' }],
    'loop1.example.com': [{ CNAME: 'loop2.example.com' }],
    'loop2.example.com': [{ CNAME: 'loop1.example.com' }]
  })

  it('answers case-insensitively, without trailing dots', async () => {
    expect(await dns.a('MAIL.example.COM.')).toEqual(['192.0.2.1'])
    expect(await dns.mx('mail.example.com')).toEqual([{ exchange: 'mx.example.com', priority: 10 }])
  })

  it('tells NXDOMAIN from an empty answer', async () => {
    expect(await code(dns.a('missing.example.com'))).toBe('NXDOMAIN')
    expect(await dns.aaaa('mail.example.com')).toEqual([])
  })

  it('copies SPF records to TXT unless the name lists TXT records', async () => {
    expect(await dns.txt('spf.example.com')).toEqual([['v=spf1 ', 'ip4:192.0.2.1 -all']])
    expect(await dns.txt('typed.example.com')).toEqual([['v=spf1 -all']])
    expect(await dns.txt('none.example.com')).toEqual([])
  })

  it('times out unless a record of the type came before TIMEOUT', async () => {
    expect(await dns.txt('late.example.com')).toEqual([['hello']])
    expect(await code(dns.a('late.example.com'))).toBe('TIMEOUT')
    expect(await code(dns.txt('slow.example.com'))).toBe('TIMEOUT')
  })

  it('follows CNAMEs and fails on loops', async () => {
    expect(await dns.a('alias.example.com')).toEqual(['192.0.2.1'])
    expect(await code(dns.a('loop1.example.com'))).toBe('SERVFAIL')
  })
})

describe('DnsLookupError', () => {
  it('exposes its code', () => {
    const error = new DnsLookupError('TIMEOUT')
    expect(error).toBeInstanceOf(Error)
    expect([error.code, error.message, error.name]).toEqual([
      'TIMEOUT',
      'TIMEOUT',
      'DnsLookupError'
    ])
    expect(new DnsLookupError('NXDOMAIN', 'x.test does not exist').message).toBe(
      'x.test does not exist'
    )
  })
})

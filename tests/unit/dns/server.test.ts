import { describe, expect, it } from 'vitest'
import { validateDnsServer } from '../../../src-renderer/lib/domain/dns/server'

describe('validateDnsServer', () => {
  it('accepts the system servers, IPv4 and IPv6 addresses with or without a port', () => {
    const inputs = [
      '',
      '  ',
      '192.0.2.53',
      '192.0.2.53:5353',
      '192.0.2.53:53',
      '2001:DB8::53',
      '[2001:db8:0::53]:5353',
      '[::1]'
    ]
    expect(inputs.map((input) => validateDnsServer(input))).toEqual([
      { ok: true, value: '' },
      { ok: true, value: '' },
      { ok: true, value: '192.0.2.53' },
      { ok: true, value: '192.0.2.53:5353' },
      { ok: true, value: '192.0.2.53' },
      { ok: true, value: '2001:db8::53' },
      { ok: true, value: '[2001:db8::53]:5353' },
      { ok: true, value: '::1' }
    ])
  })

  it('refuses host names, bad ports, zone indexes and over-long input with a sentence', () => {
    expect(validateDnsServer('dns.google')).toEqual({
      ok: false,
      message:
        'DNS server “dns.google” is not an IP address: enter an IPv4 or IPv6 address, such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:5353.'
    })
    expect(validateDnsServer('192.0.2.53:70000')).toEqual({
      ok: false,
      message: 'DNS server “192.0.2.53:70000” has port “70000”: a port is 1 to 65535.'
    })
    expect(validateDnsServer('fe80::1%eth0')).toMatchObject({ ok: false })
    expect(validateDnsServer('[192.0.2.53]:53')).toMatchObject({ ok: false })
    expect(validateDnsServer('1'.repeat(65))).toEqual({
      ok: false,
      message: 'The DNS server is 65 characters long: enter one IP address.'
    })
  })
})

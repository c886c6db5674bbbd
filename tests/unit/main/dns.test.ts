// Input handling of the main-process DNS module. The answers themselves are tested against a
// real DNS server in dns-live.test.ts.
import { describe, expect, it } from 'vitest'
import { clampDnsTimeout, parseDnsName, parseDnsServer, queryDns } from '../../../src-main/ipc/dns'
import {
  DNS_DEFAULT_TIMEOUT_MS,
  DNS_MAX_TIMEOUT_MS,
  DNS_MIN_TIMEOUT_MS
} from '../../../src-main/shared/ipc-contract'
import type { DnsQueryArgs } from '../../../src-main/shared/ipc-contract'

describe('parseDnsName', () => {
  it.each([
    ['contoso.com', 'contoso.com'],
    ['  Contoso.COM.  ', 'contoso.com'],
    ['_dmarc.contoso.com', '_dmarc.contoso.com'],
    ['selector1._domainkey.Contoso.com', 'selector1._domainkey.contoso.com'],
    ['4.3.2.1.in-addr.arpa.', '4.3.2.1.in-addr.arpa'],
    ['localhost', 'localhost'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['_spf.Bücher.DE.', '_spf.xn--bcher-kva.de'],
    // SPF macros put e-mail local parts into names: exists:%{l}._spf.contoso.com
    ["o'brien+news._spf.contoso.com", "o'brien+news._spf.contoso.com"],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
    [`${'abcdefghi.'.repeat(25)}abc`, `${'abcdefghi.'.repeat(25)}abc`]
  ])('normalises %j to %j', (input, name) => {
    expect(parseDnsName(input)).toEqual({ ok: true, value: name })
  })

  it.each([
    ['', 'Enter a DNS name, such as contoso.com.'],
    ['   ', 'Enter a DNS name, such as contoso.com.'],
    ['.', '“.” has an empty label: remove the extra dot.'],
    ['contoso .com', '“contoso .com” contains a space: a DNS name has none.'],
    ['contoso\t.com', '“contoso\t.com” contains a space: a DNS name has none.'],
    ['contoso\u0000.com', '“contoso\u0000.com” contains a control character: a DNS name has none.'],
    ['contoso..com', '“contoso..com” has an empty label: remove the extra dot.'],
    ['.contoso.com', '“.contoso.com” has an empty label: remove the extra dot.'],
    ['contoso.com..', '“contoso.com..” has an empty label: remove the extra dot.'],
    ['admin@contoso.com', '“admin@contoso.com” contains “@”, which a DNS name cannot hold.'],
    ['mail\\.contoso.com', '“mail\\.contoso.com” contains “\\”, which a DNS name cannot hold.'],
    ['"contoso.com"', '“"contoso.com"” contains “"”, which a DNS name cannot hold.'],
    ['[::1]', '“[::1]” contains “[”, which a DNS name cannot hold.'],
    ['contoso.com:53', '“contoso.com:53” contains “:”, which a DNS name cannot hold.'],
    ['a\u200bb\u00a0.com', '“a\u200bb\u00a0.com” contains a space: a DNS name has none.'],
    [
      `${'a'.repeat(64)}.com`,
      `“${'a'.repeat(64)}.com” has a label of 64 characters: each part between dots is at most 63.`
    ],
    [
      `${'abcdefghi.'.repeat(25)}abcd`,
      `“${'abcdefghi.'.repeat(25)}abcd” is 254 characters long: a DNS name is at most 253.`
    ]
  ])('refuses %j', (input, message) => {
    expect(parseDnsName(input)).toEqual({ ok: false, message })
  })

  it('refuses a name whose IDN labels cannot become punycode', () => {
    expect(parseDnsName('xn--ü.com')).toEqual({
      ok: false,
      message: '“xn--ü.com” contains characters that cannot be used in a DNS name.'
    })
  })
})

describe('parseDnsServer', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['192.0.2.53', '192.0.2.53:53'],
    [' 192.0.2.53:5353 ', '192.0.2.53:5353'],
    ['127.0.0.1:65535', '127.0.0.1:65535'],
    ['2001:db8::53', '[2001:db8::53]:53'],
    ['::1', '[::1]:53'],
    ['[2001:db8::53]', '[2001:db8::53]:53'],
    ['[::1]:5353', '[::1]:5353'],
    ['::ffff:192.0.2.1', '[::ffff:192.0.2.1]:53']
  ])('reads %j as %j', (input, server) => {
    expect(parseDnsServer(input)).toEqual({ ok: true, value: server })
  })

  const notAddress = (text: string) =>
    `DNS server “${text}” is not an IP address: enter an IPv4 or IPv6 address, such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:5353.`

  it.each([
    ['dns.google', notAddress('dns.google')],
    ['dns.google:53', notAddress('dns.google:53')],
    ['1.2.3', notAddress('1.2.3')],
    ['256.1.1.1', notAddress('256.1.1.1')],
    ['01.2.3.4', notAddress('01.2.3.4')],
    ['[192.0.2.53]:53', notAddress('[192.0.2.53]:53')],
    ['[2001:db8::53', notAddress('[2001:db8::53')],
    ['2001:db8::53:99999:1', notAddress('2001:db8::53:99999:1')],
    ['192.0.2.53 8.8.8.8', notAddress('192.0.2.53 8.8.8.8')],
    ['192.0.2.53:0', 'DNS server “192.0.2.53:0” has port “0”: a port is 1 to 65535.'],
    ['192.0.2.53:65536', 'DNS server “192.0.2.53:65536” has port “65536”: a port is 1 to 65535.'],
    ['192.0.2.53:', 'DNS server “192.0.2.53:” has port “”: a port is 1 to 65535.'],
    ['192.0.2.53:5x', 'DNS server “192.0.2.53:5x” has port “5x”: a port is 1 to 65535.'],
    ['192.0.2.53:-1', 'DNS server “192.0.2.53:-1” has port “-1”: a port is 1 to 65535.'],
    ['[::1]:abc', 'DNS server “[::1]:abc” has port “abc”: a port is 1 to 65535.'],
    ['fe80::1%eth0', 'DNS server “fe80::1%eth0” has a zone index (%): use an address without one.']
  ])('refuses %j', (input, message) => {
    expect(parseDnsServer(input)).toEqual({ ok: false, message })
  })
})

describe('clampDnsTimeout', () => {
  it('defaults to 5 s and keeps the timeout between the floor and the cap', () => {
    expect(DNS_DEFAULT_TIMEOUT_MS).toBe(5000)
    expect([
      clampDnsTimeout(undefined),
      clampDnsTimeout(Number.NaN),
      clampDnsTimeout(Number.POSITIVE_INFINITY),
      clampDnsTimeout(1500.4),
      clampDnsTimeout(1),
      clampDnsTimeout(10 * 60_000)
    ]).toEqual([5000, 5000, 5000, 1500, DNS_MIN_TIMEOUT_MS, DNS_MAX_TIMEOUT_MS])
    expect([DNS_MIN_TIMEOUT_MS, DNS_MAX_TIMEOUT_MS]).toEqual([100, 30_000])
  })
})

describe('queryDns on input it refuses', () => {
  it('answers INVALID with the reason, without querying', async () => {
    expect(await queryDns({ name: 'contoso .com', type: 'MX' })).toEqual({
      ok: false,
      code: 'INVALID',
      message: '“contoso .com” contains a space: a DNS name has none.'
    })
    expect(await queryDns({ name: 'contoso.com', type: 'MX', server: 'dns.google' })).toEqual({
      ok: false,
      code: 'INVALID',
      message: expect.stringContaining('DNS server “dns.google” is not an IP address')
    })
  })

  it('answers INVALID for a record type outside the contract', async () => {
    const args: DnsQueryArgs = { name: 'contoso.com', type: 'A' }
    Reflect.set(args, 'type', 'SOA')
    expect(await queryDns(args)).toEqual({
      ok: false,
      code: 'INVALID',
      message: '“SOA” is not a record type this app looks up.'
    })
  })
})

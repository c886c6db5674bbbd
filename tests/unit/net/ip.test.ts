import { describe, expect, it } from 'vitest'
import {
  formatIp,
  ipInNetwork,
  isIpAddress,
  lastAddress,
  networkAddress,
  parseIp,
  parseNetwork,
  reverseName,
  unmapIpv4,
  validateIpOrCidr
} from '../../../src-renderer/lib/domain/net/ip'

function canonical(text: string): string | null {
  const ip = parseIp(text)
  return ip ? formatIp(ip) : null
}

describe('parseIp', () => {
  it('parses IPv4 into four bytes', () => {
    expect(parseIp('131.107.21.231')).toEqual({
      family: 4,
      bytes: new Uint8Array([131, 107, 21, 231])
    })
  })

  it('parses IPv6 with ::, embedded IPv4 and upper case', () => {
    expect(parseIp('::')?.bytes).toEqual(new Uint8Array(16))
    expect(parseIp('2001:DB8::1')?.bytes).toEqual(
      new Uint8Array([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
    )
    expect(parseIp('::ffff:1.2.3.4')?.bytes.subarray(10)).toEqual(
      new Uint8Array([0xff, 0xff, 1, 2, 3, 4])
    )
    expect(parseIp('1:2:3:4:5:6:1.2.3.4')?.family).toBe(6)
  })

  it.each([
    '',
    '1.2.3',
    '1.2.3.4.5',
    '256.1.1.1',
    '010.1.1.1',
    '1.2.3.04',
    ' 1.2.3.4',
    '1.2.3.4/24',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    '1:2:3:4::5:6:7:8',
    ':1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:',
    '12345::',
    'fe80::1%eth0',
    '::1.2.3.4:5',
    '::ffff:1.2.3.256',
    'g::1'
  ])('refuses %j', (text) => {
    expect(parseIp(text)).toBeNull()
    expect(isIpAddress(text)).toBe(false)
  })
})

describe('formatIp (RFC 5952)', () => {
  it.each([
    ['2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['1:0:0:0:0:0:0:0', '1::'],
    ['::ffff:c000:0201', '::ffff:192.0.2.1'],
    ['::1.2.3.4', '::102:304'],
    ['1.2.3.4', '1.2.3.4']
  ])('%s → %s', (input, output) => {
    expect(canonical(input)).toBe(output)
  })
})

describe('ipInNetwork', () => {
  it('matches on the first prefix bits only', () => {
    expect(ipInNetwork('131.107.21.231', '131.107.21.0', 24)).toBe(true)
    expect(ipInNetwork('131.107.22.1', '131.107.21.0', 24)).toBe(false)
    expect(ipInNetwork('10.0.0.129', '10.0.0.128', 25)).toBe(true)
    expect(ipInNetwork('10.0.0.127', '10.0.0.128', 25)).toBe(false)
    expect(ipInNetwork('8.8.8.8', '0.0.0.0', 0)).toBe(true)
    expect(ipInNetwork('2001:db8::1', '2001:db8::', 32)).toBe(true)
    expect(ipInNetwork('2001:db9::1', '2001:db8::', 32)).toBe(false)
  })

  it('never matches across families', () => {
    expect(ipInNetwork('1.2.3.4', '::', 0)).toBe(false)
    expect(ipInNetwork('::1', '0.0.0.0', 0)).toBe(false)
  })

  it('throws on bad input', () => {
    expect(() => ipInNetwork('x', '1.2.3.4', 8)).toThrow(TypeError)
    expect(() => ipInNetwork('1.2.3.4', '1.2.3.4', 33)).toThrow(RangeError)
  })
})

describe('network bounds', () => {
  it('clears and sets host bits', () => {
    const ip = parseIp('192.168.1.77')
    if (!ip) throw new Error('fixture')
    expect(formatIp(networkAddress(ip, 26))).toBe('192.168.1.64')
    expect(formatIp(lastAddress(ip, 26))).toBe('192.168.1.127')
    expect(formatIp(lastAddress(ip, 32))).toBe('192.168.1.77')
  })

  it('parses canonical network text', () => {
    expect(parseNetwork('10.0.0.0/8')?.prefix).toBe(8)
    expect(parseNetwork('2001:db8::1')?.prefix).toBe(128)
    expect(parseNetwork('10.0.0.0/33')).toBeNull()
    expect(parseNetwork('10.0.0.0/8/8')).toBeNull()
  })
})

describe('reverseName', () => {
  it('reverses IPv4 octets under in-addr.arpa', () => {
    expect(reverseName('1.2.3.4')).toBe('4.3.2.1.in-addr.arpa')
  })

  it('reverses IPv6 nibbles under ip6.arpa', () => {
    expect(reverseName('2001:db8::567:89ab')).toBe(
      'b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa'
    )
  })
})

describe('validateIpOrCidr', () => {
  it.each([
    ['131.107.21.231', '131.107.21.231'],
    [' 131.107.21.0/24 ', '131.107.21.0/24'],
    ['0.0.0.0/0', '0.0.0.0/0'],
    ['1.2.3.4/32', '1.2.3.4/32'],
    ['2001:DB8:0::/32', '2001:db8::/32'],
    ['::', '::'],
    ['::ffff:10.1.2.3', '::ffff:10.1.2.3'],
    ['2001:db8::1/128', '2001:db8::1/128']
  ])('accepts %j as %j', (input, value) => {
    expect(validateIpOrCidr(input)).toEqual({ ok: true, value })
  })

  it.each([
    ['', 'Enter an IP address or a CIDR range, such as 131.107.21.231 or 131.107.21.0/24.'],
    ['1.2.3.4 /24', '“1.2.3.4 /24” contains a space: an IP address has no spaces.'],
    [
      '010.1.1.1',
      '“010.1.1.1” has a leading zero in “010”: some software reads that as octal, so write each number without leading zeros.'
    ],
    ['1.2.3.300', '“300” in “1.2.3.300” is above 255: each number of an IPv4 address is 0 to 255.'],
    ['1.2.3', '“1.2.3” is not a valid IPv4 address: it needs four numbers separated by dots.'],
    ['2001:db8:::1', '“2001:db8:::1” is not a valid IPv6 address.'],
    ['fe80::1%eth0', '“fe80::1%eth0” has a zone index (%…): enter the address without it.'],
    ['mail.contoso.com', '“mail.contoso.com” is not an IP address.'],
    [
      '10.0.0.0/33',
      'The prefix length “/33” in “10.0.0.0/33” must be a whole number from 0 to 32.'
    ],
    [
      '2001:db8::/129',
      'The prefix length “/129” in “2001:db8::/129” must be a whole number from 0 to 128.'
    ],
    [
      '10.0.0.0/08',
      'The prefix length “/08” in “10.0.0.0/08” must be a whole number from 0 to 32.'
    ],
    ['10.0.0.0/', 'The prefix length “/” in “10.0.0.0/” must be a whole number from 0 to 32.'],
    ['10.0.0.0/8/8', '“10.0.0.0/8/8” has more than one “/”.'],
    [
      '192.168.1.5/24',
      '“192.168.1.5/24” has bits set after the first 24: the range is written 192.168.1.0/24 (or enter the single address 192.168.1.5).'
    ]
  ])('refuses %j', (input, message) => {
    expect(validateIpOrCidr(input)).toEqual({ ok: false, message })
  })
})

describe('unmapIpv4', () => {
  it('turns an IPv4-mapped IPv6 address into IPv4 and leaves others alone', () => {
    const mapped = parseIp('::FFFF:1.2.3.4')
    const plain = parseIp('::1.2.3.4')
    if (!mapped || !plain) throw new Error('fixture')
    expect(unmapIpv4(mapped)).toEqual({ family: 4, bytes: new Uint8Array([1, 2, 3, 4]) })
    expect(unmapIpv4(plain)).toBe(plain)
  })
})

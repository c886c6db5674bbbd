import { describe, expect, it } from 'vitest'
import {
  connectorSenderIpProblem,
  publicAddressProblem,
  spfRangeProblem
} from '../../../src-renderer/lib/domain/net/ranges'

describe('publicAddressProblem', () => {
  it('questions private, loopback and every-address entries', () => {
    for (const text of ['10.1.2.3', '172.16.0.0/12', '172.31.255.1', '192.168.1.0/24'])
      expect(publicAddressProblem(text)).toMatch(/private range \(RFC 1918\)/)
    expect(publicAddressProblem('127.0.0.1')).toMatch(/loopback/)
    expect(publicAddressProblem('::1')).toMatch(/IPv6 loopback/)
    expect(publicAddressProblem('fd12:3456::1')).toMatch(/unique local/)
    expect(publicAddressProblem('0.0.0.0/0')).toMatch(/^0\.0\.0\.0\/0 is every address/)
    expect(publicAddressProblem('::/0')).toMatch(/every address/)
  })

  it('accepts public addresses, including neighbours of the private ranges', () => {
    for (const text of [
      '131.107.21.231',
      '172.32.0.1',
      '11.0.0.0/8',
      '192.169.0.0/24',
      '2001:db8::/48'
    ])
      expect(publicAddressProblem(text)).toBeNull()
  })

  it('questions a range that only starts inside a private range only when it lies within it', () => {
    // 10.0.0.0/7 covers 10/8 and 11/8: not all private, but SPF flags it as too broad.
    expect(publicAddressProblem('10.0.0.0/7')).toBeNull()
    expect(spfRangeProblem('10.0.0.0/7')).toMatch(/more than an IPv4 \/16/)
  })
})

describe('spfRangeProblem', () => {
  it('questions ranges broader than IPv4 /16 or IPv6 /48', () => {
    expect(spfRangeProblem('131.106.0.0/15')).toMatch(
      /^131\.106\.0\.0\/15 authorises more than an IPv4 \/16/
    )
    expect(spfRangeProblem('131.107.0.0/16')).toBeNull()
    expect(spfRangeProblem('2001:db8::/47')).toMatch(/more than an IPv6 \/48/)
    expect(spfRangeProblem('2001:db8::/48')).toBeNull()
    expect(spfRangeProblem('192.168.0.0/24')).toMatch(/private range/)
  })
})

describe('connectorSenderIpProblem', () => {
  it('accepts IPv4 addresses and /24 to /32 ranges', () => {
    for (const text of [
      '131.107.21.231',
      '131.107.21.0/24',
      '131.107.21.128/25',
      '131.107.21.7/32'
    ])
      expect(connectorSenderIpProblem(text)).toBeNull()
  })

  it('refuses IPv6 and IPv4 ranges broader than /24', () => {
    expect(connectorSenderIpProblem('2001:db8::1')).toMatch(/is IPv6/)
    expect(connectorSenderIpProblem('131.107.20.0/23')).toMatch(/broader than \/24/)
    expect(connectorSenderIpProblem('0.0.0.0/0')).toMatch(/broader than \/24/)
  })
})

import { describe, expect, it } from 'vitest'
import { composeSpf, parseSpf, splitTxtStrings } from '../../../src-renderer/lib/domain/dns/spf'

describe('composeSpf', () => {
  it('writes the reference page’s record for Contoso', () => {
    expect(composeSpf({ ips: ['131.107.21.231'], thirdParties: [] })).toEqual({
      record: 'v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all',
      strings: ['v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all'],
      warnings: []
    })
  })

  it('orders IPs, Microsoft 365, third parties; normalises and removes duplicates', () => {
    const composed = composeSpf({
      ips: ['131.107.21.0/24', '2001:DB8::25/128', ' 131.107.21.0/24 '],
      thirdParties: [
        'Mail.Partner.example',
        '10.10.10.1',
        'include:spf.protection.outlook.com',
        '2001:db8:1::/48'
      ]
    })
    expect(composed.record).toBe(
      'v=spf1 ip4:131.107.21.0/24 ip6:2001:db8::25 include:spf.protection.outlook.com include:mail.partner.example ip4:10.10.10.1 ip6:2001:db8:1::/48 -all'
    )
    expect(parseSpf(composed.record).ok).toBe(true)
    expect(composed.warnings).toEqual([
      '10.10.10.1 is a private range (RFC 1918): Microsoft 365 and other mail servers never see it. Enter the public address the on-premises servers send from (after NAT).',
      "Each include counts toward SPF's limit of 10 DNS lookups, with the lookups inside it: check the total with the lookup tree once published."
    ])
  })

  it('leaves out invalid entries with the validator’s message', () => {
    const composed = composeSpf({ ips: ['131.107.21.5/24'], thirdParties: ['not a domain'] })
    expect(composed.record).toBe('v=spf1 include:spf.protection.outlook.com -all')
    expect(composed.warnings).toEqual([
      'Left out: “131.107.21.5/24” has bits set after the first 24: the range is written 131.107.21.0/24 (or enter the single address 131.107.21.5).',
      'Left out: “not a domain” contains a space: a domain name has no spaces.'
    ])
  })

  it('keeps private, every-address and too broad ranges but questions each', () => {
    const composed = composeSpf({
      ips: ['192.168.10.5', '131.106.0.0/15', '2001:db8::/32'],
      thirdParties: ['0.0.0.0/0', '131.107.21.0/24']
    })
    expect(composed.record).toBe(
      'v=spf1 ip4:192.168.10.5 ip4:131.106.0.0/15 ip6:2001:db8::/32 include:spf.protection.outlook.com ip4:0.0.0.0/0 ip4:131.107.21.0/24 -all'
    )
    expect(composed.warnings).toEqual([
      expect.stringMatching(/^192\.168\.10\.5 is a private range \(RFC 1918\)/),
      expect.stringMatching(/^131\.106\.0\.0\/15 authorises more than an IPv4 \/16/),
      expect.stringMatching(/^2001:db8::\/32 authorises more than an IPv6 \/48/),
      expect.stringMatching(/^0\.0\.0\.0\/0 is every address/)
    ])
  })

  it('splits a record over 255 bytes into strings and says so', () => {
    const ips = Array.from({ length: 20 }, (_, i) => `198.51.100.${i + 1}`)
    const composed = composeSpf({ ips, thirdParties: [] })
    expect(composed.record.length).toBeGreaterThan(255)
    expect(composed.strings.join('')).toBe(composed.record)
    expect(composed.strings.every((s) => s.length <= 255)).toBe(true)
    expect(composed.strings).toHaveLength(2)
    expect(composed.strings[0]?.endsWith(' ')).toBe(true)
    expect(composed.warnings).toEqual([
      `The record is ${composed.record.length} bytes: one TXT string holds at most 255, so publish it as the 2 strings shown (SPF joins them without spaces).`
    ])
  })

  it('warns when includes alone pass the lookup limit', () => {
    const thirdParties = Array.from({ length: 10 }, (_, i) => `p${i}.partner.example`)
    const composed = composeSpf({ ips: [], thirdParties })
    expect(composed.warnings).toContain(
      'The record has 11 includes: SPF allows 10 DNS lookups in all, counting those inside each include, so receivers will return permerror.'
    )
  })
})

describe('splitTxtStrings', () => {
  it('cuts a term longer than 255 bytes at the limit', () => {
    const record = `v=spf1 exists:${'a'.repeat(300)}.example -all`
    const strings = splitTxtStrings(record)
    expect(strings.join('')).toBe(record)
    expect(strings.map((s) => s.length)).toEqual([7, 255, 65])
  })
})

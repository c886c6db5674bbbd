import { describe, expect, it } from 'vitest'
import {
  normaliseHostname,
  validateDomainName,
  validateHostName
} from '../../../src-renderer/lib/domain/net/hostname'

describe('normaliseHostname', () => {
  it('trims, lower-cases and strips one trailing dot', () => {
    expect(normaliseHostname('  Mail.Contoso.COM. ')).toBe('mail.contoso.com')
    expect(normaliseHostname('a.b..')).toBe('a.b.')
  })
})

describe('validateDomainName', () => {
  it.each([
    ['contoso.com', 'contoso.com'],
    [' Contoso.COM. ', 'contoso.com'],
    ['sub.domain.org', 'sub.domain.org'],
    ['heig-vd.ch', 'heig-vd.ch'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['MÜNCHEN.de', 'xn--mnchen-3ya.de'],
    ['example。com', 'example.com'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['123.example.com', '123.example.com'],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
    [`${'abcdefghi.'.repeat(25)}com`, `${'abcdefghi.'.repeat(25)}com`]
  ])('accepts %j as %j', (input, value) => {
    expect(validateDomainName(input)).toEqual({ ok: true, value })
  })

  it.each([
    ['', 'Enter a domain name, such as contoso.com.'],
    ['mail contoso.com', '“mail contoso.com” contains a space: a domain name has no spaces.'],
    ['contoso', '“contoso” needs a dot: enter the full name, such as contoso.com.'],
    ['contoso..com', '“contoso..com” has an empty label: remove the extra dot.'],
    ['.contoso.com', '“.contoso.com” has an empty label: remove the extra dot.'],
    ['contoso.com..', '“contoso.com..” has an empty label: remove the extra dot.'],
    [
      `${'a'.repeat(64)}.com`,
      `“${'a'.repeat(64)}.com” has a label of 64 characters: each part between dots is at most 63.`
    ],
    [
      '-contoso.com',
      '“-contoso” in “-contoso.com” starts or ends with a hyphen: a label cannot start or end with one.'
    ],
    [
      'contoso-.com',
      '“contoso-” in “contoso-.com” starts or ends with a hyphen: a label cannot start or end with one.'
    ],
    [
      '_dmarc.contoso.com',
      '“_dmarc.contoso.com” contains an underscore: a domain name has no underscores.'
    ],
    [
      '131.107.21.231',
      '“131.107.21.231” is an IP address: enter a domain name, such as contoso.com.'
    ],
    ['[1.2.3.4]', '“[1.2.3.4]” is an IP address: enter a domain name, such as contoso.com.'],
    ['2001:db8::1', '“2001:db8::1” is an IP address: enter a domain name, such as contoso.com.'],
    [
      'contoso.com/x',
      '“contoso.com/x” contains “/”: a domain name has only letters, digits, hyphens and dots.'
    ],
    [
      'user@contoso.com',
      '“user@contoso.com” contains “@”: a domain name has only letters, digits, hyphens and dots.'
    ],
    ['1.2.3', '“1.2.3” ends in “3”, all digits: a top-level domain has letters.'],
    ['xn--zz.com', '“xn--zz” in “xn--zz.com” is not valid punycode (IDN) text.']
  ])('refuses %j', (input, message) => {
    expect(validateDomainName(input)).toEqual({ ok: false, message })
  })

  it('refuses a name over 253 characters', () => {
    const name = `${'abcdefghi.'.repeat(25)}commm`
    expect(validateDomainName(name)).toEqual({
      ok: false,
      message: `“${name}” is 255 characters long: a domain name is at most 253.`
    })
  })

  it('refuses non-ASCII text the IDN mapping rejects', () => {
    const result = validateDomainName('a\u0000ü.com')
    expect(result.ok).toBe(false)
  })
})

describe('validateHostName', () => {
  it('accepts an FQDN and names a host in its messages', () => {
    expect(validateHostName('Mail.Contoso.com.')).toEqual({ ok: true, value: 'mail.contoso.com' })
    expect(validateHostName('exch01')).toEqual({
      ok: false,
      message: '“exch01” needs a dot: enter the full name, such as mail.contoso.com.'
    })
    expect(validateHostName('mail contoso.com')).toEqual({
      ok: false,
      message: '“mail contoso.com” contains a space: a host name has no spaces.'
    })
  })
})

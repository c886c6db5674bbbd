import { describe, expect, it } from 'vitest'
import { isSpfRecord, parseSpf } from '../../../src-renderer/lib/domain/dns/spf'
import type { SpfTerm } from '../../../src-renderer/lib/domain/dns/spf'

function summary(term: SpfTerm) {
  if (term.kind === 'modifier') return { modifier: term.name, value: term.value, at: term.position }
  return {
    mechanism: `${term.qualifier}${term.name}`,
    domainSpec: term.domainSpec,
    ip4Cidr: term.ip4Cidr,
    ip6Cidr: term.ip6Cidr,
    at: term.position
  }
}

describe('isSpfRecord', () => {
  it.each([
    ['v=spf1', true],
    ['v=spf1 -all', true],
    ['V=SPF1 -all', true],
    ['v=spf10', false],
    ['v=spf1mx', false],
    [' v=spf1 -all', false],
    ['MS=ms97284866', false]
  ])('%j → %s', (text, expected) => {
    expect(isSpfRecord(text)).toBe(expected)
  })
})

describe('parseSpf', () => {
  it('parses mechanisms with qualifiers, domain-specs and dual CIDR lengths, and modifiers', () => {
    const parsed = parseSpf(
      'v=spf1  ip4:131.107.21.0/24 -ip6:2001:DB8::/32 ~a ?mx:%{d}/24//64 ptr include:spf.protection.outlook.com exists:%{i}.bl.test redirect=_spf.contoso.com exp=why.contoso.com x-tag=1 +all '
    )
    expect(parsed.ok).toBe(true)
    expect(parsed.terms.map(summary)).toEqual([
      { mechanism: '+ip4', domainSpec: null, ip4Cidr: 24, ip6Cidr: 128, at: 8 },
      { mechanism: '-ip6', domainSpec: null, ip4Cidr: 32, ip6Cidr: 32, at: 28 },
      { mechanism: '~a', domainSpec: null, ip4Cidr: 32, ip6Cidr: 128, at: 47 },
      { mechanism: '?mx', domainSpec: '%{d}', ip4Cidr: 24, ip6Cidr: 64, at: 50 },
      { mechanism: '+ptr', domainSpec: null, ip4Cidr: 32, ip6Cidr: 128, at: 66 },
      {
        mechanism: '+include',
        domainSpec: 'spf.protection.outlook.com',
        ip4Cidr: 32,
        ip6Cidr: 128,
        at: 70
      },
      { mechanism: '+exists', domainSpec: '%{i}.bl.test', ip4Cidr: 32, ip6Cidr: 128, at: 105 },
      { modifier: 'redirect', value: '_spf.contoso.com', at: 125 },
      { modifier: 'exp', value: 'why.contoso.com', at: 151 },
      { modifier: 'x-tag', value: '1', at: 171 },
      { mechanism: '+all', domainSpec: null, ip4Cidr: 32, ip6Cidr: 128, at: 179 }
    ])
    if (!parsed.ok) throw new Error('unreachable')
    expect(parsed.redirect?.value).toBe('_spf.contoso.com')
    expect(parsed.exp?.value).toBe('why.contoso.com')
  })

  it('reports every syntax error with the position of its term', () => {
    const parsed = parseSpf(
      'v=spf1 a:contoso ip4:10.0.0.1/33 foo -all. redirect=x.test redirect=y.test'
    )
    expect(parsed).toMatchObject({
      ok: false,
      errors: [
        {
          position: 7,
          term: 'a:contoso',
          message: '“contoso” does not end in a valid top-level domain such as .com.'
        },
        { position: 17, term: 'ip4:10.0.0.1/33', message: 'The prefix length /33 is above 32.' },
        { position: 33, term: 'foo', message: '“foo” is not a known mechanism.' },
        { position: 37, term: '-all.', message: '“all” takes no argument.' },
        { position: 59, term: 'redirect=y.test', message: '“redirect=” appears more than once.' }
      ]
    })
  })

  it.each([
    ['v=spf1 ip4:1.2.3.4/032', 'leading zero in a prefix'],
    ['v=spf1 ip4:010.0.0.1', 'leading zero in an address'],
    ['v=spf1 ip4:1.2.3', 'a short address'],
    ['v=spf1 ip6:1.2.3.4', 'an IPv4 address in ip6'],
    ['v=spf1 a:1.2.3.4', 'an IP address as a name'],
    ['v=spf1 a/24/64', 'a single slash before the IPv6 length'],
    ['v=spf1 include', 'include without a domain'],
    ['v=spf1 exists:%{x}.test', 'an unknown macro letter'],
    ['v=spf1 exists:%{d0}.test', 'a zero part count'],
    ['v=spf1 exists:%{c}.test', 'an explanation-only macro in a domain'],
    ['v=spf1 exists:foo%.test', 'a bare percent'],
    ['v=spf1 exp=', 'an empty exp'],
    ['v=spf1 1up=x', 'a modifier name not starting with a letter'],
    ['v=spf1 a:ctrl.test\rptr', 'a control character'],
    ['v=spf1 a:caf\u00e9.test', 'a non-ASCII character']
  ])('refuses %j (%s)', (record) => {
    expect(parseSpf(record).ok).toBe(false)
  })

  it('refuses text that is not an SPF record', () => {
    expect(parseSpf('v=spf2 -all')).toEqual({
      ok: false,
      terms: [],
      errors: [{ position: 0, term: 'v=spf2', message: 'The record does not start with “v=spf1”.' }]
    })
  })

  it('accepts an empty record and colons or slashes inside a domain-spec', () => {
    expect(parseSpf('v=spf1')).toEqual({ ok: true, terms: [], redirect: null, exp: null })
    const parsed = parseSpf('v=spf1 a:foo:bar/baz.example.com')
    expect(parsed.terms.map(summary)).toEqual([
      { mechanism: '+a', domainSpec: 'foo:bar/baz.example.com', ip4Cidr: 32, ip6Cidr: 128, at: 7 }
    ])
  })
})

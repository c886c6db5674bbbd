import { describe, expect, it } from 'vitest'
import type { MacroValues } from '../../../src-renderer/lib/domain/dns/spf-macro'
import {
  expandMacroTokens,
  parseMacroString,
  truncateDomain
} from '../../../src-renderer/lib/domain/dns/spf-macro'

// RFC 7208 §7.4's example values.
const values: MacroValues = {
  s: 'strong-bad@email.example.com',
  l: 'strong-bad',
  o: 'email.example.com',
  d: 'email.example.com',
  i: '192.0.2.3',
  c: '192.0.2.3',
  v: 'in-addr',
  h: 'mx.example.org',
  r: 'mx.receiver.test',
  t: '1700000000',
  p: () => Promise.resolve('mx.example.org')
}

async function expand(text: string): Promise<string> {
  const parsed = parseMacroString(text, 'explanation')
  if (!parsed.ok) throw new Error(parsed.message)
  return expandMacroTokens(parsed.tokens, values)
}

describe('macro expansion (RFC 7208 §7.4 examples)', () => {
  it.each([
    ['%{s}', 'strong-bad@email.example.com'],
    ['%{o}', 'email.example.com'],
    ['%{d}', 'email.example.com'],
    ['%{d4}', 'email.example.com'],
    ['%{d3}', 'email.example.com'],
    ['%{d2}', 'example.com'],
    ['%{d1}', 'com'],
    ['%{dr}', 'com.example.email'],
    ['%{d2r}', 'example.email'],
    ['%{l}', 'strong-bad'],
    ['%{l-}', 'strong.bad'],
    ['%{lr}', 'strong-bad'],
    ['%{lr-}', 'bad.strong'],
    ['%{l1r-}', 'strong'],
    ['%{ir}.%{v}._spf.%{d2}', '3.2.0.192.in-addr._spf.example.com'],
    ['%{lr-}.lp._spf.%{d2}', 'bad.strong.lp._spf.example.com'],
    ['%{lr-}.lp.%{ir}.%{v}._spf.%{d2}', 'bad.strong.lp.3.2.0.192.in-addr._spf.example.com'],
    ['%{d2}.trusted-domains.example.net', 'example.com.trusted-domains.example.net'],
    [
      '%{p} %{h} %{c} %{r} %{t}',
      'mx.example.org mx.example.org 192.0.2.3 mx.receiver.test 1700000000'
    ],
    ['%%%_%-', '% %20'],
    ['%{S}', 'strong-bad%40email.example.com']
  ])('%s → %s', async (text, expected) => {
    expect(await expand(text)).toBe(expected)
  })
})

describe('parseMacroString', () => {
  it('gives the offset of the first error', () => {
    expect(parseMacroString('abc%(ir)', 'domain-spec')).toEqual({
      ok: false,
      offset: 3,
      message: '“%” must be followed by {, %, _ or -'
    })
    expect(parseMacroString('a b', 'domain-spec')).toMatchObject({ ok: false, offset: 1 })
    expect(parseMacroString('a b', 'explanation').ok).toBe(true)
    expect(parseMacroString('%{r}', 'domain-spec')).toMatchObject({ ok: false, offset: 0 })
    expect(parseMacroString('%{d', 'explanation')).toMatchObject({ ok: false, offset: 0 })
  })
})

describe('truncateDomain', () => {
  it('drops left labels until the name fits in 253 characters, and one trailing dot', () => {
    const long = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.example.com.`
    expect(truncateDomain(long)).toBe(
      `${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.example.com`
    )
    expect(truncateDomain('contoso.com.')).toBe('contoso.com')
  })
})

// The renderer's adapter from `dns:query` results to the DnsResolver contract, over a fake
// window.api. The real main-process answers are tested in tests/unit/main/dns-live.test.ts.
import { describe, expect, it } from 'vitest'
import type { DnsQueryArgs, DnsQueryResult } from '../../../src-main/shared/ipc-contract'
import { DnsLookupError } from '../../../src-renderer/lib/domain/dns/resolver'
import { createIpcDnsResolver } from '../../../src-renderer/lib/platform/dns-resolver'
import type { LiveDnsOptions } from '../../../src-renderer/lib/platform/dns-resolver'

type Answer = (args: DnsQueryArgs) => DnsQueryResult

function fakeApi(answer: Answer, options?: LiveDnsOptions) {
  const sent: DnsQueryArgs[] = []
  const resolver = createIpcDnsResolver(
    {
      async dnsQuery(args) {
        sent.push(args)
        return answer(args)
      }
    },
    options
  )
  return { resolver, sent }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error instanceof DnsLookupError
      ? { code: error.code, message: error.message }
      : { other: error }
  }
  throw new Error('expected a rejection')
}

describe('createIpcDnsResolver', () => {
  it('maps each DnsResolver method to its record type and returns the answers', async () => {
    const { resolver, sent } = fakeApi(({ name, type }) => {
      switch (type) {
        case 'A':
          return { ok: true, name, type, answers: ['192.0.2.1'] }
        case 'AAAA':
          return { ok: true, name, type, answers: ['2001:db8::1'] }
        case 'MX':
          return { ok: true, name, type, answers: [{ exchange: 'mx.contoso.com', priority: 10 }] }
        case 'TXT':
          return { ok: true, name, type, answers: [['v=spf1 ', '-all'], ['MS=ms12345678']] }
        case 'PTR':
          return { ok: true, name, type, answers: ['mail.contoso.com'] }
        case 'CNAME':
          return { ok: true, name, type, answers: ['contoso-com.selector1.onmicrosoft.com'] }
        case 'NS':
          return { ok: true, name, type, answers: ['ns1.contoso.com'] }
      }
    })
    expect([
      await resolver.a('contoso.com'),
      await resolver.aaaa('contoso.com'),
      await resolver.mx('contoso.com'),
      await resolver.txt('contoso.com'),
      await resolver.ptr('1.2.0.192.in-addr.arpa'),
      await resolver.cname('selector1._domainkey.contoso.com'),
      await resolver.ns('contoso.com')
    ]).toEqual([
      ['192.0.2.1'],
      ['2001:db8::1'],
      [{ exchange: 'mx.contoso.com', priority: 10 }],
      [['v=spf1 ', '-all'], ['MS=ms12345678']],
      ['mail.contoso.com'],
      ['contoso-com.selector1.onmicrosoft.com'],
      ['ns1.contoso.com']
    ])
    expect(sent.map(({ name, type }) => `${type} ${name}`)).toEqual([
      'A contoso.com',
      'AAAA contoso.com',
      'MX contoso.com',
      'TXT contoso.com',
      'PTR 1.2.0.192.in-addr.arpa',
      'CNAME selector1._domainkey.contoso.com',
      'NS contoso.com'
    ])
  })

  it('resolves an empty answer as []', async () => {
    const { resolver } = fakeApi(({ name }) => ({ ok: true, name, type: 'MX', answers: [] }))
    expect(await resolver.mx('contoso.com')).toEqual([])
  })

  it('sends the server and timeout, and only the contract fields', async () => {
    const { resolver, sent } = fakeApi(({ name }) => ({ ok: true, name, type: 'A', answers: [] }), {
      server: '[2001:db8::53]:5353',
      timeoutMs: 1500
    })
    await resolver.a('contoso.com')
    const bare = fakeApi(({ name }) => ({ ok: true, name, type: 'A', answers: [] }))
    await bare.resolver.a('contoso.com')
    const extra = { server: '', timeoutMs: undefined, colour: 'blue' }
    const picky = fakeApi(({ name }) => ({ ok: true, name, type: 'A', answers: [] }), extra)
    await picky.resolver.a('contoso.com')
    expect([...sent, ...bare.sent, ...picky.sent]).toEqual([
      { name: 'contoso.com', type: 'A', server: '[2001:db8::53]:5353', timeoutMs: 1500 },
      { name: 'contoso.com', type: 'A' },
      { name: 'contoso.com', type: 'A', server: '' }
    ])
    expect(Object.keys(bare.sent[0] ?? {})).toEqual(['name', 'type'])
  })

  it.each([
    ['NXDOMAIN', 'missing.contoso.com does not exist (NXDOMAIN).'],
    ['TIMEOUT', 'No answer for TXT contoso.com from 192.0.2.53:53 within 5000 ms.'],
    ['SERVFAIL', 'Could not look up TXT contoso.com at 192.0.2.53:53: error EREFUSED.']
  ] as const)('rejects %s with DnsLookupError and the message', async (code, message) => {
    const { resolver } = fakeApi(() => ({ ok: false, code, message }))
    expect(await rejection(resolver.txt('contoso.com'))).toEqual({ code, message })
  })

  it('rejects a name main refuses (INVALID) as NXDOMAIN, as RFC 7208 treats a malformed name', async () => {
    const message = '“a..b” has an empty label: remove the extra dot.'
    const { resolver } = fakeApi(() => ({ ok: false, code: 'INVALID', message }))
    expect(await rejection(resolver.a('a..b'))).toEqual({ code: 'NXDOMAIN', message })
  })

  it('turns a rejected call into INVALID for query() and NXDOMAIN for the resolver', async () => {
    const resolver = createIpcDnsResolver({
      dnsQuery: () => Promise.reject(new Error('name is longer than 1024 characters'))
    })
    const message = 'The DNS query was refused: name is longer than 1024 characters'
    expect(await resolver.query('x', 'TXT')).toEqual({ ok: false, code: 'INVALID', message })
    expect(await rejection(resolver.txt('x'))).toEqual({ code: 'NXDOMAIN', message })
  })

  it('refuses answers of another record type than asked for', async () => {
    const { resolver } = fakeApi(({ name }) => ({
      ok: true,
      name,
      type: 'A',
      answers: ['1.2.3.4']
    }))
    const message = 'Asked for TXT records of contoso.com, got A records.'
    expect(await resolver.query('contoso.com', 'TXT')).toEqual({
      ok: false,
      code: 'SERVFAIL',
      message
    })
    expect(await rejection(resolver.txt('contoso.com'))).toEqual({ code: 'SERVFAIL', message })
  })

  it('passes results through query() unchanged, INVALID included', async () => {
    const answer: DnsQueryResult = {
      ok: true,
      name: 'contoso.com',
      type: 'MX',
      answers: [{ exchange: 'contoso-com.mail.protection.outlook.com', priority: 0 }]
    }
    const invalid: DnsQueryResult = { ok: false, code: 'INVALID', message: 'bad' }
    expect(await fakeApi(() => answer).resolver.query('contoso.com', 'MX')).toEqual(answer)
    expect(await fakeApi(() => invalid).resolver.query('a b', 'MX')).toEqual(invalid)
  })
})

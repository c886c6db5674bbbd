// The main-process DNS module against a real DNS server: dnsmasq on 127.0.0.1 serving a test
// zone, and a UDP socket that never answers for the timeout. No resolver is mocked. Fails (never
// skips) where dnsmasq is missing: .ci/run installs Debian's dnsmasq-base.
import { createSocket } from 'node:dgram'
import type { Socket } from 'node:dgram'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryDns } from '../../../src-main/ipc/dns'
import { createIpcHandlers, registerIpcHandlers } from '../../../src-main/ipc/register-handlers'
import type { InvokeEventLike } from '../../../src-main/ipc/register-handlers'
import type { DnsQueryArgs, DnsQueryResult } from '../../../src-main/shared/ipc-contract'
import { checkHost } from '../../../src-renderer/lib/domain/dns/spf'
import { createIpcDnsResolver } from '../../../src-renderer/lib/platform/dns-resolver'
import { freeUdpPort, startDnsmasq } from '../../support/dnsmasq'
import type { Dnsmasq } from '../../support/dnsmasq'

const CONTOSO_SPF = 'v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all'
// A stand-in for Microsoft's record, with some of its real ranges.
const MICROSOFT_SPF = 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip6:2a01:111:f400::/48 -all'
// 279 characters: one TXT string holds at most 255, so dnsmasq sends two.
const LONG_SPF = `v=spf1 ${Array.from({ length: 20 }, (_, i) => `ip4:192.0.2.${i + 1}`).join(' ')} -all`

/** A name in DNS wire format, as hex for dnsmasq's --dns-rr. */
function wireName(name: string): string {
  const bytes = name.split('.').flatMap((label) => [label.length, ...Buffer.from(label, 'ascii')])
  return Buffer.from([...bytes, 0]).toString('hex')
}

const ZONE = [
  // Answer names under these from the records below only: NXDOMAIN for any other name.
  '--local=/test/',
  '--local=/spf.protection.outlook.com/',
  '--host-record=mail.contoso.test,192.0.2.25,2001:db8::25',
  '--host-record=backup.contoso.test,192.0.2.26',
  '--mx-host=contoso.test,Backup.Contoso.TEST,20',
  '--mx-host=contoso.test,mail.contoso.test,10',
  `--txt-record=contoso.test,${CONTOSO_SPF}`,
  '--txt-record=contoso.test,MS=ms12345678',
  // One record of two strings (dnsmasq splits its value at commas).
  '--txt-record=split.contoso.test,v=spf1 ip4:192.0.2.25 ,include:spf.protection.outlook.com -all',
  '--txt-record=two-spf.contoso.test,v=spf1 -all',
  '--txt-record=two-spf.contoso.test,v=spf1 ip4:192.0.2.25 -all',
  `--txt-record=long.contoso.test,${LONG_SPF}`,
  '--cname=autodiscover.contoso.test,mail.contoso.test',
  '--cname=selector1._domainkey.contoso.test,selector1-contoso-test._domainkey.contoso.onmicrosoft.test',
  '--txt-record=selector1-contoso-test._domainkey.contoso.onmicrosoft.test,v=DKIM1; k=rsa; p=MIGf',
  `--dns-rr=contoso.test,2,${wireName('ns1.contoso.test')}`,
  `--dns-rr=contoso.test,2,${wireName('ns2.contoso.test')}`,
  `--txt-record=spf.protection.outlook.com,${MICROSOFT_SPF}`
]

let dnsmasq: Dnsmasq

beforeAll(async () => {
  dnsmasq = await startDnsmasq(ZONE)
})

afterAll(async () => {
  await dnsmasq?.stop()
})

function query(name: string, type: DnsQueryArgs['type']): Promise<DnsQueryResult> {
  return queryDns({ name, type, server: dnsmasq.server, timeoutMs: 3000 })
}

describe('queryDns against dnsmasq', () => {
  it('answers A and AAAA, normalising the queried name', async () => {
    expect(await query('MAIL.Contoso.TEST.', 'A')).toEqual({
      ok: true,
      name: 'mail.contoso.test',
      type: 'A',
      answers: ['192.0.2.25']
    })
    expect(await query('mail.contoso.test', 'AAAA')).toEqual({
      ok: true,
      name: 'mail.contoso.test',
      type: 'AAAA',
      answers: ['2001:db8::25']
    })
  })

  it('answers MX with priorities, lowest first, host names in lower case', async () => {
    expect(await query('contoso.test', 'MX')).toEqual({
      ok: true,
      name: 'contoso.test',
      type: 'MX',
      answers: [
        { exchange: 'mail.contoso.test', priority: 10 },
        { exchange: 'backup.contoso.test', priority: 20 }
      ]
    })
  })

  it('keeps the strings of a multi-string TXT record apart', async () => {
    expect(await query('split.contoso.test', 'TXT')).toEqual({
      ok: true,
      name: 'split.contoso.test',
      type: 'TXT',
      answers: [['v=spf1 ip4:192.0.2.25 ', 'include:spf.protection.outlook.com -all']]
    })
  })

  it('returns a text over 255 characters as the strings it was sent in', async () => {
    expect(LONG_SPF.length).toBeGreaterThan(255)
    const result = await query('long.contoso.test', 'TXT')
    expect(result).toEqual({
      ok: true,
      name: 'long.contoso.test',
      type: 'TXT',
      answers: [[LONG_SPF.slice(0, 255), LONG_SPF.slice(255)]]
    })
  })

  it('returns two SPF records on one name as two records', async () => {
    const result = await query('two-spf.contoso.test', 'TXT')
    expect(result.ok && result.type === 'TXT' ? [...result.answers].sort() : result).toEqual([
      ['v=spf1 -all'],
      ['v=spf1 ip4:192.0.2.25 -all']
    ])
    const apex = await query('contoso.test', 'TXT')
    expect(apex.ok && apex.type === 'TXT' ? [...apex.answers].sort() : apex).toEqual([
      ['MS=ms12345678'],
      [CONTOSO_SPF]
    ])
  })

  it('answers CNAME, and follows it for other types', async () => {
    expect(await query('autodiscover.contoso.test', 'CNAME')).toEqual({
      ok: true,
      name: 'autodiscover.contoso.test',
      type: 'CNAME',
      answers: ['mail.contoso.test']
    })
    expect(await query('autodiscover.contoso.test', 'A')).toMatchObject({
      answers: ['192.0.2.25']
    })
    expect(await query('selector1._domainkey.contoso.test', 'CNAME')).toMatchObject({
      answers: ['selector1-contoso-test._domainkey.contoso.onmicrosoft.test']
    })
    expect(await query('selector1._domainkey.contoso.test', 'TXT')).toMatchObject({
      answers: [['v=DKIM1; k=rsa; p=MIGf']]
    })
  })

  it('answers PTR for IPv4 and IPv6 reverse names, and NS', async () => {
    expect(await query('25.2.0.192.in-addr.arpa', 'PTR')).toEqual({
      ok: true,
      name: '25.2.0.192.in-addr.arpa',
      type: 'PTR',
      answers: ['mail.contoso.test']
    })
    // 2001:db8::25, nibble by nibble from the end.
    const reverse6 = `5.2.0.0.${'0.'.repeat(20)}8.b.d.0.1.0.0.2.ip6.arpa`
    expect(await query(reverse6, 'PTR')).toMatchObject({ answers: ['mail.contoso.test'] })
    const ns = await query('contoso.test', 'NS')
    expect(ns.ok && ns.type === 'NS' ? [...ns.answers].sort() : ns).toEqual([
      'ns1.contoso.test',
      'ns2.contoso.test'
    ])
  })

  it('answers NXDOMAIN for a name that does not exist, whatever the type', async () => {
    for (const type of ['A', 'MX', 'TXT', 'CNAME'] as const) {
      expect(await query('missing.contoso.test', type)).toEqual({
        ok: false,
        code: 'NXDOMAIN',
        message: 'missing.contoso.test does not exist (NXDOMAIN).'
      })
    }
  })

  it('answers [] for a name that exists without records of the type (ENODATA)', async () => {
    expect(await query('mail.contoso.test', 'MX')).toEqual({
      ok: true,
      name: 'mail.contoso.test',
      type: 'MX',
      answers: []
    })
    expect(await query('mail.contoso.test', 'TXT')).toMatchObject({ ok: true, answers: [] })
    expect(await query('backup.contoso.test', 'AAAA')).toMatchObject({ ok: true, answers: [] })
  })

  it('answers SERVFAIL with the code when the server refuses the query', async () => {
    expect(await query('example.com', 'A')).toEqual({
      ok: false,
      code: 'SERVFAIL',
      message: `Could not look up A example.com at ${dnsmasq.server}: the DNS server refused the query (REFUSED).`
    })
  })

  it('asked dnsmasq itself', () => {
    expect(dnsmasq.log()).toContain('query[MX] contoso.test from 127.0.0.1')
  })
})

describe('queryDns where nothing answers', () => {
  it('answers SERVFAIL (ECONNREFUSED) when no server listens on the port', async () => {
    const port = await freeUdpPort()
    expect(
      await queryDns({ name: 'contoso.test', type: 'MX', server: `127.0.0.1:${port}` })
    ).toEqual({
      ok: false,
      code: 'SERVFAIL',
      message: `Could not look up MX contoso.test at 127.0.0.1:${port}: nothing answers DNS at the server (ECONNREFUSED).`
    })
  })

  describe('a server that receives queries and never answers', () => {
    let silent: Socket
    let received = 0

    beforeAll(async () => {
      silent = createSocket('udp4')
      silent.on('message', () => received++)
      await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve))
    })

    afterAll(async () => {
      await new Promise<void>((resolve) => silent.close(resolve))
    })

    it('answers TIMEOUT once the timeout has passed, not long after', async () => {
      const server = `127.0.0.1:${silent.address().port}`
      const timeoutMs = 1000
      const started = performance.now()
      const result = await queryDns({ name: 'contoso.test', type: 'TXT', server, timeoutMs })
      const elapsed = performance.now() - started
      expect(result).toEqual({
        ok: false,
        code: 'TIMEOUT',
        message: `No answer for TXT contoso.test from ${server} within 1000 ms.`
      })
      expect(received).toBeGreaterThan(0)
      expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 20)
      // c-ares's own retry timing varies between versions and runs; our timer sets the bound.
      expect(elapsed).toBeLessThan(timeoutMs + 700)
    })
  })
})

describe('the SPF checker over live DNS', () => {
  const APP_EVENT: InvokeEventLike = { senderFrame: { url: 'app://tracker/index.html' } }

  /**
   * The desktop path minus Electron's transport: the renderer's resolver calls the registered
   * `dns:query` handler (sender check, payload validation, main's DNS module), which asks dnsmasq.
   */
  function liveResolver() {
    const listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>()
    registerIpcHandlers(
      { handle: (channel, listener) => void listeners.set(channel, listener) },
      createIpcHandlers({
        appInfo: () => ({
          version: '',
          platform: '',
          electron: '',
          chrome: '',
          node: '',
          userName: ''
        }),
        showSaveDialog: async () => ({ canceled: true }),
        defaultSaveDir: () => '/tmp'
      })
    )
    return createIpcDnsResolver(
      {
        async dnsQuery(args) {
          const listener = listeners.get('dns:query')
          if (listener === undefined) throw new Error('dns:query is not registered')
          return (await listener(APP_EVENT, args)) as DnsQueryResult
        }
      },
      { server: dnsmasq.server, timeoutMs: 3000 }
    )
  }

  it('passes the on-premises IP and Microsoft 365, and fails any other', async () => {
    const resolver = liveResolver()
    const check = (ip: string) =>
      checkHost({ ip, domain: 'contoso.test', sender: 'postmaster@contoso.test' }, resolver)
    const onPremises = await check('131.107.21.231')
    const microsoft = await check('40.107.22.1')
    const stranger = await check('192.0.2.99')
    expect([onPremises.result, microsoft.result, stranger.result]).toEqual(['pass', 'pass', 'fail'])
    expect(stranger.lookups).toBe(1)
    expect(dnsmasq.log()).toContain('query[TXT] spf.protection.outlook.com from 127.0.0.1')
  })

  it('gives permerror for two SPF records and none for a missing domain', async () => {
    const resolver = liveResolver()
    const twice = await checkHost(
      { ip: '192.0.2.25', domain: 'two-spf.contoso.test', sender: 'a@two-spf.contoso.test' },
      resolver
    )
    const missing = await checkHost(
      { ip: '192.0.2.25', domain: 'missing.contoso.test', sender: 'a@missing.contoso.test' },
      resolver
    )
    expect([twice.result, missing.result]).toEqual(['permerror', 'none'])
  })
})

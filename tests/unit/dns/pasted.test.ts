import { describe, expect, it } from 'vitest'
import { NotPastedError } from '../../../src-renderer/lib/domain/dns/observed'
import type { PastedDns, PastedParse } from '../../../src-renderer/lib/domain/dns/pasted'
import {
  parsePastedDns,
  pastedResolver,
  readQuotedStrings
} from '../../../src-renderer/lib/domain/dns/pasted'
import { DnsLookupError } from '../../../src-renderer/lib/domain/dns/resolver'
import * as F from '../../support/dns-paste-fixtures'

const SPF = 'v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all'

function ok(result: PastedParse): PastedDns {
  if (!result.ok) throw new Error(result.message)
  return result
}

function message(result: PastedParse): string {
  if (result.ok) throw new Error('expected an error')
  return result.message
}

describe('parsePastedDns: nslookup', () => {
  it('reads Windows MX output with the additional addresses', () => {
    const paste = ok(parsePastedDns(F.NSLOOKUP_WINDOWS_MX))
    expect(paste).toMatchObject({
      format: 'nslookup',
      name: 'contoso.com',
      kind: 'mx',
      nxdomain: false,
      answers: [{ priority: 0, exchange: 'contoso-com.mail.protection.outlook.com' }]
    })
    expect(paste.records.filter((r) => r.type === 'a')).toHaveLength(2)
  })

  it('reads BIND MX output, trailing dots removed, and ignores the authority part', () => {
    expect(
      ok(parsePastedDns(F.NSLOOKUP_BIND_MX, { name: 'Contoso.com.', kind: 'mx' }))
    ).toMatchObject({
      name: 'contoso.com',
      kind: 'mx',
      answers: [
        { priority: 10, exchange: 'mail.contoso.com' },
        { priority: 0, exchange: 'contoso-com.mail.protection.outlook.com' }
      ],
      records: [
        { name: 'contoso.com', type: 'mx' },
        { name: 'contoso.com', type: 'mx' }
      ]
    })
  })

  it('reads multi-string TXT records on several lines (Windows) or one line (BIND)', () => {
    for (const text of [F.NSLOOKUP_WINDOWS_TXT, F.NSLOOKUP_BIND_TXT]) {
      const paste = ok(parsePastedDns(text, { kind: 'txt' }))
      expect(paste.kind).toBe('txt')
      expect(paste.answers).toEqual([
        ['MS=ms97284866'],
        ['v=spf1 ip4:131.107.21.231 ', 'include:spf.protection.outlook.com -all']
      ])
    }
  })

  it('reads a CNAME', () => {
    expect(ok(parsePastedDns(F.NSLOOKUP_BIND_CNAME))).toMatchObject({
      name: 'autodiscover.contoso.com',
      kind: 'cname',
      answers: ['autodiscover.outlook.com']
    })
  })

  it('keeps the CNAME and the TXT at its target', () => {
    const paste = ok(
      parsePastedDns(F.NSLOOKUP_BIND_TXT_VIA_CNAME, {
        name: 'selector1._domainkey.contoso.com',
        kind: 'cname'
      })
    )
    expect(paste.answers).toEqual(['selector1-contoso-com._domainkey.contoso.onmicrosoft.com'])
    expect(paste.records[1]).toEqual({
      name: 'selector1-contoso-com._domainkey.contoso.onmicrosoft.com',
      type: 'txt',
      strings: ['v=DKIM1; k=rsa; ', 'p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA']
    })
  })

  it('turns Windows Aliases into CNAMEs', () => {
    const paste = ok(
      parsePastedDns(F.NSLOOKUP_WINDOWS_ALIASES, { name: 'autodiscover.contoso.com' })
    )
    expect(paste.kind).toBe('cname')
    expect(paste.records).toEqual([
      { name: 'mail.contoso.com', type: 'aaaa', value: '2001:db8::25' },
      { name: 'mail.contoso.com', type: 'a', value: '131.107.21.231' },
      { name: 'autodiscover.contoso.com', type: 'cname', value: 'mail.contoso.com' }
    ])
  })

  it.each([
    [F.NSLOOKUP_WINDOWS_NXDOMAIN, 'nosuch.contoso.com'],
    [F.NSLOOKUP_BIND_NXDOMAIN, '_dmarc.contoso.com']
  ])('reads NXDOMAIN', (text, name) => {
    expect(ok(parsePastedDns(text, { kind: 'txt' }))).toMatchObject({
      name,
      nxdomain: true,
      kind: 'txt',
      answers: []
    })
  })

  it('reads an empty answer as the name existing without records', () => {
    expect(ok(parsePastedDns(F.NSLOOKUP_BIND_NO_ANSWER, { kind: 'cname' }))).toMatchObject({
      name: 'autodiscover.contoso.com',
      nxdomain: false,
      answers: [],
      emptyNames: ['autodiscover.contoso.com']
    })
    expect(ok(parsePastedDns(F.NSLOOKUP_WINDOWS_NO_MX, { kind: 'mx' }))).toMatchObject({
      name: 'fabrikam.com',
      nxdomain: false,
      answers: [],
      emptyNames: ['fabrikam.com']
    })
  })

  it('refuses a timeout and a server failure with the line', () => {
    expect(message(parsePastedDns(F.NSLOOKUP_WINDOWS_TIMEOUT))).toBe(
      'line 1: the DNS query timed out, so there is no answer to read: run the command again.'
    )
    expect(message(parsePastedDns('*** Request to UnKnown timed-out\n'))).toBe(
      'line 1: the DNS query timed out, so there is no answer to read: run the command again.'
    )
    expect(message(parsePastedDns(F.NSLOOKUP_BIND_SERVFAIL))).toBe(
      'line 4: the DNS server could not answer for contoso.com (SERVFAIL): run the command again, or against another DNS server.'
    )
  })

  it('names a line nslookup does not print', () => {
    const text = F.NSLOOKUP_BIND_MX.replace(
      'contoso.com\tmail exchanger = 10 mail.contoso.com.',
      'contoso.com\tmail exchanger is mail.contoso.com'
    )
    expect(message(parsePastedDns(text))).toBe(
      'line 5: “contoso.com\tmail exchanger is mail.contoso.com” is not a line nslookup prints.'
    )
  })

  it('refuses a TXT record over 4,000 characters', () => {
    const text = `Non-authoritative answer:\ncontoso.com\ttext = "${'a'.repeat(255)}"${` "${'b'.repeat(255)}"`.repeat(39)}\n`
    expect(message(parsePastedDns(text))).toBe(
      'line 2: a TXT record of 10,200 characters: the app reads records of at most 4,000.'
    )
  })
})

describe('parsePastedDns: dig', () => {
  it('reads the answer section of full output', () => {
    expect(ok(parsePastedDns(F.DIG_MX))).toMatchObject({
      format: 'dig',
      name: 'contoso.com',
      kind: 'mx',
      answers: [{ priority: 0, exchange: 'contoso-com.mail.protection.outlook.com' }]
    })
  })

  it('reads multi-string TXT with escaped quotes', () => {
    expect(ok(parsePastedDns(F.DIG_TXT_TWO_SPF)).answers).toEqual([
      ['MS=ms97284866'],
      ['v=spf1 ip4:131.107.21.231 ', 'include:spf.protection.outlook.com -all'],
      ['v=spf1 include:spf.protection.outlook.com "quoted" -all']
    ])
  })

  it('reads status NXDOMAIN from the header, not the authority SOA', () => {
    expect(ok(parsePastedDns(F.DIG_NXDOMAIN))).toMatchObject({
      name: '_dmarc.contoso.com',
      kind: 'txt',
      nxdomain: true,
      answers: [],
      records: []
    })
  })

  it('reads an empty NOERROR answer for the question name', () => {
    expect(ok(parsePastedDns(F.DIG_NOERROR_EMPTY))).toMatchObject({
      name: 'autodiscover.contoso.com',
      kind: 'cname',
      nxdomain: false,
      emptyNames: ['autodiscover.contoso.com']
    })
  })

  it('refuses SERVFAIL and a timeout', () => {
    expect(message(parsePastedDns(F.DIG_SERVFAIL))).toMatch(/^line 4: dig reports status SERVFAIL/)
    expect(message(parsePastedDns(F.DIG_TIMEOUT))).toBe(
      'line 3: the DNS query timed out, so there is no answer to read: run the command again.'
    )
  })

  it('reads +short output for the name it is given', () => {
    expect(
      ok(parsePastedDns(F.DIG_SHORT_TXT, { name: 'contoso.com', kind: 'txt' })).answers
    ).toEqual([
      ['MS=ms97284866'],
      ['v=spf1 ip4:131.107.21.231 ', 'include:spf.protection.outlook.com -all']
    ])
    expect(ok(parsePastedDns(F.DIG_SHORT_MX, { name: 'contoso.com' }))).toMatchObject({
      format: 'dig-short',
      kind: 'mx',
      answers: [{ priority: 0, exchange: 'contoso-com.mail.protection.outlook.com' }]
    })
    const cname = ok(parsePastedDns(F.DIG_SHORT_CNAME, { name: 'autodiscover.contoso.com' }))
    expect(cname.records).toEqual([
      { name: 'autodiscover.contoso.com', type: 'cname', value: 'autodiscover.outlook.com' },
      { name: 'autodiscover.outlook.com', type: 'cname', value: 'autod.ms-acdc-autod.office.com' },
      { name: 'autod.ms-acdc-autod.office.com', type: 'a', value: '52.97.146.200' }
    ])
  })

  it('needs the name for +short output', () => {
    expect(message(parsePastedDns(F.DIG_SHORT_MX))).toBe(
      'line 1: dig +short does not print the name it answers for: paste the full dig output, or say which name this is.'
    )
  })
})

describe('parsePastedDns: Resolve-DnsName', () => {
  it('reads the MX table and the additional records in list form', () => {
    const paste = ok(parsePastedDns(F.RESOLVE_MX_TABLE))
    expect(paste).toMatchObject({
      format: 'resolve-dnsname',
      name: 'contoso.com',
      kind: 'mx',
      answers: [{ priority: 0, exchange: 'contoso-com.mail.protection.outlook.com' }]
    })
    expect(paste.records[1]).toEqual({
      name: 'contoso-com.mail.protection.outlook.com',
      type: 'a',
      value: '52.101.68.18'
    })
  })

  it('reads TXT from the table and from Format-List, splitting {a, b}', () => {
    expect(ok(parsePastedDns(F.RESOLVE_TXT_TABLE)).answers).toEqual([['MS=ms97284866'], [SPF]])
    expect(ok(parsePastedDns(F.RESOLVE_TXT_LIST)).answers).toEqual([
      ['v=spf1 ip4:131.107.21.231 ', 'include:spf.protection.outlook.com -all'],
      ['MS=ms97284866']
    ])
  })

  it('reads a CNAME table followed by the target’s address', () => {
    expect(ok(parsePastedDns(F.RESOLVE_CNAME_TABLE))).toMatchObject({
      name: 'autodiscover.contoso.com',
      kind: 'cname',
      answers: ['mail.contoso.com']
    })
  })

  it('refuses a value the table cut short', () => {
    expect(message(parsePastedDns(F.RESOLVE_TRUNCATED))).toBe(
      'line 3: PowerShell cut the strings value short (“{v=spf1 ip4:131.107.21.231 include:spf.protection.outl...”): run the command again with | Format-List.'
    )
  })

  it('reads the error record of a name that does not exist, and an empty answer', () => {
    expect(ok(parsePastedDns(F.RESOLVE_NXDOMAIN, { kind: 'txt' }))).toMatchObject({
      name: 'nosuch.contoso.com',
      nxdomain: true
    })
    expect(
      ok(parsePastedDns(F.RESOLVE_EMPTY, { name: '_dmarc.contoso.com', kind: 'txt' }))
    ).toMatchObject({
      name: '_dmarc.contoso.com',
      nxdomain: false,
      answers: [],
      emptyNames: ['_dmarc.contoso.com']
    })
    expect(message(parsePastedDns(F.RESOLVE_TIMEOUT))).toMatch(
      /^line 1: the query for contoso\.com timed out/
    )
  })
})

describe('parsePastedDns: what it refuses', () => {
  it('refuses garbage naming the line', () => {
    expect(message(parsePastedDns('hello world\nthis is not DNS output'))).toBe(
      'line 1: “hello world” is not output of nslookup, dig or Resolve-DnsName.'
    )
    expect(message(parsePastedDns('\n\n   \n'))).toBe(
      'Nothing to read: paste what nslookup, dig or Resolve-DnsName printed.'
    )
  })

  it('refuses output for another name or another record type', () => {
    expect(message(parsePastedDns(F.DIG_MX, { name: 'fabrikam.com' }))).toBe(
      'The output is for contoso.com, not fabrikam.com: run the command for fabrikam.com.'
    )
    expect(message(parsePastedDns(F.NSLOOKUP_BIND_TXT, { kind: 'mx' }))).toBe(
      'This output answers a TXT query; the check needs MX: run nslookup -type=mx contoso.com.'
    )
    expect(message(parsePastedDns(F.DIG_MX, { kind: 'txt' }))).toMatch(/answers a MX query/)
  })

  it('refuses a paste that is far too long', () => {
    expect(message(parsePastedDns('x'.repeat(200_001)))).toMatch(
      /^The paste is 200,001 characters long/
    )
  })
})

describe('readQuotedStrings', () => {
  it('decodes \\DDD bytes as UTF-8 and refuses unquoted text', () => {
    expect(readQuotedStrings('"caf\\195\\169" "x\\\\y"')).toEqual(['café', 'x\\y'])
    expect(readQuotedStrings('"open')).toBeNull()
    expect(readQuotedStrings('"a" b')).toBeNull()
  })
})

describe('pastedResolver', () => {
  const pastes = [
    ok(parsePastedDns(F.NSLOOKUP_WINDOWS_MX)),
    ok(parsePastedDns(F.NSLOOKUP_BIND_TXT)),
    ok(parsePastedDns(F.NSLOOKUP_BIND_NXDOMAIN, { kind: 'txt' })),
    ok(parsePastedDns(F.NSLOOKUP_BIND_TXT_VIA_CNAME, { kind: 'cname' })),
    ok(parsePastedDns(F.NSLOOKUP_BIND_NO_ANSWER, { kind: 'cname' }))
  ]
  const dns = pastedResolver(pastes)

  async function code(promise: Promise<unknown>): Promise<string> {
    try {
      await promise
      return 'answered'
    } catch (error) {
      if (error instanceof NotPastedError) return `not pasted: ${error.queried} ${error.recordType}`
      return error instanceof DnsLookupError ? error.code : 'other'
    }
  }

  it('answers what was pasted, names case-insensitively', async () => {
    expect(await dns.mx('Contoso.COM.')).toEqual([
      { priority: 0, exchange: 'contoso-com.mail.protection.outlook.com' }
    ])
    expect(await dns.txt('contoso.com')).toEqual([
      ['MS=ms97284866'],
      ['v=spf1 ip4:131.107.21.231 ', 'include:spf.protection.outlook.com -all']
    ])
    expect(await dns.a('contoso-com.mail.protection.outlook.com')).toEqual([
      '52.101.68.18',
      '52.101.68.19'
    ])
  })

  it('reports NXDOMAIN and an empty answer as answers', async () => {
    expect(await code(dns.txt('_dmarc.contoso.com'))).toBe('NXDOMAIN')
    expect(await dns.cname('autodiscover.contoso.com')).toEqual([])
  })

  it('follows a pasted CNAME, and a name with other records has none', async () => {
    expect(await dns.txt('selector1._domainkey.contoso.com')).toEqual([
      ['v=DKIM1; k=rsa; ', 'p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA']
    ])
    expect(await dns.cname('contoso.com')).toEqual([])
  })

  it('rejects names and types not pasted as SERVFAIL “not pasted”', async () => {
    expect(await code(dns.txt('spf.protection.outlook.com'))).toBe(
      'not pasted: spf.protection.outlook.com txt'
    )
    expect(await code(dns.a('contoso.com'))).toBe('not pasted: contoso.com a')
    expect(await code(dns.ptr('231.21.107.131.in-addr.arpa'))).toBe(
      'not pasted: 231.21.107.131.in-addr.arpa ptr'
    )
    const error = new NotPastedError('x.contoso.com', 'txt')
    expect([error.code, error.message]).toEqual(['SERVFAIL', 'not pasted: x.contoso.com'])
  })
})

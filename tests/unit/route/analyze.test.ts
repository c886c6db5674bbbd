import { describe, expect, it } from 'vitest'
import { analyzeHeaders } from '../../../src-renderer/lib/domain/route/analyze'
import {
  readHeaderBlock,
  decodeEncodedWords,
  headerPart
} from '../../../src-renderer/lib/domain/route/headers'
import { parseMailDate, parseReceived } from '../../../src-renderer/lib/domain/route/received'
import {
  classifyHostName,
  classifySystem,
  onPremBuild
} from '../../../src-renderer/lib/domain/route/classify'
import * as samples from '../../support/route-header-samples'

describe('readHeaderBlock', () => {
  it('unfolds continuation lines (spaces or tabs) and reads CRLF, CR and LF alike', () => {
    for (const eol of ['\r\n', '\r', '\n']) {
      const block = readHeaderBlock(['Subject: one', ' two', '\tthree', 'To: a@b.c'].join(eol))
      expect(block.fields.map((f) => [f.name, f.value])).toEqual([
        ['Subject', 'one two three'],
        ['To', 'a@b.c']
      ])
    }
  })

  it('stops at the first blank line, so a whole message body is never read as headers', () => {
    const block = readHeaderBlock(samples.ONPREM_VIA_CLOUD_TO_INTERNET)
    expect(block.fields.at(-1)?.name).toBe('Content-Type')
    expect(block.fields.some((f) => f.value.includes('must not be read'))).toBe(false)
  })

  it('skips leading blank lines and an mbox separator, and names the lines it cannot read', () => {
    const block = readHeaderBlock(
      '\n\nFrom someone Mon Dec  7 10:00:00 2026\nSubject: x\nnot a header\nTo: y'
    )
    expect(block.fields.map((f) => f.name)).toEqual(['Subject', 'To'])
    expect(block.junkLines).toEqual([5])
  })

  it('treats an unindented time ("13:01:33 +0000") as a folded continuation, as MHA does', () => {
    const block = readHeaderBlock(
      'Received: from a.example by b.example; Mon, 7 Dec 2026\n13:01:33 +0000'
    )
    expect(block.fields).toHaveLength(1)
    expect(block.fields[0]?.value).toBe(
      'from a.example by b.example; Mon, 7 Dec 2026 13:01:33 +0000'
    )
  })
})

describe('headerPart', () => {
  it('keeps the headers of a whole message, folded lines included, in CRLF, LF or CR', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const message = [
        'Received: from a',
        '  by b; Mon, 7 Dec 2026 10:00:00 +0000',
        'Subject: x',
        '',
        'Body',
        ''
      ].join(eol)
      expect(headerPart(message)).toBe(
        ['Received: from a', '  by b; Mon, 7 Dec 2026 10:00:00 +0000', 'Subject: x'].join(eol)
      )
    }
    expect(headerPart('\n\nSubject: only headers\n')).toBe('Subject: only headers')
  })
})

describe('decodeEncodedWords (RFC 2047)', () => {
  it('decodes B and Q words in any case and joins adjacent words without the space between', () => {
    expect(
      decodeEncodedWords(
        '=?utf-8?B?Um91dGUgdGVzdCDinJM=?= =?UTF-8?q?_on-premises_=E2=86=92_internet?='
      )
    ).toBe('Route test ✓ on-premises → internet')
    expect(decodeEncodedWords('=?iso-8859-1?Q?J=FCrgen_M=FCller?= <sender@fabrikam.com>')).toBe(
      'Jürgen Müller <sender@fabrikam.com>'
    )
  })

  it('leaves words with an unknown charset or bad base64 as they are', () => {
    expect(decodeEncodedWords('=?x-unknown?B?SGk=?=')).toBe('=?x-unknown?B?SGk=?=')
    expect(decodeEncodedWords('=?utf-8?B?@@@?=')).toBe('=?utf-8?B?@@@?=')
  })

  it('decodes the subject of a pasted message', () => {
    const block = readHeaderBlock(samples.ONPREM_VIA_CLOUD_TO_INTERNET)
    expect(block.fields.find((f) => f.key === 'subject')?.value).toBe(
      'Route test ✓ on-premises → internet'
    )
  })
})

describe('parseReceived and parseMailDate', () => {
  it('reads the clauses outside parentheses and the date after the last semicolon', () => {
    const clauses = parseReceived(
      'from mail.contoso.com (131.107.21.231) by CY4PEPF0000EDD1.mail.protection.outlook.com (10.167.241.205) with Microsoft SMTP Server (version=TLS1_2, cipher=X) id 15.20.8534.20 via Frontend Transport; Mon, 7 Dec 2026 13:10:10 +0000'
    )
    expect(clauses.from).toBe('mail.contoso.com (131.107.21.231)')
    expect(clauses.by).toBe('CY4PEPF0000EDD1.mail.protection.outlook.com (10.167.241.205)')
    expect(clauses.with).toBe('Microsoft SMTP Server (version=TLS1_2, cipher=X)')
    expect(clauses.id).toBe('15.20.8534.20')
    expect(clauses.via).toBe('Frontend Transport')
    expect(clauses.time).toBe(Date.UTC(2026, 11, 7, 13, 10, 10))
  })

  it.each([
    ['Mon, 07 Dec 2026 05:10:13 -0800 (PST)', Date.UTC(2026, 11, 7, 13, 10, 13)],
    ['7 Dec 2026 13:10 GMT', Date.UTC(2026, 11, 7, 13, 10, 0)],
    ['Mon, 7 Dec 26 08:10:10 EST', Date.UTC(2026, 11, 7, 13, 10, 10)],
    ['Mon, 7 Dec 2026 13:10:10.123 +0000', Date.UTC(2026, 11, 7, 13, 10, 10)],
    ['yesterday', null],
    ['31 Foo 2026 10:00:00 +0000', null]
  ])('%s', (text, expected) => {
    expect(parseMailDate(text)).toBe(expected)
  })
})

describe('classification', () => {
  it('matches on-premises Exchange builds 15.0, 15.1 and 15.2 exactly, never Exchange Online 15.20', () => {
    expect(onPremBuild('15.1.2507.39')).toBe('15.1.2507.39')
    expect(onPremBuild('15.0.1497.48')).toBe('15.0.1497.48')
    expect(onPremBuild('15.2.2562.17')).toBe('15.2.2562.17')
    expect(onPremBuild('15.01.2507.039')).toBe('15.01.2507.039')
    expect(onPremBuild('15.20.8534.20')).toBeNull()
    expect(onPremBuild('15.20.8534.020')).toBeNull()
    expect(onPremBuild('115.1.2.3')).toBeNull()
    expect(onPremBuild('15.1.2507')).toBeNull()
  })

  it.each([
    ['contoso-com.mail.protection.outlook.com', 'eop-in'],
    ['bn3nam04ht205.eop-nam04.prod.protection.outlook.com', 'eop-in'],
    ['sn1pr16mb0494.namprd16.prod.outlook.com', 'exo'],
    ['outlook.office365.com', 'exo'],
    ['nam12-bn8-obe.outbound.protection.outlook.com', 'eop-out'],
    ['mail-bn8nam12rly2101.rly.outbound.protection.outlook.com', 'relay-pool'],
    ['bn1gcc01ft003.mail.protection.office365.us', 'eop-in'],
    ['sa1p110mb1234.namp110.prod.outlook.office365.us', 'exo'],
    ['chn01-sh0-obe.outbound.protection.partner.outlook.cn', 'eop-out'],
    ['bjxpr01mb0001.chnpr01.prod.partner.outlook.cn', 'exo'],
    ['us-smtp-delivery-162.mimecast.com', 'gateway'],
    ['mx0a-001b2d01.pphosted.com', 'gateway'],
    ['outlook.com', null],
    ['mail.contoso.com', null],
    ['notoutlook.com', null]
  ])('%s → %s', (host, system) => {
    expect(classifyHostName(host)).toBe(system)
  })

  it('uses the project’s hosts and addresses, the relay pool range and a build id', () => {
    const context = {
      onPremHosts: ['*.contoso.local', 'mail.contoso.com'],
      onPremIps: ['131.107.21.0/24']
    }
    expect(classifySystem('exch01.contoso.local', [], context)).toBe('onprem')
    expect(classifySystem('', ['131.107.21.231'], context)).toBe('onprem')
    expect(classifySystem('relay.example', ['40.95.1.2'], context)).toBe('relay-pool')
    expect(classifySystem('exch02', ['10.0.0.7'], {}, '15.1.2507.39')).toBe('onprem')
    expect(classifySystem('exch02', ['10.0.0.7'], {})).toBe('internet')
    expect(
      classifySystem('filter.fabrikam.net', [], { gatewayHosts: ['filter.fabrikam.net'] })
    ).toBe('gateway')
    // Microsoft's own hops carry private addresses a project range might cover: the name wins.
    expect(
      classifySystem('bn3nam04ft003.mail.protection.outlook.com', ['10.152.92.112'], {
        onPremIps: ['10.0.0.0/8']
      })
    ).toBe('eop-in')
  })
})

describe('analyzeHeaders', () => {
  it('lists hops oldest first with from, by, with, id, date and the delay since the previous hop', () => {
    const analysis = analyzeHeaders(samples.ONPREM_VIA_CLOUD_TO_INTERNET, samples.CONTEXT)
    expect(analysis.hops.map((hop) => [hop.from?.host, hop.by?.host, hop.by?.system])).toEqual([
      ['exch01.contoso.local', 'exch01.contoso.local', 'onprem'],
      ['exch01.contoso.local', 'mail.contoso.com', 'onprem'],
      ['mail.contoso.com', 'cy4pepf0000edd1.mail.protection.outlook.com', 'eop-in'],
      [
        'cy4pepf0000edd1.namprd03.prod.outlook.com',
        'sa1pr12mb6000.namprd12.prod.outlook.com',
        'exo'
      ],
      ['nam12-bn8-obe.outbound.protection.outlook.com', 'mx.example.net', 'internet']
    ])
    expect(analysis.hops.map((hop) => hop.delaySeconds)).toEqual([null, 1, 2, 1, 2])
    expect(analysis.hops[2]).toMatchObject({
      id: '15.20.8534.20',
      date: '2026-12-07T13:10:10.000Z',
      trusted: true
    })
    expect(analysis.hops[4]?.from?.ips).toEqual(['40.107.237.101'])
    expect(analysis.path).toEqual(['onprem', 'eop-in', 'exo', 'eop-out', 'internet'])
  })

  it('reads the Microsoft headers into signals', () => {
    const { signals, findings } = analyzeHeaders(
      samples.ONPREM_VIA_CLOUD_TO_INTERNET,
      samples.CONTEXT
    )
    expect(signals.fromEntity).toEqual(['HybridOnPrem'])
    expect(signals.tenantMatches).toBe(true)
    expect(signals.attributedIps).toEqual(['131.107.21.231'])
    expect(signals.antispam[0]).toMatchObject({
      dir: 'OUT',
      sfv: 'NSPM',
      ipv: 'NLI',
      cip: '131.107.21.231',
      scl: '1'
    })
    expect(signals.authentication[0]).toEqual({
      spf: 'pass',
      dkim: 'pass',
      dmarc: 'pass',
      compauth: ''
    })
    expect(signals.receivedSpf).toEqual(['pass'])
    expect(signals.organizationHeaders).toBe(false)
    expect(findings.map((f) => f.code)).toEqual(['own-tenant', 'authentication-passed'])
  })

  it('starts the path at the server when a client submitted the message from a private address', () => {
    const analysis = analyzeHeaders(samples.ONPREM_DIRECT_TO_INTERNET, samples.CONTEXT)
    expect(analysis.path).toEqual(['onprem', 'internet'])
    expect(analysis.signals.crossPremisesFilteredBy).toEqual(['mail.contoso.com'])
  })

  it('uses only hops from the first trusted one up; the sender’s own hops are shown, not used', () => {
    const analysis = analyzeHeaders(samples.INTERNET_TO_CLOUD_VIA_EOP, samples.CONTEXT)
    expect(analysis.path).toEqual(['internet', 'eop-in', 'exo'])
    expect(analysis.hops[0]).toMatchObject({ trusted: false })
    expect(analysis.hops.slice(1).every((hop) => hop.trusted)).toBe(true)
    expect(analysis.findings.find((f) => f.code === 'untrusted-hops')?.severity).toBe('info')
    expect(analysis.signals.authAs).toEqual(['Anonymous'])
    expect(analysis.signals.organizationHeaders).toBe(true)
  })

  it('flags forged-looking hops below the first trusted one and keeps them out of the path', () => {
    const analysis = analyzeHeaders(samples.INTERNET_TO_CLOUD_WITH_FORGED_HOPS, samples.CONTEXT)
    expect(analysis.path).toEqual(['internet', 'eop-in', 'exo'])
    const forged = analysis.findings.find((f) => f.code === 'forged-looking-hops')
    expect(forged?.severity).toBe('warning')
    expect(forged?.message).toContain('Hop 1 names')
    expect(analysis.hops[0]?.by?.system).toBe('exo')
    expect(analysis.hops[0]?.trusted).toBe(false)
  })

  it('recognises a third-party filter and enhanced filtering only at the project’s addresses', () => {
    const gateway = analyzeHeaders(samples.INTERNET_VIA_GATEWAY_TO_CLOUD, samples.CONTEXT)
    expect(gateway.path).toEqual(['internet', 'gateway', 'eop-in', 'exo'])
    expect(gateway.signals.skipListed).toEqual([{ ip: '170.10.133.162', ourAddress: false }])
    expect(gateway.findings.find((f) => f.code === 'skip-listed-other')).toBeDefined()
    const named = analyzeHeaders(samples.INTERNET_VIA_GATEWAY_TO_CLOUD, {
      ...samples.CONTEXT,
      gatewayIps: ['170.10.133.0/24']
    })
    expect(named.signals.skipListed).toEqual([{ ip: '170.10.133.162', ourAddress: true }])
    expect(named.findings.find((f) => f.code === 'enhanced-filtering-seen')).toBeDefined()
  })

  it('reads the sovereign clouds’ host names', () => {
    expect(analyzeHeaders(samples.GCC_HIGH_INTERNET_TO_CLOUD).path).toEqual([
      'internet',
      'eop-in',
      'exo'
    ])
    expect(analyzeHeaders(samples.VIANET_CLOUD_TO_INTERNET).path).toEqual([
      'exo',
      'eop-out',
      'internet'
    ])
  })

  it('finds a foreign tenant id', () => {
    const analysis = analyzeHeaders(samples.ONPREM_VIA_CLOUD_MISATTRIBUTED, samples.CONTEXT)
    expect(analysis.signals.tenantMatches).toBe(false)
    const finding = analysis.findings.find((f) => f.code === 'foreign-tenant')
    expect(finding?.severity).toBe('problem')
    expect(finding?.message).toContain(samples.OTHER_TENANT_ID)
  })

  it.each([
    ['empty', ''],
    ['prose', 'hello, this is not a header\nnor is this'],
    ['binary', '\u0000\u0001\u0002\uFFFD\n\t\t\n:::'],
    ['only blank lines', '\n\n\r\n'],
    ['not a string', 42 as unknown as string]
  ])('never throws on junk (%s): no hops and a finding', (_name, text) => {
    const analysis = analyzeHeaders(text)
    expect(analysis.hops).toEqual([])
    expect(analysis.path).toEqual([])
    expect(analysis.findings.length).toBeGreaterThan(0)
    expect(analysis.findings[0]?.severity).toBe('problem')
  })

  it('names the first line that is not a header', () => {
    const analysis = analyzeHeaders('\nplease find headers below\nSubject x')
    expect(analysis.findings[0]?.message).toContain('line 2 is not a header')
  })

  it('says so when headers have no Received lines (a Sent Items copy)', () => {
    const analysis = analyzeHeaders('From: a@contoso.com\nSubject: hi')
    expect(analysis.findings.map((f) => f.code)).toContain('no-received')
  })

  it('reports clock skew instead of trusting negative delays', () => {
    const text = [
      'Received: from b.example (192.0.2.2) by c.contoso-com.mail.protection.outlook.com; Mon, 7 Dec 2026 10:00:00 +0000',
      'Received: from a.example (192.0.2.1) by b.example; Mon, 7 Dec 2026 10:05:00 +0000'
    ].join('\n')
    const analysis = analyzeHeaders(text)
    expect(analysis.hops[1]?.delaySeconds).toBe(-300)
    expect(analysis.findings.map((f) => f.code)).toContain('clock-skew')
  })
})

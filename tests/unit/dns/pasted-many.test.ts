import { describe, expect, it } from 'vitest'
import {
  mergePastes,
  parseKeptPastes,
  parseManyPasted,
  pastedSpf,
  splitPastedCommands
} from '../../../src-renderer/lib/domain/dns/pasted'
import {
  DIG_MX,
  DIG_SHORT_MX,
  NSLOOKUP_BIND_CNAME,
  NSLOOKUP_WINDOWS_MX,
  NSLOOKUP_WINDOWS_TXT,
  RESOLVE_MX_TABLE,
  RESOLVE_TXT_TABLE
} from '../../support/dns-paste-fixtures'

describe('a paste of several commands', () => {
  it('splits nslookup, dig and Resolve-DnsName output into each command', () => {
    const text = [
      NSLOOKUP_WINDOWS_MX,
      NSLOOKUP_WINDOWS_TXT,
      '$ dig mx contoso.com',
      DIG_MX,
      NSLOOKUP_BIND_CNAME,
      RESOLVE_MX_TABLE,
      RESOLVE_TXT_TABLE
    ].join('\n')
    const chunks = splitPastedCommands(text)
    expect(chunks).toHaveLength(6)
    expect(chunks[0]?.firstLine).toBe(1)
    expect(chunks[2]?.text.startsWith('$ dig mx contoso.com')).toBe(true)

    const { pastes, errors } = parseManyPasted(text)
    expect(errors).toEqual([])
    expect(pastes.map((paste) => [paste.format, paste.kind, paste.name])).toEqual([
      ['nslookup', 'mx', 'contoso.com'],
      ['nslookup', 'txt', 'contoso.com'],
      ['dig', 'mx', 'contoso.com'],
      ['nslookup', 'cname', 'autodiscover.contoso.com'],
      ['resolve-dnsname', 'mx', 'contoso.com'],
      ['resolve-dnsname', 'txt', 'contoso.com']
    ])
  })

  it('reads what it can and names the line of what it cannot, in the whole paste', () => {
    const text = `${NSLOOKUP_WINDOWS_MX}\nC:\\> nslookup -type=txt contoso.com\nhello world\n`
    const { pastes, errors } = parseManyPasted(text)
    expect(pastes).toHaveLength(1)
    const line = text.split('\n').indexOf('hello world') + 1
    expect(errors).toEqual([
      `Line ${line}: “hello world” is not output of nslookup, dig or Resolve-DnsName.`
    ])
  })

  it('reads a lone dig +short with the lookup the user was asked for', () => {
    expect(parseManyPasted(DIG_SHORT_MX).pastes).toHaveLength(0)
    const { pastes } = parseManyPasted(DIG_SHORT_MX, { name: 'contoso.com', kind: 'mx' })
    expect(pastes.map((paste) => [paste.kind, paste.name])).toEqual([['mx', 'contoso.com']])
  })

  it('says when there is nothing to read', () => {
    expect(parseManyPasted('  \n\n').errors).toEqual([
      'Nothing to read: paste what nslookup, dig or Resolve-DnsName printed.'
    ])
  })

  it('replaces an earlier output for the same name and type', () => {
    const first = parseManyPasted(NSLOOKUP_WINDOWS_MX + NSLOOKUP_WINDOWS_TXT).pastes
    const again = parseManyPasted(DIG_MX).pastes
    const at = (pastedAt: string) => (paste: (typeof first)[number]) => ({ paste, pastedAt })
    const merged = mergePastes(first.map(at('2026-12-01')), again.map(at('2026-12-02')))
    expect(merged.map(({ paste, pastedAt }) => [paste.format, paste.kind, pastedAt])).toEqual([
      ['nslookup', 'txt', '2026-12-01'],
      ['dig', 'mx', '2026-12-02']
    ])
  })
})

describe('pastedSpf', () => {
  it('gives the SPF record a paste shows for the name, strings joined', () => {
    const { pastes } = parseManyPasted(NSLOOKUP_WINDOWS_MX + NSLOOKUP_WINDOWS_TXT)
    expect(pastedSpf(pastes, 'Contoso.com.')).toEqual([
      'v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all'
    ])
    expect(pastedSpf(pastes, 'fabrikam.com')).toEqual([])
  })
})

describe('parseKeptPastes', () => {
  it('reads kept pastes back with their dates and leaves out what is not a paste', () => {
    const [paste] = parseManyPasted(NSLOOKUP_WINDOWS_MX).pastes
    const stored = JSON.stringify({
      d1: [
        { paste, pastedAt: '2026-12-07T10:00:00.000Z' },
        { paste: { ok: false }, pastedAt: 'x' }
      ],
      d2: 'nonsense'
    })
    expect(parseKeptPastes(stored)).toEqual({
      d1: [{ paste, pastedAt: '2026-12-07T10:00:00.000Z' }]
    })
    expect(parseKeptPastes('{broken')).toEqual({})
    expect(parseKeptPastes(null)).toEqual({})
  })
})

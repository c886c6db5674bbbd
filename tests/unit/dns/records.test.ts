import { describe, expect, it } from 'vitest'
import {
  dkimTargetsOf,
  parseDmarc,
  validateDkimTargets,
  validateEnteredRecords,
  validateExpectedValue,
  validateVerificationTxt
} from '../../../src-renderer/lib/domain/dns/records'

describe('validateVerificationTxt', () => {
  it.each([
    ['MS=ms97284866', 'MS=ms97284866'],
    ['ms=ms97284866', 'MS=ms97284866'],
    ['  "MS=ms97284866"  ', 'MS=ms97284866']
  ])('accepts %j as %s', (input, value) => {
    expect(validateVerificationTxt(input)).toEqual({ ok: true, value, warnings: [] })
  })

  it.each(['MS=ms9728486', 'MS=ms972848661', 'MS=MS97284866', 'v=spf1 -all', 'MS=msabcdefgh'])(
    'refuses %j with the expected form',
    (input) => {
      const result = validateVerificationTxt(input)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.message).toMatch(/MS=ms followed by 8 digits/)
    }
  )

  it('asks for a value when empty', () => {
    expect(validateVerificationTxt('  ')).toEqual({
      ok: false,
      message: 'Enter the TXT value the admin center shows, such as MS=ms97284866.'
    })
  })
})

describe('the length limit', () => {
  it('refuses a 10,000-character TXT value for every kind, before anything else', () => {
    const value = `v=spf1 ${'ip4:192.0.2.1 '.repeat(713)}-all`.padEnd(10_000, 'x')
    expect(value).toHaveLength(10_000)
    for (const kind of ['mx', 'spf', 'verification', 'autodiscover', 'dkim', 'dmarc'] as const) {
      expect(validateExpectedValue(kind, value)).toEqual({
        ok: false,
        message:
          'The value is 10,000 characters long; a record value here is at most 4,000. Check that only the record was copied.'
      })
    }
  })

  it('stores nothing when one entered value is too long', () => {
    const result = validateEnteredRecords({
      verification: 'MS=ms97284866',
      dmarc: `v=DMARC1; p=none; rua=mailto:${'a'.repeat(10_000)}@contoso.com`
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.errors)).toEqual(['dmarc'])
  })
})

describe('validateExpectedValue', () => {
  it('normalises the EOP MX host: lower case, no trailing dot', () => {
    expect(validateExpectedValue('mx', 'HeigVD-CH01b.Mail.Protection.Outlook.com.')).toEqual({
      ok: true,
      value: 'heigvd-ch01b.mail.protection.outlook.com',
      warnings: []
    })
    expect(validateExpectedValue('mx', 'contoso-com.o-v1.mx.microsoft')).toMatchObject({
      ok: true,
      value: 'contoso-com.o-v1.mx.microsoft'
    })
  })

  it('refuses a retired EOP host and an on-premises host as the EOP MX', () => {
    expect(validateExpectedValue('mx', 'mail.messaging.microsoft.com')).toMatchObject({
      ok: false,
      message: expect.stringContaining('451 4.4.62')
    })
    expect(validateExpectedValue('mx', 'mail.contoso.com')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not an Exchange Online Protection MX host')
    })
  })

  it('normalises the autodiscover host and refuses an IP', () => {
    expect(validateExpectedValue('autodiscover', 'Mail.Contoso.COM.')).toMatchObject({
      ok: true,
      value: 'mail.contoso.com'
    })
    expect(validateExpectedValue('autodiscover', '131.107.21.231').ok).toBe(false)
  })

  it('names the position of an SPF syntax error', () => {
    expect(validateExpectedValue('spf', 'v=spf1 ip4:131.107.21.231 incude:x.com -all')).toEqual({
      ok: false,
      message: expect.stringMatching(/^At character 27 \(“incude:x\.com”\): /)
    })
    expect(
      validateExpectedValue('spf', '"v=spf1 include:spf.protection.outlook.com -all"')
    ).toEqual({ ok: true, value: 'v=spf1 include:spf.protection.outlook.com -all', warnings: [] })
    expect(validateExpectedValue('spf', 'spf1 -all').ok).toBe(false)
  })
})

describe('DKIM targets', () => {
  const old1 = 'selector1-contoso-com._domainkey.contoso.onmicrosoft.com'
  const old2 = 'selector2-contoso-com._domainkey.contoso.onmicrosoft.com'
  const new1 = 'selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft'
  const new2 = 'selector2-contoso-com._domainkey.contoso.n-v2.dkim.mail.microsoft'

  it('accepts both forms, normalised, selector1 first', () => {
    expect(validateDkimTargets(`${old2.toUpperCase()}.\n${old1}`, 'contoso.com')).toEqual({
      ok: true,
      value: `${old1}\n${old2}`,
      warnings: []
    })
    expect(validateDkimTargets(`${new1}, ${new2}`, 'contoso.com')).toEqual({
      ok: true,
      value: `${new1}\n${new2}`,
      warnings: []
    })
    expect(dkimTargetsOf(`${new1}\n${new2}`)).toEqual([
      { selector: 'selector1', target: new1 },
      { selector: 'selector2', target: new2 }
    ])
  })

  it('warns about a target for another domain or the wrong -v number', () => {
    const result = validateDkimTargets(
      'selector1-fabrikam-com._domainkey.contoso.n-v2.dkim.mail.microsoft',
      'contoso.com'
    )
    expect(result).toMatchObject({ ok: true })
    if (result.ok) {
      expect(result.warnings).toEqual([
        'selector1’s target usually ends in -v1.dkim.mail.microsoft, but this one has -v2: check it was copied for the right selector.',
        'The target names “fabrikam-com”, not contoso-com: check it was copied for contoso.com.'
      ])
    }
  })

  it.each([
    ['mail.contoso.com', /not a Microsoft DKIM target/],
    [`${old1} ${old1}`, /Both values are for selector1/],
    [`${old1} ${old2} ${new1}`, /3 values were entered/],
    ['selector1 contoso', /not a Microsoft DKIM target/]
  ])('refuses %j', (input, message) => {
    const result = validateDkimTargets(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })
})

describe('parseDmarc', () => {
  it('reads the tags and the policy', () => {
    expect(parseDmarc('v=DMARC1; p=quarantine; rua=mailto:dmarc@contoso.com; pct=50')).toEqual({
      ok: true,
      value: {
        policy: 'quarantine',
        tags: [
          ['v', 'DMARC1'],
          ['p', 'quarantine'],
          ['rua', 'mailto:dmarc@contoso.com'],
          ['pct', '50']
        ]
      },
      warnings: []
    })
  })

  it('warns about unknown tags', () => {
    expect(parseDmarc('v=DMARC1; p=none; foo=bar')).toMatchObject({
      ok: true,
      warnings: ['“foo” is not a DMARC tag: receivers ignore it.']
    })
  })

  it.each([
    ['p=none; v=DMARC1', 'A DMARC record starts with v=DMARC1; this one starts with “p=none”.'],
    ['v=DMARC1', 'The DMARC record has no policy: add p=none.'],
    ['v=DMARC1; p=block', 'The DMARC policy is “p=block”: it is none, quarantine or reject.'],
    ['v=DMARC1; p=none; p=reject', 'The DMARC record has the tag “p” twice.'],
    ['v=DMARC1; p=none; pct=150', '“pct=150” is not a percentage from 0 to 100.'],
    [
      'v=DMARC1; p=none; rua=dmarc@contoso.com',
      '“rua=dmarc@contoso.com” must list mailto: addresses, such as mailto:dmarc@contoso.com.'
    ],
    ['v=DMARC1; p=none; garbage', '“garbage” in the DMARC record is not a tag=value pair.']
  ])('refuses %j', (input, message) => {
    expect(parseDmarc(input)).toEqual({ ok: false, message })
  })

  it('is what the DMARC kind validates, joined with "; "', () => {
    expect(validateExpectedValue('dmarc', 'v=DMARC1;p=none;rua=mailto:d@contoso.com')).toEqual({
      ok: true,
      value: 'v=DMARC1; p=none; rua=mailto:d@contoso.com',
      warnings: []
    })
  })
})

describe('validateEnteredRecords', () => {
  it('returns the normalised values and skips empty entries', () => {
    expect(
      validateEnteredRecords(
        {
          mx: 'Contoso-com.mail.protection.outlook.com.',
          verification: 'ms=ms12345678',
          dkim: ' '
        },
        'contoso.com'
      )
    ).toEqual({
      ok: true,
      value: {
        mx: 'contoso-com.mail.protection.outlook.com',
        verification: 'MS=ms12345678'
      },
      warnings: []
    })
  })
})

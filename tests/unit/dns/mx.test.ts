import { describe, expect, it } from 'vitest'
import {
  classifyMxHost,
  predictEopMx,
  validateEopMxHost
} from '../../../src-renderer/lib/domain/dns/mx'

describe('predictEopMx', () => {
  it.each([
    ['contoso.com', 'contoso-com.mail.protection.outlook.com', true],
    ['Contoso.COM.', 'contoso-com.mail.protection.outlook.com', true],
    ['sub.domain.org', 'sub-domain-org.mail.protection.outlook.com', true],
    // Real hosts carry a suffix for these (heigvd-ch01b, octobot-io01b): the prediction is a guess.
    ['heig-vd.ch', 'heigvd-ch.mail.protection.outlook.com', false],
    ['octo-bot.io', 'octobot-io.mail.protection.outlook.com', false],
    // The brief's observed host is foo1-bar-com0i…: not derivable, hence not confident.
    ['foo-1-bar.com', 'foo1bar-com.mail.protection.outlook.com', false],
    ['bücher.de', 'xnbcherkva-de.mail.protection.outlook.com', false]
  ])('%s → %s (confident: %s)', (domain, host, confident) => {
    expect(predictEopMx(domain)).toEqual({ host, confident })
  })

  it('uses the cloud’s suffix', () => {
    expect(predictEopMx('contoso.com', 'gcc-high').host).toBe(
      'contoso-com.mail.protection.office365.us'
    )
    expect(predictEopMx('contoso.com', 'dod').host).toBe('contoso-com.mail.protection.office365.us')
    expect(predictEopMx('contoso.com', '21vianet').host).toBe(
      'contoso-com.mail.protection.partner.outlook.cn'
    )
  })

  it('is never confident when the key would be longer than a DNS label (63 characters)', () => {
    const domain = `${'a'.repeat(40)}.${'b'.repeat(30)}.com`
    const prediction = predictEopMx(domain)
    expect(prediction.host.split('.')[0]?.length).toBeGreaterThan(63)
    expect(prediction.confident).toBe(false)
    expect(predictEopMx(`${'a'.repeat(59)}.com`).confident).toBe(true)
  })

  it('throws the validation message for something that is not a domain', () => {
    expect(() => predictEopMx('mail contoso.com')).toThrow(
      '“mail contoso.com” contains a space: a domain name has no spaces.'
    )
    expect(() => predictEopMx('131.107.21.231')).toThrow(/is an IP address/)
  })
})

describe('classifyMxHost', () => {
  it.each([
    ['contoso-com.mail.protection.outlook.com', 'eop'],
    ['SVRATECH-COM01b.mail.protection.outlook.com', 'eop'],
    ['heigvd-ch01b.mail.protection.outlook.com.', 'eop'],
    // The DNSSEC hosts Microsoft now assigns are Exchange Online Protection hosts too.
    ['contoso-com.o-v1.mx.microsoft', 'eop'],
    ['Contoso-com.ABC123.MX.Microsoft.', 'eop'],
    // Every cloud's hosts.
    ['contoso-com.mail.protection.office365.us', 'eop'],
    ['contoso-com.mail.protection.partner.outlook.cn', 'eop'],
    ['mail.messaging.microsoft.com', 'eop-legacy'],
    ['contoso-com.mail.eo.outlook.com', 'eop-legacy'],
    ['MAIL.GLOBAL.FRONTBRIDGE.COM.', 'eop-legacy'],
    ['mail.contoso.com', 'other'],
    ['mail.protection.outlook.com', 'other'],
    ['mx.microsoft', 'other'],
    ['evilmail.messaging.microsoft.com', 'other']
  ])('%s is %s', (host, kind) => {
    expect(classifyMxHost(host)).toBe(kind)
  })
})

describe('validateEopMxHost', () => {
  it('accepts and lower-cases EOP hosts, including published upper-case ones', () => {
    expect(validateEopMxHost(' SVRATECH-COM01b.mail.protection.outlook.com. ')).toEqual({
      ok: true,
      value: 'svratech-com01b.mail.protection.outlook.com'
    })
    expect(validateEopMxHost('imexeurope-com01b.mail.protection.outlook.com')).toEqual({
      ok: true,
      value: 'imexeurope-com01b.mail.protection.outlook.com'
    })
    expect(validateEopMxHost('contoso-com.o-v1.mx.microsoft')).toEqual({
      ok: true,
      value: 'contoso-com.o-v1.mx.microsoft'
    })
  })

  it('refuses the source page’s malformed examples and other hosts', () => {
    expect(validateEopMxHost('contoso--com.mail.protection.outlook.com').ok).toBe(false)
    expect(validateEopMxHost('a.b.mail.protection.outlook.com').ok).toBe(false)
    expect(validateEopMxHost('mail.contoso.com')).toEqual({
      ok: false,
      message:
        '“mail.contoso.com” is not an Exchange Online Protection MX host: it looks like contoso-com.mail.protection.outlook.com, or for newer domains a name ending in .mx.microsoft. Copy it from the admin center (Settings → Domains).'
    })
  })

  it('accepts the project cloud’s hosts and names the cloud of another one', () => {
    expect(validateEopMxHost('contoso-com.mail.protection.office365.us', 'gcc-high')).toEqual({
      ok: true,
      value: 'contoso-com.mail.protection.office365.us'
    })
    expect(validateEopMxHost('contoso-com.mail.protection.office365.us')).toEqual({
      ok: false,
      message:
        '“contoso-com.mail.protection.office365.us” is a host of the GCC High cloud, but the project’s tenant is in Worldwide (including GCC): check the project’s Microsoft 365 cloud or copy the host again.'
    })
    expect(validateEopMxHost('mail.contoso.com', '21vianet')).toMatchObject({
      ok: false,
      message: expect.stringContaining('contoso-com.mail.protection.partner.outlook.cn') as string
    })
  })

  it('names a retired host and the error it causes', () => {
    expect(validateEopMxHost('mail.messaging.microsoft.com')).toEqual({
      ok: false,
      message:
        '“mail.messaging.microsoft.com” is a retired Microsoft host: mail sent to it fails with “451 4.4.62 Mail sent to the wrong Office 365 region”. Use the host shown in the admin center.'
    })
  })

  it('passes on host-name errors', () => {
    expect(validateEopMxHost('')).toEqual({
      ok: false,
      message: 'Enter a host name, such as mail.contoso.com.'
    })
  })
})

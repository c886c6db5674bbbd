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
    ['contoso-com.o-v1.mx.microsoft', 'eop-dane'],
    ['Contoso-com.ABC123.MX.Microsoft.', 'eop-dane'],
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

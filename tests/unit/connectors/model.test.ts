import { describe, expect, it } from 'vitest'
import type { ConnectorInput } from '../../../src-renderer/lib/domain/connectors/model'
import {
  defaultStepIds,
  domainPatternCovers,
  hybridWizardConnector,
  validateCertificateName,
  validateConnectorDomain,
  validateConnectorInput,
  validateSmartHost
} from '../../../src-renderer/lib/domain/connectors/model'
import { connector, HCW_GUID, outbound } from '../../support/connector-fixtures'

function input(overrides: Partial<ConnectorInput> = {}): ConnectorInput {
  const { id: _id, createdAt: _c, updatedAt: _u, rev: _r, projectId: _p, ...fields } = connector()
  return { ...fields, stepIds: [], ...overrides }
}

function outboundInput(overrides: Partial<ConnectorInput> = {}): ConnectorInput {
  const { id: _id, createdAt: _c, updatedAt: _u, rev: _r, projectId: _p, ...fields } = outbound()
  return { ...fields, stepIds: [], ...overrides }
}

describe('hybridWizardConnector', () => {
  it.each([
    [`Inbound from ${HCW_GUID}`, 'inbound'],
    [`Outbound to ${HCW_GUID.toUpperCase()}`, 'outbound'],
    [`Outbound to Office 365 - ${HCW_GUID}`, 'onprem-send'],
    [`Inbound from ${HCW_GUID.slice(0, -1)}`, null],
    ['Inbound from on-premises', null],
    [`My Inbound from ${HCW_GUID}`, null]
  ])('%s → %s', (name, kind) => {
    expect(hybridWizardConnector(name)).toBe(kind)
  })
})

describe('validateCertificateName', () => {
  it('normalises a host name', () => {
    expect(validateCertificateName('Mail.Contoso.COM.')).toEqual({
      ok: true,
      value: 'mail.contoso.com',
      warnings: []
    })
  })

  it('accepts a wildcard, which covers a domain and its subdomains (New-InboundConnector)', () => {
    expect(validateCertificateName('*.Contoso.com')).toEqual({
      ok: true,
      value: '*.contoso.com',
      warnings: []
    })
  })

  it.each([
    ['', 'Enter the name on the certificate, such as mail.contoso.com.'],
    [
      'mail.*.com',
      '“mail.*.com” has a “*” that is not the whole first label: a certificate name is like mail.contoso.com (or *.contoso.com).'
    ],
    ['*.com', '“*.com” needs a dot: enter the full name, such as mail.contoso.com.'],
    [
      '131.107.21.231',
      '“131.107.21.231” is an IP address: enter a host name, such as mail.contoso.com.'
    ],
    [
      'mail_server.contoso.com',
      '“mail_server.contoso.com” contains an underscore: a host name has no underscores.'
    ]
  ])('refuses %j', (name, message) => {
    expect(validateCertificateName(name)).toEqual({ ok: false, message })
  })
})

describe('smart hosts and connector domains', () => {
  it('accepts host names, IPs and ranges, normalised', () => {
    expect(
      ['Mail.Contoso.com.', '[131.107.21.231]', '2001:DB8::25', '131.107.21.0/24'].map((h) =>
        validateSmartHost(h)
      )
    ).toEqual([
      { ok: true, value: 'mail.contoso.com', warnings: [] },
      { ok: true, value: '131.107.21.231', warnings: [] },
      { ok: true, value: '2001:db8::25', warnings: [] },
      { ok: true, value: '131.107.21.0/24', warnings: [] }
    ])
    expect(validateSmartHost('131.107.21.300').ok).toBe(false)
  })

  it('accepts *, domains and *.domain', () => {
    expect(['*', 'Contoso.com', '*.contoso.com'].map((d) => validateConnectorDomain(d))).toEqual([
      { ok: true, value: '*', warnings: [] },
      { ok: true, value: 'contoso.com', warnings: [] },
      { ok: true, value: '*.contoso.com', warnings: [] }
    ])
    expect(validateConnectorDomain('contoso').ok).toBe(false)
  })

  it('matches domains against connector patterns', () => {
    expect(
      [
        ['*', 'contoso.com'],
        ['contoso.com', 'Contoso.com.'],
        ['*.contoso.com', 'sales.contoso.com'],
        ['*.contoso.com', 'contoso.com'],
        ['contoso.com', 'sales.contoso.com'],
        ['*.contoso.com', 'fabrikam.com']
      ].map(([pattern, domain]) => domainPatternCovers(pattern ?? '', domain ?? ''))
    ).toEqual([true, true, true, true, false, false])
  })
})

describe('defaultStepIds', () => {
  it('derives the steps from direction, type and CMT', () => {
    expect(defaultStepIds(outboundInput({ routeAllMessagesViaOnPremises: true }))).toEqual([
      'connector-cloud-to-onprem',
      'enable-cmt'
    ])
    expect(defaultStepIds(input({ createdByHybridWizard: true }))).toEqual([
      'connector-onprem-to-cloud',
      'hybrid-configuration-wizard'
    ])
    expect(
      defaultStepIds(input({ direction: 'partner', type: 'Partner', restrictDomainsToIps: true }))
    ).toEqual(['restrict-inbound-to-mx-path'])
    expect(defaultStepIds(input({ direction: 'partner', type: 'Partner' }))).toEqual([
      'partner-connectors'
    ])
  })
})

describe('validateConnectorInput', () => {
  it('normalises a valid inbound connector and fills the default steps', () => {
    const result = validateConnectorInput(
      input({
        name: '  From on-premises ',
        identification: { kind: 'certificate', certificateName: 'MAIL.contoso.com.' },
        senderDomains: ['*', '*']
      })
    )
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: expect.objectContaining({
        name: 'From on-premises',
        identification: { kind: 'certificate', certificateName: 'mail.contoso.com' },
        senderDomains: ['*'],
        stepIds: ['connector-onprem-to-cloud']
      })
    })
  })

  it('keeps steps the user chose', () => {
    const result = validateConnectorInput(input({ stepIds: ['partner-connectors'] }))
    expect(result.ok && result.value.stepIds).toEqual(['partner-connectors'])
  })

  it('normalises an outbound connector and keeps its TLS settings', () => {
    const result = validateConnectorInput(
      outboundInput({ smartHosts: ['Mail.Contoso.com.'], tlsDomain: 'Mail.Contoso.com' })
    )
    expect(result).toMatchObject({
      ok: true,
      value: {
        smartHosts: ['mail.contoso.com'],
        tlsSettings: 'DomainValidation',
        tlsDomain: 'mail.contoso.com'
      }
    })
  })

  it('reports a message per field', () => {
    const result = validateConnectorInput(
      input({
        name: 'x'.repeat(65),
        identification: { kind: 'ip', senderIps: ['131.107.21.231', '10.0.0.256'] },
        routeAllMessagesViaOnPremises: true,
        smartHosts: ['mail.contoso.com'],
        tlsSettings: 'DomainValidation'
      })
    )
    expect(result).toEqual({
      ok: false,
      warnings: [],
      errors: {
        name: 'The name is 65 characters; Exchange allows 64.',
        senderIps:
          '“256” in “10.0.0.256” is above 255: each number of an IPv4 address is 0 to 255.',
        smartHosts: 'Smart hosts belong to outbound connectors.',
        routeAllMessagesViaOnPremises:
          'Centralized mail transport (RouteAllMessagesViaOnPremises) is set on the OnPremises outbound connector.',
        tlsSettings: 'TlsSettings belongs to outbound connectors.'
      }
    })
  })

  it.each([
    [{ name: ' ' }, 'name', 'Enter the connector’s name, as Exchange Online shows it.'],
    [{ name: 'a\u0007b' }, 'name', 'The name contains a control character.'],
    [
      { side: 'outbound' as const },
      'direction',
      'A connector from on-premises to Microsoft 365 is an inbound connector.'
    ],
    [
      { identification: { kind: 'ip' as const, senderIps: [] } },
      'senderIps',
      'Enter the public IP addresses the on-premises servers send from.'
    ],
    [
      { restrictDomainsToIps: true },
      'restrictDomainsToIps',
      'Restricting domains to IP addresses needs the sender IP addresses.'
    ],
    [
      { identification: { kind: 'certificate' as const, certificateName: 'mail contoso.com' } },
      'certificateName',
      '“mail contoso.com” contains a space: a host name has no spaces.'
    ],
    [{ status: 'done' as never }, 'status', 'Choose planned, created or verified.']
  ])('refuses %j', (overrides, field, message) => {
    const result = validateConnectorInput(input(overrides))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[field]).toBe(message)
  })

  it.each([
    [{ smartHosts: [] }, 'smartHosts', /an OnPremises outbound connector does not use MX/],
    [
      { identification: { kind: 'certificate' as const, certificateName: 'mail.contoso.com' } },
      'identification',
      /identifies no sender/
    ],
    [
      { tlsSettings: 'CertificateValidation' as const },
      'tlsDomain',
      /only with TlsSettings DomainValidation/
    ],
    [{ tlsSettings: 'Strict' as never }, 'tlsSettings', /Choose EncryptionOnly/]
  ])('refuses outbound %j', (overrides, field, message) => {
    const result = validateConnectorInput(outboundInput(overrides))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[field]).toMatch(message)
  })

  it('warns when a certificate-identified connector does not require TLS', () => {
    expect(validateConnectorInput(input({ requireTls: false })).warnings).toEqual([
      'A connector that identifies the sender by certificate needs RequireTls $true.'
    ])
  })
})

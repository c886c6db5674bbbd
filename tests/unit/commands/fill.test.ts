import { describe, expect, it } from 'vitest'
import { stepsFor } from '../../../src-renderer/lib/domain/catalog'
import {
  commandValues,
  fillCommand,
  fillProse
} from '../../../src-renderer/lib/domain/commands/fill'

const full = {
  tenantName: 'Contoso.onmicrosoft.com',
  onPremHost: 'mail.contoso.com',
  onPremIps: ['131.107.21.231', '10.10.10.1'],
  certificateDomain: 'smtp.contoso.com',
  hybridEndpoint: 'hybrid.contoso.com'
}

const empty = { tenantName: '', onPremHost: '', onPremIps: [] }

describe('commandValues', () => {
  it('takes every value from the project, the domain and its entered MX host', () => {
    expect(
      commandValues({
        project: full,
        domainName: 'Contoso.com',
        enteredMx: 'Contoso-com.mail.protection.outlook.com.'
      })
    ).toEqual({
      domain: 'contoso.com',
      tenant: 'contoso',
      onPremHost: 'mail.contoso.com',
      onPremIps: '131.107.21.231,10.10.10.1',
      connectorIps: '131.107.21.231,10.10.10.1',
      certificateDomain: 'smtp.contoso.com',
      hybridEndpoint: 'hybrid.contoso.com',
      mxHost: 'contoso-com.mail.protection.outlook.com',
      // The cloud's names (a project without a cloud is worldwide).
      eopMxSuffix: '.mail.protection.outlook.com',
      eopTlsDomain: 'mail.protection.outlook.com',
      routingDomain: 'contoso.mail.onmicrosoft.com',
      routingSuffix: '.mail.onmicrosoft.com',
      spfInclude: 'spf.protection.outlook.com'
    })
  })

  it('uses the mail host as certificate domain when none is recorded, like the Connectors page', () => {
    const values = commandValues({
      project: { ...full, certificateDomain: '' },
      domainName: 'contoso.com',
      enteredMx: ''
    })
    expect(values.certificateDomain).toBe('mail.contoso.com')
    expect(values.mxHost).toBeUndefined()
  })
})

describe('fillCommand', () => {
  it('fills the MX host from the entered MX, whatever Microsoft named it', () => {
    const values = commandValues({
      project: full,
      domainName: 'contoso.com',
      enteredMx: 'contoso-com.o-v1.mx.microsoft'
    })
    expect(fillCommand("-SmartHosts '<domainKey>.mail.protection.outlook.com'", values)).toEqual({
      text: "-SmartHosts 'contoso-com.o-v1.mx.microsoft'",
      missing: []
    })
  })

  it('names each missing field once, with where it is entered', () => {
    const values = commandValues({ project: empty, domainName: 'contoso.com', enteredMx: '' })
    const filled = fillCommand(
      "-SmartHosts '<onPremHost>' -TlsDomain '<certificateDomain>' -Host '<onPremHost>' " +
        "'<domainKey>.mail.protection.outlook.com' '<domain>' '<alias>'",
      values
    )
    expect(filled.missing.map((field) => [field.label, field.place, field.fieldId])).toEqual([
      ['Assigned MX host', 'dns', 'dns-entered-mx'],
      ['On-premises mail host', 'profile', 'project-host'],
      ['Certificate domain', 'profile', 'project-certificate']
    ])
    // <alias> is the user's per mailbox, never a stored value.
    expect(filled.text).toContain("'contoso.com' '<alias>'")
  })

  it('leaves no stored-value placeholder in any catalog command of a complete project', () => {
    const values = commandValues({
      project: full,
      domainName: 'contoso.com',
      enteredMx: 'contoso-com.mail.protection.outlook.com'
    })
    // i11 may add conditions: every one on, so every optional step is listed.
    const profile = {
      sendsAsNonOwnedDomains: true,
      relaysNdrsViaCloud: true,
      autoForwardsExternally: true,
      partnerRequiresTls: true,
      thirdPartyFilterInFront: true,
      exchange2010OrLater: true
    }
    const definitions = ([1, 2, 3, 4] as const).flatMap((scenario) => stepsFor(scenario, profile))
    expect(definitions.length).toBeGreaterThan(10)
    for (const definition of definitions) {
      for (const template of [definition.powershell, definition.verify]) {
        if (!template) continue
        const filled = fillCommand(template, values)
        expect(filled.missing).toEqual([])
        expect(filled.text).not.toMatch(
          /<(domain|tenant|onPremHost|onPremIps|certificateDomain|domainKey|hybridEndpoint)>/
        )
      }
    }
  })
})

describe('fillProse', () => {
  it('names an unknown value in place of its placeholder', () => {
    const values = commandValues({ project: empty, domainName: 'contoso.com', enteredMx: '' })
    expect(
      fillProse(
        'Moves go through (<hybridEndpoint>); MX is <domainKey>.mail.protection.outlook.com for <domain>.',
        values
      )
    ).toBe(
      'Moves go through (the hybrid endpoint); MX is the MX host the admin center assigns to the domain for contoso.com.'
    )
  })
})

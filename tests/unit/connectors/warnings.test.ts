import { describe, expect, it } from 'vitest'
import type { ConnectorWarning } from '../../../src-renderer/lib/domain/connectors/warnings'
import {
  connectorWarnings,
  projectConnectorWarnings,
  WARNING_SOURCES
} from '../../../src-renderer/lib/domain/connectors/warnings'
import { domain, project } from '../dns/fixtures'
import { connector, outbound } from '../../support/connector-fixtures'

const CONTOSO_1 = domain('contoso.com', 1)
const CONTOSO_2 = domain('contoso.com', 2)
const FABRIKAM_3 = domain('fabrikam.com', 3)

function codes(warnings: ConnectorWarning[]): string[] {
  return warnings.map((w) => w.code)
}

describe('connectorWarnings', () => {
  it('has nothing to say about the reference set-up', () => {
    expect(connectorWarnings(connector(), project(), [CONTOSO_1])).toEqual([])
    expect(connectorWarnings(outbound(), project(), [CONTOSO_1])).toEqual([])
  })

  it('flags a certificate name that matches no project domain, citing the source', () => {
    const warnings = connectorWarnings(
      connector({
        identification: { kind: 'certificate', certificateName: 'mx.contoso-corp.net' }
      }),
      project(),
      [CONTOSO_1, FABRIKAM_3]
    )
    expect(warnings).toEqual([
      {
        code: 'certificate-matches-no-domain',
        severity: 'warning',
        message:
          '“From on-premises” identifies the sender by the certificate name mx.contoso-corp.net, which is no project domain nor a subdomain of one: the certificate’s CN or SAN must contain a domain the organisation owns (contoso.com, fabrikam.com).',
        connectorId: 'c1',
        source: WARNING_SOURCES['certificate-matches-no-domain']
      }
    ])
    expect(warnings[0]?.source).toMatch(
      /^https:\/\/learn\.microsoft\.com\/.*\/set-up-connectors-to-route-mail$/
    )
  })

  it('accepts a wildcard that covers the on-premises certificate’s name (New-InboundConnector: a domain and its subdomains)', () => {
    for (const certificateName of ['*.contoso.com', '*.mail.contoso.com']) {
      const warnings = connectorWarnings(
        connector({ identification: { kind: 'certificate', certificateName } }),
        project({ certificateDomain: 'mail.contoso.com' }),
        [CONTOSO_1]
      )
      expect(warnings).toEqual([])
    }
    // Without a recorded certificate domain, the mail host is the certificate's name.
    expect(
      connectorWarnings(
        connector({ identification: { kind: 'certificate', certificateName: '*.contoso.com' } }),
        project(),
        [CONTOSO_1]
      )
    ).toEqual([])
  })

  it('warns when the on-premises certificate’s name is outside the wildcard', () => {
    const warnings = connectorWarnings(
      connector({ identification: { kind: 'certificate', certificateName: '*.eu.contoso.com' } }),
      project({ certificateDomain: 'mail.contoso.com' }),
      [CONTOSO_1]
    )
    expect(codes(warnings)).toEqual(['wildcard-certificate'])
    expect(warnings[0]?.message).toBe(
      '“From on-premises” names the certificate by the wildcard *.eu.contoso.com, which covers eu.contoso.com and its subdomains, but the on-premises certificate recorded in the project is mail.contoso.com: mail from on-premises does not match this connector. Name the certificate mail.contoso.com, or a wildcard that covers it.'
    )
    expect(warnings[0]?.source).toBe(
      'https://learn.microsoft.com/en-us/powershell/module/exchange/new-inboundconnector'
    )
  })

  it('does not ask a Partner connector’s own certificate for an organisation domain', () => {
    const partner = connector({
      name: 'From Woodgrove Bank',
      type: 'Partner',
      direction: 'partner',
      senderDomains: ['woodgrovebank.com'],
      identification: { kind: 'certificate', certificateName: 'mail.woodgrovebank.com' },
      stepIds: ['partner-connectors']
    })
    expect(connectorWarnings(partner, project(), [CONTOSO_1, FABRIKAM_3])).toEqual([])
    const wildcardPartner = connector({
      ...partner,
      identification: { kind: 'certificate', certificateName: '*.woodgrovebank.com' }
    })
    expect(connectorWarnings(wildcardPartner, project(), [CONTOSO_1])).toEqual([])
  })

  it('flags relaying through a Partner connector (550 5.7.64)', () => {
    const byDirection = connector({ type: 'Partner' })
    const byIp = connector({
      type: 'Partner',
      direction: 'partner',
      identification: { kind: 'ip', senderIps: ['131.107.21.0/24'] }
    })
    for (const c of [byDirection, byIp]) {
      const [warning] = connectorWarnings(c, project(), [CONTOSO_1])
      expect(warning).toMatchObject({ code: 'partner-relay', severity: 'error' })
      expect(warning?.message).toMatch(
        /rejected with 550 5\.7\.64\. Use an OnPremises connector\.$/
      )
    }
    const realPartner = connector({
      type: 'Partner',
      direction: 'partner',
      identification: { kind: 'ip', senderIps: ['203.0.113.0/24'] }
    })
    expect(connectorWarnings(realPartner, project(), [CONTOSO_1])).toEqual([])
  })

  it('flags CMT on while no domain is in scenario 2, and notes other domains it affects', () => {
    const cmt = outbound({ routeAllMessagesViaOnPremises: true })
    expect(codes(connectorWarnings(cmt, project(), [CONTOSO_1, FABRIKAM_3]))).toEqual([
      'cmt-without-scenario-2'
    ])
    const mixed = connectorWarnings(cmt, project(), [CONTOSO_2, FABRIKAM_3])
    expect(mixed).toEqual([
      expect.objectContaining({
        code: 'cmt-affects-other-domains',
        severity: 'info',
        message:
          'Centralized mail transport on “To on-premises” also routes the internet mail of cloud mailboxes in fabrikam.com (scenario 3) through the on-premises servers.'
      })
    ])
  })

  it('flags CMT off while a domain is in scenario 2', () => {
    expect(connectorWarnings(outbound(), project(), [CONTOSO_2])).toEqual([
      expect.objectContaining({
        code: 'cmt-off-in-scenario-2',
        domainId: 'd-contoso.com',
        message:
          '“To on-premises” has centralized mail transport off, but contoso.com is in scenario 2, which needs it: set RouteAllMessagesViaOnPremises to $true.'
      })
    ])
  })

  it('flags a retired EOP host as smart host', () => {
    const warnings = connectorWarnings(
      outbound({ smartHosts: ['mail.messaging.microsoft.com'] }),
      project(),
      [CONTOSO_1]
    )
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'retired-smart-host',
        severity: 'error',
        message: expect.stringContaining('451 4.4.62')
      })
    ])
  })

  it('flags RecipientDomains * without CMT', () => {
    expect(
      codes(connectorWarnings(outbound({ recipientDomains: ['*'] }), project(), [CONTOSO_1]))
    ).toEqual(['all-recipients-without-cmt'])
    expect(
      codes(
        connectorWarnings(
          outbound({ recipientDomains: ['*'], routeAllMessagesViaOnPremises: true }),
          project(),
          [CONTOSO_2]
        )
      )
    ).toEqual([])
  })

  it('flags an “Example 3” restriction on a domain whose MX is on Microsoft 365', () => {
    const restrict = connector({
      name: 'Only through on-premises MX',
      type: 'Partner',
      direction: 'partner',
      identification: { kind: 'ip', senderIps: ['131.107.21.231'] },
      restrictDomainsToIps: true,
      associatedAcceptedDomains: ['contoso.com', 'fabrikam.com']
    })
    expect(connectorWarnings(restrict, project(), [FABRIKAM_3])).toEqual([])
    expect(connectorWarnings(restrict, project(), [CONTOSO_1, FABRIKAM_3])).toEqual([
      expect.objectContaining({
        code: 'restriction-on-eop-mx',
        severity: 'error',
        domainId: 'd-contoso.com'
      })
    ])
  })

  it('notes CloudServicesMailEnabled set outside the wizard', () => {
    expect(
      codes(
        connectorWarnings(connector({ cloudServicesMailEnabled: true }), project(), [CONTOSO_1])
      )
    ).toEqual(['cloud-services-mail-manual'])
    expect(
      connectorWarnings(
        connector({ cloudServicesMailEnabled: true, createdByHybridWizard: true }),
        project(),
        [CONTOSO_1]
      )
    ).toEqual([])
  })
})

describe('projectConnectorWarnings', () => {
  it('reports the connectors a domain’s scenario requires and the project lacks', () => {
    const warnings = projectConnectorWarnings([], project(), [CONTOSO_1, FABRIKAM_3])
    expect(warnings.map((w) => [w.code, w.domainId, w.message])).toEqual([
      [
        'missing-connector',
        'd-contoso.com',
        'contoso.com (scenario 1) needs “Connector from Microsoft 365 to on-premises servers”, and no enabled connector is recorded for it.'
      ],
      [
        'missing-connector',
        'd-contoso.com',
        'contoso.com (scenario 1) needs “Connector from on-premises servers to Microsoft 365 (certificate)”, and no enabled connector is recorded for it.'
      ],
      // Scenario 3 needs centralized mail transport and enhanced filtering: both connectors.
      [
        'missing-connector',
        'd-fabrikam.com',
        'fabrikam.com (scenario 3) needs “Connector from Microsoft 365 to on-premises servers”, and no enabled connector is recorded for it.'
      ],
      [
        'missing-connector',
        'd-fabrikam.com',
        'fabrikam.com (scenario 3) needs “Connector from on-premises servers to Microsoft 365 (certificate)”, and no enabled connector is recorded for it.'
      ],
      [
        'missing-connector',
        'd-fabrikam.com',
        'fabrikam.com (scenario 3) needs “Accept mail for the domain only from on-premises IP addresses”, and no enabled connector is recorded for it.'
      ]
    ])
  })

  it('requires the on-premises to Microsoft 365 connector wherever on-premises relays through it', () => {
    expect(
      projectConnectorWarnings([outbound()], project(), [CONTOSO_1]).map((w) => w.message)
    ).toEqual([
      'contoso.com (scenario 1) needs “Connector from on-premises servers to Microsoft 365 (certificate)”, and no enabled connector is recorded for it.'
    ])
  })

  it('requires the connector from on-premises in scenario 2 only when mail goes back through Exchange Online', () => {
    const missing = (outboundPath?: 'direct' | 'through-exchange-online') =>
      projectConnectorWarnings([outbound()], project(), [
        { ...CONTOSO_2, ...(outboundPath === undefined ? {} : { scenario2Outbound: outboundPath }) }
      ])
        .filter((w) => w.code === 'missing-connector')
        .map((w) => w.message)
    expect(missing('through-exchange-online')).toEqual([
      'contoso.com (scenario 2) needs “Connector from on-premises servers to Microsoft 365 (certificate)”, and no enabled connector is recorded for it.'
    ])
    expect(missing('direct')).toEqual([])
    // Not chosen yet: recommended, so not reported as missing.
    expect(missing()).toEqual([])
  })

  it('reports a connector scoped to other domains, a disabled one, and one only planned', () => {
    const scoped = outbound({ recipientDomains: ['fabrikam.com'] })
    expect(projectConnectorWarnings([scoped, connector()], project(), [CONTOSO_1])).toEqual([
      expect.objectContaining({
        code: 'domain-not-covered',
        connectorId: 'c2',
        domainId: 'd-contoso.com'
      })
    ])
    expect(
      codes(
        projectConnectorWarnings([outbound({ enabled: false }), connector()], project(), [
          CONTOSO_1
        ])
      )
    ).toEqual(['missing-connector'])
    expect(
      projectConnectorWarnings([outbound({ status: 'planned' }), connector()], project(), [
        CONTOSO_1
      ])
    ).toEqual([
      expect.objectContaining({
        code: 'connector-only-planned',
        severity: 'info',
        message:
          '“Connector from Microsoft 365 to on-premises servers” for contoso.com is planned (To on-premises) but not yet created.'
      })
    ])
  })

  it('drops CMT-off when another outbound connector has CMT on', () => {
    const off = outbound({ id: 'c3', name: 'Second', recipientDomains: ['fabrikam.com'] })
    const on = outbound({ routeAllMessagesViaOnPremises: true, recipientDomains: ['*'] })
    const warnings = projectConnectorWarnings([connector(), on, off], project(), [CONTOSO_2])
    expect(codes(warnings)).toEqual([])
  })

  it('ignores connectors and domains of other projects', () => {
    const other = outbound({ projectId: 'p2', smartHosts: ['mail.eo.outlook.com'] })
    const otherDomain = domain('fabrikam.com', 1, { projectId: 'p2' })
    expect(projectConnectorWarnings([other], project(), [otherDomain])).toEqual([])
  })
})

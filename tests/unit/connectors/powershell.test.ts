import { describe, expect, it } from 'vitest'
import {
  getConnectorCommand,
  newConnectorCommand,
  psBool,
  psList,
  psQuote,
  setConnectorCommand,
  validateOutboundConnectorCommand
} from '../../../src-renderer/lib/domain/connectors/powershell'
import { connectorStepCommands } from '../../../src-renderer/lib/domain/connectors/step-commands'
import { domain, project } from '../dns/fixtures'
import { connector, outbound } from '../../support/connector-fixtures'

describe('quoting', () => {
  it('doubles single quotes, typographic ones included', () => {
    expect(psQuote("O'Brien's connector")).toBe("'O''Brien''s connector'")
    expect(psQuote('Kate’s ‘test’')).toBe("'Kate’’s ‘‘test’’'")
  })

  it('leaves $, ; and backticks inert inside single quotes', () => {
    expect(psQuote('$(Remove-Item C:\\*); `whoami`')).toBe("'$(Remove-Item C:\\*); `whoami`'")
  })

  it('quotes every element of a list', () => {
    expect(psList(['contoso.com', "o'hare.example"])).toBe("'contoso.com','o''hare.example'")
    expect([psBool(true), psBool(false)]).toEqual(['$true', '$false'])
  })
})

describe('connector commands', () => {
  it('creates the certificate-identified inbound connector', () => {
    expect(newConnectorCommand(connector())).toBe(
      "New-InboundConnector -Name 'From on-premises' -ConnectorType 'OnPremises' -SenderDomains '*' -RequireTls $true -TlsSenderCertificateName 'mail.contoso.com'"
    )
  })

  it('creates the outbound connector, with -RouteAllMessagesViaOnPremises for CMT', () => {
    expect(newConnectorCommand(outbound({ routeAllMessagesViaOnPremises: true }))).toBe(
      "New-OutboundConnector -Name 'To on-premises' -ConnectorType 'OnPremises' -RecipientDomains 'contoso.com' -SmartHosts 'mail.contoso.com' -UseMXRecord $false -TlsSettings 'DomainValidation' -TlsDomain 'mail.contoso.com' -RouteAllMessagesViaOnPremises $true"
    )
    expect(newConnectorCommand(outbound())).not.toContain('RouteAllMessagesViaOnPremises')
  })

  it('uses MX for an outbound partner connector without smart hosts', () => {
    expect(
      newConnectorCommand(
        outbound({
          name: 'To Woodgrove Bank',
          direction: 'partner',
          type: 'Partner',
          smartHosts: [],
          recipientDomains: ['woodgrovebank.com'],
          tlsDomain: 'mail.woodgrovebank.com',
          enabled: false
        })
      )
    ).toBe(
      "New-OutboundConnector -Name 'To Woodgrove Bank' -ConnectorType 'Partner' -RecipientDomains 'woodgrovebank.com' -UseMXRecord $true -TlsSettings 'DomainValidation' -TlsDomain 'mail.woodgrovebank.com' -Enabled $false"
    )
  })

  it('restricts by IP for the “Example 3” connector, with the IPv4 entries only', () => {
    expect(
      newConnectorCommand(
        connector({
          name: 'Only through on-premises MX (contoso.com)',
          type: 'Partner',
          direction: 'partner',
          requireTls: false,
          identification: {
            kind: 'ip',
            senderIps: ['131.107.21.231', '131.107.22.0/24', '2001:db8::/48']
          },
          restrictDomainsToIps: true,
          associatedAcceptedDomains: ['contoso.com']
        })
      )
    ).toBe(
      "New-InboundConnector -Name 'Only through on-premises MX (contoso.com)' -ConnectorType 'Partner' -SenderDomains '*' -AssociatedAcceptedDomains 'contoso.com' -RequireTls $false -SenderIPAddresses '131.107.21.231','131.107.22.0/24' -RestrictDomainsToIPAddresses $true"
    )
  })

  it('sets every parameter on an existing connector, by identity', () => {
    expect(setConnectorCommand(outbound({ name: "Kate's outbound" }))).toBe(
      "Set-OutboundConnector -Identity 'Kate''s outbound' -ConnectorType 'OnPremises' -RecipientDomains 'contoso.com' -SmartHosts 'mail.contoso.com' -UseMXRecord $false -TlsSettings 'DomainValidation' -TlsDomain 'mail.contoso.com' -RouteAllMessagesViaOnPremises $false -Enabled $true"
    )
    expect(setConnectorCommand(connector(), "O'Brien")).toMatch(
      /^Set-InboundConnector -Identity 'O''Brien' .* -RestrictDomainsToIPAddresses \$false -Enabled \$true$/
    )
  })

  it('never emits CloudServicesMailEnabled', () => {
    const hcw = outbound({ cloudServicesMailEnabled: true, createdByHybridWizard: true })
    expect(newConnectorCommand(hcw) + setConnectorCommand(hcw)).not.toContain(
      'CloudServicesMailEnabled'
    )
  })

  it('verifies with Get- | Format-List and the agreed properties', () => {
    expect(getConnectorCommand('inbound')).toBe(
      'Get-InboundConnector | Format-List Name,ConnectorType,TlsSenderCertificateName,RouteAllMessagesViaOnPremises,SmartHosts,RecipientDomains'
    )
    expect(getConnectorCommand('outbound', "Kate's")).toBe(
      "Get-OutboundConnector -Identity 'Kate''s' | Format-List Name,ConnectorType,TlsSenderCertificateName,RouteAllMessagesViaOnPremises,SmartHosts,RecipientDomains"
    )
  })

  it('builds Validate-OutboundConnector for real addresses only', () => {
    expect(validateOutboundConnectorCommand('To on-premises', ['kate@contoso.com', ' '])).toEqual({
      ok: true,
      value: "Validate-OutboundConnector -Identity 'To on-premises' -Recipients 'kate@contoso.com'"
    })
    expect(validateOutboundConnectorCommand('x', ["kate'@contoso.com"])).toEqual({
      ok: false,
      message: "“kate'@contoso.com” is not an email address."
    })
    expect(validateOutboundConnectorCommand('x', []).ok).toBe(false)
  })
})

describe('connectorStepCommands', () => {
  it('proposes New- commands with the project’s values in scenario 2', () => {
    const steps = connectorStepCommands(
      project(),
      domain('contoso.com', 2),
      [domain('contoso.com', 2)],
      []
    )
    expect(steps.map((s) => s.stepId)).toEqual([
      'connector-cloud-to-onprem',
      'connector-onprem-to-cloud',
      'enable-cmt',
      'partner-connectors'
    ])
    expect(steps[0]?.commands.map((c) => [c.kind, c.command])).toEqual([
      [
        'create',
        "New-OutboundConnector -Name 'To on-premises' -ConnectorType 'OnPremises' -RecipientDomains 'contoso.com' -SmartHosts 'mail.contoso.com' -UseMXRecord $false -TlsSettings 'DomainValidation' -TlsDomain 'mail.contoso.com' -RouteAllMessagesViaOnPremises $true"
      ],
      [
        'verify',
        "Get-OutboundConnector -Identity 'To on-premises' | Format-List Name,ConnectorType,TlsSenderCertificateName,RouteAllMessagesViaOnPremises,SmartHosts,RecipientDomains"
      ],
      [
        'test',
        "Validate-OutboundConnector -Identity 'To on-premises' -Recipients 'postmaster@contoso.com'"
      ]
    ])
    expect(steps[2]?.commands[0]?.command).toBe(
      "Set-OutboundConnector -Identity 'To on-premises' -RouteAllMessagesViaOnPremises $true"
    )
    expect(steps.every((s) => s.missing.length === 0)).toBe(true)
  })

  it('uses Set- with the recorded connector’s name, quoted', () => {
    const recorded = outbound({ name: `Outbound to 4f1c2a3b-5d6e-4f70-8a9b-0c1d2e3f4a5b` })
    const steps = connectorStepCommands(
      project(),
      domain('contoso.com', 2),
      [domain('contoso.com', 2)],
      [recorded]
    )
    expect(steps[0]?.commands[0]).toMatchObject({
      kind: 'change',
      command: expect.stringMatching(
        /^Set-OutboundConnector -Identity 'Outbound to 4f1c2a3b-5d6e-4f70-8a9b-0c1d2e3f4a5b' /
      )
    })
    expect(steps[2]?.commands[0]?.command).toBe(
      "Set-OutboundConnector -Identity 'Outbound to 4f1c2a3b-5d6e-4f70-8a9b-0c1d2e3f4a5b' -RouteAllMessagesViaOnPremises $true"
    )
  })

  it('leaves IPv6 and ranges broader than /24 out of SenderIPAddresses and flags them', () => {
    const steps = connectorStepCommands(
      project({ onPremIps: ['131.107.21.231', '2001:db8::25', '131.107.0.0/16'] }),
      domain('fabrikam.com', 3),
      [domain('fabrikam.com', 3)],
      []
    )
    const restrict = steps.find((s) => s.stepId === 'restrict-inbound-to-mx-path')
    expect(restrict?.commands[0]?.command).toContain(
      "-SenderIPAddresses '131.107.21.231' -RestrictDomainsToIPAddresses $true"
    )
    expect(restrict?.missing).toEqual([])
    expect(restrict?.flagged).toEqual([
      'Left out of SenderIPAddresses: 2001:db8::25 is IPv6: a connector’s SenderIPAddresses takes IPv4 addresses only.',
      'Left out of SenderIPAddresses: 131.107.0.0/16 is broader than /24: a connector’s SenderIPAddresses takes ranges from /24 to /32; split it or list the servers.'
    ])
  })

  it('says the IPs are missing when none of them fits a connector, and filters recorded connectors too', () => {
    const steps = connectorStepCommands(
      project({ onPremIps: ['2001:db8::25'] }),
      domain('fabrikam.com', 3),
      [domain('fabrikam.com', 3)],
      []
    )
    const restrict = steps.find((s) => s.stepId === 'restrict-inbound-to-mx-path')
    expect(restrict?.commands[0]?.command).toContain("-SenderIPAddresses '<onPremIps>'")
    expect(restrict?.missing).toEqual(['the on-premises IP addresses'])
    expect(restrict?.flagged).toHaveLength(1)
    const recorded = connector({
      stepIds: ['restrict-inbound-to-mx-path'],
      identification: { kind: 'ip', senderIps: ['131.107.21.0/24', '10.0.0.0/8', '2001:db8::/64'] }
    })
    expect(setConnectorCommand(recorded)).toContain("-SenderIPAddresses '131.107.21.0/24'")
    const [withRecorded] = connectorStepCommands(
      project(),
      domain('fabrikam.com', 3),
      [domain('fabrikam.com', 3)],
      [recorded]
    ).filter((s) => s.stepId === 'restrict-inbound-to-mx-path')
    expect(withRecorded?.flagged).toHaveLength(2)
  })

  it('restricts to the on-premises IPs in scenario 3, and says what the project lacks', () => {
    const steps = connectorStepCommands(
      project({ onPremHost: '', onPremIps: [] }),
      domain('fabrikam.com', 3),
      [domain('fabrikam.com', 3)],
      []
    )
    const restrict = steps.find((s) => s.stepId === 'restrict-inbound-to-mx-path')
    expect(restrict?.commands[0]?.command).toBe(
      "New-InboundConnector -Name 'Only through on-premises MX (fabrikam.com)' -ConnectorType 'Partner' -SenderDomains '*' -AssociatedAcceptedDomains 'fabrikam.com' -RequireTls $false -SenderIPAddresses '<onPremIps>' -RestrictDomainsToIPAddresses $true"
    )
    expect(restrict?.missing).toEqual(['the on-premises IP addresses'])
    const inbound = steps.find((s) => s.stepId === 'connector-onprem-to-cloud')
    expect(inbound?.commands[0]?.command).toContain("-TlsSenderCertificateName '<onPremHost>'")
    expect(inbound?.missing).toEqual(['the on-premises mail host'])
  })
})

describe('Bring in line', () => {
  const contoso = domain('contoso.com', 1)
  const fabrikam = domain('fabrikam.com', 3)

  function bringInLine(recorded: ReturnType<typeof outbound>, stepId: string) {
    const steps = connectorStepCommands(project(), contoso, [contoso, fabrikam], [recorded])
    const step = steps.find((s) => s.stepId === stepId)
    const change = step?.commands.find((c) => c.kind === 'change')
    return { command: change?.command ?? '', corrected: step?.corrected ?? [] }
  }

  it('replaces a retired smart host with the on-premises mail host instead of setting it again', () => {
    const { command, corrected } = bringInLine(
      outbound({ smartHosts: ['mail.messaging.microsoft.com'] }),
      'connector-cloud-to-onprem'
    )
    expect(command).toContain("-SmartHosts 'mail.contoso.com' -UseMXRecord $false")
    expect(command).not.toContain('mail.messaging.microsoft.com')
    expect(corrected).toEqual([
      'SmartHosts: the retired host mail.messaging.microsoft.com is replaced by the on-premises mail host mail.contoso.com, because mail sent to it fails with 451 4.4.62.'
    ])
  })

  it('scopes RecipientDomains * to every domain of the project, not only this one, and says so', () => {
    const { command, corrected } = bringInLine(
      outbound({ recipientDomains: ['*', 'northwindtraders.com'] }),
      'connector-cloud-to-onprem'
    )
    expect(command).toContain(
      "-RecipientDomains 'contoso.com','fabrikam.com','northwindtraders.com'"
    )
    expect(command).not.toContain("'*'")
    expect(corrected[0]).toMatch(
      /^RecipientDomains: \* is replaced by every domain of the project \(contoso\.com, fabrikam\.com\)/
    )
  })

  it('keeps RecipientDomains * under centralized mail transport, where it belongs', () => {
    const { command, corrected } = bringInLine(
      outbound({ recipientDomains: ['*'], routeAllMessagesViaOnPremises: true }),
      'connector-cloud-to-onprem'
    )
    expect(command).toContain("-RecipientDomains '*'")
    expect(corrected).toEqual([])
  })

  it('proposes the project’s certificate where the recorded one is outside the organisation’s domains', () => {
    const { command, corrected } = bringInLine(
      connector({
        identification: { kind: 'certificate', certificateName: 'mx.contoso-corp.net' }
      }),
      'connector-onprem-to-cloud'
    )
    expect(command).toContain("-TlsSenderCertificateName 'mail.contoso.com'")
    expect(corrected).toEqual([
      'TlsSenderCertificateName: mx.contoso-corp.net is replaced by mail.contoso.com, the on-premises certificate recorded in the project profile.'
    ])
  })

  it('sets a connector without warnings as it is recorded', () => {
    const recorded = outbound()
    expect(bringInLine(recorded, 'connector-cloud-to-onprem')).toEqual({
      command: setConnectorCommand(recorded),
      corrected: []
    })
  })
})

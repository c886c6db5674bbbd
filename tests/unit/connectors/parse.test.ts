import { describe, expect, it } from 'vitest'
import type {
  ConnectorImport,
  ParsedConnector
} from '../../../src-renderer/lib/domain/connectors/parse'
import { parseConnectorPaste } from '../../../src-renderer/lib/domain/connectors/parse'
import * as F from '../../support/connector-fixtures'

function connectors(result: ConnectorImport): ParsedConnector[] {
  if (!result.ok) throw new Error(result.message)
  return result.connectors
}

function message(result: ConnectorImport): string {
  if (result.ok) throw new Error('expected an error')
  return result.message
}

describe('parseConnectorPaste: Format-List', () => {
  it('reads Get-InboundConnector output: the wizard’s connector and a partner’s', () => {
    const [hcw, partner] = connectors(parseConnectorPaste(F.INBOUND_FL))
    expect(hcw).toEqual({
      ok: true,
      line: 4,
      name: `Inbound from ${F.HCW_GUID}`,
      warnings: [],
      value: {
        name: `Inbound from ${F.HCW_GUID}`,
        side: 'inbound',
        direction: 'onprem-to-cloud',
        type: 'OnPremises',
        identification: { kind: 'certificate', certificateName: 'mail.contoso.com' },
        requireTls: true,
        smartHosts: [],
        recipientDomains: [],
        senderDomains: ['*'],
        associatedAcceptedDomains: [],
        routeAllMessagesViaOnPremises: false,
        cloudServicesMailEnabled: true,
        restrictDomainsToIps: false,
        enabled: true,
        createdByHybridWizard: true,
        status: 'created',
        notes: '',
        stepIds: ['connector-onprem-to-cloud', 'hybrid-configuration-wizard']
      }
    })
    expect(partner).toMatchObject({
      ok: true,
      line: 35,
      name: 'From Woodgrove Bank',
      value: {
        direction: 'partner',
        type: 'Partner',
        identification: { kind: 'none' },
        senderDomains: ['woodgrovebank.com'],
        createdByHybridWizard: false,
        stepIds: ['partner-connectors']
      }
    })
  })

  it('reads Get-OutboundConnector output with a wrapped list and CMT on', () => {
    const [hcw] = connectors(parseConnectorPaste(F.OUTBOUND_FL))
    expect(hcw).toMatchObject({
      ok: true,
      value: {
        name: `Outbound to ${F.HCW_GUID}`,
        side: 'outbound',
        direction: 'cloud-to-onprem',
        recipientDomains: [
          'contoso.com',
          'fabrikam.com',
          'northwindtraders.com',
          'wingtiptoys.com'
        ],
        smartHosts: ['mail.contoso.com'],
        tlsSettings: 'DomainValidation',
        tlsDomain: 'mail.contoso.com',
        routeAllMessagesViaOnPremises: true,
        requireTls: true,
        createdByHybridWizard: true,
        stepIds: ['connector-cloud-to-onprem', 'enable-cmt', 'hybrid-configuration-wizard']
      }
    })
  })

  it('reads the app’s own verify output, telling outbound from its properties', () => {
    expect(connectors(parseConnectorPaste(F.OUTBOUND_VERIFY_FL))).toEqual([
      expect.objectContaining({
        ok: true,
        value: expect.objectContaining({
          name: 'To on-premises',
          side: 'outbound',
          createdByHybridWizard: false,
          stepIds: ['connector-cloud-to-onprem']
        })
      })
    ])
  })

  it('refuses a list PowerShell cut short', () => {
    const text = F.OUTBOUND_FL.replace(
      /RecipientDomains {14}: \{[^}]*\n[^}]*\}/,
      'RecipientDomains              : {contoso.com, fabrikam.com, northwindtraders.com, wingtiptoys.com...}'
    )
    expect(connectors(parseConnectorPaste(text))[0]).toEqual({
      ok: false,
      line: 2,
      name: `Outbound to ${F.HCW_GUID}`,
      errors: [
        'PowerShell cut RecipientDomains short (“{contoso.com, fabrikam.com, northwindtraders.com, wingtiptoys.com...}”): run $FormatEnumerationLimit = -1 first, then the command again.'
      ]
    })
  })

  it('reports each connector’s own errors and keeps the valid ones', () => {
    const text = `Name                     : Good
ConnectorType            : OnPremises
TlsSenderCertificateName : mail.contoso.com
RequireTls               : True

Name                     : Bad certificate
ConnectorType            : OnPremises
TlsSenderCertificateName : mail contoso com
RequireTls               : True

Name                     : Odd type
ConnectorType            : Internal
RequireTls               : True

Name                     : Good
ConnectorType            : OnPremises
RequireTls               : Maybe
`
    const parsed = connectors(parseConnectorPaste(text))
    expect(parsed.map((c) => [c.ok, c.line, c.name, c.ok ? [] : c.errors])).toEqual([
      [true, 1, 'Good', []],
      [
        false,
        6,
        'Bad certificate',
        ['“mail contoso com” contains a space: a host name has no spaces.']
      ],
      [false, 11, 'Odd type', ['ConnectorType is “Internal”: expected OnPremises or Partner.']],
      [false, 15, 'Good', ['“Good” appears twice in the paste.']]
    ])
  })

  it('keeps a wildcard certificate name without a warning (it covers a domain and its subdomains)', () => {
    const [parsed] = connectors(
      parseConnectorPaste(
        'Name : From on-premises\nConnectorType : OnPremises\nRequireTls : True\nTlsSenderCertificateName : *.contoso.com\n'
      )
    )
    expect(parsed).toMatchObject({
      ok: true,
      value: { identification: { kind: 'certificate', certificateName: '*.contoso.com' } },
      warnings: []
    })
  })

  it('asks for what it needs to tell inbound from outbound, or the type', () => {
    expect(
      connectors(parseConnectorPaste('Name : Mystery\nConnectorType : OnPremises\n'))[0]
    ).toMatchObject({
      ok: false,
      errors: [
        'Cannot tell whether this is an inbound or an outbound connector: paste the whole Format-List output.'
      ]
    })
    expect(
      connectors(
        parseConnectorPaste('Name : Mystery\nConnectorType : OnPremises\n', { side: 'inbound' })
      )[0]
    ).toMatchObject({ ok: true, value: { side: 'inbound', identification: { kind: 'none' } } })
    expect(
      connectors(parseConnectorPaste('Name : No type\nSmartHosts : {mail.contoso.com}\n'))[0]
    ).toMatchObject({
      ok: false,
      errors: ['ConnectorType is missing: include it in the output.']
    })
  })
})

describe('parseConnectorPaste: Export-Csv', () => {
  it('reads an export with the #TYPE line, lists separated by spaces', () => {
    const parsed = connectors(parseConnectorPaste(F.OUTBOUND_CSV))
    expect(
      parsed.map((c) => c.ok && [c.line, c.value.name, c.value.direction, c.value.recipientDomains])
    ).toEqual([
      [3, `Outbound to ${F.HCW_GUID}`, 'cloud-to-onprem', ['contoso.com', 'fabrikam.com']],
      [4, 'To Woodgrove Bank', 'partner', ['woodgrovebank.com']]
    ])
  })

  it('reads an export without #TYPE, and refuses a cell holding a .NET type name', () => {
    const [restrict, broken] = connectors(parseConnectorPaste(F.INBOUND_CSV_TYPE_NAMES))
    expect(restrict).toMatchObject({
      ok: true,
      line: 2,
      value: {
        side: 'inbound',
        type: 'Partner',
        identification: { kind: 'ip', senderIps: ['131.107.21.231', '131.107.22.0/24'] },
        restrictDomainsToIps: true,
        senderDomains: ['*'],
        stepIds: ['restrict-inbound-to-mx-path']
      }
    })
    expect(broken).toEqual({
      ok: false,
      line: 3,
      name: 'Broken export',
      errors: [
        "SenderIPAddresses holds “System.Object[]” instead of its values: export with Select-Object @{n='SenderIPAddresses';e={$_.SenderIPAddresses -join ','}} or paste the Format-List output."
      ]
    })
  })

  it('refuses a CSV that is not a connector export', () => {
    expect(
      message(parseConnectorPaste('DisplayName,PrimarySmtpAddress\nKate,kate@contoso.com\n'))
    ).toBe(
      'line 1: the file has no Name or Identity column, so it is not an export of Get-InboundConnector or Get-OutboundConnector.'
    )
  })
})

describe('parseConnectorPaste: garbage', () => {
  it('refuses an empty paste', () => {
    expect(message(parseConnectorPaste('  \n\n'))).toBe(
      'Nothing to read: paste what Get-InboundConnector | Format-List or Get-OutboundConnector | Format-List printed.'
    )
  })

  it('refuses garbage, naming the line', () => {
    expect(message(parseConnectorPaste('\nLorem ipsum dolor sit amet\n'))).toBe(
      'line 2: “Lorem ipsum dolor sit amet” is neither Format-List output (Property : Value) nor a CSV header.'
    )
    expect(message(parseConnectorPaste('Name : x\nsomething else entirely\n'))).toBe(
      'line 2: “something else entirely” is not a “Property : Value” line of Format-List output.'
    )
    expect(message(parseConnectorPaste('Color : blue\nSize : large\n'))).toBe(
      'line 1: this is not Get-InboundConnector or Get-OutboundConnector output: no Name, Identity or ConnectorType property.'
    )
  })
})

import { describe, expect, it } from 'vitest'
import { detectScenario } from '../../../src-renderer/lib/domain/inventory/detect'
import { parseInventory } from '../../../src-renderer/lib/domain/inventory/parse'
import {
  dnsFor,
  hybridConfiguration,
  inboundFromOnPrem,
  internetDirect,
  inventoryDoc,
  mx,
  outboundToOnPrem,
  sendConnector
} from '../../support/inventory-fixtures'
import { parsedInventory as inventory } from './parsed'

const CMT_ON = [outboundToOnPrem({ RouteAllMessagesViaOnPremises: true, RecipientDomains: ['*'] })]
const ON_PREM_MX = {
  ...dnsFor('contoso.com', [mx('mail.contoso.com', 10)]),
  ...dnsFor('fabrikam.com', [mx('fabrikam-com.mail.protection.outlook.com', 10)])
}
const WITH_EF = [inboundFromOnPrem({ EFSkipLastIP: true })]

describe('detectScenario: the four scenarios', () => {
  it('scenario 1: MX to EOP, no centralized transport, on-premises relays through EOP', () => {
    const result = detectScenario(inventory(), 'contoso.com')
    expect(result).toEqual({
      scenario: 1,
      reasons: [
        'MX points to Exchange Online Protection (contoso-com.mail.protection.outlook.com).',
        'Centralized mail transport is off: no enabled outbound connector has RouteAllMessagesViaOnPremises set.'
      ],
      contradictions: []
    })
  })

  it('scenario 2: MX to EOP with an enabled outbound connector routing all mail via on-premises', () => {
    const result = detectScenario(
      inventory({
        outbound: CMT_ON,
        hybrid: hybridConfiguration({ Features: ['FreeBusy', 'CentralizedTransport'] })
      }),
      'contoso.com'
    )
    expect(result.scenario).toBe(2)
    expect(result.reasons[1]).toMatch(
      /^Centralized mail transport is on: the enabled outbound connector “Outbound to /
    )
    expect(result.contradictions).toEqual([])
  })

  it('scenario 3: MX on-premises and the send connector for * sends by DNS', () => {
    const result = detectScenario(
      inventory({
        dns: ON_PREM_MX,
        send: [sendConnector(), internetDirect()],
        outbound: CMT_ON,
        inbound: WITH_EF,
        hybrid: hybridConfiguration({ Features: ['Centralized'] })
      }),
      'contoso.com'
    )
    expect(result).toEqual({
      scenario: 3,
      reasons: [
        'MX points to mail.contoso.com, not to Exchange Online Protection: mail arrives on-premises first.',
        'The on-premises send connector for * “Internet” sends by DNS, directly to the internet.'
      ],
      contradictions: []
    })
  })

  it('scenario 4: MX on-premises and the send connector for * goes through EOP', () => {
    const result = detectScenario(inventory({ dns: ON_PREM_MX, inbound: WITH_EF }), 'contoso.com')
    expect(result.scenario).toBe(4)
    expect(result.reasons[1]).toBe(
      'The on-premises send connector for * “Internet via Microsoft 365” sends through Exchange Online Protection (contoso-com.mail.protection.outlook.com).'
    )
    expect(result.contradictions).toEqual([])
  })
})

describe('detectScenario: centralized mail transport', () => {
  it('takes the Centralized hybrid feature when the Exchange Online connectors were not collected', () => {
    const doc = inventoryDoc({ hybrid: hybridConfiguration({ Features: ['Centralized'] }) })
    ;(doc.exchangeOnline as Record<string, unknown>)['Get-OutboundConnector'] = {
      notCollected: 'Access denied'
    }
    const parsed = parseInventory(JSON.stringify(doc))
    if (!parsed.ok) throw new Error(parsed.message)
    const result = detectScenario(parsed.value, 'contoso.com')
    expect(result.scenario).toBe(2)
    expect(result.reasons[1]).toBe(
      'The Exchange Online connectors were not collected; the hybrid configuration lists the Centralized feature, so centralized mail transport is taken as on.'
    )
  })

  it('lets the outbound connector win over the hybrid feature, and says so', () => {
    const result = detectScenario(
      inventory({ hybrid: hybridConfiguration({ Features: ['CentralizedTransport'] }) }),
      'contoso.com'
    )
    expect(result.scenario).toBe(1)
    expect(result.contradictions).toEqual([
      'The hybrid configuration lists the Centralized feature, but no enabled outbound connector routes all mail via on-premises; running the Hybrid Configuration Wizard again would turn centralized mail transport on for every domain.'
    ])
  })

  it('counts a disabled connector as absent', () => {
    const disabled = [outboundToOnPrem({ RouteAllMessagesViaOnPremises: true, Enabled: false })]
    expect(detectScenario(inventory({ outbound: disabled }), 'contoso.com').scenario).toBe(1)
  })
})

describe('detectScenario: MX hosts', () => {
  it('recognises the DNSSEC *.mx.microsoft host as Exchange Online Protection', () => {
    const dns = dnsFor('contoso.com', [mx('contoso-com.o-v1.mx.microsoft', 0)])
    const result = detectScenario(inventory({ dns }), 'contoso.com')
    expect(result.scenario).toBe(1)
    expect(result.reasons[0]).toBe(
      'MX points to Exchange Online Protection (contoso-com.o-v1.mx.microsoft, a DNSSEC-signed *.mx.microsoft host).'
    )
  })

  it('recognises the Exchange Online Protection hosts of the other Microsoft clouds', () => {
    for (const host of [
      'contoso-com.mail.protection.office365.us',
      'contoso-com.mail.protection.partner.outlook.cn'
    ]) {
      const dns = dnsFor('contoso.com', [mx(host, 0)])
      expect(detectScenario(inventory({ dns }), 'contoso.com').reasons[0]).toBe(
        `MX points to Exchange Online Protection (${host}).`
      )
    }
  })

  it('treats a third-party filter that delivers to EOP through a Partner connector as scenario 1 or 2', () => {
    const filter = inboundFromOnPrem({
      Name: 'From Filter Cloud',
      ConnectorType: 'Partner',
      SenderDomains: ['smtp:*;1'],
      TlsSenderCertificateName: 'relay.filter.example.net',
      EFSkipIPs: ['198.51.100.0/24']
    })
    const dns = dnsFor('contoso.com', [mx('contoso-com.in.filter.example.net', 10)])
    const result = detectScenario(
      inventory({ dns, inbound: [inboundFromOnPrem(), filter] }),
      'contoso.com'
    )
    expect(result.scenario).toBe(1)
    expect(result.reasons[0]).toBe(
      'MX points to contoso-com.in.filter.example.net, a filter in front of Microsoft 365: the Partner inbound connector “From Filter Cloud” accepts its mail, so mail arrives in Exchange Online first.'
    )
    expect(result.contradictions).toEqual([])
  })

  it('flags a retired EOP host and MX records that split between EOP and elsewhere', () => {
    const dns = dnsFor('contoso.com', [mx('mail.eo.outlook.com', 10), mx('mail.contoso.com', 10)])
    const result = detectScenario(inventory({ dns }), 'contoso.com')
    expect(result.scenario).toBe(1)
    expect(result.contradictions[0]).toMatch(
      /^MX mail\.eo\.outlook\.com is a retired Exchange Online host/
    )
    expect(result.contradictions[1]).toMatch(/^MX records of the same preference point both/)
  })
})

describe('detectScenario: contradictions and unknowns', () => {
  it('gives null with a reason for a domain the inventory does not know or without MX', () => {
    expect(detectScenario(inventory(), 'northwind.com')).toEqual({
      scenario: null,
      reasons: [
        'The inventory of 2026-03-02 does not know northwind.com: it is not an accepted domain on either side and has no DNS answers. Collect again after adding the domain.'
      ],
      contradictions: []
    })
    const dns = { 'contoso.com': { MX: [], TXT: [] } }
    expect(detectScenario(inventory({ dns }), 'contoso.com').reasons).toEqual([
      'contoso.com has no MX record, so nothing says where its mail arrives.'
    ])
  })

  it('flags scenario 3 without centralized mail transport and a connector without enhanced filtering', () => {
    const result = detectScenario(
      inventory({ dns: ON_PREM_MX, send: [sendConnector(), internetDirect()] }),
      'contoso.com'
    )
    expect(result.scenario).toBe(3)
    expect(result.contradictions).toHaveLength(2)
    expect(result.contradictions[0]).toMatch(/has no Enhanced Filtering for Connectors set/)
    expect(result.contradictions[1]).toMatch(
      /^Scenario 3 routes the Exchange Online mailboxes' internet mail through on-premises/
    )
  })

  it('flags an IP-only inbound connector where on-premises relays through Microsoft 365', () => {
    const ipOnly = inboundFromOnPrem({
      TlsSenderCertificateName: null,
      SenderIPAddresses: ['131.107.21.231']
    })
    const result = detectScenario(inventory({ inbound: [ipOnly] }), 'contoso.com')
    expect(result.scenario).toBe(1)
    expect(result.contradictions).toEqual([
      'On-premises relays internet mail through Microsoft 365, but the inbound connector “Inbound from 6c2f5c8e-1f4b-4e0b-9a2e-0b3c2d1e4f5a” identifies the servers by IP address only; relaying for domains that are not accepted in the tenant needs a certificate-identified connector, or Microsoft 365 refuses it with 550 5.7.64 (https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-to-route-mail).'
    ])
  })

  it('flags scenario 1 when on-premises sends directly instead of through Microsoft 365', () => {
    const result = detectScenario(inventory({ send: [internetDirect()] }), 'contoso.com')
    expect(result.scenario).toBe(1)
    expect(result.contradictions).toEqual([
      'Scenario 1 relays on-premises mail to the internet through Microsoft 365, but the on-premises send connector for * sends directly (https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-mail-flow-for-multiple-locations).'
    ])
  })

  it('flags a leftover restriction to on-premises IPs on a domain whose MX is now EOP', () => {
    const restricted = inboundFromOnPrem({
      Name: 'Restrict contoso',
      RestrictDomainsToIPAddresses: true,
      AssociatedAcceptedDomains: ['contoso.com']
    })
    const result = detectScenario(inventory({ inbound: [restricted] }), 'contoso.com')
    expect(result.contradictions).toEqual([
      expect.stringMatching(
        /^MX points to Microsoft 365, but the inbound connector “Restrict contoso” accepts contoso\.com's mail only from its IP addresses/
      )
    ])
  })
})

describe('detectScenario: mixed tenants', () => {
  it('detects each domain by its own MX and the shared tenant-wide settings', () => {
    const tenant = inventory({
      dns: ON_PREM_MX,
      outbound: CMT_ON,
      send: [sendConnector(), internetDirect()],
      inbound: WITH_EF,
      hybrid: hybridConfiguration({ Features: ['Centralized'] })
    })
    expect(detectScenario(tenant, 'fabrikam.com')).toMatchObject({
      scenario: 2,
      contradictions: []
    })
    expect(detectScenario(tenant, 'contoso.com')).toMatchObject({ scenario: 3, contradictions: [] })
  })

  it('flags a tenant-wide setting that contradicts another domain’s plan', () => {
    const planned = new Map([
      ['contoso.com', 2 as const],
      ['fabrikam.com', 1 as const]
    ])
    const result = detectScenario(inventory(), 'fabrikam.com', planned)
    expect(result.scenario).toBe(1)
    expect(result.contradictions).toEqual([
      'Centralized mail transport is a tenant-wide setting and it is off, but contoso.com is planned as scenario 2, which needs it on: two domains with MX to Microsoft 365 cannot differ here (https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/manage-mail-flow-for-multiple-locations).'
    ])
  })
})

describe('detectScenario: an inventory of one side', () => {
  it('says what it assumed when the on-premises side is missing', () => {
    const doc = inventoryDoc({ dns: ON_PREM_MX })
    delete doc.onPremises
    const parsed = parseInventory(JSON.stringify(doc))
    if (!parsed.ok) throw new Error(parsed.message)
    const result = detectScenario(parsed.value, 'contoso.com')
    expect(result.scenario).toBe(3)
    expect(result.reasons[1]).toMatch(/^The on-premises side was not collected/)
  })
})

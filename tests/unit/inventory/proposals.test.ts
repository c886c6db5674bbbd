import { describe, expect, it } from 'vitest'
import type { Inventory } from '../../../src-renderer/lib/domain/inventory/model'
import { parseInventory } from '../../../src-renderer/lib/domain/inventory/parse'
import { proposalsFromInventory } from '../../../src-renderer/lib/domain/inventory/proposals'
import { combineProposals } from '../../../src-renderer/lib/domain/proposals'
import {
  COLLECTED_AT,
  dnsFor,
  inboundFromOnPrem,
  internetDirect,
  inventoryDoc,
  mx,
  outboundToOnPrem
} from '../../support/inventory-fixtures'
import { parsedInventory as inventory } from './parsed'

const CONTOSO = { id: 'd1', name: 'contoso.com' }

function summary(value: Inventory, domain = CONTOSO): string[] {
  return proposalsFromInventory(value, domain).map((p) => `${p.kind} ${p.stepId}: ${p.fact}`)
}

describe('proposalsFromInventory', () => {
  it('proves the steps a scenario 1 configuration shows, dated by the collection', () => {
    const proposals = proposalsFromInventory(inventory(), CONTOSO)
    expect(new Set(proposals.map((p) => p.at))).toEqual(new Set([COLLECTED_AT]))
    expect(new Set(proposals.map((p) => p.source))).toEqual(new Set(['inventory']))
    expect(summary(inventory())).toEqual([
      'proves add-domain: contoso.com is an accepted domain in Exchange Online (Authoritative); Microsoft 365 accepts only verified domains.',
      'proves verify-domain: contoso.com is an accepted domain in Exchange Online (Authoritative); Microsoft 365 accepts only verified domains.',
      'proves dns-mx-eop: MX of contoso.com points to Exchange Online Protection (contoso-com.mail.protection.outlook.com).',
      'contradicts dns-mx-onprem: MX of contoso.com points to Exchange Online Protection (contoso-com.mail.protection.outlook.com), not on-premises.',
      'proves dns-spf: SPF of contoso.com includes Microsoft 365: “v=spf1 ip4:131.107.21.231 include:spf.protection.outlook.com -all”.',
      'proves connector-cloud-to-onprem: Outbound connector “Outbound to 6c2f5c8e-1f4b-4e0b-9a2e-0b3c2d1e4f5a” is enabled, of type OnPremises, with smart hosts mail.contoso.com.',
      'contradicts enable-cmt: Centralized mail transport is off: no enabled outbound connector has RouteAllMessagesViaOnPremises set.',
      'proves connector-onprem-to-cloud: Inbound connector “Inbound from 6c2f5c8e-1f4b-4e0b-9a2e-0b3c2d1e4f5a” is enabled, of type OnPremises, and identifies the on-premises servers by the certificate mail.contoso.com.',
      'proves onprem-relay-via-cloud: On-premises send connector “Internet via Microsoft 365” for * sends through Exchange Online Protection (contoso-com.mail.protection.outlook.com).',
      'proves hybrid-configuration-wizard: The hybrid configuration lists contoso.com (features: FreeBusy, MoveMailbox, Mailtips, MessageTracking, OwaRedirection, OnlineArchive, SecureMail, Photos).'
    ])
  })

  it('contradicts what the configuration lacks: disabled or IP-only connectors, direct sending, no SPF include', () => {
    const value = inventory({
      inbound: [
        inboundFromOnPrem({ TlsSenderCertificateName: '', SenderIPAddresses: ['131.107.21.231'] })
      ],
      outbound: [outboundToOnPrem({ Enabled: false })],
      send: [internetDirect()],
      dns: dnsFor('contoso.com', [mx('mail.contoso.com', 10)], 'v=spf1 mx -all')
    })
    const lines = summary(value)
    expect(lines).toContain(
      "contradicts connector-cloud-to-onprem: No enabled OnPremises outbound connector routes contoso.com's mail to on-premises smart hosts."
    )
    expect(lines).toContain(
      'contradicts connector-onprem-to-cloud: Inbound connector “Inbound from 6c2f5c8e-1f4b-4e0b-9a2e-0b3c2d1e4f5a” identifies the on-premises servers by IP address only, not by certificate.'
    )
    expect(lines).toContain(
      'contradicts onprem-relay-via-cloud: On-premises send connector “Internet” for * sends directly, not through Exchange Online Protection.'
    )
    expect(lines).toContain(
      'contradicts dns-spf: SPF of contoso.com does not include Microsoft 365: “v=spf1 mx -all”.'
    )
    expect(lines).toContain(
      'proves dns-mx-onprem: MX of contoso.com points to mail.contoso.com, not to Exchange Online Protection.'
    )
  })

  it('proves enhanced filtering, the DNSSEC MX and a restriction to the MX path', () => {
    const value = inventory({
      inbound: [
        inboundFromOnPrem({
          EFSkipLastIP: true,
          RestrictDomainsToIPAddresses: true,
          AssociatedAcceptedDomains: ['contoso.com']
        })
      ],
      dns: dnsFor('contoso.com', [mx('contoso-com.o-v1.mx.microsoft', 0)])
    })
    const stepIds = proposalsFromInventory(value, CONTOSO)
      .filter((p) => p.kind === 'proves')
      .map((p) => p.stepId)
    expect(stepIds).toEqual(
      expect.arrayContaining([
        'enhanced-filtering',
        'dns-mx-dnssec',
        'restrict-inbound-to-mx-path',
        'dns-mx-eop'
      ])
    )
  })

  it('proposes nothing about what was not collected', () => {
    const doc = inventoryDoc()
    delete doc.onPremises
    delete doc.exchangeOnline
    const parsed = parseInventory(JSON.stringify(doc))
    if (!parsed.ok) throw new Error(parsed.message)
    expect(proposalsFromInventory(parsed.value, CONTOSO).map((p) => p.stepId)).toEqual([
      'dns-mx-eop',
      'dns-mx-onprem',
      'dns-spf'
    ])
  })

  it('flags a done step a newer inventory contradicts, and offers the older proof no more', () => {
    const older = proposalsFromInventory(inventory(), CONTOSO)
    const newerInventory = {
      ...inventory({ outbound: [outboundToOnPrem({ Enabled: false })] }),
      collectedAt: '2026-04-01T00:00:00.000Z'
    }
    const newer = proposalsFromInventory(newerInventory, CONTOSO)
    const combined = combineProposals(
      [...older, ...newer],
      [{ stepId: 'connector-cloud-to-onprem', status: 'done', retired: false, domainId: 'd1' }],
      new Set()
    )
    const entry = combined.get('connector-cloud-to-onprem')
    expect(entry?.pending).toEqual([])
    expect(entry?.flags.map((p) => `${p.at.slice(0, 10)} ${p.fact}`)).toEqual([
      "2026-04-01 No enabled OnPremises outbound connector routes contoso.com's mail to on-premises smart hosts."
    ])
  })
})

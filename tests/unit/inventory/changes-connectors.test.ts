import { describe, expect, it } from 'vitest'
import { inventoryChanges } from '../../../src-renderer/lib/domain/inventory/changes'
import { verifiedFromConfiguration } from '../../../src-renderer/lib/domain/report/domains'
import { connectorsFromInventory } from '../../../src-renderer/lib/domain/inventory/connectors'
import { detectDomains } from '../../../src-renderer/lib/domain/inventory/preview'
import type { Step } from '../../../src-renderer/lib/domain/types'
import { makeStep } from '../../support/steps'
import { dnsFor, inboundFromOnPrem, mx, outboundToOnPrem } from '../../support/inventory-fixtures'
import { parsedInventory as inventory } from './parsed'

describe('inventoryChanges', () => {
  it('lists added, removed and changed connectors, domains and records', () => {
    const before = inventory()
    const after = inventory({
      inbound: [inboundFromOnPrem({ Name: 'Inbound from partner', ConnectorType: 'Partner' })],
      outbound: [outboundToOnPrem({ RouteAllMessagesViaOnPremises: true })],
      accepted: ['contoso.com', 'fabrikam.com', 'northwind.com'],
      dns: {
        ...dnsFor('contoso.com', [mx('mail.contoso.com', 10)]),
        ...dnsFor('fabrikam.com', [mx('fabrikam-com.mail.protection.outlook.com', 10)])
      }
    })
    expect(inventoryChanges(before, after)).toEqual([
      { kind: 'added', what: 'Exchange Online inbound connector “Inbound from partner”' },
      { kind: 'added', what: 'accepted domain northwind.com' },
      {
        kind: 'removed',
        what: 'Exchange Online inbound connector “Inbound from 6c2f5c8e-1f4b-4e0b-9a2e-0b3c2d1e4f5a”'
      },
      {
        kind: 'changed',
        what: 'Exchange Online outbound connector “Outbound to 6c2f5c8e-1f4b-4e0b-9a2e-0b3c2d1e4f5a”'
      },
      { kind: 'changed', what: 'MX of contoso.com' }
    ])
    expect(inventoryChanges(before, before)).toEqual([])
  })

  it('reports every connector of a kind removed, but nothing for a cmdlet not collected', () => {
    const before = inventory()
    const removed =
      'Exchange Online inbound connector “Inbound from 6c2f5c8e-1f4b-4e0b-9a2e-0b3c2d1e4f5a”'
    expect(inventoryChanges(before, inventory({ inbound: [] }))).toEqual([
      { kind: 'removed', what: removed }
    ])
    const notCollected = inventory({ inbound: { notCollected: 'The term is not recognized' } })
    expect(inventoryChanges(before, notCollected)).toEqual([])
    expect(inventoryChanges(notCollected, before)).toEqual([])
  })
})

describe('connectorsFromInventory', () => {
  it('turns the Exchange Online connectors into register entries', () => {
    const parsed = connectorsFromInventory(inventory())
    expect(parsed.map((entry) => entry.ok)).toEqual([true, true])
    const [inbound, outbound] = parsed
    if (!inbound?.ok || !outbound?.ok) throw new Error('both connectors are valid')
    expect(inbound.value).toMatchObject({
      side: 'inbound',
      direction: 'onprem-to-cloud',
      identification: { kind: 'certificate', certificateName: 'mail.contoso.com' },
      senderDomains: ['*'],
      createdByHybridWizard: true,
      enabled: true
    })
    expect(outbound.value).toMatchObject({
      side: 'outbound',
      direction: 'cloud-to-onprem',
      smartHosts: ['mail.contoso.com'],
      tlsSettings: 'DomainValidation',
      tlsDomain: 'mail.contoso.com',
      routeAllMessagesViaOnPremises: false
    })
  })

  it('reports a connector without a type instead of guessing', () => {
    const parsed = connectorsFromInventory(
      inventory({ inbound: [inboundFromOnPrem({ ConnectorType: null })] })
    )
    expect(parsed[0]).toMatchObject({
      ok: false,
      errors: ['The connector has no name or no ConnectorType.']
    })
  })
})

describe('detectDomains', () => {
  it('marks the domains whose detected scenario differs from the plan', () => {
    const rows = detectDomains(inventory(), [
      { id: 'd1', name: 'contoso.com', scenario: 1 },
      { id: 'd2', name: 'fabrikam.com', scenario: 2 },
      { id: 'd3', name: 'northwind.com', scenario: 3 }
    ])
    expect(rows.map((row) => [row.domainName, row.scenario, row.differs])).toEqual([
      ['contoso.com', 1, false],
      ['fabrikam.com', 1, true],
      ['northwind.com', null, false]
    ])
  })
})

describe('the status report', () => {
  it('lists done steps verified from configuration with their latest date', () => {
    const step = (fields: Partial<Step>) => makeStep({ projectId: 'p1', domainId: 'd1', ...fields })
    const rows = verifiedFromConfiguration([
      step({
        id: 's2',
        stepId: 'dns-spf',
        order: 2,
        status: 'done',
        evidence:
          'Ticket 1\nVerified from configuration on 2026-03-02: SPF …\nVerified from configuration on 2026-04-01: SPF …'
      }),
      step({
        id: 's1',
        stepId: 'add-domain',
        order: 1,
        status: 'done',
        evidence: 'Verified from configuration on 2026-03-02: accepted'
      }),
      step({
        id: 's3',
        stepId: 'dns-mx-eop',
        order: 3,
        status: 'todo',
        evidence: 'Verified from configuration on 2026-03-02: MX'
      }),
      step({
        id: 's4',
        stepId: 'verify-domain',
        order: 4,
        status: 'done',
        evidence: 'DNS check on 2026-03-02: MS='
      })
    ])
    expect(rows).toEqual([
      { title: 'Add the domain to Microsoft 365', date: '2026-03-02' },
      { title: expect.stringMatching(/SPF/), date: '2026-04-01' }
    ])
  })
})

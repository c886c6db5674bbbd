import { describe, expect, it } from 'vitest'
import { rowsOf } from '../../../src-renderer/lib/domain/inventory/model'
import {
  mergeInventories,
  parseInventory,
  readDate
} from '../../../src-renderer/lib/domain/inventory/parse'
import {
  COLLECTED_AT,
  inboundFromOnPrem,
  inventoryDoc,
  inventoryText,
  TENANT_ID,
  utf16leWithBom
} from '../../support/inventory-fixtures'

function parsedOk(input: Uint8Array | string) {
  const result = parseInventory(input)
  if (!result.ok) throw new Error(result.message)
  return result
}

describe('parseInventory: what PowerShell writes', () => {
  it('reads the collector file with both sides, the DNS answers and the tenant id', () => {
    const { value, warnings } = parsedOk(inventoryText())
    expect(warnings).toEqual([])
    expect(value.collectedAt).toBe(COLLECTED_AT)
    expect(value.tenantId).toBe(TENANT_ID)
    expect(value.collectors).toEqual(['Collect-HybridMailflowInventory 1 on PowerShell 7.4.6'])
    const inbound = rowsOf(value.exchangeOnline?.['Get-InboundConnector'])
    expect(inbound).toHaveLength(1)
    expect(inbound[0]?.TlsSenderCertificateName).toBe('mail.contoso.com')
    expect(inbound[0]?.SenderDomains).toEqual(['smtp:*;1'])
    expect(value.dns['contoso.com']?.MX).toEqual([
      { NameExchange: 'contoso-com.mail.protection.outlook.com', Preference: 0 }
    ])
    expect(value.dns['_dmarc.contoso.com']?.TXT).toEqual([['v=DMARC1; p=quarantine']])
  })

  it('reads UTF-16 LE with a BOM (Out-File in 5.1) and UTF-8 with a BOM the same as text', () => {
    const text = inventoryText()
    const expected = parsedOk(text).value
    expect(parsedOk(utf16leWithBom(text)).value).toEqual(expected)
    const utf8 = new TextEncoder().encode(`\ufeff${text}`)
    expect(parsedOk(utf8).value).toEqual(expected)
  })

  it('takes a one-item list written as a single object, and a single string as a one-value list', () => {
    const { value } = parsedOk(
      inventoryText({
        inbound: inboundFromOnPrem({
          TlsSenderCertificateName: null,
          SenderIPAddresses: '131.107.21.231'
        })
      })
    )
    const inbound = rowsOf(value.exchangeOnline?.['Get-InboundConnector'])
    expect(inbound).toHaveLength(1)
    expect(inbound[0]?.SenderIPAddresses).toEqual(['131.107.21.231'])
    expect(inbound[0]?.TlsSenderCertificateName).toBeNull()
  })

  it('reads \\/Date(ms)\\/ dates as Windows PowerShell 5.1 writes them', () => {
    const text = inventoryText({}, { collectedAt: 'PLACEHOLDER' }).replace(
      '"PLACEHOLDER"',
      '"\\/Date(1772440200000)\\/"'
    )
    expect(parsedOk(text).value.collectedAt).toBe('2026-03-02T08:30:00.000Z')
    expect(readDate('/Date(1772440200000+0100)/')).toBe('2026-03-02T08:30:00.000Z')
    expect(readDate('not a date')).toBeNull()
  })

  it('names enum numbers it knows and keeps, with a warning, the ones it does not', () => {
    const doc = inventoryDoc({
      inbound: [
        inboundFromOnPrem({ ConnectorType: 2 }),
        inboundFromOnPrem({ Name: 'Odd', ConnectorType: 7 })
      ]
    })
    const online = doc.exchangeOnline as Record<string, Record<string, unknown>[]>
    online['Get-AcceptedDomain'] = [{ DomainName: 'contoso.com', DomainType: 0, Default: true }]
    const { value, warnings } = parsedOk(JSON.stringify(doc))
    const inbound = rowsOf(value.exchangeOnline?.['Get-InboundConnector'])
    expect(inbound.map((row) => row.ConnectorType)).toEqual(['OnPremises', '7'])
    expect(rowsOf(value.exchangeOnline?.['Get-AcceptedDomain'])[0]?.DomainType).toBe(
      'Authoritative'
    )
    expect(warnings).toEqual([
      'Exchange Online Get-InboundConnector, item 2: ConnectorType is the number 7, which the importer cannot name; run the collector again (it writes names).'
    ])
  })

  it('ignores properties it does not know, takes nulls, "True" strings and objects without ToString()', () => {
    const { value, warnings } = parsedOk(
      inventoryText({
        inbound: inboundFromOnPrem({
          RunspaceId: 'f00',
          PSComputerName: 'outlook.office365.com',
          Enabled: 'True',
          EFSkipIPs: null
        }),
        send: [
          {
            Name: 'Internet',
            Enabled: true,
            AddressSpaces: [{ Type: 'SMTP', Address: '*', Cost: 1, IncludeSubDomains: false }],
            SmartHosts: [
              { Domain: { Domain: 'contoso-com.mail.protection.outlook.com' }, IsIPAddress: false }
            ],
            DNSRoutingEnabled: false
          }
        ]
      })
    )
    expect(warnings).toEqual([])
    const inbound = rowsOf(value.exchangeOnline?.['Get-InboundConnector'])[0]
    expect(inbound).not.toHaveProperty('RunspaceId')
    expect(inbound?.Enabled).toBe(true)
    expect(inbound?.EFSkipIPs).toEqual([])
    const send = rowsOf(value.onPremises?.['Get-SendConnector'])[0]
    expect(send?.AddressSpaces).toEqual(['*'])
    expect(send?.SmartHosts).toEqual(['contoso-com.mail.protection.outlook.com'])
    expect(send?.TlsDomain).toBeNull()
  })

  it('keeps disabled connectors as they are (detection treats them as absent)', () => {
    const { value } = parsedOk(inventoryText({ inbound: [inboundFromOnPrem({ Enabled: false })] }))
    expect(rowsOf(value.exchangeOnline?.['Get-InboundConnector'])[0]?.Enabled).toBe(false)
  })

  it('records a cmdlet the collector could not run, with a warning', () => {
    const doc = inventoryDoc()
    const onPremises = doc.onPremises as Record<string, unknown>
    onPremises['Get-HybridConfiguration'] = {
      notCollected: "The term 'Get-HybridConfiguration' is not recognized as the name of a cmdlet."
    }
    const { value, warnings } = parsedOk(JSON.stringify(doc))
    expect(value.onPremises?.['Get-HybridConfiguration']).toEqual({
      notCollected: "The term 'Get-HybridConfiguration' is not recognized as the name of a cmdlet."
    })
    expect(warnings).toEqual([
      "Exchange on-premises Get-HybridConfiguration was not collected: The term 'Get-HybridConfiguration' is not recognized as the name of a cmdlet."
    ])
  })

  it('reads a file of one side only', () => {
    const doc = inventoryDoc()
    delete doc.onPremises
    const { value } = parsedOk(JSON.stringify(doc))
    expect(value.onPremises).toBeNull()
    expect(value.exchangeOnline).not.toBeNull()
  })
})

describe('parseInventory: refused input', () => {
  const refused = (input: Uint8Array | string, limits?: Parameters<typeof parseInventory>[1]) => {
    const result = parseInventory(input, limits)
    if (result.ok) throw new Error('expected a refusal')
    return result.message
  }

  it('refuses what is not JSON, empty files and other formats', () => {
    expect(refused('Name : Inbound from …')).toBe(
      'The file is not an inventory: it is not valid JSON. Import the .json file the collector script wrote.'
    )
    expect(refused('  ')).toBe('The file is empty.')
    expect(refused(JSON.stringify({ format: 'hybrid-mailflow-tracker-backup', version: 1 }))).toBe(
      'The file is not an inventory of this app: its “format” is not “hybrid-mailflow-inventory”. Import the file the collector script wrote.'
    )
    expect(refused('[1, 2]')).toMatch(/is not an inventory of this app/)
  })

  it('refuses a newer version, a missing version and a missing date', () => {
    expect(refused(inventoryText({}, { version: 2 }))).toBe(
      "The inventory is version 2, newer than this app reads (version 1). Update the app, or collect again with this app's script."
    )
    expect(refused(inventoryText({}, { version: '1' }))).toBe(
      'The inventory has no valid “version”.'
    )
    expect(refused(inventoryText({}, { collectedAt: null }))).toBe(
      'The inventory has no valid “collectedAt” date.'
    )
  })

  it('refuses a file with no section at all, and a side that is not an object', () => {
    expect(
      refused(
        JSON.stringify({
          format: 'hybrid-mailflow-inventory',
          version: 1,
          collectedAt: COLLECTED_AT
        })
      )
    ).toBe('The inventory holds nothing: no Exchange Online, no on-premises and no DNS section.')
    expect(refused(inventoryText({}, { exchangeOnline: 'yes' }))).toBe(
      'The inventory is refused: “exchangeOnline” must be an object of cmdlet outputs.'
    )
  })

  it('refuses absurd sizes, counts and nesting before reading further', () => {
    const text = inventoryText()
    expect(refused(text, { maxChars: 1000, maxDepth: 16, maxItems: 100 })).toMatch(
      /far larger than any inventory the collector writes/
    )
    expect(refused(text, { maxChars: 1_000_000, maxDepth: 16, maxItems: 1 })).toBe(
      'The inventory is refused: Exchange Online Get-AcceptedDomain has more than 1 items.'
    )
    const deep = inventoryText({}, { extra: JSON.parse('['.repeat(40) + ']'.repeat(40)) })
    expect(refused(deep)).toBe(
      'The file is nested more than 16 levels deep, deeper than any inventory.'
    )
    const bomb = `{"format":"hybrid-mailflow-inventory","x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    expect(refused(bomb)).toMatch(/nested/)
  })

  it('never pollutes a prototype, whatever keys the file holds', () => {
    const text = inventoryText()
      .replace(
        '"format"',
        '"__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "format"'
      )
      .replace('"Get-AcceptedDomain"', '"__proto__": { "polluted": true }, "Get-AcceptedDomain"')
      .replace('"contoso.com": {', '"__proto__": { "MX": [] }, "contoso.com": {')
    const { value } = parsedOk(text)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(value.dns)).toBe(Object.prototype)
    expect(Object.keys(value.dns)).not.toContain('__proto__')
    expect((value.exchangeOnline as unknown as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('mergeInventories', () => {
  it('merges the Exchange Online file and the on-premises file into one inventory', () => {
    const online = inventoryDoc()
    delete online.onPremises
    const onPrem = inventoryDoc({}, { collectedAt: '2026-03-02T09:00:00.000Z', tenantId: null })
    delete onPrem.exchangeOnline
    const parts = [online, onPrem].map((doc) => parsedOk(JSON.stringify(doc)).value)
    const merged = mergeInventories(parts)
    if (!merged.ok) throw new Error(merged.message)
    expect(merged.warnings).toEqual([])
    expect(merged.value.collectedAt).toBe('2026-03-02T09:00:00.000Z')
    expect(merged.value.tenantId).toBe(TENANT_ID)
    expect(merged.value.exchangeOnline).toEqual(parts[0]?.exchangeOnline)
    expect(merged.value.onPremises).toEqual(parts[1]?.onPremises)
  })

  it('refuses files of two tenants and takes the newer of two files of one side', () => {
    const a = parsedOk(inventoryText()).value
    const b = parsedOk(
      inventoryText({}, { tenantId: '11111111-2222-3333-4444-555555555555' })
    ).value
    const refusedMerge = mergeInventories([a, b])
    expect(refusedMerge.ok).toBe(false)
    const later = { ...a, collectedAt: '2026-04-01T00:00:00.000Z' }
    const merged = mergeInventories([later, a])
    expect(merged.ok && merged.warnings).toEqual([
      'Two files hold the Exchange Online side; the newer one (2026-04-01) is used.',
      'Two files hold the Exchange on-premises side; the newer one (2026-04-01) is used.'
    ])
  })
})

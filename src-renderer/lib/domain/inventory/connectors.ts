/**
 * The connector register filled from an inventory: each Exchange Online inbound and outbound
 * connector as the register's import expects it (the same shape the Format-List and CSV imports
 * make), so the register's repository stores them and merges by name.
 */
import type { ConnectorInput, ConnectorType, TlsSettings } from '../connectors/model'
import {
  directionOf,
  hybridWizardConnector,
  TLS_SETTINGS,
  validateConnectorInput
} from '../connectors/model'
import type { ParsedConnector } from '../connectors/parse'
import { addressSpaceDomain } from './facts'
import type { Inventory } from './model'
import { rowsOf } from './model'
import type { InboundConnectorRow, OutboundConnectorRow } from './spec'

function typeOf(value: string | null): ConnectorType | null {
  return value === 'OnPremises' || value === 'Partner' ? value : null
}

function checked(line: number, name: string, input: ConnectorInput): ParsedConnector {
  const result = validateConnectorInput(input)
  if (!result.ok) return { ok: false, line, name, errors: Object.values(result.errors) }
  return { ok: true, line, name, value: result.value, warnings: result.warnings }
}

/** What both kinds of connector row say the same way, and how a new register entry starts. */
function registerFields(
  row: InboundConnectorRow | OutboundConnectorRow,
  name: string
): Pick<
  ConnectorInput,
  'cloudServicesMailEnabled' | 'enabled' | 'createdByHybridWizard' | 'status' | 'notes' | 'stepIds'
> {
  return {
    cloudServicesMailEnabled: row.CloudServicesMailEnabled === true,
    enabled: row.Enabled !== false,
    createdByHybridWizard:
      hybridWizardConnector(name) !== null || row.ConnectorSource === 'HybridWizard',
    status: 'created',
    notes: '',
    stepIds: []
  }
}

function fromInbound(row: InboundConnectorRow, line: number): ParsedConnector {
  const name = row.Name ?? ''
  const type = typeOf(row.ConnectorType)
  if (name === '' || type === null)
    return { ok: false, line, name, errors: ['The connector has no name or no ConnectorType.'] }
  const certificate = (row.TlsSenderCertificateName ?? '').trim()
  return checked(line, name, {
    name,
    side: 'inbound',
    direction: directionOf('inbound', type),
    type,
    identification:
      certificate !== ''
        ? { kind: 'certificate', certificateName: certificate }
        : row.SenderIPAddresses.length > 0
          ? { kind: 'ip', senderIps: row.SenderIPAddresses }
          : { kind: 'none' },
    requireTls: row.RequireTls === true,
    smartHosts: [],
    recipientDomains: [],
    senderDomains: row.SenderDomains.map(addressSpaceDomain),
    associatedAcceptedDomains: row.AssociatedAcceptedDomains,
    routeAllMessagesViaOnPremises: false,
    restrictDomainsToIps: row.RestrictDomainsToIPAddresses === true,
    ...registerFields(row, name)
  })
}

function fromOutbound(row: OutboundConnectorRow, line: number): ParsedConnector {
  const name = row.Name ?? ''
  const type = typeOf(row.ConnectorType)
  if (name === '' || type === null)
    return { ok: false, line, name, errors: ['The connector has no name or no ConnectorType.'] }
  const tls = TLS_SETTINGS.find((value) => value === row.TlsSettings)
  const input: ConnectorInput = {
    name,
    side: 'outbound',
    direction: directionOf('outbound', type),
    type,
    identification: { kind: 'none' },
    requireTls: tls !== undefined,
    smartHosts: row.SmartHosts,
    recipientDomains: row.RecipientDomains,
    senderDomains: [],
    associatedAcceptedDomains: [],
    routeAllMessagesViaOnPremises: row.RouteAllMessagesViaOnPremises === true,
    restrictDomainsToIps: false,
    ...registerFields(row, name)
  }
  if (tls !== undefined) input.tlsSettings = tls as TlsSettings
  if ((row.TlsDomain ?? '') !== '') input.tlsDomain = row.TlsDomain ?? ''
  return checked(line, name, input)
}

/** The Exchange Online connectors of the inventory, inbound first, numbered from 1. */
export function connectorsFromInventory(inventory: Inventory): ParsedConnector[] {
  const inbound = rowsOf(inventory.exchangeOnline?.['Get-InboundConnector'])
  const outbound = rowsOf(inventory.exchangeOnline?.['Get-OutboundConnector'])
  return [
    ...inbound.map((row, index) => fromInbound(row, index + 1)),
    ...outbound.map((row, index) => fromOutbound(row, inbound.length + index + 1))
  ]
}

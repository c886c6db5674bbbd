/**
 * Facts read from an inventory that detection, proposals and the connector register share:
 * enabled connectors (a disabled one counts as absent), the send connector for `*`, whether
 * centralized mail transport is on, and where a domain's MX points.
 */
import { classifyMxHost, type MxHostKind } from '../dns/mx'
import type { Inventory, MxAnswer } from './model'
import { rowsOf, wasCollected } from './model'
import type { InboundConnectorRow, OutboundConnectorRow, SendConnectorRow } from './spec'

/** A connector whose Enabled is false counts as absent; a missing Enabled counts as enabled. */
export function isEnabled(row: { Enabled: boolean | null }): boolean {
  return row.Enabled !== false
}

export function enabledInbound(inventory: Inventory): InboundConnectorRow[] {
  return rowsOf(inventory.exchangeOnline?.['Get-InboundConnector']).filter(isEnabled)
}

export function enabledOutbound(inventory: Inventory): OutboundConnectorRow[] {
  return rowsOf(inventory.exchangeOnline?.['Get-OutboundConnector']).filter(isEnabled)
}

/** "SMTP:*;1" (AddressSpace.ToString()), "smtp:*" or "*" → "*". */
export function addressSpaceDomain(space: string): string {
  return space
    .replace(/^[a-z0-9]+:/i, '')
    .replace(/;\d+$/, '')
    .trim()
    .toLowerCase()
}

/** Enabled on-premises send connectors whose address spaces include `*` (the internet route). */
export function internetSendConnectors(inventory: Inventory): SendConnectorRow[] {
  return rowsOf(inventory.onPremises?.['Get-SendConnector'])
    .filter(isEnabled)
    .filter((row) => row.AddressSpaces.some((space) => addressSpaceDomain(space) === '*'))
}

/** A smart host of Exchange Online Protection (any EOP host kind). */
export function isEopHost(host: string): boolean {
  return classifyMxHost(host.replace(/^\[|\]$/g, '')) !== 'other'
}

/** Where the send connector for `*` sends: through EOP, by DNS, or elsewhere. */
export function sendRoute(row: SendConnectorRow): 'eop' | 'dns' | 'smart-host' {
  if (row.SmartHosts.some(isEopHost)) return 'eop'
  if (row.DNSRoutingEnabled === true || row.SmartHosts.length === 0) return 'dns'
  return 'smart-host'
}

export type CmtState = {
  on: boolean
  /** What decided it: the outbound connector, the hybrid configuration's features, or nothing. */
  source: 'connector' | 'hybrid-features' | 'unknown'
  /** The enabled outbound connectors with RouteAllMessagesViaOnPremises. */
  connectors: OutboundConnectorRow[]
  /** Whether the hybrid configuration lists Centralized (or CentralizedTransport). */
  hybridFeature: boolean | null
}

const CENTRALIZED = new Set(['centralized', 'centralizedtransport'])

/**
 * Centralized mail transport: an enabled outbound connector with RouteAllMessagesViaOnPremises
 * decides, and wins over the hybrid configuration's Centralized feature (both spellings), which
 * is only used when the Exchange Online connectors were not collected.
 */
export function cmtState(inventory: Inventory): CmtState {
  const hybrid = rowsOf(inventory.onPremises?.['Get-HybridConfiguration'])[0]
  const hybridFeature =
    hybrid === undefined ? null : hybrid.Features.some((f) => CENTRALIZED.has(f.toLowerCase()))
  const connectors = enabledOutbound(inventory).filter(
    (row) => row.RouteAllMessagesViaOnPremises === true
  )
  if (wasCollected(inventory.exchangeOnline?.['Get-OutboundConnector']))
    return { on: connectors.length > 0, source: 'connector', connectors, hybridFeature }
  if (hybridFeature !== null)
    return { on: hybridFeature, source: 'hybrid-features', connectors, hybridFeature }
  return { on: false, source: 'unknown', connectors, hybridFeature }
}

export type MxFacts = {
  answers: MxAnswer[]
  /** The hosts of the lowest preference, each with its kind. */
  primary: { host: string; kind: MxHostKind }[]
  /** Hosts of other preferences. */
  backup: { host: string; kind: MxHostKind }[]
}

/** The domain's MX answers, or null when the inventory has none (asked and empty gives []). */
export function mxFacts(inventory: Inventory, domainName: string): MxFacts | null {
  const answers = inventory.dns[domainName]?.MX
  if (answers === undefined) return null
  const lowest = Math.min(...answers.map((answer) => answer.Preference ?? 0))
  const classify = (answer: MxAnswer): { host: string; kind: MxHostKind } => ({
    host: answer.NameExchange,
    kind: classifyMxHost(answer.NameExchange)
  })
  return {
    answers,
    primary: answers.filter((answer) => (answer.Preference ?? 0) === lowest).map(classify),
    backup: answers.filter((answer) => (answer.Preference ?? 0) !== lowest).map(classify)
  }
}

/** The SPF record of a name: the TXT record whose joined strings start with v=spf1. */
export function spfRecord(inventory: Inventory, name: string): string | null {
  const records = (inventory.dns[name]?.TXT ?? []).map((strings) => strings.join(''))
  return records.find((text) => /^v=spf1(\s|$)/i.test(text.trim())) ?? null
}

/** Domains the inventory knows: accepted on either side, hybrid domains and DNS names. */
export function knowsDomain(inventory: Inventory, domainName: string): boolean {
  const name = domainName.toLowerCase()
  const accepted = [
    ...rowsOf(inventory.exchangeOnline?.['Get-AcceptedDomain']),
    ...rowsOf(inventory.onPremises?.['Get-AcceptedDomain'])
  ].some((row) => row.DomainName?.toLowerCase() === name)
  const hybrid = rowsOf(inventory.onPremises?.['Get-HybridConfiguration']).some((row) =>
    row.Domains.some((domain) => domain.toLowerCase().replace(/^autod:/, '') === name)
  )
  return accepted || hybrid || inventory.dns[name] !== undefined
}

/** Whether an inbound connector is identified by a certificate (TlsSenderCertificateName). */
export function byCertificate(row: InboundConnectorRow): boolean {
  return (row.TlsSenderCertificateName ?? '').trim() !== ''
}

/** Whether Enhanced Filtering for Connectors is set on an inbound connector. */
export function hasEnhancedFiltering(row: InboundConnectorRow): boolean {
  return row.EFSkipLastIP === true || row.EFSkipIPs.length > 0
}

/** A connector's domain list covers `domainName` ("*" or the name, or a "*.parent" pattern). */
export function coversDomain(domains: readonly string[], domainName: string): boolean {
  const name = domainName.toLowerCase()
  return domains.some((raw) => {
    const domain = addressSpaceDomain(raw)
    if (domain === '*' || domain === name) return true
    return domain.startsWith('*.') && name.endsWith(domain.slice(1))
  })
}

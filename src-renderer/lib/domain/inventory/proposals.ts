/**
 * The inventory as a proposal source (../proposals.ts): for each step the configuration can
 * prove, a proposal that it is done ("proves") or that it is not in place ("contradicts"), with
 * the fact quoted as evidence and the inventory's collection date. Only what was collected is
 * judged: a cmdlet that was not collected proposes nothing either way.
 */
import { makeProposal, type Proposal } from '../proposals'
import type { StepId } from '../types'
import {
  byCertificate,
  cmtState,
  coversDomain,
  enabledInbound,
  enabledOutbound,
  hasEnhancedFiltering,
  internetSendConnectors,
  isDnssecMxHost,
  mxFacts,
  sendRoute,
  spfRecord
} from './facts'
import type { Inventory } from './model'
import { rowsOf, wasCollected } from './model'

/** Microsoft 365's SPF include in each cloud (worldwide, GCC High and DoD, 21Vianet). */
const MICROSOFT_SPF_INCLUDES = [
  'spf.protection.outlook.com',
  'spf.protection.office365.us',
  'spf.protection.partner.outlook.cn'
]

type Finding = { stepId: StepId; kind: Proposal['kind']; fact: string }

function quote(names: readonly (string | null)[]): string {
  return names.map((name) => `“${name ?? 'unnamed'}”`).join(', ')
}

function acceptedFindings(inventory: Inventory, name: string): Finding[] {
  const collected = inventory.exchangeOnline?.['Get-AcceptedDomain']
  if (!wasCollected(collected)) return []
  const row = rowsOf(collected).find((domain) => domain.DomainName?.toLowerCase() === name)
  if (row === undefined)
    return [
      {
        stepId: 'add-domain',
        kind: 'contradicts',
        fact: `${name} is not an accepted domain in Exchange Online.`
      }
    ]
  // Exchange Online adds a domain as accepted only once Microsoft 365 has verified it.
  const fact = `${name} is an accepted domain in Exchange Online (${row.DomainType ?? 'type not collected'}); Microsoft 365 accepts only verified domains.`
  return [
    { stepId: 'add-domain', kind: 'proves', fact },
    { stepId: 'verify-domain', kind: 'proves', fact }
  ]
}

function mxFindings(inventory: Inventory, name: string): Finding[] {
  const mx = mxFacts(inventory, name)
  if (mx === null || mx.answers.length === 0) return []
  const hosts = mx.primary.map((entry) => entry.host).join(', ')
  const toEop = mx.primary.every((entry) => entry.kind === 'eop')
  const away = mx.primary.every((entry) => entry.kind === 'other')
  const findings: Finding[] = []
  if (toEop) {
    findings.push({
      stepId: 'dns-mx-eop',
      kind: 'proves',
      fact: `MX of ${name} points to Exchange Online Protection (${hosts}).`
    })
    findings.push({
      stepId: 'dns-mx-onprem',
      kind: 'contradicts',
      fact: `MX of ${name} points to Exchange Online Protection (${hosts}), not on-premises.`
    })
    if (mx.primary.every((entry) => isDnssecMxHost(entry.host)))
      findings.push({
        stepId: 'dns-mx-dnssec',
        kind: 'proves',
        fact: `MX of ${name} points to Microsoft's DNSSEC host (${hosts}).`
      })
  } else if (away) {
    findings.push({
      stepId: 'dns-mx-onprem',
      kind: 'proves',
      fact: `MX of ${name} points to ${hosts}, not to Exchange Online Protection.`
    })
    findings.push({
      stepId: 'dns-mx-eop',
      kind: 'contradicts',
      fact: `MX of ${name} points to ${hosts}, not to Exchange Online Protection.`
    })
  }
  return findings
}

function spfFindings(inventory: Inventory, name: string): Finding[] {
  if (inventory.dns[name]?.TXT === undefined) return []
  const spf = spfRecord(inventory, name)
  if (spf === null)
    return [{ stepId: 'dns-spf', kind: 'contradicts', fact: `${name} has no SPF record.` }]
  const includes = MICROSOFT_SPF_INCLUDES.some((include) =>
    spf.toLowerCase().split(/\s+/).includes(`include:${include}`)
  )
  return [
    includes
      ? {
          stepId: 'dns-spf',
          kind: 'proves',
          fact: `SPF of ${name} includes Microsoft 365: “${spf}”.`
        }
      : {
          stepId: 'dns-spf',
          kind: 'contradicts',
          fact: `SPF of ${name} does not include Microsoft 365: “${spf}”.`
        }
  ]
}

/** The Exchange Online outbound connector to on-premises, and centralized mail transport. */
function outboundFindings(inventory: Inventory, name: string): Finding[] {
  if (!wasCollected(inventory.exchangeOnline?.['Get-OutboundConnector'])) return []
  const findings: Finding[] = []
  const toOnPrem = enabledOutbound(inventory).filter(
    (row) =>
      row.ConnectorType === 'OnPremises' &&
      row.SmartHosts.length > 0 &&
      (row.RouteAllMessagesViaOnPremises === true || coversDomain(row.RecipientDomains, name))
  )
  findings.push(
    toOnPrem.length > 0
      ? {
          stepId: 'connector-cloud-to-onprem',
          kind: 'proves',
          fact: `Outbound connector ${quote(toOnPrem.map((row) => row.Name))} is enabled, of type OnPremises, with smart hosts ${toOnPrem.flatMap((row) => row.SmartHosts).join(', ')}.`
        }
      : {
          stepId: 'connector-cloud-to-onprem',
          kind: 'contradicts',
          fact: `No enabled OnPremises outbound connector routes ${name}'s mail to on-premises smart hosts.`
        }
  )
  const cmt = cmtState(inventory)
  findings.push(
    cmt.on
      ? {
          stepId: 'enable-cmt',
          kind: 'proves',
          fact: `Centralized mail transport is on: outbound connector ${quote(cmt.connectors.map((row) => row.Name))} has RouteAllMessagesViaOnPremises set.`
        }
      : {
          stepId: 'enable-cmt',
          kind: 'contradicts',
          fact: 'Centralized mail transport is off: no enabled outbound connector has RouteAllMessagesViaOnPremises set.'
        }
  )
  return findings
}

/** The inbound connector from on-premises, enhanced filtering and the MX-path restriction. */
function inboundFindings(inventory: Inventory, name: string): Finding[] {
  if (!wasCollected(inventory.exchangeOnline?.['Get-InboundConnector'])) return []
  const findings: Finding[] = []
  const fromOnPrem = enabledInbound(inventory).filter((row) => row.ConnectorType === 'OnPremises')
  const certified = fromOnPrem.filter(byCertificate)
  if (certified.length > 0)
    findings.push({
      stepId: 'connector-onprem-to-cloud',
      kind: 'proves',
      fact: `Inbound connector ${quote(certified.map((row) => row.Name))} is enabled, of type OnPremises, and identifies the on-premises servers by the certificate ${certified.map((row) => row.TlsSenderCertificateName).join(', ')}.`
    })
  else
    findings.push({
      stepId: 'connector-onprem-to-cloud',
      kind: 'contradicts',
      fact:
        fromOnPrem.length > 0
          ? `Inbound connector ${quote(fromOnPrem.map((row) => row.Name))} identifies the on-premises servers by IP address only, not by certificate.`
          : 'No enabled OnPremises inbound connector accepts mail from the on-premises servers.'
    })
  const filtered = enabledInbound(inventory).filter(hasEnhancedFiltering)
  if (filtered.length > 0)
    findings.push({
      stepId: 'enhanced-filtering',
      kind: 'proves',
      fact: `Enhanced Filtering for Connectors is set on inbound connector ${quote(filtered.map((row) => row.Name))}.`
    })
  const restricted = enabledInbound(inventory).filter(
    (row) =>
      row.RestrictDomainsToIPAddresses === true && coversDomain(row.AssociatedAcceptedDomains, name)
  )
  if (restricted.length > 0)
    findings.push({
      stepId: 'restrict-inbound-to-mx-path',
      kind: 'proves',
      fact: `Inbound connector ${quote(restricted.map((row) => row.Name))} accepts ${name}'s mail only from its IP addresses (RestrictDomainsToIPAddresses, associated with ${name}).`
    })
  return findings
}

/** Whether the on-premises send connector for * relays through Exchange Online Protection. */
function sendConnectorFindings(inventory: Inventory): Finding[] {
  if (!wasCollected(inventory.onPremises?.['Get-SendConnector'])) return []
  const findings: Finding[] = []
  const send = internetSendConnectors(inventory)
  const viaEop = send.filter((row) => sendRoute(row) === 'eop')
  if (viaEop.length > 0)
    findings.push({
      stepId: 'onprem-relay-via-cloud',
      kind: 'proves',
      fact: `On-premises send connector ${quote(viaEop.map((row) => row.Name))} for * sends through Exchange Online Protection (${viaEop.flatMap((row) => row.SmartHosts).join(', ')}).`
    })
  else
    findings.push({
      stepId: 'onprem-relay-via-cloud',
      kind: 'contradicts',
      fact:
        send.length > 0
          ? `On-premises send connector ${quote(send.map((row) => row.Name))} for * sends directly, not through Exchange Online Protection.`
          : 'No enabled on-premises send connector for * was found.'
    })
  return findings
}

/** Whether the hybrid configuration lists the domain. */
function hybridFindings(inventory: Inventory, name: string): Finding[] {
  const findings: Finding[] = []
  const hybrid = inventory.onPremises?.['Get-HybridConfiguration']
  if (wasCollected(hybrid)) {
    const row = rowsOf(hybrid)[0]
    const listed = row?.Domains.some(
      (domain) => domain.toLowerCase().replace(/^autod:/, '') === name
    )
    findings.push(
      row !== undefined && listed === true
        ? {
            stepId: 'hybrid-configuration-wizard',
            kind: 'proves',
            fact: `The hybrid configuration lists ${name} (features: ${row.Features.join(', ') || 'none'}).`
          }
        : {
            stepId: 'hybrid-configuration-wizard',
            kind: 'contradicts',
            fact:
              row === undefined
                ? 'There is no hybrid configuration on-premises: the Hybrid Configuration Wizard has not run.'
                : `The hybrid configuration does not list ${name}.`
          }
    )
  }
  return findings
}

function connectorFindings(inventory: Inventory, name: string): Finding[] {
  return [
    ...outboundFindings(inventory, name),
    ...inboundFindings(inventory, name),
    ...sendConnectorFindings(inventory),
    ...hybridFindings(inventory, name)
  ]
}

/**
 * The proposals an inventory makes for one domain's steps, dated by the inventory's collection.
 * Steps the catalog does not have for the domain are dropped by combineProposals, which matches
 * proposals to the domain's steps.
 */
export function proposalsFromInventory(
  inventory: Inventory,
  domain: { id: string; name: string }
): Proposal[] {
  const name = domain.name.trim().toLowerCase()
  return [
    ...acceptedFindings(inventory, name),
    ...mxFindings(inventory, name),
    ...spfFindings(inventory, name),
    ...connectorFindings(inventory, name)
  ].map((finding) =>
    makeProposal({
      ...finding,
      domainId: domain.id,
      source: 'inventory',
      at: inventory.collectedAt
    })
  )
}

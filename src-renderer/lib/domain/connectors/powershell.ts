/**
 * Copyable Exchange Online PowerShell for the connector steps, with the project's values: create
 * (New-), change (Set-), check (Get- | Format-List) and test (Validate-OutboundConnector). Every
 * value is emitted as a single-quoted string, so a name holding a quote, a $ or a ; stays a value.
 * CloudServicesMailEnabled is never emitted: it is the wizard's to set (domain-brief 1.5).
 */
import type { Parsed } from '../net/parsed'
import { invalid, parsed } from '../net/parsed'
import { connectorSenderIpProblem } from '../net/ranges'
import type { StepId } from '../types'
import type { ConnectorInput, ConnectorSide } from './model'

/**
 * A PowerShell single-quoted string. Inside one only the quote is special, and PowerShell also
 * reads the typographic quotes ‘ ’ ‚ ‛ as quotes, so each of them is doubled too.
 */
export function psQuote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`
}

/** A PowerShell array of strings: 'a','b'. */
export function psList(values: readonly string[]): string {
  return values.map(psQuote).join(',')
}

/** $true or $false. */
export function psBool(value: boolean): string {
  return value ? '$true' : '$false'
}

type Parameter = [name: string, value: string]

// New-InboundConnector's reference: SenderIPAddresses takes IPv4 addresses and CIDR ranges from
// /24 to /32; IPv6 is not supported there.
// https://learn.microsoft.com/en-us/powershell/module/exchange/new-inboundconnector
export function usableSenderIps(ips: readonly string[]): string[] {
  return ips.filter((ip) => ip.startsWith('<') || connectorSenderIpProblem(ip) === null)
}

/** Why each sender IP of an IP-identified inbound connector is left out of its command. */
export function leftOutSenderIps(connector: Pick<ConnectorInput, 'identification'>): string[] {
  const id = connector.identification
  if (id.kind !== 'ip') return []
  return id.senderIps.flatMap((ip) => {
    if (ip.startsWith('<')) return []
    const problem = connectorSenderIpProblem(ip)
    return problem === null ? [] : [`Left out of SenderIPAddresses: ${problem}`]
  })
}

function inboundParameters(connector: ConnectorInput, creating: boolean): Parameter[] {
  const parameters: Parameter[] = [['ConnectorType', psQuote(connector.type)]]
  const senders = connector.senderDomains.length > 0 ? connector.senderDomains : ['*']
  parameters.push(['SenderDomains', psList(senders)])
  if (connector.associatedAcceptedDomains.length > 0) {
    parameters.push(['AssociatedAcceptedDomains', psList(connector.associatedAcceptedDomains)])
  }
  parameters.push(['RequireTls', psBool(connector.requireTls)])
  const id = connector.identification
  if (id.kind === 'certificate') {
    parameters.push(['TlsSenderCertificateName', psQuote(id.certificateName)])
  } else if (id.kind === 'ip') {
    const usable = usableSenderIps(id.senderIps)
    parameters.push(['SenderIPAddresses', psList(usable.length > 0 ? usable : ['<onPremIps>'])])
  }
  if (id.kind === 'ip' || !creating) {
    parameters.push(['RestrictDomainsToIPAddresses', psBool(connector.restrictDomainsToIps)])
  }
  if (!creating || !connector.enabled) parameters.push(['Enabled', psBool(connector.enabled)])
  return parameters
}

function outboundParameters(connector: ConnectorInput, creating: boolean): Parameter[] {
  const parameters: Parameter[] = [['ConnectorType', psQuote(connector.type)]]
  if (connector.recipientDomains.length > 0) {
    parameters.push(['RecipientDomains', psList(connector.recipientDomains)])
  }
  if (connector.smartHosts.length > 0) {
    parameters.push(['SmartHosts', psList(connector.smartHosts)], ['UseMXRecord', '$false'])
  } else parameters.push(['UseMXRecord', '$true'])
  if (connector.tlsSettings !== undefined) {
    parameters.push(['TlsSettings', psQuote(connector.tlsSettings)])
  }
  if (connector.tlsDomain !== undefined)
    parameters.push(['TlsDomain', psQuote(connector.tlsDomain)])
  if (connector.routeAllMessagesViaOnPremises || !creating) {
    parameters.push([
      'RouteAllMessagesViaOnPremises',
      psBool(connector.routeAllMessagesViaOnPremises)
    ])
  }
  if (!creating || !connector.enabled) parameters.push(['Enabled', psBool(connector.enabled)])
  return parameters
}

function command(cmdlet: string, parameters: Parameter[]): string {
  return [cmdlet, ...parameters.map(([name, value]) => `-${name} ${value}`)].join(' ')
}

function noun(side: ConnectorSide): string {
  return side === 'inbound' ? 'InboundConnector' : 'OutboundConnector'
}

/** New-InboundConnector or New-OutboundConnector creating `connector`. */
export function newConnectorCommand(connector: ConnectorInput): string {
  const parameters =
    connector.side === 'inbound'
      ? inboundParameters(connector, true)
      : outboundParameters(connector, true)
  return command(`New-${noun(connector.side)}`, [['Name', psQuote(connector.name)], ...parameters])
}

/** Set-InboundConnector or Set-OutboundConnector bringing the connector named `identity` in line. */
export function setConnectorCommand(connector: ConnectorInput, identity = connector.name): string {
  const parameters =
    connector.side === 'inbound'
      ? inboundParameters(connector, false)
      : outboundParameters(connector, false)
  return command(`Set-${noun(connector.side)}`, [['Identity', psQuote(identity)], ...parameters])
}

/** The properties the verify commands list. */
export const VERIFY_PROPERTIES =
  'Name,ConnectorType,TlsSenderCertificateName,RouteAllMessagesViaOnPremises,SmartHosts,RecipientDomains'

/** Get-InboundConnector / Get-OutboundConnector, for one connector when `name` is given. */
export function getConnectorCommand(side: ConnectorSide, name?: string): string {
  const identity = name === undefined ? '' : ` -Identity ${psQuote(name)}`
  return `Get-${noun(side)}${identity} | Format-List ${VERIFY_PROPERTIES}`
}

const EMAIL = /^[^\s@'"]+@[^\s@'"]+\.[^\s@'"]+$/

/**
 * Validate-OutboundConnector for the connector named `name`, sending test messages to
 * `recipients` (email addresses behind the connector). Refuses anything that is not an address.
 */
export function validateOutboundConnectorCommand(
  name: string,
  recipients: readonly string[]
): Parsed<string> {
  const addresses = recipients.map((r) => r.trim()).filter((r) => r !== '')
  if (addresses.length === 0) {
    return invalid('Enter at least one recipient whose mailbox is behind the connector.')
  }
  const bad = addresses.find((address) => !EMAIL.test(address))
  if (bad !== undefined) return invalid(`“${bad}” is not an email address.`)
  return parsed(
    `Validate-OutboundConnector -Identity ${psQuote(name)} -Recipients ${psList(addresses)}`
  )
}

export type PsCommandKind = 'create' | 'change' | 'verify' | 'test'

export type PsCommand = { kind: PsCommandKind; label: string; command: string }

export type StepCommands = {
  stepId: StepId
  commands: PsCommand[]
  /** Project values the commands need but the project lacks; quoted <placeholders> stand in. */
  missing: string[]
  /** Values the project holds that the commands leave out, each with the reason. */
  flagged: string[]
  /** Recorded values that "Bring in line" replaces because a warning flags them, each with why. */
  corrected: string[]
}

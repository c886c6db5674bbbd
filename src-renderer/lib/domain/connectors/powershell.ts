/**
 * Copyable Exchange Online PowerShell for the connector steps, with the project's values: create
 * (New-), change (Set-), check (Get- | Format-List) and test (Validate-OutboundConnector). Every
 * value is emitted as a single-quoted string, so a name holding a quote, a $ or a ; stays a value.
 * CloudServicesMailEnabled is never emitted: it is the wizard's to set (domain-brief 1.5).
 */
import { stepsFor } from '../catalog'
import type { Parsed } from '../net/parsed'
import { invalid, parsed } from '../net/parsed'
import { connectorSenderIpProblem } from '../net/ranges'
import type { Domain, Project, StepId } from '../types'
import { isExchange2010OrLater } from '../validation'
import type { Connector, ConnectorInput, ConnectorSide } from './model'

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
function usableSenderIps(ips: readonly string[]): string[] {
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
}

const CONNECTOR_STEP_IDS: readonly StepId[] = [
  'connector-cloud-to-onprem',
  'connector-onprem-to-cloud',
  'enable-cmt',
  'restrict-inbound-to-mx-path',
  'partner-connectors'
]

function template(
  base: Partial<ConnectorInput> & Pick<ConnectorInput, 'name' | 'side' | 'direction' | 'type'>
): ConnectorInput {
  return {
    identification: { kind: 'none' },
    requireTls: false,
    smartHosts: [],
    recipientDomains: [],
    senderDomains: [],
    associatedAcceptedDomains: [],
    routeAllMessagesViaOnPremises: false,
    cloudServicesMailEnabled: false,
    restrictDomainsToIps: false,
    enabled: true,
    createdByHybridWizard: false,
    status: 'planned',
    notes: '',
    stepIds: [],
    ...base
  }
}

function verifyAndTest(connector: ConnectorInput, domain: Domain): PsCommand[] {
  const commands: PsCommand[] = [
    {
      kind: 'verify',
      label: `Check “${connector.name}”`,
      command: getConnectorCommand(connector.side, connector.name)
    }
  ]
  if (connector.side === 'outbound') {
    const test = validateOutboundConnectorCommand(connector.name, [`postmaster@${domain.name}`])
    if (test.ok) {
      commands.push({
        kind: 'test',
        label: 'Send test messages through it (use a mailbox behind the connector)',
        command: test.value
      })
    }
  }
  return commands
}

function forConnector(connector: ConnectorInput, existing: boolean, domain: Domain): PsCommand[] {
  const first: PsCommand = existing
    ? {
        kind: 'change',
        label: `Bring “${connector.name}” in line`,
        command: setConnectorCommand(connector)
      }
    : {
        kind: 'create',
        label: `Create “${connector.name}”`,
        command: newConnectorCommand(connector)
      }
  return [first, ...verifyAndTest(connector, domain)]
}

/**
 * The PowerShell for each connector step `domain` has in its scenario (Microsoft 365 to
 * on-premises, on-premises to Microsoft 365, centralized mail transport, the "Example 3"
 * restriction, partner connectors): Set- for a connector the project records for the step, New-
 * with the project's values otherwise, then the Get- that verifies and, for outbound connectors,
 * Validate-OutboundConnector.
 */
export function connectorStepCommands(
  project: Project,
  domain: Domain,
  connectors: readonly Connector[]
): StepCommands[] {
  const profile = {
    ...domain.conditions,
    exchange2010OrLater: isExchange2010OrLater(project.exchangeVersion),
    // Scenario 2's outbound path decides whether the connector from on-premises is required.
    ...(domain.scenario2Outbound === undefined
      ? {}
      : { scenario2Outbound: domain.scenario2Outbound })
  }
  const steps = stepsFor(domain.scenario, profile).filter((s) => CONNECTOR_STEP_IDS.includes(s.id))
  const missing: string[] = []
  const onPremHost = project.onPremHost.trim().toLowerCase()
  const hostValue = onPremHost === '' ? '<onPremHost>' : onPremHost
  if (onPremHost === '') missing.push('the on-premises mail host')
  // The certificate's domain when the profile records one; the mail host otherwise, as before.
  const certificate = (project.certificateDomain ?? '').trim().toLowerCase() || hostValue
  const ips = project.onPremIps.map((ip) => ip.trim()).filter((ip) => ip !== '')
  const recorded = (stepId: StepId): Connector | undefined =>
    connectors.find((c) => c.stepIds.includes(stepId) && c.projectId === project.id)
  const outbound =
    recorded('connector-cloud-to-onprem') ??
    connectors.find((c) => c.side === 'outbound' && c.type === 'OnPremises')

  return steps.map((step): StepCommands => {
    const existing = recorded(step.id)
    switch (step.id) {
      case 'connector-cloud-to-onprem': {
        const connector =
          existing ??
          template({
            name: 'To on-premises',
            side: 'outbound',
            direction: 'cloud-to-onprem',
            type: 'OnPremises',
            recipientDomains: [domain.name],
            smartHosts: [hostValue],
            tlsSettings: 'DomainValidation',
            tlsDomain: certificate,
            routeAllMessagesViaOnPremises: domain.scenario === 2
          })
        return {
          stepId: step.id,
          commands: forConnector(connector, existing !== undefined, domain),
          missing: existing ? [] : missing,
          flagged: leftOutSenderIps(connector)
        }
      }
      case 'connector-onprem-to-cloud': {
        const connector =
          existing ??
          template({
            name: 'From on-premises',
            side: 'inbound',
            direction: 'onprem-to-cloud',
            type: 'OnPremises',
            senderDomains: ['*'],
            requireTls: true,
            identification: { kind: 'certificate', certificateName: certificate }
          })
        return {
          stepId: step.id,
          commands: forConnector(connector, existing !== undefined, domain),
          missing: existing ? [] : missing,
          flagged: leftOutSenderIps(connector)
        }
      }
      case 'enable-cmt': {
        const name = outbound?.name ?? 'To on-premises'
        return {
          stepId: step.id,
          commands: [
            {
              kind: 'change',
              label: `Turn on centralized mail transport on “${name}”`,
              command: `Set-OutboundConnector -Identity ${psQuote(name)} -RouteAllMessagesViaOnPremises $true`
            },
            {
              kind: 'verify',
              label: 'Check centralized mail transport',
              command: getConnectorCommand('outbound', name)
            }
          ],
          missing: [],
          flagged: []
        }
      }
      case 'restrict-inbound-to-mx-path': {
        const connector =
          existing ??
          template({
            name: `Only through on-premises MX (${domain.name})`,
            side: 'inbound',
            direction: 'partner',
            type: 'Partner',
            senderDomains: ['*'],
            associatedAcceptedDomains: [domain.name],
            identification: { kind: 'ip', senderIps: ips.length > 0 ? ips : ['<onPremIps>'] },
            restrictDomainsToIps: true
          })
        return {
          stepId: step.id,
          commands: forConnector(connector, existing !== undefined, domain),
          missing:
            existing || usableSenderIps(ips).length > 0 ? [] : ['the on-premises IP addresses'],
          flagged: leftOutSenderIps(connector)
        }
      }
      default: {
        const partners = connectors.filter(
          (c) => c.projectId === project.id && c.stepIds.includes(step.id)
        )
        return {
          stepId: step.id,
          commands: [
            ...partners.flatMap((c) => forConnector(c, true, domain)),
            {
              kind: 'verify',
              label: 'List the partner connectors',
              command:
                "Get-InboundConnector | Where-Object ConnectorType -eq 'Partner' | Format-List " +
                `${VERIFY_PROPERTIES}\nGet-OutboundConnector | Where-Object ConnectorType -eq 'Partner' | Format-List ${VERIFY_PROPERTIES}`
            }
          ],
          missing: [],
          flagged: partners.flatMap(leftOutSenderIps)
        }
      }
    }
  })
}

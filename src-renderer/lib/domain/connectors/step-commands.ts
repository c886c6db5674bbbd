/**
 * The PowerShell of a domain's connector steps: for each, the commands that bring the project's
 * recorded connector in line, or create one with the project's values, then check and test it.
 */
import { stepsFor } from '../catalog'
import { domainProfileOf } from '../profile'
import type { Domain, Project, StepId } from '../types'
import { bringInLine } from './bring-in-line'
import type { Connector, ConnectorInput } from './model'
import {
  getConnectorCommand,
  leftOutSenderIps,
  newConnectorCommand,
  psQuote,
  setConnectorCommand,
  usableSenderIps,
  validateOutboundConnectorCommand,
  VERIFY_PROPERTIES,
  type PsCommand,
  type StepCommands
} from './powershell'

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

function createCommands(connector: ConnectorInput, domain: Domain): PsCommand[] {
  const create: PsCommand = {
    kind: 'create',
    label: `Create “${connector.name}”`,
    command: newConnectorCommand(connector)
  }
  return [create, ...verifyAndTest(connector, domain)]
}

/** Set- for a recorded connector with its flagged values corrected, and what was corrected. */
function bringInLineCommands(
  connector: Connector,
  context: StepContext
): Pick<StepCommands, 'commands' | 'flagged' | 'corrected'> {
  const inLine = bringInLine(connector, context.project, context.domains)
  const change: PsCommand = {
    kind: 'change',
    label: `Bring “${connector.name}” in line`,
    command: setConnectorCommand(inLine.connector)
  }
  return {
    commands: [change, ...verifyAndTest(inLine.connector, context.domain)],
    flagged: leftOutSenderIps(inLine.connector),
    corrected: inLine.changes
  }
}

/** What the commands of one domain's connector steps are built from. */
type StepContext = {
  project: Project
  domain: Domain
  /** Every domain of the project: a connector serves all of them. */
  domains: readonly Domain[]
  connectors: readonly Connector[]
  /** The project values the commands need but the project lacks. */
  missing: string[]
  /** The on-premises mail host, or <onPremHost>. */
  hostValue: string
  /** The certificate's domain when the profile records one; the mail host otherwise. */
  certificate: string
  ips: string[]
  /** The connector the project records for a step. */
  recorded: (stepId: StepId) => Connector | undefined
}

function stepContext(
  project: Project,
  domain: Domain,
  domains: readonly Domain[],
  connectors: readonly Connector[]
): StepContext {
  const missing: string[] = []
  const onPremHost = project.onPremHost.trim().toLowerCase()
  const hostValue = onPremHost === '' ? '<onPremHost>' : onPremHost
  if (onPremHost === '') missing.push('the on-premises mail host')
  return {
    project,
    domain,
    domains,
    connectors,
    missing,
    hostValue,
    certificate: (project.certificateDomain ?? '').trim().toLowerCase() || hostValue,
    ips: project.onPremIps.map((ip) => ip.trim()).filter((ip) => ip !== ''),
    recorded: (stepId) =>
      connectors.find((c) => c.stepIds.includes(stepId) && c.projectId === project.id)
  }
}

/** The recorded connector's commands, or the template's when none is recorded. */
function connectorStep(
  stepId: StepId,
  context: StepContext,
  fallback: ConnectorInput,
  missing: string[]
): StepCommands {
  const existing = context.recorded(stepId)
  if (existing !== undefined)
    return { stepId, missing: [], ...bringInLineCommands(existing, context) }
  return {
    stepId,
    commands: createCommands(fallback, context.domain),
    missing,
    flagged: leftOutSenderIps(fallback),
    corrected: []
  }
}

function cloudToOnPremisesStep(context: StepContext): StepCommands {
  const connector = template({
    name: 'To on-premises',
    side: 'outbound',
    direction: 'cloud-to-onprem',
    type: 'OnPremises',
    recipientDomains: [context.domain.name],
    smartHosts: [context.hostValue],
    tlsSettings: 'DomainValidation',
    tlsDomain: context.certificate,
    routeAllMessagesViaOnPremises: context.domain.scenario === 2
  })
  return connectorStep('connector-cloud-to-onprem', context, connector, context.missing)
}

function onPremisesToCloudStep(context: StepContext): StepCommands {
  const connector = template({
    name: 'From on-premises',
    side: 'inbound',
    direction: 'onprem-to-cloud',
    type: 'OnPremises',
    senderDomains: ['*'],
    requireTls: true,
    identification: { kind: 'certificate', certificateName: context.certificate }
  })
  return connectorStep('connector-onprem-to-cloud', context, connector, context.missing)
}

function centralizedTransportStep(context: StepContext): StepCommands {
  const outbound =
    context.recorded('connector-cloud-to-onprem') ??
    context.connectors.find((c) => c.side === 'outbound' && c.type === 'OnPremises')
  const name = outbound?.name ?? 'To on-premises'
  return {
    stepId: 'enable-cmt',
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
    flagged: [],
    corrected: []
  }
}

function restrictionStep(context: StepContext): StepCommands {
  const { domain, ips } = context
  const connector = template({
    name: `Only through on-premises MX (${domain.name})`,
    side: 'inbound',
    direction: 'partner',
    type: 'Partner',
    senderDomains: ['*'],
    associatedAcceptedDomains: [domain.name],
    identification: { kind: 'ip', senderIps: ips.length > 0 ? ips : ['<onPremIps>'] },
    restrictDomainsToIps: true
  })
  const missing = usableSenderIps(ips).length > 0 ? [] : ['the on-premises IP addresses']
  return connectorStep('restrict-inbound-to-mx-path', context, connector, missing)
}

function partnerStep(stepId: StepId, context: StepContext): StepCommands {
  const partners = context.connectors
    .filter((c) => c.projectId === context.project.id && c.stepIds.includes(stepId))
    .map((c) => bringInLineCommands(c, context))
  return {
    stepId,
    commands: [
      ...partners.flatMap((partner) => partner.commands),
      {
        kind: 'verify',
        label: 'List the partner connectors',
        command:
          "Get-InboundConnector | Where-Object ConnectorType -eq 'Partner' | Format-List " +
          `${VERIFY_PROPERTIES}\nGet-OutboundConnector | Where-Object ConnectorType -eq 'Partner' | Format-List ${VERIFY_PROPERTIES}`
      }
    ],
    missing: [],
    flagged: partners.flatMap((partner) => partner.flagged),
    corrected: partners.flatMap((partner) => partner.corrected)
  }
}

/**
 * The PowerShell for each connector step `domain` has in its scenario (Microsoft 365 to
 * on-premises, on-premises to Microsoft 365, centralized mail transport, the "Example 3"
 * restriction, partner connectors): Set- for a connector the project records for the step, with
 * the values its warnings flag corrected (bring-in-line.ts), New- with the project's values
 * otherwise, then the Get- that verifies and, for outbound connectors, Validate-OutboundConnector.
 * `domains` are every domain of the project: a connector serves all of them.
 */
export function connectorStepCommands(
  project: Project,
  domain: Domain,
  domains: readonly Domain[],
  connectors: readonly Connector[]
): StepCommands[] {
  // Scenario 2's outbound path decides whether the connector from on-premises is required.
  const profile = domainProfileOf(domain, project)
  const steps = stepsFor(domain.scenario, profile).filter((s) => CONNECTOR_STEP_IDS.includes(s.id))
  const context = stepContext(project, domain, domains, connectors)
  return steps.map((step): StepCommands => {
    switch (step.id) {
      case 'connector-cloud-to-onprem':
        return cloudToOnPremisesStep(context)
      case 'connector-onprem-to-cloud':
        return onPremisesToCloudStep(context)
      case 'enable-cmt':
        return centralizedTransportStep(context)
      case 'restrict-inbound-to-mx-path':
        return restrictionStep(context)
      default:
        return partnerStep(step.id, context)
    }
  })
}

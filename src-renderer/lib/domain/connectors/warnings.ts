/**
 * What is wrong or risky in the project's connectors, where Microsoft's reference page or the
 * domain brief says so. Each warning cites its source, so the user can read why.
 */
import { stepsFor, stepTitle } from '../catalog'
import { domainProfileOf } from '../profile'
import type { Domain, Project, StepId } from '../types'
import { connectorWarnings, isCmtConnector } from './connector-rules'
import type { Connector } from './model'
import { domainPatternCovers } from './model'
import { warning, type ConnectorWarning } from './warning-codes'

export { connectorWarnings } from './connector-rules'
export {
  WARNING_SOURCES,
  type ConnectorWarning,
  type ConnectorWarningCode,
  type ConnectorWarningSeverity
} from './warning-codes'

/** The connector steps whose absence the project check reports, and how a connector covers a domain. */
const CONNECTOR_STEPS: readonly {
  stepId: StepId
  covers: (connector: Connector) => string[]
}[] = [
  { stepId: 'connector-cloud-to-onprem', covers: (c) => c.recipientDomains },
  { stepId: 'connector-onprem-to-cloud', covers: (c) => c.senderDomains },
  { stepId: 'restrict-inbound-to-mx-path', covers: (c) => c.associatedAcceptedDomains }
]

function requiredSteps(project: Project, domain: Domain): StepId[] {
  // Scenario 2's outbound path decides whether the connector from on-premises is required.
  const profile = domainProfileOf(domain, project)
  return stepsFor(domain.scenario, profile)
    .filter((step) => step.requirement === 'required')
    .map((step) => step.id)
}

/**
 * Every connector's warnings, plus what the project lacks: for each domain, the connector steps
 * its scenario requires (per the step catalog) with no enabled connector, one that is only
 * planned, or connectors scoped to other domains. A CMT-off warning is dropped when another
 * enabled OnPremises outbound connector has centralized mail transport on.
 */
export function projectConnectorWarnings(
  connectors: Connector[],
  project: Project,
  domains: Domain[]
): ConnectorWarning[] {
  const own = domains.filter((d) => d.projectId === project.id)
  const mine = connectors.filter((c) => c.projectId === project.id)
  const cmtOn = mine.some((c) => c.enabled && isCmtConnector(c))
  const out = mine
    .flatMap((connector) => connectorWarnings(connector, project, own))
    .filter((w) => !(cmtOn && w.code === 'cmt-off-in-scenario-2'))
  for (const domain of own) {
    const required = requiredSteps(project, domain)
    for (const { stepId, covers } of CONNECTOR_STEPS) {
      if (!required.includes(stepId)) continue
      const candidates = mine.filter((c) => c.enabled && c.stepIds.includes(stepId))
      const title = stepTitle(stepId)
      if (candidates.length === 0) {
        out.push(
          warning(
            'missing-connector',
            'warning',
            `${domain.name} (scenario ${domain.scenario}) needs “${title}”, and no enabled connector is recorded for it.`,
            { domainId: domain.id }
          )
        )
        continue
      }
      const covering = candidates.filter((c) => {
        const patterns = covers(c)
        return patterns.length === 0 || patterns.some((p) => domainPatternCovers(p, domain.name))
      })
      if (covering.length === 0) {
        for (const connector of candidates) {
          out.push(
            warning(
              'domain-not-covered',
              'warning',
              `“${connector.name}” does not list ${domain.name} (it lists ${covers(connector).join(', ')}), so it does not serve “${title}” for this domain.`,
              { connectorId: connector.id, domainId: domain.id }
            )
          )
        }
        continue
      }
      if (covering.every((c) => c.status === 'planned')) {
        out.push(
          warning(
            'connector-only-planned',
            'info',
            `“${title}” for ${domain.name} is planned (${covering.map((c) => c.name).join(', ')}) but not yet created.`,
            { domainId: domain.id }
          )
        )
      }
    }
  }
  return out
}

/**
 * The connectors part of a report. Connectors belong to the Exchange Online organisation, not to
 * a domain, so a domain report lists them all too, and says so; only the warnings about other
 * domains are left out of it.
 */
import type { Connector } from '../connectors/model'
import type { ConnectorWarning, ConnectorWarningSeverity } from '../connectors/warnings'
import { projectConnectorWarnings } from '../connectors/warnings'
import type { Domain, Project } from '../types'
import { CONNECTOR_STATUS_LABELS, DIRECTION_LABELS, SEVERITY_LABELS } from '../labels'
import type { ReportConnectors, ReportWarning } from './types'

const SEVERITY_RANK: Readonly<Record<ConnectorWarningSeverity, number>> = {
  error: 0,
  warning: 1,
  info: 2
}

function toReport(warning: ConnectorWarning): ReportWarning {
  return {
    severity: warning.severity,
    severityLabel: SEVERITY_LABELS[warning.severity],
    message: warning.message,
    source: warning.source
  }
}

function bySeverity(a: ConnectorWarning, b: ConnectorWarning): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
}

/**
 * The project's connectors with their warnings (projectConnectorWarnings over every domain of the
 * project), keeping the warnings that concern no domain or a domain in `scopeDomainIds`.
 * `scopeName` is the domain's name in a domain report, null in a project report.
 */
export function reportConnectors(
  project: Project,
  domains: readonly Domain[],
  connectors: readonly Connector[],
  scopeDomainIds: ReadonlySet<string>,
  scopeName: string | null
): ReportConnectors {
  const own = connectors
    .filter((connector) => connector.projectId === project.id)
    .sort((a, b) => a.name.localeCompare(b.name))
  const warnings = projectConnectorWarnings(own, project, [...domains])
    .filter((warning) => warning.domainId === undefined || scopeDomainIds.has(warning.domainId))
    .sort(bySeverity)
  return {
    note:
      scopeName === null
        ? 'Connectors belong to the Exchange Online organisation: they serve every domain of the project.'
        : `Connectors are per project: these are all of the project’s connectors, not only those for ${scopeName}. Warnings about other domains are left out.`,
    connectors: own.map((connector) => ({
      id: connector.id,
      name: connector.name,
      direction: connector.direction,
      directionLabel: DIRECTION_LABELS[connector.direction],
      status: connector.status,
      statusLabel: CONNECTOR_STATUS_LABELS[connector.status],
      enabled: connector.enabled,
      warnings: warnings.filter((warning) => warning.connectorId === connector.id).map(toReport)
    })),
    missing: warnings.filter((warning) => warning.connectorId === undefined).map(toReport)
  }
}

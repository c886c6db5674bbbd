/**
 * The DNS and connector problems the dashboard shows beside the step and mailbox figures. They are
 * counted from the status report's own sections (reportDnsRecords, reportConnectors), so the
 * dashboard and the report never disagree about what is a problem.
 */
import type { Connector } from './connectors/model'
import type { DnsRecordEntry } from './dns/records'
import { reportConnectors } from './report/connectors'
import { reportDnsRecords } from './report/domains'
import type { ReportWarning } from './report/types'
import type { Domain, Project } from './types'

/** One domain whose DNS records need attention on its DNS tab. */
export type DomainDnsProblems = {
  domainId: string
  domainName: string
  /** Records whose last check said error or warning. */
  failing: number
  /** Records the domain needs that were never checked. */
  notChecked: number
}

export type DashboardProblems = {
  /** Domains with at least one problem, in the order given. */
  dns: DomainDnsProblems[]
  /** Errors and warnings about recorded connectors (information notes are not problems). */
  connectorWarnings: number
  /** Errors and warnings about what no connector covers, e.g. a required connector missing. */
  connectorsMissing: number
}

function isProblem(warning: ReportWarning): boolean {
  return warning.severity !== 'info'
}

export function dashboardProblems(
  project: Project,
  domains: readonly Domain[],
  dnsRecords: readonly DnsRecordEntry[],
  connectors: readonly Connector[]
): DashboardProblems {
  const dns = domains
    .map((domain) => {
      const records = reportDnsRecords(project, domain, dnsRecords)
      return {
        domainId: domain.id,
        domainName: domain.name,
        failing: records.filter((r) => r.status === 'error' || r.status === 'warning').length,
        notChecked: records.filter((r) => r.status === 'not-checked').length
      }
    })
    .filter((row) => row.failing + row.notChecked > 0)
  const register = reportConnectors(
    project,
    domains,
    connectors,
    new Set(domains.map((domain) => domain.id)),
    null
  )
  return {
    dns,
    connectorWarnings: register.connectors.flatMap((c) => c.warnings).filter(isProblem).length,
    connectorsMissing: register.missing.filter(isProblem).length
  }
}

/**
 * The dashboard's DNS and connector figures, apart from ./dashboard: the repositories they read
 * through bring the DNS verdicts and connector rules with them, which the dashboard's early reads
 * (ui/dashboard/dashboard-reads.ts, loaded with the project workspace) must not pull into start-up.
 */
import type { Observable } from 'dexie'
import type { Connector } from '../../domain/connectors/model'
import type { DnsRecordEntry } from '../../domain/dns/records'
import { db } from '../database'
import { readConnectors } from '../repositories/connectors'
import { readProjectDnsRecords } from '../repositories/dns-records'
import type { TrackerDb } from '../schema'
import { live } from './query'

/** What the dashboard's DNS and connector figures are counted from (dashboardProblems). */
export type DashboardProblemInputs = { dnsRecords: DnsRecordEntry[]; connectors: Connector[] }

/** The project's stored DNS records and connectors, for the dashboard's problem figures. */
export function liveDashboardProblemInputs(
  projectId: string,
  database: TrackerDb = db
): Observable<DashboardProblemInputs> {
  return live(async () => ({
    dnsRecords: await readProjectDnsRecords(database, projectId),
    connectors: await readConnectors(database, projectId)
  }))
}

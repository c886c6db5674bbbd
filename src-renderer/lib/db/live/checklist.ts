/** The checklist's own live reads (it also reads ./dns, ./connectors, ./inventory, ./route-tests). */
import type { Observable } from 'dexie'
import type { ProposalDecisionRow } from '../../domain/proposals'
import { db } from '../database'
import type { TrackerDb } from '../schema'
import { live } from './query'

/** The user's decisions on proposals for one domain (accepted and dismissed). */
export function liveProposalDecisions(
  domainId: string,
  database: TrackerDb = db
): Observable<ProposalDecisionRow[]> {
  return live(() => database.proposalDecisions.where('domainId').equals(domainId).toArray())
}

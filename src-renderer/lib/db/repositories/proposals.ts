import { stepTitle } from '../../domain/catalog'
import {
  evidenceAfterAccepting,
  proposalSourceLabel,
  type Proposal,
  type ProposalDecision,
  type ProposalDecisionRow
} from '../../domain/proposals'
import type { TrackerDb } from '../schema'
import type { WriteContext } from '../write-context'
import { appendEvent } from './events'
import { snapshotTables } from './snapshots'
import { updateStep } from './steps'

async function recordDecision(
  db: TrackerDb,
  projectId: string,
  proposal: Proposal,
  decision: ProposalDecision,
  context: WriteContext
): Promise<ProposalDecisionRow> {
  const existing = await db.proposalDecisions.where('key').equals(proposal.key).first()
  const row: ProposalDecisionRow = {
    id: existing?.id ?? context.newId(),
    projectId,
    domainId: proposal.domainId,
    stepId: proposal.stepId,
    key: proposal.key,
    source: proposal.source,
    kind: proposal.kind,
    decision,
    at: proposal.at,
    fact: proposal.fact,
    decidedAt: context.now
  }
  await db.proposalDecisions.put(row)
  return row
}

/**
 * Accepts proofs: each step becomes done through the steps repository (so the activity log
 * records it), its evidence gains the proposal's dated fact below what the user wrote, and the
 * decision is stored. All in one transaction. A step that is already done, retired or gone is
 * left as it is. Returns how many steps changed.
 */
export async function acceptProposals(
  db: TrackerDb,
  projectId: string,
  proposals: readonly Proposal[],
  context: WriteContext
): Promise<number> {
  // updateStep refreshes the day's snapshot in the same transaction, so its tables are included.
  const tables = [db.domains, db.events, db.proposalDecisions, ...snapshotTables(db)]
  return db.transaction('rw', tables, async () => {
    let changed = 0
    for (const proposal of proposals) {
      if (proposal.kind !== 'proves') continue
      const step = await db.steps
        .where('[domainId+stepId]')
        .equals([proposal.domainId, proposal.stepId])
        .first()
      if (step === undefined || step.retired || step.status === 'done') continue
      await updateStep(
        db,
        step.id,
        { status: 'done', evidence: evidenceAfterAccepting(step.evidence, proposal) },
        context
      )
      await recordDecision(db, projectId, proposal, 'accepted', context)
      changed += 1
    }
    return changed
  })
}

/**
 * Dismisses a proposal or a flag: the decision is stored, so the same fact is not proposed
 * again, and the activity log says who dismissed what. The step does not change.
 */
export async function dismissProposal(
  db: TrackerDb,
  projectId: string,
  proposal: Proposal,
  context: WriteContext
): Promise<void> {
  await db.transaction('rw', [db.steps, db.domains, db.events, db.proposalDecisions], async () => {
    const step = await db.steps
      .where('[domainId+stepId]')
      .equals([proposal.domainId, proposal.stepId])
      .first()
    const domain = await db.domains.get(proposal.domainId)
    await recordDecision(db, projectId, proposal, 'dismissed', context)
    await appendEvent(db, context, {
      projectId,
      domainId: proposal.domainId,
      entity: 'step',
      entityId: step?.id ?? proposal.stepId,
      action: proposal.kind === 'proves' ? 'proposal:dismissed' : 'flag:dismissed',
      summary: `Dismissed ${proposalSourceLabel(proposal.source).toLowerCase()} of ${proposal.at.slice(0, 10)} for “${stepTitle(proposal.stepId)}” on ${domain?.name ?? 'a removed domain'}`,
      after: { key: proposal.key, fact: proposal.fact }
    })
  })
}

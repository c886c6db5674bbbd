/**
 * One model for evidence that a checklist step is (or is no longer) in place: a DNS check, an
 * imported tenant inventory and, later, route tests each contribute proposals through a pure
 * function (`proposalsFromDns` here, `proposalsFromInventory` in ./inventory, the route source in
 * ./route). A proposal never changes a step by itself: the user accepts it (the step becomes done
 * through the steps repository, with the fact as evidence and an event) or dismisses it (the
 * decision is stored, so the same fact is not proposed again). A step that is already done and
 * that newer evidence contradicts is flagged, never reopened behind the user's back.
 */
import { stepTitle } from './catalog'
import { currentDnsRecords } from './dns/current'
import { verifiedSteps } from './dns/stored'
import type { DnsRecordEntry } from './dns/records'
import type { Domain, Project, Step, StepId } from './types'

export type ProposalSource = 'dns' | 'inventory' | 'route'

export const PROPOSAL_SOURCES: readonly ProposalSource[] = ['dns', 'inventory', 'route']

/** 'proves': the evidence shows the step in place. 'contradicts': it shows the step not in place. */
export type ProposalKind = 'proves' | 'contradicts'

export type Proposal = {
  /** Stable across repeated evidence of the same fact (see proposalKey), so a dismissal sticks. */
  key: string
  domainId: string
  stepId: StepId
  source: ProposalSource
  kind: ProposalKind
  /** ISO timestamp of the evidence: the DNS check, the inventory's collectedAt, the route test. */
  at: string
  /** The fact, quoted as the step's evidence when accepted, e.g. "Inbound connector … is enabled". */
  fact: string
}

export type ProposalDecision = 'accepted' | 'dismissed'

/**
 * A stored decision on a proposal (table proposalDecisions): the whole proposal, so the decision
 * reads on its own and the same fact proposed again (its key) finds it.
 */
export type ProposalDecisionRow = Proposal & {
  id: string
  projectId: string
  decision: ProposalDecision
  decidedAt: string
}

/** The key of a proposal: source, domain, step, kind and fact, without the date. */
export function proposalKey(
  proposal: Pick<Proposal, 'source' | 'domainId' | 'stepId' | 'kind' | 'fact'>
): string {
  return [proposal.source, proposal.domainId, proposal.stepId, proposal.kind, proposal.fact].join(
    '|'
  )
}

/** Builds a proposal with its key. */
export function makeProposal(input: Omit<Proposal, 'key'>): Proposal {
  return { ...input, key: proposalKey(input) }
}

const SOURCE_LABELS: Record<ProposalSource, string> = {
  dns: 'DNS check',
  inventory: 'Verified from configuration',
  route: 'Route test'
}

/** The label a source is shown with, e.g. "Verified from configuration". */
export function proposalSourceLabel(source: ProposalSource): string {
  return SOURCE_LABELS[source]
}

/** The line a step's evidence gets when the proposal is accepted. */
export function evidenceLine(proposal: Pick<Proposal, 'source' | 'at' | 'fact'>): string {
  const day = proposal.at.slice(0, 10)
  if (proposal.source === 'inventory')
    return `Verified from configuration on ${day}: ${proposal.fact}`
  return `${SOURCE_LABELS[proposal.source]} on ${day}: ${proposal.fact}`
}

/** The step's evidence after accepting: the user's text is kept, the new line added below it. */
export function evidenceAfterAccepting(current: string, proposal: Proposal): string {
  const line = evidenceLine(proposal)
  const kept = current.trimEnd()
  if (kept.includes(line)) return current
  return kept === '' ? line : `${kept}\n${line}`
}

/**
 * What the checklist shows for one step. `pending`: proofs the user can accept (the newest per
 * source). `flags`: contradictions of a step that is done (or not applicable is never flagged),
 * shown for the user to look at. `disputed`: proofs and contradictions of a step not yet done
 * disagree; nothing is offered for "accept all" then.
 */
export type StepProposals = {
  stepId: StepId
  pending: Proposal[]
  flags: Proposal[]
  /** Contradictions of a step not done: shown as information beside the proofs. */
  concerns: Proposal[]
  /** Proofs of a step already done: shown as confirmation, nothing to accept. */
  confirmed: Proposal[]
  disputed: boolean
}

/** Statuses a user chose deliberately: a proposal is shown for them, but "accept all" skips them. */
const DELIBERATE: ReadonlySet<Step['status']> = new Set(['blocked', 'not-applicable'])

/**
 * Combines the proposals of every source for one domain's steps. Per step and source only the
 * newest proposal counts (a newer inventory supersedes an older one); decided proposals are left
 * out; retired steps get none. Proofs of a step already done only confirm it; contradictions of
 * a done step become flags. A step not applicable gets nothing to accept.
 */
export function combineProposals(
  proposals: readonly Proposal[],
  steps: readonly Pick<Step, 'stepId' | 'status' | 'retired' | 'domainId'>[],
  decidedKeys: ReadonlySet<string>
): Map<StepId, StepProposals> {
  const newest = new Map<string, Proposal>()
  for (const proposal of proposals) {
    const slot = `${proposal.domainId}|${proposal.stepId}|${proposal.source}`
    const seen = newest.get(slot)
    if (seen === undefined || proposal.at > seen.at) newest.set(slot, proposal)
  }
  const result = new Map<StepId, StepProposals>()
  for (const step of steps) {
    if (step.retired) continue
    const current = [...newest.values()].filter(
      (proposal) =>
        proposal.domainId === step.domainId &&
        proposal.stepId === step.stepId &&
        !decidedKeys.has(proposal.key)
    )
    if (current.length === 0) continue
    const proofs = current.filter((proposal) => proposal.kind === 'proves')
    const contradictions = current.filter((proposal) => proposal.kind === 'contradicts')
    const done = step.status === 'done'
    const entry: StepProposals = {
      stepId: step.stepId,
      pending: done || step.status === 'not-applicable' ? [] : byDate(proofs),
      flags: done ? byDate(contradictions) : [],
      concerns: done ? [] : byDate(contradictions),
      confirmed: done ? byDate(proofs) : [],
      disputed: !done && proofs.length > 0 && contradictions.length > 0
    }
    if (current.length > 0 && (entry.pending.length > 0 || done || entry.concerns.length > 0))
      result.set(step.stepId, entry)
  }
  return result
}

function byDate(proposals: Proposal[]): Proposal[] {
  return [...proposals].sort((a, b) => b.at.localeCompare(a.at) || a.key.localeCompare(b.key))
}

/**
 * The proposals "accept all" applies: one per step (the newest proof), only for steps whose
 * status the user has not deliberately set (blocked, not applicable) and whose sources agree.
 */
export function acceptAllCandidates(
  combined: ReadonlyMap<StepId, StepProposals>,
  steps: readonly Pick<Step, 'stepId' | 'status'>[]
): Proposal[] {
  const statusOf = new Map(steps.map((step) => [step.stepId, step.status]))
  const chosen: Proposal[] = []
  for (const entry of combined.values()) {
    const status = statusOf.get(entry.stepId)
    if (status === undefined || DELIBERATE.has(status) || entry.disputed) continue
    const first = entry.pending[0]
    if (first !== undefined) chosen.push(first)
  }
  return chosen
}

/** One sentence for a flag: the step is done, but newer evidence says otherwise. */
export function flagSentence(proposal: Proposal): string {
  return `${SOURCE_LABELS[proposal.source]} on ${proposal.at.slice(0, 10)} contradicts “${stepTitle(proposal.stepId)}”: ${proposal.fact}`
}

/**
 * The DNS source: every step that the stored DNS observations back with 'ok' (verifiedSteps), judged
 * against the domain as it is now (currentDnsRecords: a verdict of an earlier scenario proposes
 * nothing), is proposed as done, dated by the latest check. Entries under an old name of the
 * domain are ignored there.
 */
export function proposalsFromDns(
  project: Project,
  domain: Domain,
  records: readonly Pick<
    DnsRecordEntry,
    'kind' | 'name' | 'expected' | 'observed' | 'verdict' | 'checkedAt'
  >[]
): Proposal[] {
  const current = currentDnsRecords(project, domain, records)
  return [...verifiedSteps(current, domain.name)].map(([stepId, verified]) =>
    makeProposal({
      domainId: domain.id,
      stepId,
      source: 'dns',
      kind: 'proves',
      at: verified.checkedAt,
      fact: verified.summary
    })
  )
}

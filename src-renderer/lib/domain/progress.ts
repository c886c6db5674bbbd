/**
 * Progress of checklists: per domain, per project, what needs attention, and the checklist filters.
 * Pure: "today" is passed in as an ISO date (YYYY-MM-DD).
 *
 * Decisions:
 * - Retired steps are history, not work: they never count.
 * - A required step marked 'not-applicable' is settled: it counts as done (its reason is mandatory,
 *   see checklist.ts), so a domain can reach 100% without pretending the work was done.
 * - Nothing to count is not progress: no required steps gives ratio 0, not 1.
 */
import { stepCategory } from './catalog'
import { dayNumber, requireDay } from './days'
import type { Domain, Step, StepCategory, StepStatus } from './types'

/** Steps due within this many days (inclusive of today) need attention. */
export const DUE_SOON_DAYS = 7

function isOpen(step: Step): boolean {
  return step.status !== 'done' && step.status !== 'not-applicable'
}

function byOrder(a: Step, b: Step): number {
  return a.order - b.order
}

function byDueThenOrder(a: Step, b: Step): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1
  return byOrder(a, b)
}

export type DomainProgress = {
  /** Required steps that are done or not applicable. */
  requiredDone: number
  requiredTotal: number
  /** How many of `requiredDone` are settled as not applicable rather than done. */
  requiredNotApplicable: number
  /** requiredDone / requiredTotal, 0 when there is nothing required. */
  ratio: number
  /** Open steps whose due date has passed, most overdue first. */
  overdue: Step[]
  /** Blocked steps in checklist order. */
  blocked: Step[]
  /** The open step with the nearest due date from today on; overdue steps are in `overdue`. */
  nextDue: Step | null
}

/** Progress of one domain's checklist on `today`. */
export function domainProgress(steps: readonly Step[], today: string): DomainProgress {
  const todayDay = requireDay(today, 'today')
  const active = steps.filter((step) => !step.retired)
  const required = active.filter((step) => step.requirement === 'required')
  const requiredNotApplicable = required.filter((step) => step.status === 'not-applicable').length
  const requiredDone =
    required.filter((step) => step.status === 'done').length + requiredNotApplicable

  const overdue: Step[] = []
  const upcoming: Step[] = []
  for (const step of active) {
    const due = dayNumber(step.dueDate)
    if (due === null || !isOpen(step)) continue
    if (due < todayDay) overdue.push(step)
    else upcoming.push(step)
  }
  upcoming.sort(byDueThenOrder)

  return {
    requiredDone,
    requiredTotal: required.length,
    requiredNotApplicable,
    ratio: required.length === 0 ? 0 : requiredDone / required.length,
    overdue: overdue.sort(byDueThenOrder),
    blocked: active.filter((step) => step.status === 'blocked').sort(byOrder),
    nextDue: upcoming[0] ?? null
  }
}

export type AttentionReason = 'overdue' | 'blocked' | 'due-soon'

export type AttentionItem = {
  domainId: string
  domainName: string
  step: Step
  /** 'overdue' or 'due-soon' (never both), then 'blocked' when the step is blocked. */
  reasons: AttentionReason[]
  /** Days from today to the due date (negative when overdue), null without a due date. */
  daysUntilDue: number | null
}

export type ProjectProgress = {
  requiredDone: number
  requiredTotal: number
  requiredNotApplicable: number
  /** Over all required steps of all domains, 0 when there are none. */
  ratio: number
  domains: { domainId: string; domainName: string; progress: DomainProgress }[]
  /** Overdue, then blocked, then due within DUE_SOON_DAYS; earliest due date first within each. */
  attention: AttentionItem[]
}

function attentionReasons(step: Step, daysUntilDue: number | null): AttentionReason[] {
  const reasons: AttentionReason[] = []
  if (isOpen(step) && daysUntilDue !== null) {
    if (daysUntilDue < 0) reasons.push('overdue')
    else if (daysUntilDue <= DUE_SOON_DAYS) reasons.push('due-soon')
  }
  if (step.status === 'blocked') reasons.push('blocked')
  return reasons
}

const URGENCY: Record<AttentionReason, number> = { overdue: 0, blocked: 1, 'due-soon': 2 }

function urgency(item: AttentionItem): number {
  return Math.min(...item.reasons.map((reason) => URGENCY[reason]))
}

function compareAttention(a: AttentionItem, b: AttentionItem): number {
  const rank = urgency(a) - urgency(b)
  if (rank !== 0) return rank
  // Steps with a due date before those without, the earliest first.
  const dueA = a.daysUntilDue ?? Number.POSITIVE_INFINITY
  const dueB = b.daysUntilDue ?? Number.POSITIVE_INFINITY
  if (dueA !== dueB) return dueA < dueB ? -1 : 1
  if (a.domainName !== b.domainName) return a.domainName < b.domainName ? -1 : 1
  return a.step.order - b.step.order
}

/**
 * Progress of a project on `today`: the domains' sums and the steps that need attention. Steps of
 * domains not in `domains` are ignored; a domain missing from `stepsByDomain` has no steps.
 */
export function projectProgress(
  domains: readonly Pick<Domain, 'id' | 'name'>[],
  stepsByDomain: ReadonlyMap<string, readonly Step[]>,
  today: string
): ProjectProgress {
  const todayDay = requireDay(today, 'today')
  const perDomain: ProjectProgress['domains'] = []
  const attention: AttentionItem[] = []
  let requiredDone = 0
  let requiredTotal = 0
  let requiredNotApplicable = 0

  for (const domain of domains) {
    const steps = stepsByDomain.get(domain.id) ?? []
    const progress = domainProgress(steps, today)
    perDomain.push({ domainId: domain.id, domainName: domain.name, progress })
    requiredDone += progress.requiredDone
    requiredTotal += progress.requiredTotal
    requiredNotApplicable += progress.requiredNotApplicable

    for (const step of steps) {
      if (step.retired) continue
      const due = dayNumber(step.dueDate)
      const daysUntilDue = due === null ? null : due - todayDay
      const reasons = attentionReasons(step, daysUntilDue)
      if (reasons.length > 0) {
        attention.push({
          domainId: domain.id,
          domainName: domain.name,
          step,
          reasons,
          daysUntilDue
        })
      }
    }
  }

  return {
    requiredDone,
    requiredTotal,
    requiredNotApplicable,
    ratio: requiredTotal === 0 ? 0 : requiredDone / requiredTotal,
    domains: perDomain,
    attention: attention.sort(compareAttention)
  }
}

export type StepFilter = {
  status?: StepStatus
  /** Matched case-insensitively after trimming; '' selects unassigned steps. */
  owner?: string
  /** From the catalog definition of the step id. */
  category?: StepCategory
  /** Retired steps are hidden unless this is true. */
  includeRetired?: boolean
}

/** The steps matching every given filter, in their original order. */
export function filterSteps(steps: readonly Step[], filter: StepFilter): Step[] {
  const owner = filter.owner?.trim().toLowerCase()
  return steps.filter(
    (step) =>
      (filter.includeRetired === true || !step.retired) &&
      (filter.status === undefined || step.status === filter.status) &&
      (owner === undefined || step.owner.trim().toLowerCase() === owner) &&
      (filter.category === undefined || stepCategory(step.stepId) === filter.category)
  )
}

/** Steps grouped by their domain, for projectProgress. */
export function stepsByDomain(steps: readonly Step[]): Map<string, Step[]> {
  const grouped = new Map<string, Step[]>()
  for (const step of steps) {
    const list = grouped.get(step.domainId)
    if (list) list.push(step)
    else grouped.set(step.domainId, [step])
  }
  return grouped
}

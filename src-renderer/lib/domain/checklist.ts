/**
 * A domain's checklist rows: creating them from the catalog, regenerating them when the scenario
 * or conditions change, and status changes. Pure: time and ids are passed in.
 *
 * A step the domain no longer needs is retired, never deleted: its owner, notes, evidence and
 * status are the project's history, and they come back if the step applies again.
 */
import { CATALOG_ORDER } from './catalog'
import type { Step, StepDefinition, StepId, StepStatus } from './types'

export type ChecklistContext = {
  projectId: string
  domainId: string
  /** ISO timestamp written to createdAt/updatedAt. */
  now: string
  newId: () => string
}

/** The rows to write. Each list is disjoint from the others; unchanged rows are in none. */
export type ChecklistChanges = {
  /** Active rows whose requirement, reason or order changed. */
  changed: Step[]
  /** New rows, status 'todo'. */
  created: Step[]
  /** Rows that no longer apply, now `retired: true`. */
  retired: Step[]
  /** Retired rows that apply again, now `retired: false`, history intact. */
  restored: Step[]
}

/**
 * Position of a step in the checklist: its place in the catalog, not in the definitions list, so
 * a step keeps the same order in every scenario and switching scenarios does not renumber rows.
 * Ids unknown to this catalog version sort last.
 */
function orderOf(id: StepId): number {
  const index = CATALOG_ORDER.indexOf(id)
  return index === -1 ? CATALOG_ORDER.length : index
}

function touch(step: Step, now: string): Step {
  return { ...step, rev: step.rev + 1, updatedAt: now }
}

function newStep(definition: StepDefinition, context: ChecklistContext): Step {
  return {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    rev: 1,
    projectId: context.projectId,
    domainId: context.domainId,
    stepId: definition.id,
    order: orderOf(definition.id),
    requirement: definition.requirement,
    reason: definition.reason,
    status: 'todo',
    statusReason: '',
    owner: '',
    dueDate: '',
    notes: '',
    evidence: '',
    completedAt: null,
    retired: false
  }
}

/**
 * Brings a domain's stored steps in line with the catalog's definitions for its current scenario
 * and conditions. Steps that still apply keep status, owner, due date, notes, evidence and
 * completedAt; only requirement, reason and order follow the definitions. Every returned row has
 * `rev + 1` and `updatedAt = now` (new rows: rev 1).
 *
 * @throws Error when `existing` holds a row of another domain or two rows for one step id, or
 * `definitions` repeats an id: both mean the caller passed the wrong data.
 */
export function regenerateChecklist(
  existing: readonly Step[],
  definitions: readonly StepDefinition[],
  context: ChecklistContext
): ChecklistChanges {
  const stored = new Map<StepId, Step>()
  for (const step of existing) {
    if (step.domainId !== context.domainId) {
      throw new Error(`Step ${step.id} belongs to domain ${step.domainId}, not ${context.domainId}`)
    }
    if (stored.has(step.stepId)) {
      throw new Error(`Domain ${context.domainId} has two rows for step ${step.stepId}`)
    }
    stored.set(step.stepId, step)
  }

  const changes: ChecklistChanges = { changed: [], created: [], retired: [], restored: [] }
  const wanted = new Set<StepId>()
  for (const definition of definitions) {
    if (wanted.has(definition.id)) throw new Error(`Step ${definition.id} is defined twice`)
    wanted.add(definition.id)

    const current = stored.get(definition.id)
    if (current === undefined) {
      changes.created.push(newStep(definition, context))
      continue
    }
    const fields = {
      requirement: definition.requirement,
      reason: definition.reason,
      order: orderOf(definition.id)
    }
    if (current.retired) {
      changes.restored.push(touch({ ...current, ...fields, retired: false }, context.now))
    } else if (
      current.requirement !== fields.requirement ||
      current.reason !== fields.reason ||
      current.order !== fields.order
    ) {
      changes.changed.push(touch({ ...current, ...fields }, context.now))
    }
  }

  for (const step of existing) {
    if (!step.retired && !wanted.has(step.stepId)) {
      changes.retired.push(touch({ ...step, retired: true }, context.now))
    }
  }
  return changes
}

/** The rows of a new domain's checklist, all 'todo'. */
export function createChecklist(
  definitions: readonly StepDefinition[],
  context: ChecklistContext
): Step[] {
  return regenerateChecklist([], definitions, context).created
}

export type StatusChange = {
  status: StepStatus
  /** Why the step is blocked or not applicable; required for those two statuses. */
  statusReason?: string
}

/** Thrown by `applyStatusChange` when 'blocked' or 'not-applicable' comes without a reason. */
export class StatusReasonRequiredError extends Error {
  readonly status: StepStatus

  constructor(status: StepStatus) {
    super(`A reason is required to mark a step ${status}.`)
    this.name = 'StatusReasonRequiredError'
    this.status = status
  }
}

/** Whether a status needs a reason (so a form can ask for one before saving). */
export function requiresStatusReason(status: StepStatus): boolean {
  return status === 'blocked' || status === 'not-applicable'
}

/**
 * A step after a status change. Moving to 'done' sets completedAt to `now` (staying done keeps the
 * original time); leaving 'done' clears it. The reason is trimmed and belongs to the new status,
 * so it is cleared when none is given. Returns the same object when nothing changes, so callers
 * can skip the write; otherwise rev + 1 and updatedAt = now.
 *
 * @throws StatusReasonRequiredError for 'blocked' or 'not-applicable' without a non-blank reason.
 *   Forms ask for the reason first (`requiresStatusReason`); the throw guarantees that no row is
 *   ever stored in those statuses without one, whatever the caller.
 */
export function applyStatusChange(step: Step, change: StatusChange, now: string): Step {
  const statusReason = (change.statusReason ?? '').trim()
  if (requiresStatusReason(change.status) && statusReason === '') {
    throw new StatusReasonRequiredError(change.status)
  }
  let completedAt: string | null = null
  if (change.status === 'done') {
    completedAt = step.status === 'done' && step.completedAt !== null ? step.completedAt : now
  }
  if (
    change.status === step.status &&
    statusReason === step.statusReason &&
    completedAt === step.completedAt
  ) {
    return step
  }
  return {
    ...step,
    status: change.status,
    statusReason,
    completedAt,
    rev: step.rev + 1,
    updatedAt: now
  }
}

import { applyStatusChange } from '../../domain/checklist'
import { stepTitle } from '../../domain/catalog'
import { STEP_STATUS_LABELS } from '../../domain/labels'
import type { Step } from '../../domain/types'
import { ValidationError, validateStepPatch, type StepPatch } from '../../domain/validation'
import type { TrackerDb } from '../schema'
import { rowToUpdate, type WriteContext } from '../write-context'
import { appendEvent, changedFields } from './events'
import { refreshDailySnapshot, snapshotTables } from './snapshots'

const EDITABLE = ['status', 'statusReason', 'owner', 'dueDate', 'notes', 'evidence'] as const

/** Saves a change to one checklist step and records it in the activity log. */
export async function updateStep(
  db: TrackerDb,
  id: string,
  patch: StepPatch,
  context: WriteContext,
  expectedRev?: number
): Promise<Step> {
  return db.transaction('rw', [db.domains, db.events, ...snapshotTables(db)], async () => {
    const current = rowToUpdate(
      await db.steps.get(id),
      'This step',
      expectedRev,
      (row) => `Step “${stepTitle(row.stepId)}”`
    )
    const checked = validateStepPatch(patch, current.status)
    if (!checked.ok) throw new ValidationError(checked.errors)
    const { status, statusReason, ...details } = checked.value
    let next: Step = { ...current, ...details }
    if (status !== undefined || statusReason !== undefined)
      next = applyStatusChange(
        next,
        { status: status ?? current.status, statusReason: statusReason ?? current.statusReason },
        context.now
      )
    const pick = (step: Step): Record<string, unknown> =>
      Object.fromEntries(EDITABLE.map((key) => [key, step[key]]))
    const diff = changedFields(pick(current), pick(next))
    if (!diff) return current
    const saved: Step = { ...next, updatedAt: context.now, rev: current.rev + 1 }
    await db.steps.put(saved)
    const domain = await db.domains.get(current.domainId)
    await appendEvent(db, context, {
      projectId: current.projectId,
      domainId: current.domainId,
      entity: 'step',
      entityId: id,
      action: status !== undefined && status !== current.status ? `status:${status}` : 'updated',
      summary: stepSummary(saved, current, domain?.name ?? 'a removed domain'),
      ...diff
    })
    await refreshDailySnapshot(db, current.projectId, context)
    return saved
  })
}

function stepSummary(next: Step, previous: Step, domainName: string): string {
  const title = `“${stepTitle(next.stepId)}” on ${domainName}`
  if (next.status !== previous.status)
    return `${title}: ${STEP_STATUS_LABELS[previous.status]} → ${STEP_STATUS_LABELS[next.status]}`
  return `Updated ${title}`
}

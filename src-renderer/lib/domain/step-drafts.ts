/**
 * Unsaved edits of a checklist step, kept as a draft until the user saves or discards them: a
 * collapsed step, another page or a restart never loses what was typed. These functions compare
 * a draft with the stored step and read stored drafts back safely.
 */
import { isRecord, parseJsonObject } from './json'
import { STEP_STATUSES, type Step, type StepStatus } from './types'

/** What the step form edits. */
export type StepFields = Pick<
  Step,
  'status' | 'statusReason' | 'owner' | 'dueDate' | 'notes' | 'evidence'
>

/** One step's unsaved edits, with where they belong and the revision they were started from. */
export type StepDraft = {
  projectId: string
  domainId: string
  /** The step row's rev when the draft was last written: a later rev means it changed since. */
  baseRev: number
  fields: StepFields
}

const TEXT_FIELDS = ['statusReason', 'owner', 'dueDate', 'notes', 'evidence'] as const

/** The editable fields of a stored step. */
export function stepFields(step: Pick<Step, keyof StepFields>): StepFields {
  return {
    status: step.status,
    statusReason: step.statusReason,
    owner: step.owner,
    dueDate: step.dueDate,
    notes: step.notes,
    evidence: step.evidence
  }
}

/** True when the two hold the same values. */
export function sameFields(a: StepFields, b: StepFields): boolean {
  return a.status === b.status && TEXT_FIELDS.every((field) => a[field] === b[field])
}

function readFields(value: unknown): StepFields | null {
  if (!isRecord(value)) return null
  const status = value.status
  if (typeof status !== 'string' || !(STEP_STATUSES as readonly string[]).includes(status))
    return null
  const fields: Partial<StepFields> = { status: status as StepStatus }
  for (const field of TEXT_FIELDS) {
    const text = value[field]
    if (typeof text !== 'string') return null
    fields[field] = text
  }
  return fields as StepFields
}

/**
 * The drafts stored as JSON (step row id → draft); entries that are not drafts are left out, and
 * text that is not JSON gives none, so a damaged store never stops the checklist from opening.
 */
export function parseStepDrafts(text: string | null): Record<string, StepDraft> {
  const parsed = parseJsonObject(text)
  if (parsed === null) return {}
  const drafts: Record<string, StepDraft> = {}
  for (const [id, value] of Object.entries(parsed)) {
    if (!isRecord(value)) continue
    const fields = readFields(value.fields)
    const { projectId, domainId, baseRev } = value
    if (fields === null || typeof projectId !== 'string' || typeof domainId !== 'string') continue
    if (typeof baseRev !== 'number' || !Number.isInteger(baseRev)) continue
    drafts[id] = { projectId, domainId, baseRev, fields }
  }
  return drafts
}

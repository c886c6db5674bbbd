/**
 * The schedule form's state: what the user types (local times, owners, the gates), how it starts
 * for a runbook, how it becomes the repository's input, and how a draft of it is read back.
 */
import { STANDARD_GATES, type GateKind } from '../../domain/cutover/model'
import type { ScheduleInput } from '../../domain/cutover/schedule'
import type { Step } from '../../domain/types'
import { fromLocalInput } from './local-time'
import { isRecord, parseJsonObject } from '../../domain/json'

export type FormAction = { id: string; title: string; owner: string; planned: string }

export type ScheduleForm = {
  start: string
  end: string
  actions: FormAction[]
  /** The standard gates by kind: checked or not. */
  standard: Record<Exclude<GateKind, 'manual'>, boolean>
  manual: string[]
}

/** A new form for a runbook: each action owned by its checklist step's owner, else by `me`. */
export function initialForm(
  actions: readonly { id: string; title: string }[],
  steps: readonly Step[],
  me: string
): ScheduleForm {
  const owners = new Map(steps.map((step) => [step.stepId as string, step.owner.trim()]))
  return {
    start: '',
    end: '',
    actions: actions.map((action) => ({
      id: action.id,
      title: action.title,
      owner: owners.get(action.id) || me,
      planned: ''
    })),
    standard: { dns: true, connectors: true, 'route-test': true },
    manual: []
  }
}

/** The gates in the order the repository numbers them: checked standard ones, then manual. */
export function formGates(form: ScheduleForm): ScheduleInput['gates'] {
  return [
    ...STANDARD_GATES.filter((gate) => form.standard[gate.kind]).map((gate) => ({ ...gate })),
    ...form.manual.map((name) => ({ kind: 'manual' as const, name }))
  ]
}

export function scheduleInput(form: ScheduleForm): ScheduleInput {
  return {
    windowStart: fromLocalInput(form.start),
    windowEnd: fromLocalInput(form.end),
    actions: form.actions.map((action) => ({
      id: action.id,
      owner: action.owner,
      plannedAt: fromLocalInput(action.planned)
    })),
    gates: formGates(form)
  }
}

/**
 * A stored draft laid over a fresh form: its times, gates and the owners and planned times of
 * the actions the runbook still has. Anything unreadable is left as the fresh form has it.
 */
export function applyDraft(fresh: ScheduleForm, text: string | undefined): ScheduleForm {
  const parsed = parseJsonObject(text)
  if (parsed === null) return fresh
  const textOr = (value: unknown, fallback: string): string =>
    typeof value === 'string' ? value : fallback
  const drafted = Array.isArray(parsed.actions) ? parsed.actions.filter(isRecord) : []
  const standard = isRecord(parsed.standard) ? parsed.standard : {}
  return {
    start: textOr(parsed.start, fresh.start),
    end: textOr(parsed.end, fresh.end),
    actions: fresh.actions.map((action) => {
      const old = drafted.find((candidate) => candidate.id === action.id)
      return old
        ? { ...action, owner: textOr(old.owner, action.owner), planned: textOr(old.planned, '') }
        : action
    }),
    standard: {
      dns: standard.dns !== false,
      connectors: standard.connectors !== false,
      'route-test': standard['route-test'] !== false
    },
    manual: Array.isArray(parsed.manual)
      ? parsed.manual.filter((name): name is string => typeof name === 'string')
      : []
  }
}

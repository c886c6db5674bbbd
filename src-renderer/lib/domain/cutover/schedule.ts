/**
 * Scheduling a run: the window, an owner (and optionally a planned time) per runbook action, and
 * the go/no-go gates. Validated here, so the form shows a message at the field and the repository
 * refuses the same input before anything is written. Times arrive as ISO timestamps: the screen
 * turns the local time it shows into one.
 */
import { planTransition } from '../advisor/plan'
import type { ProjectDomain } from '../advisor/types'
import type { Domain, Scenario } from '../types'
import type { FieldErrors, Validated } from '../validation'
import {
  MX_CHANGE_ACTIONS,
  STANDARD_GATES,
  type GateKind,
  type RunAction,
  type RunGate
} from './model'

/** A cut-over window longer than this is a typing mistake rather than one night. */
export const MAX_WINDOW_HOURS = 72
export const MAX_GATE_NAME = 120

export type ScheduleActionInput = { id: string; owner: string; plannedAt: string }
export type ScheduleGateInput = { kind: GateKind; name: string }

/** What the schedule form sends: '' for a time left empty or not understood. */
export type ScheduleInput = {
  windowStart: string
  windowEnd: string
  actions: ScheduleActionInput[]
  gates: ScheduleGateInput[]
}

/** The schedule as stored on a new run (nothing done, every gate pending). */
export type Schedule = {
  windowStart: string
  windowEnd: string
  actions: RunAction[]
  gates: RunGate[]
}

/** The runbook actions a run is scheduled for: their ids and titles, in order. */
export type RunbookEntry = { id: string; title: string }

/**
 * The actions a run of `from → to` is scheduled with: the runbook's own titles, not the
 * "Confirm: …" wording the advisor uses where the project shows an action done, so a run reads
 * the same whatever was known when it was scheduled. The domain's scenario 2 path and the
 * project's other domains shape the runbook as they do on the advisor's screen.
 */
export function runbookEntries(
  from: Scenario,
  to: Scenario,
  domain: Pick<Domain, 'name' | 'scenario2Outbound'>,
  domains: readonly ProjectDomain[]
): RunbookEntry[] {
  const outbound = domain.scenario2Outbound
  return planTransition(from, to, {
    domainName: domain.name,
    ...(outbound === undefined ? {} : { scenario2Outbound: outbound }),
    domains
  }).actions.map(({ id, title }) => ({ id, title }))
}

/** The form's starting gates: the standard ones. */
export function defaultGates(): ScheduleGateInput[] {
  return STANDARD_GATES.map((gate) => ({ ...gate }))
}

function timeOf(iso: string): number {
  return iso === '' ? Number.NaN : Date.parse(iso)
}

function checkWindow(input: ScheduleInput, errors: FieldErrors): void {
  const start = timeOf(input.windowStart)
  const end = timeOf(input.windowEnd)
  if (Number.isNaN(start)) errors.windowStart = 'Enter the date and time the window starts.'
  if (Number.isNaN(end)) errors.windowEnd = 'Enter the date and time the window ends.'
  else if (!Number.isNaN(start) && end <= start)
    errors.windowEnd = 'The window must end after it starts.'
  else if (!Number.isNaN(start) && end - start > MAX_WINDOW_HOURS * 3_600_000)
    errors.windowEnd = `The window is longer than ${MAX_WINDOW_HOURS} hours: check the dates.`
}

function scheduledActions(
  input: ScheduleInput,
  runbook: readonly RunbookEntry[],
  errors: FieldErrors
): RunAction[] {
  const end = timeOf(input.windowEnd)
  return runbook.map((entry) => {
    const given = input.actions.find((action) => action.id === entry.id)
    const owner = given?.owner.trim() ?? ''
    const planned = given?.plannedAt ?? ''
    const plannedTime = timeOf(planned)
    if (owner === '') errors[`owner-${entry.id}`] = `Choose who does “${entry.title}”.`
    if (planned !== '' && Number.isNaN(timeOf(planned)))
      errors[`planned-${entry.id}`] =
        `Enter a date and time for “${entry.title}”, or leave it empty.`
    else if (planned !== '' && !Number.isNaN(end) && timeOf(planned) > end)
      errors[`planned-${entry.id}`] = `“${entry.title}” is planned after the window ends.`
    return {
      id: entry.id,
      title: entry.title,
      owner,
      plannedAt: Number.isNaN(plannedTime) ? null : new Date(plannedTime).toISOString(),
      mxChange: MX_CHANGE_ACTIONS.includes(entry.id),
      doneAt: null,
      doneBy: '',
      note: ''
    }
  })
}

function scheduledGates(input: ScheduleInput, errors: FieldErrors): RunGate[] {
  const seen = new Set<string>()
  return input.gates.map((gate, index) => {
    const name = gate.name.trim()
    // A fixed locale for the key, not the user's: one name gives one key on every machine.
    const key = name.toLocaleLowerCase('en-US')
    if (name === '') errors[`gate-${index}`] = `Name gate ${index + 1}, or remove it.`
    else if (name.length > MAX_GATE_NAME)
      errors[`gate-${index}`] =
        `Gate ${index + 1}'s name is longer than ${MAX_GATE_NAME} characters.`
    else if (seen.has(key)) errors[`gate-${index}`] = `Two gates are named “${name}”.`
    seen.add(key)
    return {
      id: gate.kind === 'manual' ? `manual-${index + 1}` : gate.kind,
      kind: gate.kind,
      name,
      state: 'pending',
      by: '',
      at: null,
      note: ''
    }
  })
}

/** The schedule of a run of `runbook`, or a message per field. */
export function validateSchedule(
  input: ScheduleInput,
  runbook: readonly RunbookEntry[]
): Validated<Schedule> {
  const errors: FieldErrors = {}
  checkWindow(input, errors)
  const actions = scheduledActions(input, runbook, errors)
  const gates = scheduledGates(input, errors)
  const kinds = input.gates.filter((gate) => gate.kind !== 'manual').map((gate) => gate.kind)
  if (new Set(kinds).size !== kinds.length) errors.gates = 'Each standard gate can be added once.'
  if (gates.length === 0 && actions.some((action) => action.mxChange))
    errors.gates = 'Add at least one go/no-go gate: the MX change waits for the gates to pass.'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    value: {
      windowStart: new Date(timeOf(input.windowStart)).toISOString(),
      windowEnd: new Date(timeOf(input.windowEnd)).toISOString(),
      actions,
      gates
    }
  }
}

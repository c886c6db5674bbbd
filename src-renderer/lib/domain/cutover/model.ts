/**
 * Cut-over runs: a transition runbook scheduled for one night. A run keeps its own copy of the
 * runbook's actions (title, owner, planned time, who ticked it, when, with a note) and its
 * go/no-go gates, so the executed runbook reads the same after the catalog or the domain change.
 * Stored in table `runs` (schema version 8), several per domain over time; at most one is open.
 */
import { isScenario } from '../scenarios'
import type { RowMeta, Scenario } from '../types'
import { isRecord } from '../json'

/** scheduled: open (before or during its window); the others: ended and archived. */
export type RunStatus = 'scheduled' | 'completed' | 'aborted' | 'rolled-back'
export type RunOutcome = Exclude<RunStatus, 'scheduled'>

export const RUN_STATUS_LABELS: Readonly<Record<RunStatus, string>> = {
  scheduled: 'Scheduled',
  completed: 'Completed',
  aborted: 'Aborted',
  'rolled-back': 'Rolled back'
}

/** The standard gates offer a check of what the app holds; manual ones are named by the lead. */
export type GateKind = 'dns' | 'connectors' | 'route-test' | 'manual'
export type GateState = 'pending' | 'passed' | 'failed'

export const GATE_STATE_LABELS: Readonly<Record<GateState, string>> = {
  pending: 'Not decided',
  passed: 'Passed',
  failed: 'Failed'
}

/** The gates a new run proposes, in the order they are checked. */
export const STANDARD_GATES: readonly { kind: Exclude<GateKind, 'manual'>; name: string }[] = [
  { kind: 'dns', name: 'DNS checks pass' },
  { kind: 'connectors', name: 'Connectors validated' },
  { kind: 'route-test', name: 'Route test passes' }
]

/** A named check that must pass before the MX change; decided by someone at a time. */
export type RunGate = {
  id: string
  kind: GateKind
  name: string
  state: GateState
  /** Who decided it last ('' while pending). */
  by: string
  at: string | null
  note: string
}

/** One runbook action as scheduled and as carried out. */
export type RunAction = {
  /** The runbook's action id (TransitionActionId). */
  id: string
  title: string
  owner: string
  /** ISO timestamp the action is planned for, or null (due by the end of the window). */
  plannedAt: string | null
  /** The MX change: it waits for every gate to pass. */
  mxChange: boolean
  doneAt: string | null
  doneBy: string
  note: string
}

export type CutoverRun = RowMeta & {
  projectId: string
  domainId: string
  /** The domain's name when the run was scheduled, so the archive reads on its own. */
  domainName: string
  from: Scenario
  to: Scenario
  /** ISO timestamps of the window (shown in local time). */
  windowStart: string
  windowEnd: string
  actions: RunAction[]
  gates: RunGate[]
  status: RunStatus
  scheduledBy: string
  endedAt: string | null
  endedBy: string
  /** Why an aborted or rolled-back run ended, or the closing note of a completed one. */
  endReason: string
}

/** The runbook actions that change the MX record. */
export const MX_CHANGE_ACTIONS: readonly string[] = ['dns-mx-eop', 'dns-mx-onprem']

const STATUSES: readonly string[] = ['scheduled', 'completed', 'aborted', 'rolled-back']
const GATE_KINDS: readonly string[] = ['dns', 'connectors', 'route-test', 'manual']
const GATE_STATES: readonly string[] = ['pending', 'passed', 'failed']

function isText(value: unknown): value is string {
  return typeof value === 'string'
}

function isTimeOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string'
}

function isAction(value: unknown): value is RunAction {
  return (
    isRecord(value) &&
    isText(value.id) &&
    isText(value.title) &&
    isText(value.owner) &&
    isTimeOrNull(value.plannedAt) &&
    typeof value.mxChange === 'boolean' &&
    isTimeOrNull(value.doneAt) &&
    isText(value.doneBy) &&
    isText(value.note)
  )
}

function isGate(value: unknown): value is RunGate {
  return (
    isRecord(value) &&
    isText(value.id) &&
    isText(value.kind) &&
    GATE_KINDS.includes(value.kind) &&
    isText(value.name) &&
    isText(value.state) &&
    GATE_STATES.includes(value.state) &&
    isText(value.by) &&
    isTimeOrNull(value.at) &&
    isText(value.note)
  )
}

/** A stored row as a run, or null when it is not one this version understands. */
export function readRun(row: unknown): CutoverRun | null {
  if (!isRecord(row)) return null
  const texts = ['id', 'projectId', 'domainId', 'domainName', 'windowStart', 'windowEnd']
  if (!texts.every((key) => isText(row[key]))) return null
  if (!isScenario(row.from) || !isScenario(row.to)) return null
  if (!isText(row.status) || !STATUSES.includes(row.status)) return null
  if (!Array.isArray(row.actions) || !row.actions.every(isAction)) return null
  if (!Array.isArray(row.gates) || !row.gates.every(isGate)) return null
  if (!isText(row.scheduledBy) || !isTimeOrNull(row.endedAt)) return null
  if (!isText(row.endedBy) || !isText(row.endReason)) return null
  if (!isText(row.createdAt) || !isText(row.updatedAt) || typeof row.rev !== 'number') return null
  return row as unknown as CutoverRun
}

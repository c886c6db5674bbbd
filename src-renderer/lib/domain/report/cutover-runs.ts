/**
 * The status report's cut-over runs: each ended run of the domains in scope as executed (who
 * passed each gate and ticked each action, when, with their notes), newest first, and the runs
 * still scheduled in one line each. Times are printed in UTC, as the rest of the report.
 */
import {
  GATE_STATE_LABELS,
  RUN_STATUS_LABELS,
  type CutoverRun,
  type GateState,
  type RunStatus
} from '../cutover/model'
import { formatTimestamp } from '../text/timestamp'
import type { Domain } from '../types'
import type { ReportTable } from './texts'

export type ReportRunGate = {
  name: string
  state: GateState
  stateLabel: string
  by: string
  at: string | null
  note: string
}

export type ReportRunAction = {
  title: string
  owner: string
  plannedAt: string | null
  doneAt: string | null
  doneBy: string
  note: string
}

export type ReportRun = {
  id: string
  domainName: string
  from: number
  to: number
  status: RunStatus
  statusLabel: string
  windowStart: string
  windowEnd: string
  scheduledBy: string
  endedAt: string | null
  endedBy: string
  endReason: string
  done: number
  total: number
  gates: ReportRunGate[]
  actions: ReportRunAction[]
}

export type ReportCutoverRuns = {
  /** Ended runs (completed, aborted, rolled back), the newest window first. */
  archived: ReportRun[]
  /** Runs still open, the soonest window first. */
  scheduled: ReportRun[]
}

export const CUTOVER_RUNS_NOTE =
  'Each cut-over run as it was carried out: who passed each go/no-go gate and ticked each runbook action, when, with their notes. Times are in UTC.'
export const NO_CUTOVER_RUNS = 'No cut-over run has been scheduled for the domains in scope.'

function reportRun(run: CutoverRun, domainName: string): ReportRun {
  return {
    id: run.id,
    domainName,
    from: run.from,
    to: run.to,
    status: run.status,
    statusLabel: RUN_STATUS_LABELS[run.status],
    windowStart: run.windowStart,
    windowEnd: run.windowEnd,
    scheduledBy: run.scheduledBy,
    endedAt: run.endedAt,
    endedBy: run.endedBy,
    endReason: run.endReason,
    done: run.actions.filter((action) => action.doneAt !== null).length,
    total: run.actions.length,
    gates: run.gates.map((gate) => ({
      name: gate.name,
      state: gate.state,
      stateLabel: GATE_STATE_LABELS[gate.state],
      by: gate.by,
      at: gate.at,
      note: gate.note
    })),
    actions: run.actions.map(({ title, owner, plannedAt, doneAt, doneBy, note }) => ({
      title,
      owner,
      plannedAt,
      doneAt,
      doneBy,
      note
    }))
  }
}

/** The runs of the domains in scope (the domain's current name, else the one stored). */
export function reportCutoverRuns(
  domains: readonly Domain[],
  runs: readonly CutoverRun[]
): ReportCutoverRuns {
  const names = new Map(domains.map((domain) => [domain.id, domain.name]))
  const inScope = runs
    .filter((run) => names.has(run.domainId))
    .map((run) => reportRun(run, names.get(run.domainId) ?? run.domainName))
  return {
    archived: inScope
      .filter((run) => run.status !== 'scheduled')
      .sort((a, b) => b.windowStart.localeCompare(a.windowStart)),
    scheduled: inScope
      .filter((run) => run.status === 'scheduled')
      .sort((a, b) => a.windowStart.localeCompare(b.windowStart))
  }
}

function time(iso: string | null): string {
  return iso === null ? '—' : formatTimestamp(iso)
}

/** "Cut-over of contoso.com, scenario 3 → 2". */
export function runTitle(run: ReportRun): string {
  return `Cut-over of ${run.domainName}, scenario ${run.from} → ${run.to}`
}

/** The run's outcome in one sentence: window, who ended it, when, the reason. */
export function runSentence(run: ReportRun): string {
  const window = `Window ${time(run.windowStart)} to ${time(run.windowEnd)}, scheduled by ${run.scheduledBy}.`
  const ticked = `${run.done} of ${run.total} actions ticked.`
  if (run.status === 'scheduled') return `${window} ${ticked}`
  const reason = run.endReason === '' ? '' : ` Reason: ${run.endReason}`
  return `${window} ${run.statusLabel} by ${run.endedBy} at ${time(run.endedAt)}; ${ticked}${reason}`
}

/** A scheduled run in one line: its title, then its window and progress. */
export function scheduledRunLine(run: ReportRun): string {
  return `${runTitle(run)}. ${runSentence(run)}`
}

export function runGateTable(run: ReportRun): ReportTable {
  return {
    caption: `Go/no-go gates of the ${runTitle(run).charAt(0).toLowerCase()}${runTitle(run).slice(1)}`,
    columns: ['Gate', 'Result', 'Decided by', 'At', 'Note'],
    rows: run.gates.map((gate) => [
      { text: gate.name },
      { text: gate.stateLabel, badge: gate.state },
      { text: gate.by || '—' },
      { text: time(gate.at) },
      { text: gate.note || '—' }
    ])
  }
}

export function runActionTable(run: ReportRun): ReportTable {
  return {
    caption: `Runbook as executed: ${run.domainName}`,
    columns: ['Action', 'Owner', 'Planned', 'Ticked', 'Note'],
    rows: run.actions.map((action, index) => [
      { text: `${index + 1}. ${action.title}` },
      { text: action.owner },
      { text: time(action.plannedAt) },
      {
        text: action.doneAt === null ? 'Not ticked' : `${action.doneBy}, ${time(action.doneAt)}`
      },
      { text: action.note || '—' }
    ])
  }
}

/**
 * A run during the night, judged at a moment passed in: what is next, what is late (against each
 * action's planned time and the window's end), who is on it, the gates' state, and whether the MX
 * change may start. Pure: the screen passes its clock's time.
 */
import { DISPLAY_LOCALE } from '../numbers'
import type { CutoverRun, RunAction, RunGate } from './model'

/** before: the window has not started; open: within it; overrun: past its end, not ended; ended. */
export type RunPhase = 'before' | 'open' | 'overrun' | 'ended'

export type LateAction = {
  action: RunAction
  /** When it was due: its planned time, or the window's end. */
  dueAt: string
  minutesLate: number
}

export type GateSummary = {
  passed: number
  failed: number
  pending: number
  total: number
  /** Every gate passed (true when there are none). */
  allPassed: boolean
  /** The gates not passed yet, in order. */
  open: RunGate[]
}

export type OwnerLoad = { owner: string; open: number; late: number }

export type RunProgress = {
  phase: RunPhase
  done: number
  total: number
  /** The first action not done, in runbook order. */
  next: RunAction | null
  late: LateAction[]
  gates: GateSummary
  /** True when the MX change may be ticked: every gate passed. */
  mxReady: boolean
  /** Who holds open actions, the next action's owner first. */
  owners: OwnerLoad[]
  /** Minutes until the window starts (before) or ends (open); 0 otherwise. */
  minutesToGo: number
}

function minutesBetween(from: number, to: number): number {
  return Math.floor((to - from) / 60_000)
}

export function phaseOf(run: CutoverRun, now: string): RunPhase {
  if (run.status !== 'scheduled') return 'ended'
  const at = Date.parse(now)
  if (at < Date.parse(run.windowStart)) return 'before'
  return at <= Date.parse(run.windowEnd) ? 'open' : 'overrun'
}

/** The gates' counts and the ones not passed. */
export function gateSummary(gates: readonly RunGate[]): GateSummary {
  const count = (state: RunGate['state']): number =>
    gates.filter((gate) => gate.state === state).length
  const open = gates.filter((gate) => gate.state !== 'passed')
  return {
    passed: count('passed'),
    failed: count('failed'),
    pending: count('pending'),
    total: gates.length,
    allPassed: open.length === 0,
    open
  }
}

/** The open actions past their due time (planned time, or the window's end), most late first. */
export function lateActions(run: CutoverRun, now: string): LateAction[] {
  if (run.status !== 'scheduled') return []
  const at = Date.parse(now)
  return run.actions
    .filter((action) => action.doneAt === null)
    .map((action) => {
      const dueAt = action.plannedAt ?? run.windowEnd
      return { action, dueAt, minutesLate: minutesBetween(Date.parse(dueAt), at) }
    })
    .filter((late) => late.minutesLate > 0)
    .sort((a, b) => b.minutesLate - a.minutesLate)
}

function ownerLoads(
  run: CutoverRun,
  late: readonly LateAction[],
  next: RunAction | null
): OwnerLoad[] {
  const loads = new Map<string, OwnerLoad>()
  for (const action of run.actions.filter((candidate) => candidate.doneAt === null)) {
    const load = loads.get(action.owner) ?? { owner: action.owner, open: 0, late: 0 }
    load.open += 1
    if (late.some((entry) => entry.action.id === action.id)) load.late += 1
    loads.set(action.owner, load)
  }
  return [...loads.values()].sort(
    (a, b) =>
      Number(b.owner === next?.owner) - Number(a.owner === next?.owner) ||
      a.owner.localeCompare(b.owner, DISPLAY_LOCALE, { sensitivity: 'base' })
  )
}

/** The run as the live view shows it at `now` (an ISO timestamp). */
export function runProgress(run: CutoverRun, now: string): RunProgress {
  const phase = phaseOf(run, now)
  const at = Date.parse(now)
  const next = run.actions.find((action) => action.doneAt === null) ?? null
  const late = lateActions(run, now)
  const gates = gateSummary(run.gates)
  const minutesToGo =
    phase === 'before'
      ? minutesBetween(at, Date.parse(run.windowStart))
      : phase === 'open'
        ? minutesBetween(at, Date.parse(run.windowEnd))
        : 0
  return {
    phase,
    done: run.actions.filter((action) => action.doneAt !== null).length,
    total: run.actions.length,
    next,
    late,
    gates,
    mxReady: gates.allPassed,
    owners: phase === 'ended' ? [] : ownerLoads(run, late, next),
    minutesToGo
  }
}

/**
 * Why an action cannot be ticked now, or null when it can: the MX change waits for every gate,
 * and an ended run is archived as it was.
 */
export function tickBlocker(run: CutoverRun, actionId: string): string | null {
  if (run.status !== 'scheduled') return 'The run has ended: its runbook is archived as it was.'
  const action = run.actions.find((candidate) => candidate.id === actionId)
  if (!action) return 'This run has no such action.'
  if (!action.mxChange) return null
  const { open } = gateSummary(run.gates)
  if (open.length === 0) return null
  const names = open.map((gate) => `“${gate.name}”`).join(', ')
  return `The MX change waits for every go/no-go gate to pass. Not passed yet: ${names}.`
}

/** "1 h 05 min", "12 min": a duration in minutes for the live view. */
export function durationText(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes))
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  if (hours === 0) return `${rest} min`
  return `${hours} h ${String(rest).padStart(2, '0')} min`
}

/**
 * Cut-over runs: a transition runbook scheduled for one night (a date and time window, an owner
 * per action, go/no-go gates that must pass before the MX change) and, as it is worked, who ticked
 * what and when. A domain can have several runs over time; a finished run is kept as the record
 * of what was executed.
 */

/** A named check that must pass before the MX change (the go/no-go gate). */
export type CutoverGate = {
  id: string
  name: string
  passed: boolean
  by: string
  at: string | null
  note: string
}

/** One runbook action as scheduled and executed in a run. */
export type CutoverAction = {
  /** The runbook action's id (stable, from the advisor). */
  id: string
  title: string
  owner: string
  /** Minutes from the start of the window by which it should be done. */
  dueMinutes: number
  done: boolean
  by: string
  at: string | null
  note: string
  /** The MX change: the gates must all pass before it can be ticked. */
  gated: boolean
}

export type CutoverRunState = 'scheduled' | 'finished' | 'abandoned'

export type CutoverRun = {
  id: string
  projectId: string
  domainId: string
  /** The domain's scenario before and after (the runbook it executes). */
  from: number
  to: number
  /** Local date and times of the window: YYYY-MM-DD, HH:MM. */
  date: string
  start: string
  end: string
  state: CutoverRunState
  gates: CutoverGate[]
  actions: CutoverAction[]
  finishedAt: string | null
  createdAt: string
  updatedAt: string
  rev: number
}

/**
 * Cut-over runs (table runs): scheduling a domain's transition runbook for a night, deciding its
 * go/no-go gates, ticking its actions and ending it. Each change is one transaction with its
 * activity-log entry, a sentence naming who did it. A domain has at most one open run; ended runs
 * stay as its archive.
 */
import { isScenario } from '../../domain/scenarios'
import {
  readRun,
  type CutoverRun,
  type GateState,
  type RunOutcome
} from '../../domain/cutover/model'
import { tickBlocker } from '../../domain/cutover/progress'
import { runbookEntries, validateSchedule, type ScheduleInput } from '../../domain/cutover/schedule'
import {
  endSentence,
  gateSentence,
  scheduledSentence,
  tickSentence
} from '../../domain/cutover/sentences'
import type { Scenario } from '../../domain/types'
import { ValidationError } from '../../domain/validation'
import type { TrackerDb } from '../schema'
import { newRowMeta, NotFoundError, type WriteContext } from '../write-context'
import { readDomainRuns } from './cutover-run-reads'
import { domainOrThrow } from './domains'
import { appendDomainEvent } from './events'

export const MAX_RUN_NOTE = 2000

async function runOrThrow(db: TrackerDb, runId: string): Promise<CutoverRun> {
  const run = readRun(await db.runs.get(runId))
  if (!run) throw new NotFoundError('This cut-over run')
  return run
}

function checkNote(note: string, field: string): string {
  const trimmed = note.trim()
  if (trimmed.length > MAX_RUN_NOTE)
    throw new ValidationError({ [field]: `Keep the note under ${MAX_RUN_NOTE} characters.` })
  return trimmed
}

async function save(
  db: TrackerDb,
  run: CutoverRun,
  context: WriteContext,
  action: string,
  summary: string
): Promise<CutoverRun> {
  const saved: CutoverRun = { ...run, updatedAt: context.now, rev: run.rev + 1 }
  await db.runs.put(saved)
  await appendDomainEvent(
    db,
    context,
    { id: run.domainId, projectId: run.projectId },
    {
      action,
      summary
    }
  )
  return saved
}

/**
 * Schedules the runbook from the domain's scenario to `to` as a run. Refused with a message per
 * field when the schedule is invalid, and when the domain already has an open run.
 */
export async function scheduleRun(
  db: TrackerDb,
  domainId: string,
  to: Scenario,
  input: ScheduleInput,
  context: WriteContext
): Promise<CutoverRun> {
  return db.transaction('rw', [db.domains, db.runs, db.events], async () => {
    const domain = await domainOrThrow(db, domainId)
    if (!isScenario(to) || to === domain.scenario)
      throw new ValidationError({ target: `Choose a scenario other than ${domain.scenario}.` })
    const open = (await readDomainRuns(db, domainId)).find((run) => run.status === 'scheduled')
    if (open)
      throw new ValidationError({
        run: `${domain.name} already has a scheduled cut-over: end it before scheduling another.`
      })
    const domains = await db.domains.where('projectId').equals(domain.projectId).toArray()
    const runbook = runbookEntries(domain.scenario, to, domain, domains)
    const checked = validateSchedule(input, runbook)
    if (!checked.ok) throw new ValidationError(checked.errors)
    const run: CutoverRun = {
      ...newRowMeta(context),
      rev: 0,
      projectId: domain.projectId,
      domainId,
      domainName: domain.name,
      from: domain.scenario,
      to,
      ...checked.value,
      status: 'scheduled',
      scheduledBy: context.actor,
      endedAt: null,
      endedBy: '',
      endReason: ''
    }
    return save(db, run, context, 'run-scheduled', scheduledSentence(context.actor, run))
  })
}

/** Passes, fails or reopens one gate of an open run, recording who and when. */
export async function decideGate(
  db: TrackerDb,
  runId: string,
  gateId: string,
  state: GateState,
  note: string,
  context: WriteContext
): Promise<CutoverRun> {
  return db.transaction('rw', [db.runs, db.events], async () => {
    const run = await runOrThrow(db, runId)
    if (run.status !== 'scheduled')
      throw new ValidationError({ gate: 'The run has ended: its gates are archived as they were.' })
    const gate = run.gates.find((candidate) => candidate.id === gateId)
    if (!gate) throw new ValidationError({ gate: 'This run has no such gate.' })
    const decided = {
      ...gate,
      state,
      by: state === 'pending' ? '' : context.actor,
      at: state === 'pending' ? null : context.now,
      note: checkNote(note, `gate-note-${gateId}`)
    }
    const next = {
      ...run,
      gates: run.gates.map((candidate) => (candidate.id === gateId ? decided : candidate))
    }
    return save(db, next, context, `run-gate-${state}`, gateSentence(context.actor, run, decided))
  })
}

/** Ticks (or unticks) one action of an open run, recording who, when and the note. */
export async function tickRunAction(
  db: TrackerDb,
  runId: string,
  actionId: string,
  done: boolean,
  note: string,
  context: WriteContext
): Promise<CutoverRun> {
  return db.transaction('rw', [db.runs, db.events], async () => {
    const run = await runOrThrow(db, runId)
    const blocker = done || run.status !== 'scheduled' ? tickBlocker(run, actionId) : null
    if (blocker !== null) throw new ValidationError({ [`action-${actionId}`]: blocker })
    const action = run.actions.find((candidate) => candidate.id === actionId)
    if (!action)
      throw new ValidationError({ [`action-${actionId}`]: 'This run has no such action.' })
    const changed = {
      ...action,
      doneAt: done ? context.now : null,
      doneBy: done ? context.actor : '',
      note: checkNote(note, `note-${actionId}`)
    }
    const next = {
      ...run,
      actions: run.actions.map((candidate) => (candidate.id === actionId ? changed : candidate))
    }
    const kind = done ? 'run-action-ticked' : 'run-action-unticked'
    return save(db, next, context, kind, tickSentence(context.actor, run, changed))
  })
}

/**
 * Ends an open run: completed, aborted or rolled back. An aborted or rolled-back run needs its
 * reason. The run, as executed, stays on the domain as its archive.
 */
export async function endRun(
  db: TrackerDb,
  runId: string,
  outcome: RunOutcome,
  reason: string,
  context: WriteContext
): Promise<CutoverRun> {
  return db.transaction('rw', [db.runs, db.events], async () => {
    const run = await runOrThrow(db, runId)
    if (run.status !== 'scheduled')
      throw new ValidationError({ outcome: 'This run has already ended.' })
    const text = checkNote(reason, 'reason')
    if (outcome !== 'completed' && text === '')
      throw new ValidationError({
        reason:
          outcome === 'aborted' ? 'Say why the run is aborted.' : 'Say why the run is rolled back.'
      })
    const ended: CutoverRun = {
      ...run,
      status: outcome,
      endedAt: context.now,
      endedBy: context.actor,
      endReason: text
    }
    return save(db, ended, context, 'run-ended', endSentence(context.actor, ended))
  })
}

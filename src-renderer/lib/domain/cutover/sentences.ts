/**
 * The activity log's sentences for a run, each naming who did it. Times are given in UTC, as the
 * report prints them, so an entry reads the same on every computer.
 */
import { formatTimestamp } from '../text/timestamp'
import { RUN_STATUS_LABELS, type CutoverRun, type RunAction, type RunGate } from './model'

function runName(run: Pick<CutoverRun, 'domainName' | 'from' | 'to'>): string {
  return `the cut-over of ${run.domainName} from scenario ${run.from} to scenario ${run.to}`
}

export function scheduledSentence(actor: string, run: CutoverRun): string {
  return (
    `${actor} scheduled ${runName(run)} for ${formatTimestamp(run.windowStart)} to ` +
    `${formatTimestamp(run.windowEnd)}, with ${run.actions.length} actions and ` +
    `${run.gates.length} go/no-go ${run.gates.length === 1 ? 'gate' : 'gates'}`
  )
}

export function gateSentence(actor: string, run: CutoverRun, gate: RunGate): string {
  const verb = gate.state === 'passed' ? 'passed' : gate.state === 'failed' ? 'failed' : 'reopened'
  const note = gate.note.trim() === '' ? '' : `: ${gate.note.trim()}`
  return `${actor} ${verb} the gate “${gate.name}” of ${runName(run)}${note}`
}

export function tickSentence(actor: string, run: CutoverRun, action: RunAction): string {
  if (action.doneAt === null) return `${actor} unticked “${action.title}” in ${runName(run)}`
  const note = action.note.trim() === '' ? '' : `: ${action.note.trim()}`
  return `${actor} ticked “${action.title}” in ${runName(run)}${note}`
}

export function endSentence(actor: string, run: CutoverRun): string {
  const done = run.actions.filter((action) => action.doneAt !== null).length
  const reason = run.endReason.trim() === '' ? '' : `. Reason: ${run.endReason.trim()}`
  return (
    `${actor} ended ${runName(run)} as ${RUN_STATUS_LABELS[run.status].toLowerCase()} ` +
    `(${done} of ${run.actions.length} actions ticked)${reason}`
  )
}

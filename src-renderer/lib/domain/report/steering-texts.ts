/**
 * The words and tables of the report's steering part, shared by the HTML (and so the PDF and the
 * preview) and the Markdown renderers so they say the same.
 */
import { formatCount } from '../numbers'
import { RAG_LABELS } from './notes'
import type { ReportChanges, ReportSteering } from './steering'
import type { StatusVerdict } from './status'
import type { ReportTable } from './texts'

/** "Amber. Set by the lead (the rule gives Red): vendor confirmed the date." or the rule's reasons. */
export function verdictText(verdict: StatusVerdict): string {
  const override = verdict.override
  if (override !== null)
    return `Set by the lead (the rule gives ${RAG_LABELS[verdict.computed]}): ${override.reason}`
  return verdict.reasons.length === 0
    ? 'Nothing overdue, blocked or failing.'
    : verdict.reasons.join(' ')
}

export function domainStatusTable(steering: ReportSteering): ReportTable {
  return {
    caption: 'Status per domain',
    columns: ['Domain', 'Status', 'Why', 'Target date'],
    rows: steering.domains.map((domain) => [
      { text: domain.name },
      { text: domain.verdict.statusLabel, badge: `rag-${domain.verdict.status}` },
      { text: verdictText(domain.verdict) },
      { text: domain.verdict.targetDate || 'None set', date: true }
    ])
  }
}

export function milestoneTable(steering: ReportSteering): ReportTable {
  return {
    caption: 'Milestones',
    columns: ['Scope', 'Target date'],
    rows: steering.milestones.map((milestone) => [
      { text: milestone.label },
      { text: milestone.targetDate, date: true }
    ])
  }
}

function stepList(steps: ReportChanges['stepsDone']): string {
  return steps.map((step) => `${step.title} (${step.domainName})`).join('; ')
}

/** The changes since the last report as sentences, or the sentence saying there is none to compare. */
export function changeLines(
  steering: ReportSteering,
  formatTime: (at: string) => string
): string[] {
  const changes = steering.changes
  if (changes === null)
    return [
      'This is the first exported report of this scope: the next one lists what changed since.'
    ]
  const moved = changes.mailboxesMoved
  return [
    `Since the report exported ${formatTime(changes.since)} by ${changes.sinceActor}:`,
    changes.stepsDone.length === 0
      ? 'No step was finished.'
      : `Steps done (${changes.stepsDone.length}): ${stepList(changes.stepsDone)}.`,
    moved === 0
      ? 'No mailbox finished its move.'
      : moved > 0
        ? `Mailboxes moved: ${formatCount(moved)}.`
        : `${formatCount(-moved)} fewer mailboxes count as moved (moves failed or were reset).`,
    changes.newBlockers.length === 0
      ? 'No new blockers.'
      : `New blockers (${changes.newBlockers.length}): ${stepList(changes.newBlockers)}.`
  ]
}

export const NO_COMMENTARY = 'No commentary from the lead for this report.'

/**
 * What the import preview shows of a plan: counts, the rows that cannot be imported, a sample of
 * the changes and what writing would be refused for. Small enough to send from the import worker
 * to the page, however many rows the plan holds.
 */
import { encodingNotice } from './decode'
import type { ImportIssue } from './import'
import { mailboxLabel } from './identity'
import type { MailboxLifecycle } from './lifecycle'
import type { ImportRecord } from './model'
import { importBlocker, writableRows } from './plan'
import type { FieldChange, ImportPlan } from './plan'

export type ImportPreviewData = {
  fileName: string
  format: string
  formatLabel: string
  /** Said about how the file was read (a guessed encoding), or null. */
  encodingNotice: string | null
  counts: ImportRecord['counts']
  invalidRows: number
  invalidCapped: boolean
  /** Invalid and conflicting rows in line order (file-level problems last), the first `listed`. */
  problems: ImportIssue[]
  problemCount: number
  warnings: ImportIssue[]
  warningCount: number
  /** The first updated mailboxes with what changes. */
  changes: { id: string; label: string; line: number; changes: FieldChange[] }[]
  /** The first new mailboxes. */
  created: { id: string; label: string; lifecycle: MailboxLifecycle }[]
  newBatches: { id: string; name: string }[]
  /** New and updated rows. */
  writable: number
  /** Why the import cannot be written as a whole, or with the valid rows only (null: it can). */
  blockers: { all: string | null; validOnly: string | null }
}

function byLine(a: ImportIssue, b: ImportIssue): number {
  // Problems of the whole file (line 0) read best after the rows they sum up.
  if (a.line === 0 || b.line === 0) return (a.line === 0 ? 1 : 0) - (b.line === 0 ? 1 : 0)
  return a.line - b.line
}

/** The first display name of the plan with letters beyond ASCII, where an encoding shows. */
function nonAsciiName(plan: ImportPlan): string | null {
  const mailboxes = [...plan.created, ...plan.updated.map((update) => update.after)]
  // eslint-disable-next-line no-control-regex -- the ASCII range is the point
  return mailboxes.find((mailbox) => /[^\x00-\x7f]/.test(mailbox.displayName))?.displayName ?? null
}

/** The preview of a plan, listing at most `listed` problems and warnings and `sample` changes. */
export function summarisePlan(plan: ImportPlan, listed = 100, sample = 8): ImportPreviewData {
  const problems = [...plan.invalid, ...plan.conflicts].sort(byLine)
  return {
    fileName: plan.fileName,
    format: plan.format,
    formatLabel: plan.formatLabel,
    encodingNotice: encodingNotice(plan.encoding, nonAsciiName(plan)),
    counts: { ...plan.counts },
    invalidRows: plan.invalidRows,
    invalidCapped: plan.invalidCapped,
    problems: problems.slice(0, listed),
    problemCount: problems.length,
    warnings: plan.warnings.slice(0, listed),
    warningCount: plan.warnings.length,
    changes: plan.updated.slice(0, sample).map((update) => ({
      id: update.after.id,
      label: mailboxLabel(update.after),
      line: update.line,
      changes: update.changes
    })),
    created: plan.created.slice(0, sample).map((mailbox) => ({
      id: mailbox.id,
      label: mailboxLabel(mailbox),
      lifecycle: mailbox.lifecycle
    })),
    newBatches: plan.newBatches.map((batch) => ({ id: batch.id, name: batch.name })),
    writable: writableRows(plan),
    blockers: { all: importBlocker(plan, false), validOnly: importBlocker(plan, true) }
  }
}

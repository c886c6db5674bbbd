/**
 * The report's two CSV files: the checklist steps in scope, and the mailboxes in scope in the
 * mailbox list's own format (mailboxListCsv). Both go through toCsv, which neutralises cells a
 * spreadsheet would run as formulas. Neither adds a byte-order mark: the caller that saves the
 * file does, as the mailbox page does.
 */
import { toCsv } from '../csv-export'
import { mailboxListCsv } from '../mailboxes/exports'
import type { Mailbox } from '../mailboxes/model'
import type { Report, ReportStep } from './index'

export const REPORT_STEP_HEADERS = [
  'Domain',
  'Scenario',
  'Step',
  'Category',
  'Requirement',
  'Status',
  'Status reason',
  'Owner',
  'Due date',
  'Completed at',
  'Overdue'
] as const

function stepsOf(source: Pick<Report, 'domains'> | readonly ReportStep[]): readonly ReportStep[] {
  return 'domains' in source ? source.domains.flatMap((domain) => domain.steps) : source
}

/**
 * One row per active step in scope (a report's, or the steps given), domain by domain in
 * checklist order: domain, scenario, step, category, requirement, status, status reason, owner,
 * due date, completed at (ISO timestamp), overdue (yes or no).
 */
export function reportStepsCsv(source: Pick<Report, 'domains'> | readonly ReportStep[]): string {
  const rows: string[][] = [[...REPORT_STEP_HEADERS]]
  for (const step of stepsOf(source)) {
    rows.push([
      step.domainName,
      step.scenarioLabel,
      step.title,
      step.categoryLabel,
      step.requirementLabel,
      step.statusLabel,
      step.statusReason,
      step.owner,
      step.dueDate,
      step.completedAt ?? '',
      step.overdue ? 'yes' : 'no'
    ])
  }
  return toCsv(rows)
}

/**
 * The mailboxes of the report's scope (all of the project's, or those of its domain) as the
 * mailbox list's CSV, in the order given (lib/db/report-inputs readScopeMailboxes reads them by
 * address). Domain and batch names come from the report.
 */
export function reportMailboxesCsv(
  report: Pick<Report, 'scope' | 'domains' | 'mailboxes'>,
  mailboxes: readonly Mailbox[]
): string {
  const { scope } = report
  const positions: number[] = []
  mailboxes.forEach((mailbox, index) => {
    if (scope.kind === 'project' || mailbox.domainId === scope.domainId) positions.push(index)
  })
  return mailboxListCsv(mailboxes, positions, {
    domains: new Map(report.domains.map((domain) => [domain.id, domain.name])),
    batches: new Map(report.mailboxes.batches.batches.map((batch) => [batch.id, batch.name]))
  })
}

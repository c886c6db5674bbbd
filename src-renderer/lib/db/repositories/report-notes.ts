/**
 * The lead's notes for the status report (commentary, target date, status override) per scope,
 * and the record each export leaves so the next report can say what changed since.
 */
import { formatCount } from '../../domain/numbers'
import {
  RAG_LABELS,
  type RagStatus,
  type ReportFacts,
  type ReportNotes,
  type ScopeKey,
  type StoredReport
} from '../../domain/report/notes'
import { ValidationError } from '../../domain/validation'
import type { TrackerDb } from '../schema'
import { ConflictError, newRowMeta, NotFoundError, type WriteContext } from '../write-context'
import { appendEvent } from './events'

export type ReportNotesInput = {
  commentary: string
  targetDate: string
  /** '' for the rule's status. */
  override: RagStatus | ''
  overrideReason: string
}

const MAX_COMMENTARY = 5_000

function checkNotes(input: ReportNotesInput): Record<string, string> {
  const errors: Record<string, string> = {}
  if (input.commentary.length > MAX_COMMENTARY)
    errors.commentary = `Keep the commentary under ${formatCount(MAX_COMMENTARY)} characters.`
  if (input.targetDate !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(input.targetDate))
    errors.targetDate = 'Enter the target date as a date (YYYY-MM-DD).'
  if (input.override !== '' && !(input.override in RAG_LABELS))
    errors.override = 'Choose Green, Amber or Red.'
  if (input.override !== '' && input.overrideReason.trim() === '')
    errors.overrideReason =
      'Say why the status differs from the rule: the report shows it beside it.'
  return errors
}

/** All notes of a project (the project's and each domain's). */
export async function readReportNotes(db: TrackerDb, projectId: string): Promise<ReportNotes[]> {
  return db.reportNotes.where('projectId').equals(projectId).toArray()
}

/** Saves the notes of one scope, recorded in the activity log. */
export async function saveReportNotes(
  db: TrackerDb,
  projectId: string,
  scope: ScopeKey,
  input: ReportNotesInput,
  context: WriteContext,
  expectedRev?: number
): Promise<ReportNotes> {
  const errors = checkNotes(input)
  if (Object.keys(errors).length > 0) throw new ValidationError(errors)
  return db.transaction('rw', [db.projects, db.domains, db.reportNotes, db.events], async () => {
    if (!(await db.projects.get(projectId))) throw new NotFoundError('This project')
    const domain = scope === 'project' ? null : await db.domains.get(scope)
    if (scope !== 'project' && (!domain || domain.projectId !== projectId))
      throw new NotFoundError('This domain')
    const current = await db.reportNotes
      .where('[projectId+scope]')
      .equals([projectId, scope])
      .first()
    if (expectedRev !== undefined && (current?.rev ?? 0) !== expectedRev)
      throw new ConflictError('The report notes')
    const override =
      input.override === '' ? null : { status: input.override, reason: input.overrideReason.trim() }
    const next: ReportNotes = {
      ...(current ?? { ...newRowMeta(context), projectId, scope }),
      commentary: input.commentary.trim(),
      targetDate: input.targetDate,
      override,
      updatedAt: context.now,
      rev: (current?.rev ?? 0) + 1
    }
    await db.reportNotes.put(next)
    const where = domain ? domain.name : 'the project'
    await appendEvent(db, context, {
      projectId,
      domainId: domain?.id ?? null,
      entity: 'project',
      entityId: next.id,
      action: 'report-notes',
      summary: `Updated the status report notes of ${where}`,
      before: current
        ? {
            targetDate: current.targetDate,
            status: current.override ? RAG_LABELS[current.override.status] : 'by the rule',
            reason: current.override?.reason ?? ''
          }
        : null,
      after: {
        targetDate: next.targetDate,
        status: override ? RAG_LABELS[override.status] : 'by the rule',
        reason: override?.reason ?? ''
      }
    })
    return next
  })
}

/** The latest exported report of a scope, or null. */
export async function readPreviousReport(
  db: TrackerDb,
  projectId: string,
  scope: ScopeKey
): Promise<StoredReport | null> {
  const latest = await db.reports
    .where('[projectId+scope+createdAt]')
    .between([projectId, scope, ''], [projectId, scope, '\uffff'])
    .last()
  return latest ?? null
}

/** Records an export of a report: its facts become the next report's "changes since". */
export async function recordExportedReport(
  db: TrackerDb,
  fields: { projectId: string; scope: ScopeKey; format: string; title: string; facts: ReportFacts },
  context: WriteContext
): Promise<StoredReport> {
  const row: StoredReport = {
    id: context.newId(),
    projectId: fields.projectId,
    scope: fields.scope,
    createdAt: context.now,
    actor: context.actor,
    format: fields.format,
    title: fields.title,
    facts: fields.facts
  }
  await db.reports.add(row)
  return row
}

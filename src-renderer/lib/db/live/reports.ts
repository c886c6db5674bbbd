/** The status report's live reads (see ./index). */
import type { Observable } from 'dexie'
import type { ReportNotes } from '../../domain/report/notes'
import { db } from '../database'
import type { TrackerDb } from '../schema'
import { readReportNotes } from '../repositories/report-notes'
import { live } from './query'

/** The status report notes of a project (the project's and each domain's). */
export function liveReportNotes(
  projectId: string,
  database: TrackerDb = db
): Observable<ReportNotes[]> {
  return live(() => readReportNotes(database, projectId))
}

/** The repositories of status reports, bound to the app's database (see ./index). */
import { bound } from './bind'
import * as reportInputs from '../report-inputs'
import * as reportNotes from '../repositories/report-notes'

export const readReportInputs = bound(reportInputs.readReportInputs)
export const readScopeMailboxes = bound(reportInputs.readScopeMailboxes)
export const saveReportNotes = bound(reportNotes.saveReportNotes)
export const recordExportedReport = bound(reportNotes.recordExportedReport)

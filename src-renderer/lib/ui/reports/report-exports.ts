/**
 * Saving a status report in each format. The HTML document carries the report stylesheet's text,
 * so the file, its PDF and the app's preview look the same. The PDF is printed by the desktop
 * shell from that document with JavaScript off; a browser prints the page itself, where the
 * print stylesheet leaves the report alone on the paper.
 */
import { readScopeMailboxes } from '../../db/app/reports'
import { reportFileName, type Report } from '../../domain/report'
import { reportStepsCsv, reportMailboxesCsv } from '../../domain/report/csv'
import { reportHtml, type ReportImages } from '../../domain/report/html'
import { reportMarkdown } from '../../domain/report/markdown'
import { platform } from '../../platform'
import reportCss from './report.css?raw'

export type ReportFormat = 'pdf' | 'html' | 'md' | 'steps-csv' | 'mailboxes-csv'

/** What happened: saved (with its path in the desktop app), printed from the page, or cancelled. */
export type ReportExportOutcome = { kind: 'saved'; path?: string } | { kind: 'printed' } | null

/** The report as a self-contained HTML document. */
function reportDocument(report: Report, images: ReportImages): string {
  return reportHtml(report, { css: reportCss, images })
}

// A BOM makes Excel read the CSV as UTF-8, so accented names survive.
const BOM = '\ufeff'

async function fileOf(
  format: Exclude<ReportFormat, 'pdf'>,
  report: Report,
  images: ReportImages
): Promise<{ suggestedName: string; mimeType: string; data: string }> {
  switch (format) {
    case 'html':
      return {
        suggestedName: reportFileName(report, 'html'),
        mimeType: 'text/html',
        data: reportDocument(report, images)
      }
    case 'md':
      return {
        suggestedName: reportFileName(report, 'md'),
        mimeType: 'text/markdown',
        data: reportMarkdown(report)
      }
    case 'steps-csv':
      return {
        suggestedName: reportFileName(report, 'csv', 'steps'),
        mimeType: 'text/csv',
        data: BOM + reportStepsCsv(report)
      }
    case 'mailboxes-csv': {
      const mailboxes = await readScopeMailboxes(report.projectId, report.scope)
      return {
        suggestedName: reportFileName(report, 'csv', 'mailboxes'),
        mimeType: 'text/csv',
        data: BOM + reportMailboxesCsv(report, mailboxes)
      }
    }
  }
}

/**
 * Saves the report as `format` where the user chooses (the desktop's save dialog, or a download
 * in the browser). A PDF in the browser opens the print dialog instead, whose "Save as PDF"
 * prints the page under the print stylesheet.
 */
export async function exportReport(
  format: ReportFormat,
  report: Report,
  images: ReportImages
): Promise<ReportExportOutcome> {
  if (format === 'pdf') {
    if (!platform.savePdf) {
      window.print()
      return { kind: 'printed' }
    }
    const result = await platform.savePdf({
      html: reportDocument(report, images),
      suggestedName: reportFileName(report, 'pdf')
    })
    return result.saved ? { kind: 'saved', path: result.path } : null
  }
  const result = await platform.saveFile(await fileOf(format, report, images))
  return result.saved ? { kind: 'saved', path: result.path } : null
}

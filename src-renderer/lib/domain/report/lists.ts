/**
 * The report's lists (a table, or the sentence that stands in for it when it has no rows) and
 * which lists a domain and the exceptions section show, in which order, under which headings: one
 * home for both renderers, so HTML and Markdown cannot drift apart. Each renderer draws a list
 * with its own two functions.
 */
import {
  blockedTable,
  dnsTable,
  EMPTY_TEXT,
  failedCapSentence,
  failedTable,
  overdueTable,
  type ReportTable
} from './texts'
import { milestoneTable } from './steering-texts'
import type { ReportSteering } from './steering'
import type { Report, ReportDnsRecord, ReportDomain, ReportStep } from './types'

/** A list under its heading; `note` (raw text) stands between the heading and the list. */
export type ReportList = { heading: string; note?: string; table: ReportTable; emptyText: string }

/** How a renderer draws a table and the sentence that replaces an empty one. */
export type ListDrawing = { table: (table: ReportTable) => string; empty: (text: string) => string }

/** The table, or its empty text when it has no rows. */
export function listOrEmpty(table: ReportTable, emptyText: string, draw: ListDrawing): string {
  return table.rows.length === 0 ? draw.empty(emptyText) : draw.table(table)
}

function stepLists(
  blocked: readonly ReportStep[],
  overdue: readonly ReportStep[],
  domainColumn: boolean
): ReportList[] {
  return [
    {
      heading: 'Blocked steps',
      table: blockedTable(blocked, domainColumn),
      emptyText: EMPTY_TEXT.blocked
    },
    {
      heading: 'Overdue steps',
      table: overdueTable(overdue, domainColumn),
      emptyText: EMPTY_TEXT.overdue
    }
  ]
}

/** DNS records under a heading that is also the table's caption. */
function dnsList(
  heading: string,
  records: readonly ReportDnsRecord[],
  domainColumn: boolean,
  emptyText: string
): ReportList {
  return { heading, table: dnsTable(records, domainColumn, heading), emptyText }
}

/** A domain's lists: its blocked and overdue steps and its DNS records. */
export function domainLists(domain: ReportDomain): ReportList[] {
  return [
    ...stepLists(domain.blocked, domain.overdue, false),
    dnsList('DNS records', domain.dns, false, EMPTY_TEXT.dns)
  ]
}

/** The exceptions section's lists, the failed mailboxes first with the cap's note when capped. */
export function exceptionLists(report: Report): ReportList[] {
  const { exceptions } = report
  const cap = failedCapSentence(report)
  return [
    {
      heading: 'Failed mailboxes',
      ...(cap === null ? {} : { note: cap }),
      table: failedTable(exceptions.failedMailboxes),
      emptyText: EMPTY_TEXT.failed
    },
    ...stepLists(exceptions.blocked, exceptions.overdue, true),
    dnsList('Unverified DNS records', exceptions.unverifiedDns, true, EMPTY_TEXT.unverifiedDns)
  ]
}

/** The steering part's milestones (the domains' target dates). */
export function milestoneList(steering: ReportSteering): ReportList {
  return {
    heading: 'Milestones',
    table: milestoneTable(steering),
    emptyText: 'No target dates set.'
  }
}

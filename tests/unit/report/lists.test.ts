import { describe, expect, it } from 'vitest'
import { buildReport, FAILED_MAILBOX_CAP } from '../../../src-renderer/lib/domain/report'
import {
  domainLists,
  exceptionLists,
  listOrEmpty,
  milestoneList,
  type ListDrawing
} from '../../../src-renderer/lib/domain/report/lists'
import type { ReportTable } from '../../../src-renderer/lib/domain/report/texts'
import { GENERATED_AT, reportInputs, TODAY } from './fixtures'

const DRAW: ListDrawing = {
  table: (table) => `table:${table.caption}:${table.rows.length}`,
  empty: (text) => `empty:${text}`
}

const build = (inputs = reportInputs()) =>
  buildReport(inputs, { today: TODAY, generatedAt: GENERATED_AT })

describe('listOrEmpty', () => {
  const table: ReportTable = { caption: 'Steps', columns: ['Step'], rows: [[{ text: 'One' }]] }

  it('draws the table when it has rows', () => {
    expect(listOrEmpty(table, 'None.', DRAW)).toBe('table:Steps:1')
  })

  it('draws the empty text instead of a table without rows', () => {
    expect(listOrEmpty({ ...table, rows: [] }, 'None.', DRAW)).toBe('empty:None.')
  })
})

describe('the report sections’ lists', () => {
  it('gives a domain its blocked steps, overdue steps and DNS records, in that order', () => {
    const report = build()
    const contoso = report.domains.find((domain) => domain.name === 'contoso.com')
    expect(contoso).toBeDefined()
    const lists = domainLists(contoso!)
    expect(lists.map((list) => list.heading)).toEqual([
      'Blocked steps',
      'Overdue steps',
      'DNS records'
    ])
    expect(lists.map((list) => list.emptyText)).toEqual([
      'No blocked steps.',
      'No overdue steps.',
      'No DNS records to check.'
    ])
    expect(lists[2]?.table.caption).toBe('DNS records')
    expect(lists[2]?.table.rows.length).toBe(contoso!.dns.length)
    expect(lists.every((list) => list.note === undefined)).toBe(true)
  })

  it('puts the failed mailboxes first in the exceptions, with the cap’s note when capped', () => {
    const lists = exceptionLists(build())
    expect(lists.map((list) => list.heading)).toEqual([
      'Failed mailboxes',
      'Blocked steps',
      'Overdue steps',
      'Unverified DNS records'
    ])
    expect(lists[0]?.note).toBe('Showing 2 of 3 failed mailboxes; the mailbox CSV lists them all.')
    expect(lists[0]?.table.rows).toHaveLength(2)
    expect(lists[3]?.table.caption).toBe('Unverified DNS records')
  })

  it('has no note on the failed mailboxes when none were left out', () => {
    const report = build(
      reportInputs({ failedMailboxes: { rows: [], total: 0, cap: FAILED_MAILBOX_CAP } })
    )
    const [failed] = exceptionLists(report)
    expect(failed?.note).toBeUndefined()
    expect(failed?.table.rows).toEqual([])
    expect(failed?.emptyText).toBe('No failed mailboxes.')
  })

  it('lists the milestones under their heading, with what to say when none are set', () => {
    const list = milestoneList(build().steering)
    expect(list.heading).toBe('Milestones')
    expect(list.emptyText).toBe('No target dates set.')
    expect(list.table.caption).toBe('Milestones')
  })
})

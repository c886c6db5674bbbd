import { describe, expect, it } from 'vitest'
import type { Mailbox } from '../../../src-renderer/lib/domain/mailboxes/model'
import {
  REPORT_STEP_HEADERS,
  reportMailboxesCsv,
  reportStepsCsv
} from '../../../src-renderer/lib/domain/report/csv'
import { makeMailbox } from '../../support/db'
import {
  build,
  CONTOSO,
  FABRIKAM,
  HOSTILE_FORMULA,
  HOSTILE_VALUES,
  hostileInputs,
  reportInputs
} from './fixtures'
import { csvRows } from '../../support/csv-rows'

describe('reportStepsCsv', () => {
  it('has one row per active step in scope, domain by domain, in checklist order', () => {
    const rows = csvRows(reportStepsCsv(build()))
    expect(rows[0]).toEqual([...REPORT_STEP_HEADERS])
    expect(rows.slice(1, 5)).toEqual([
      [
        'contoso.com',
        'Scenario 1',
        'Add the domain to Microsoft 365',
        'Domain',
        'Required',
        'Done',
        '',
        '',
        '',
        '2026-11-02T10:00:00.000Z',
        'no'
      ],
      expect.arrayContaining(['Verify ownership of the domain']),
      [
        'contoso.com',
        'Scenario 1',
        'Create or move mailboxes to Exchange Online',
        'Mailboxes',
        'Required',
        'In progress',
        '',
        'Ana',
        '2026-11-20',
        '',
        'yes'
      ],
      [
        'contoso.com',
        'Scenario 1',
        'Publish the SPF record',
        'DNS',
        'Required',
        'Blocked',
        'Waiting for the DNS provider',
        'Ben',
        '',
        '',
        'no'
      ]
    ])
    // 7 active steps of contoso.com (the retired one is history), 2 of fabrikam.com.
    expect(rows).toHaveLength(1 + 7 + 2)
    expect(rows.map((row) => row[0])).not.toContain('')
  })

  it('takes the steps themselves too, and keeps to a domain report’s scope', () => {
    const domainReport = build(reportInputs({ scope: { kind: 'domain', domainId: FABRIKAM.id } }))
    const fromReport = reportStepsCsv(domainReport)
    expect(reportStepsCsv(domainReport.domains.flatMap((d) => d.steps))).toBe(fromReport)
    expect(
      csvRows(fromReport)
        .slice(1)
        .map((row) => row[0])
    ).toEqual(['fabrikam.com', 'fabrikam.com'])
  })

  it.each(HOSTILE_VALUES)('keeps %s a text cell', (value) => {
    const text = reportStepsCsv(build(hostileInputs(value)))
    const rows = csvRows(text)
    expect(rows.every((row) => row.length === REPORT_STEP_HEADERS.length)).toBe(true)
    const blocked = rows.find((row) => row[5] === 'Blocked')
    const expected = value.startsWith('=') ? `'${value}` : value
    expect(blocked?.[0]).toBe(expected)
    expect(blocked?.[6]).toBe(expected)
    expect(blocked?.[7]).toBe(expected)
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/)
  })

  it('writes the formula payload with its quote prefix, quoted and with doubled quotes', () => {
    const text = reportStepsCsv(build(hostileInputs(HOSTILE_FORMULA)))
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`)
  })
})

describe('reportMailboxesCsv', () => {
  const mailboxes: Mailbox[] = [
    makeMailbox({
      id: 'm1',
      projectId: 'p1',
      address: 'ana@contoso.com',
      displayName: HOSTILE_FORMULA,
      domainId: CONTOSO.id,
      batchId: 'b1',
      lifecycle: 'failed'
    }),
    makeMailbox({
      id: 'm2',
      projectId: 'p1',
      address: 'bo@fabrikam.com',
      displayName: 'Bo',
      domainId: FABRIKAM.id
    })
  ]

  it('writes the mailbox list’s CSV with the report’s domain and batch names', () => {
    const rows = csvRows(reportMailboxesCsv(build(), mailboxes))
    expect(rows.map((row) => [row[0], row[1], row[3], row[4], row[5]])).toEqual([
      ['PrimarySmtpAddress', 'DisplayName', 'Domain', 'Batch', 'Lifecycle'],
      ['ana@contoso.com', `'${HOSTILE_FORMULA}`, 'contoso.com', 'Wave 1', 'Failed'],
      ['bo@fabrikam.com', 'Bo', 'fabrikam.com', '', 'Not started']
    ])
  })

  it('keeps to the domain in a domain report', () => {
    const report = build(reportInputs({ scope: { kind: 'domain', domainId: FABRIKAM.id } }))
    const rows = csvRows(reportMailboxesCsv(report, mailboxes))
    expect(rows.slice(1).map((row) => row[0])).toEqual(['bo@fabrikam.com'])
  })
})

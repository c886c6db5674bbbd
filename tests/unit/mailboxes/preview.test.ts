import { describe, expect, test } from 'vitest'
import { parseMailboxExport } from '../../../src-renderer/lib/domain/mailboxes/import'
import { planImport } from '../../../src-renderer/lib/domain/mailboxes/plan'
import { summarisePlan } from '../../../src-renderer/lib/domain/mailboxes/preview'
import { makeMailbox } from '../../support/db'

const context = () => {
  let next = 0
  return {
    projectId: 'p1',
    importId: 'imp-1',
    fileName: 'status.csv',
    now: '2026-03-05T10:00:00.000Z',
    newId: () => `n-${++next}`
  }
}

describe('the import preview', () => {
  test('sums up a plan: counts, problems in line order, samples and what blocks writing', () => {
    const parsed = parseMailboxExport(
      [
        'PrimarySmtpAddress,Alias,Status,BatchName',
        'ann@contoso.com,ann,Completed,Wave 01',
        'bob@fabrikam.com,bob,Queued,',
        'broken,x,Queued,',
        'cy@contoso.com,cy,Queued,Wave 02'
      ].join('\n')
    )
    const stored = [
      makeMailbox({ id: 'm-ann', projectId: 'p1', address: 'ann@contoso.com', alias: 'ann' }),
      makeMailbox({ id: 'm-bob', projectId: 'p1', address: 'bob@contoso.com', alias: 'bob' })
    ]
    const plan = planImport(parsed, stored, [], [], context())
    expect(summarisePlan(plan, 10, 1)).toEqual({
      fileName: 'status.csv',
      format: 'wave-plan',
      formatLabel: 'Wave-planning sheet',
      encodingNotice: null,
      counts: { created: 1, updated: 1, unchanged: 0, conflicts: 1, invalid: 1 },
      invalidRows: 1,
      invalidCapped: false,
      problems: [
        {
          line: 3,
          message:
            'line 3: the alias “bob” belongs to bob@contoso.com, not bob@fabrikam.com; if the address changed, change it in the file or remove the old mailbox first'
        },
        { line: 4, message: 'line 4: “broken” in PrimarySmtpAddress is not an e-mail address' }
      ],
      problemCount: 2,
      warnings: [],
      warningCount: 0,
      changes: [
        {
          id: 'm-ann',
          label: 'ann@contoso.com',
          line: 2,
          changes: [
            { field: 'lifecycle', before: 'not-started', after: 'completed' },
            { field: 'rawStatus', before: '', after: 'Completed' },
            { field: 'batchId', before: null, after: 'n-1' },
            { field: 'location', before: 'onprem', after: 'cloud' }
          ]
        }
      ],
      created: [{ id: 'n-3', label: 'cy@contoso.com', lifecycle: 'queued' }],
      newBatches: [
        { id: 'n-1', name: 'Wave 01' },
        { id: 'n-2', name: 'Wave 02' }
      ],
      writable: 2,
      blockers: {
        all: '2 rows are invalid or conflicting: nothing was imported. Fix the file, or import the valid rows only.',
        validOnly: null
      }
    })
  })

  test('lists at most the given number of problems but counts them all', () => {
    const lines = ['PrimarySmtpAddress']
    for (let i = 0; i < 30; i++) lines.push(`bad ${i}`)
    lines.push('ok@contoso.com')
    const preview = summarisePlan(
      planImport(parseMailboxExport(lines.join('\n')), [], [], [], context()),
      5
    )
    expect(preview.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6])
    expect(preview.problemCount).toBe(30)
  })

  test('says when a file was read as Windows-1252, and only then', () => {
    const text = 'PrimarySmtpAddress,DisplayName\r\njose@contoso.com,José Müller\r\n'
    // Windows-1252 is Latin-1 for these characters: one byte each, which is not valid UTF-8.
    const cp1252 = Uint8Array.from([...text].map((char) => char.charCodeAt(0)))
    const legacy = summarisePlan(planImport(parseMailboxExport(cp1252), [], [], [], context()))
    expect(legacy.encodingNotice).toBe(
      'The file is not UTF-8, so it was read as Windows-1252 (what Excel and Notepad write on ' +
        'Western-European Windows): one name reads “José Müller”. If that looks wrong, export ' +
        'the file again as UTF-8 and import that instead.'
    )
    const utf8 = new TextEncoder().encode(text)
    const modern = summarisePlan(planImport(parseMailboxExport(utf8), [], [], [], context()))
    expect(modern.encodingNotice).toBeNull()
    // Bytes beyond ASCII outside the names: the notice still says how the file was read.
    const inStatus = 'PrimarySmtpAddress,StatusDetail\r\nann@contoso.com,Déplacé\r\n'
    const bytes = Uint8Array.from([...inStatus].map((char) => char.charCodeAt(0)))
    expect(
      summarisePlan(planImport(parseMailboxExport(bytes), [], [], [], context())).encodingNotice
    ).toMatch(/Western-European Windows\)\. If names look wrong after the import/)
  })
})

import { describe, expect, test } from 'vitest'
import { parseMailboxExport } from '../../../src-renderer/lib/domain/mailboxes/import'
import type { ImportedMailbox } from '../../../src-renderer/lib/domain/mailboxes/import'
import type { Batch } from '../../../src-renderer/lib/domain/mailboxes/model'
import {
  createImportPlanner,
  importBlocker,
  planImport,
  writableRows
} from '../../../src-renderer/lib/domain/mailboxes/plan'
import type { PlanContext } from '../../../src-renderer/lib/domain/mailboxes/plan'
import { makeMailbox } from '../../support/db'
import { makeMoveRequestStatisticsCsv } from '../../support/mailbox-fixtures'

const NOW = '2026-03-05T10:00:00.000Z'
const DOMAINS = [
  { id: 'd-contoso', name: 'contoso.com' },
  { id: 'd-eu', name: 'eu.contoso.com' },
  { id: 'd-fabrikam', name: 'fabrikam.com' }
]

function context(fileName = 'moves.csv'): PlanContext {
  let next = 0
  return { projectId: 'p1', importId: 'imp-1', fileName, now: NOW, newId: () => `n-${++next}` }
}

function parsed(rows: ImportedMailbox[]) {
  return {
    format: 'mailbox' as const,
    formatLabel: 'Get-Mailbox inventory',
    encoding: 'utf-8' as const,
    rows,
    errors: [],
    warnings: []
  }
}

function batch(id: string, name: string): Batch {
  return {
    id,
    createdAt: NOW,
    updatedAt: NOW,
    rev: 1,
    projectId: 'p1',
    name,
    plannedStart: '',
    plannedCompletion: ''
  }
}

describe('new mailboxes', () => {
  test('a row with an address becomes a mailbox of the matching project domain', () => {
    const plan = planImport(
      parsed([
        {
          line: 2,
          primarySmtpAddress: 'bob@contoso.com',
          alias: 'bob',
          displayName: 'Bob Kelly',
          lifecycle: 'syncing',
          rawStatus: 'InProgress',
          statusDetail: 'CopyingMessages',
          batchName: 'MigrationService:Wave 01',
          sizeBytes: 1024,
          percentComplete: 40
        }
      ]),
      [],
      DOMAINS,
      [],
      context()
    )
    expect(plan.newBatches).toEqual([{ ...batch('n-1', 'Wave 01') }])
    expect(plan.created).toEqual([
      {
        id: 'n-2',
        createdAt: NOW,
        updatedAt: NOW,
        rev: 1,
        projectId: 'p1',
        domainId: 'd-contoso',
        address: 'bob@contoso.com',
        alias: 'bob',
        displayName: 'Bob Kelly',
        lifecycle: 'syncing',
        rawStatus: 'InProgress',
        statusDetail: 'CopyingMessages',
        batchId: 'n-1',
        owner: '',
        location: 'onprem',
        sizeBytes: 1024,
        percentComplete: 40,
        importId: 'imp-1'
      }
    ])
    expect(plan.counts).toEqual({ created: 1, updated: 0, unchanged: 0, conflicts: 0, invalid: 0 })
    expect(plan.lifecycleChanges).toEqual([])
  })

  test('subdomains belong to the closest project domain; other domains to none', () => {
    const plan = planImport(
      parsed([
        { line: 2, primarySmtpAddress: 'a@eu.contoso.com' },
        { line: 3, primarySmtpAddress: 'b@sales.eu.contoso.com' },
        { line: 4, primarySmtpAddress: 'c@us.contoso.com' },
        { line: 5, primarySmtpAddress: 'd@tailspintoys.com' },
        { line: 6, primarySmtpAddress: 'e@notcontoso.com' }
      ]),
      [],
      DOMAINS,
      [],
      context()
    )
    expect(plan.created.map((m) => m.domainId)).toEqual(['d-eu', 'd-eu', 'd-contoso', null, null])
  })

  test('rows without an address are keyed by alias, identity or display name', () => {
    const plan = planImport(
      parsed([
        { line: 2, alias: 'Bob.Kelly', displayName: 'Kelly, Bob', lifecycle: 'completed' },
        { line: 3, identity: 'ann.lee', displayName: 'Ann Lee' },
        { line: 4, identity: 'contoso.com/Users/Cy', displayName: 'Cy' },
        { line: 5, displayName: 'Info Desk' }
      ]),
      [],
      DOMAINS,
      [],
      context()
    )
    expect(
      plan.created.map((m) => [m.address, m.alias, m.domainId, m.lifecycle, m.location])
    ).toEqual([
      ['~alias:bob.kelly', 'Bob.Kelly', null, 'completed', 'cloud'],
      ['~alias:ann.lee', 'ann.lee', null, 'not-started', 'onprem'],
      ['~identity:contoso.com/users/cy', '', null, 'not-started', 'onprem'],
      ['~name:info desk', '', null, 'not-started', 'onprem']
    ])
  })

  test('a batch named in several rows is created once, with an ISO completion date', () => {
    const plan = planImport(
      parsed([
        { line: 2, primarySmtpAddress: 'a@contoso.com', batchName: 'Wave 02' },
        {
          line: 3,
          primarySmtpAddress: 'b@contoso.com',
          batchName: 'wave 02 ',
          completeBatchDate: '2026-04-10T18:00:00'
        },
        {
          line: 4,
          primarySmtpAddress: 'c@contoso.com',
          batchName: 'Wave 03',
          completeBatchDate: '10/04/2026'
        }
      ]),
      [],
      DOMAINS,
      [batch('b-existing', 'Wave 01')],
      context()
    )
    expect(plan.newBatches.map((b) => [b.name, b.plannedCompletion])).toEqual([
      ['Wave 02', '2026-04-10'],
      ['Wave 03', '']
    ])
    expect(new Set(plan.created.slice(0, 2).map((m) => m.batchId)).size).toBe(1)
  })

  test('an existing batch is reused, whatever the case or MigrationService prefix', () => {
    const plan = planImport(
      parsed([
        { line: 2, primarySmtpAddress: 'a@contoso.com', batchName: 'MigrationService:WAVE 01' }
      ]),
      [],
      DOMAINS,
      [batch('b-1', 'Wave 01')],
      context()
    )
    expect(plan.newBatches).toEqual([])
    expect(plan.created[0]?.batchId).toBe('b-1')
  })
})

describe('matching stored mailboxes', () => {
  const bob = makeMailbox({
    id: 'm-bob',
    projectId: 'p1',
    address: 'bob@contoso.com',
    alias: 'bob',
    displayName: 'Bob Kelly',
    domainId: 'd-contoso',
    lifecycle: 'syncing',
    rawStatus: 'InProgress',
    rev: 3
  })

  test('by address, ignoring case: changed values make an update and a lifecycle change', () => {
    const plan = planImport(
      parsed([
        {
          line: 2,
          primarySmtpAddress: 'bob@contoso.com',
          lifecycle: 'completed',
          rawStatus: 'Completed',
          percentComplete: 100
        }
      ]),
      [bob],
      DOMAINS,
      [],
      context()
    )
    expect(plan.updated).toHaveLength(1)
    const update = plan.updated[0]
    expect(update?.before).toBe(bob)
    expect(update?.after).toEqual({
      ...bob,
      lifecycle: 'completed',
      rawStatus: 'Completed',
      percentComplete: 100,
      location: 'cloud',
      rev: 4,
      updatedAt: NOW,
      importId: 'imp-1'
    })
    expect(update?.changes.map((c) => c.field)).toEqual([
      'lifecycle',
      'rawStatus',
      'location',
      'percentComplete'
    ])
    expect(plan.lifecycleChanges).toEqual([
      {
        mailboxId: 'm-bob',
        domainId: 'd-contoso',
        label: 'bob@contoso.com',
        from: 'syncing',
        to: 'completed',
        rawStatus: 'Completed'
      }
    ])
  })

  test('a row repeating the stored values is unchanged', () => {
    const plan = planImport(
      parsed([
        {
          line: 2,
          primarySmtpAddress: 'bob@contoso.com',
          alias: 'bob',
          lifecycle: 'syncing',
          rawStatus: 'InProgress'
        }
      ]),
      [bob],
      DOMAINS,
      [],
      context()
    )
    expect(plan.counts).toEqual({ created: 0, updated: 0, unchanged: 1, conflicts: 0, invalid: 0 })
  })

  test('by alias (or an alias-like identity), then by display name, when the row has no address', () => {
    const plan = planImport(
      parsed([
        { line: 2, identity: 'BOB', lifecycle: 'synced', rawStatus: 'AutoSuspended' },
        { line: 3, displayName: 'ann lee', lifecycle: 'queued' }
      ]),
      [
        bob,
        makeMailbox({
          id: 'm-ann',
          projectId: 'p1',
          address: 'ann@contoso.com',
          displayName: 'Ann Lee'
        })
      ],
      DOMAINS,
      [],
      context()
    )
    expect(plan.updated.map((u) => [u.after.id, u.after.lifecycle])).toEqual([
      ['m-bob', 'synced'],
      ['m-ann', 'queued']
    ])
    expect(plan.created).toEqual([])
  })

  test('a row with an address fills in the address of a mailbox known only by alias', () => {
    const placeholder = makeMailbox({
      id: 'm-1',
      projectId: 'p1',
      address: '~alias:cy',
      alias: 'cy',
      displayName: 'Cy Lee'
    })
    const plan = planImport(
      parsed([{ line: 2, primarySmtpAddress: 'cy@fabrikam.com', alias: 'cy' }]),
      [placeholder],
      DOMAINS,
      [],
      context()
    )
    expect(plan.updated.map((u) => [u.after.id, u.after.address, u.after.domainId])).toEqual([
      ['m-1', 'cy@fabrikam.com', 'd-fabrikam']
    ])
  })

  test('an alias that belongs to a mailbox with another address is a conflict', () => {
    const plan = planImport(
      parsed([{ line: 7, primarySmtpAddress: 'bob@fabrikam.com', alias: 'bob' }]),
      [bob],
      DOMAINS,
      [],
      context()
    )
    expect(plan.conflicts).toEqual([
      {
        line: 7,
        message:
          'line 7: the alias “bob” belongs to bob@contoso.com, not bob@fabrikam.com; if the address changed, change it in the file or remove the old mailbox first'
      }
    ])
    expect(writableRows(plan)).toBe(0)
  })

  test('a shared display name does not stop a row that has its own address', () => {
    const plan = planImport(
      parsed([{ line: 2, primarySmtpAddress: 'bob.kelly2@contoso.com', displayName: 'Bob Kelly' }]),
      [bob],
      DOMAINS,
      [],
      context()
    )
    expect(plan.created.map((m) => m.address)).toEqual(['bob.kelly2@contoso.com'])
    expect(plan.conflicts).toEqual([])
  })

  test('a display name shared by several mailboxes cannot identify a row without address', () => {
    const twin = makeMailbox({
      id: 'm-bob2',
      projectId: 'p1',
      address: 'bob2@contoso.com',
      displayName: 'Bob Kelly'
    })
    const plan = planImport(
      parsed([{ line: 4, displayName: 'Bob Kelly', lifecycle: 'failed' }]),
      [bob, twin],
      DOMAINS,
      [],
      context()
    )
    expect(plan.conflicts.map((c) => c.message)).toEqual([
      'line 4: the display name “Bob Kelly” belongs to 2 mailboxes; add the address or alias to tell them apart'
    ])
  })
})

describe('the same mailbox twice in one file', () => {
  test('with the same values: counted once, the repeat as unchanged', () => {
    const plan = planImport(
      parsed([
        { line: 2, alias: 'bob', lifecycle: 'syncing' },
        { line: 3, alias: 'bob', lifecycle: 'syncing' }
      ]),
      [],
      DOMAINS,
      [],
      context()
    )
    expect(plan.counts).toEqual({ created: 1, updated: 0, unchanged: 1, conflicts: 0, invalid: 0 })
  })

  test('with other values: the later row is a conflict naming the earlier line', () => {
    const plan = planImport(
      parsed([
        { line: 2, primarySmtpAddress: 'bob@contoso.com', alias: 'bob', lifecycle: 'syncing' },
        { line: 5, alias: 'bob', lifecycle: 'failed' }
      ]),
      [],
      DOMAINS,
      [],
      context()
    )
    expect(plan.created.map((m) => m.lifecycle)).toEqual(['syncing'])
    expect(plan.conflicts.map((c) => c.message)).toEqual([
      'line 5: line 2 already describes bob@contoso.com with other values; this row is left out'
    ])
  })
})

describe('invalid rows and what may be written', () => {
  const csv = [
    'PrimarySmtpAddress,DisplayName,Status',
    'ann@contoso.com,Ann,Completed',
    'not-an-address,Bad,Completed',
    ',,Completed',
    'cy@contoso.com,Cy,Queued'
  ].join('\n')

  test('parser errors are listed by line and counted per row', () => {
    const result = parseMailboxExport(csv)
    const plan = planImport(result, [], DOMAINS, [], context())
    expect(plan.invalid).toEqual([
      {
        line: 3,
        message: 'line 3: “not-an-address” in PrimarySmtpAddress is not an e-mail address'
      },
      { line: 4, message: 'line 4: the row has no address, alias or display name' }
    ])
    expect(plan.counts).toEqual({ created: 2, updated: 0, unchanged: 0, conflicts: 0, invalid: 2 })
  })

  test('invalid or conflicting rows block the import unless only valid rows are wanted', () => {
    const plan = planImport(parseMailboxExport(csv), [], DOMAINS, [], context())
    expect(importBlocker(plan, false)).toBe(
      '2 rows are invalid or conflicting: nothing was imported. Fix the file, or import the valid rows only.'
    )
    expect(importBlocker(plan, true)).toBeNull()
  })

  test('a file with nothing to import is blocked either way, with a clear reason', () => {
    const blocker = (text: string) =>
      importBlocker(planImport(parseMailboxExport(text), [], DOMAINS, [], context()), true)
    expect(blocker('PrimarySmtpAddress\nnope\nstill-nope\n')).toBe(
      'Nothing in this file can be imported: none of its 2 rows is valid.'
    )
    expect(blocker('PrimarySmtpAddress\nnope\n')).toBe(
      'Nothing in this file can be imported: its only row is not valid.'
    )
    expect(blocker('PrimarySmtpAddress\n')).toBe(
      'Nothing in this file can be imported. Line 1: the file has column headers but no mailbox rows.'
    )
    expect(blocker('')).toBe(
      'Nothing in this file can be imported. The file is empty: it has no header line and no rows.'
    )
    expect(importBlocker(planImport(parsed([]), [], DOMAINS, [], context()), true)).toBe(
      'Nothing in this file can be imported: it has no mailbox rows.'
    )
  })

  test('a clean file can be imported as a whole', () => {
    const plan = planImport(
      parsed([{ line: 2, primarySmtpAddress: 'a@contoso.com' }]),
      [],
      DOMAINS,
      [],
      context()
    )
    expect(importBlocker(plan, false)).toBeNull()
  })
})

describe('a realistic move-statistics export', () => {
  const result = parseMailboxExport(makeMoveRequestStatisticsCsv(2_000, 77))

  test('planned in chunks gives the same plan as in one go', () => {
    const whole = planImport(result, [], DOMAINS, [], context())
    const planner = createImportPlanner([], DOMAINS, [], context())
    for (let i = 0; i < result.rows.length; i += 300) planner.add(result.rows.slice(i, i + 300))
    expect(planner.finish(result)).toEqual(whole)
    expect(whole.counts.created).toBe(2_000)
    expect(whole.newBatches.map((b) => b.name).every((name) => name.startsWith('Wave '))).toBe(true)
  })

  test('re-importing the same rows over what the first import created changes nothing', () => {
    const first = planImport(result, [], DOMAINS, [], context())
    const again = planImport(result, first.created, DOMAINS, first.newBatches, context())
    expect(again.counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2_000,
      conflicts: 0,
      invalid: 0
    })
    expect(again.newBatches).toEqual([])
  })
})

import { describe, expect, test } from 'vitest'
import type { Mailbox } from '../../../src-renderer/lib/domain/mailboxes/model'
import {
  NONE,
  NO_FILTER,
  countByLifecycle,
  filterMailboxes,
  idsBetween,
  idsOf,
  indexMailboxes,
  isFiltered,
  sortOrder
} from '../../../src-renderer/lib/domain/mailboxes/table'
import type { SortNames } from '../../../src-renderer/lib/domain/mailboxes/table'
import { makeMailbox } from '../../support/db'

const rows: Mailbox[] = [
  makeMailbox({
    id: 'a',
    projectId: 'p',
    address: 'ann@contoso.com',
    displayName: 'Ann Lee',
    alias: 'ann',
    domainId: 'd1',
    batchId: 'b2',
    lifecycle: 'completed',
    location: 'cloud',
    sizeBytes: 300,
    owner: 'Zed'
  }),
  makeMailbox({
    id: 'b',
    projectId: 'p',
    address: '~alias:bob.kelly',
    displayName: 'Kelly, Bob',
    alias: 'bob.kelly',
    batchId: 'b1',
    lifecycle: 'syncing',
    sizeBytes: null
  }),
  makeMailbox({
    id: 'c',
    projectId: 'p',
    address: 'cy@fabrikam.com',
    displayName: 'Cy Ødegård',
    alias: 'cy',
    domainId: 'd2',
    lifecycle: 'queued',
    sizeBytes: 100,
    owner: 'Amy'
  }),
  makeMailbox({
    id: 'd',
    projectId: 'p',
    address: 'dee@contoso.com',
    displayName: 'Dee Kelly',
    alias: 'dee',
    domainId: 'd1',
    batchId: 'b1',
    lifecycle: 'syncing',
    sizeBytes: 200
  })
]

const names: SortNames = {
  domains: new Map([
    ['d1', 'contoso.com'],
    ['d2', 'fabrikam.com']
  ]),
  batches: new Map([
    ['b1', 'Wave 01'],
    ['b2', 'Wave 02']
  ])
}

function ids(view: Int32Array): string[] {
  return Array.from(view, (i) => rows[i]?.id ?? '?')
}

describe('filtering', () => {
  const index = indexMailboxes(rows)

  test('text matches address, alias or display name, any case, every word', () => {
    expect(ids(filterMailboxes(index, { ...NO_FILTER, text: 'KELLY' }))).toEqual(['b', 'd'])
    expect(ids(filterMailboxes(index, { ...NO_FILTER, text: 'kelly bob' }))).toEqual(['b'])
    expect(ids(filterMailboxes(index, { ...NO_FILTER, text: 'fabrikam' }))).toEqual(['c'])
    expect(ids(filterMailboxes(index, { ...NO_FILTER, text: 'ødegård' }))).toEqual(['c'])
  })

  test('placeholder keys are not searchable text', () => {
    expect(ids(filterMailboxes(index, { ...NO_FILTER, text: '~alias' }))).toEqual([])
  })

  test('domain, batch, lifecycle and location filters, including "none"', () => {
    expect(ids(filterMailboxes(index, { ...NO_FILTER, domainId: 'd1' }))).toEqual(['a', 'd'])
    expect(ids(filterMailboxes(index, { ...NO_FILTER, domainId: NONE }))).toEqual(['b'])
    expect(ids(filterMailboxes(index, { ...NO_FILTER, batchId: NONE }))).toEqual(['c'])
    expect(
      ids(filterMailboxes(index, { ...NO_FILTER, lifecycle: 'syncing', batchId: 'b1' }))
    ).toEqual(['b', 'd'])
    expect(ids(filterMailboxes(index, { ...NO_FILTER, location: 'cloud' }))).toEqual(['a'])
  })

  test('the previous result stays valid while the next one is built', () => {
    const first = filterMailboxes(index, { ...NO_FILTER, text: 'kelly' })
    const second = filterMailboxes(index, { ...NO_FILTER, text: 'ann' })
    expect([ids(first), ids(second)]).toEqual([['b', 'd'], ['a']])
  })

  test('isFiltered tells whether anything narrows the list', () => {
    expect(isFiltered(NO_FILTER)).toBe(false)
    expect(isFiltered({ ...NO_FILTER, text: '  ' })).toBe(false)
    expect(isFiltered({ ...NO_FILTER, location: 'onprem' })).toBe(true)
  })
})

describe('sorting', () => {
  test('text columns ascending, empty values last; descending reverses', () => {
    const index = indexMailboxes(rows)
    const byName = sortOrder(index, 'displayName', names)
    expect(ids(filterMailboxes(index, NO_FILTER, byName))).toEqual(['a', 'c', 'd', 'b'])
    expect(ids(filterMailboxes(index, NO_FILTER, byName, true))).toEqual(['b', 'd', 'c', 'a'])
    const byOwner = sortOrder(index, 'owner', names)
    expect(ids(filterMailboxes(index, NO_FILTER, byOwner))).toEqual(['c', 'a', 'b', 'd'])
  })

  test('addresses sort before mailboxes that have none', () => {
    const index = indexMailboxes(rows)
    expect(ids(filterMailboxes(index, NO_FILTER, sortOrder(index, 'address', names)))).toEqual([
      'a',
      'c',
      'd',
      'b'
    ])
  })

  test('numbers, lifecycle order, and names of domains and batches', () => {
    const index = indexMailboxes(rows)
    const sorted = (key: Parameters<typeof sortOrder>[1]) =>
      ids(filterMailboxes(index, NO_FILTER, sortOrder(index, key, names)))
    expect(sorted('size')).toEqual(['c', 'd', 'a', 'b'])
    expect(sorted('lifecycle')).toEqual(['c', 'b', 'd', 'a'])
    expect(sorted('domain')).toEqual(['a', 'd', 'c', 'b'])
    expect(sorted('batch')).toEqual(['b', 'd', 'a', 'c'])
  })

  test('a sort order is built once per column, and again when the names change', () => {
    const index = indexMailboxes(rows)
    expect(sortOrder(index, 'size', names)).toBe(sortOrder(index, 'size', names))
    const batchOrder = sortOrder(index, 'batch', names)
    expect(sortOrder(index, 'batch', names)).toBe(batchOrder)
    const renamed: SortNames = {
      ...names,
      batches: new Map([
        ['b1', 'Z'],
        ['b2', 'A']
      ])
    }
    expect(ids(filterMailboxes(index, NO_FILTER, sortOrder(index, 'batch', renamed)))).toEqual([
      'a',
      'b',
      'd',
      'c'
    ])
  })

  test('filters walk the sort order', () => {
    const index = indexMailboxes(rows)
    const order = sortOrder(index, 'size', names)
    expect(ids(filterMailboxes(index, { ...NO_FILTER, text: 'contoso' }, order, true))).toEqual([
      'a',
      'd'
    ])
  })
})

describe('counts and selection helpers', () => {
  test('counts every lifecycle stage', () => {
    expect(countByLifecycle(rows)).toEqual({
      'not-started': 0,
      queued: 1,
      syncing: 2,
      synced: 0,
      completing: 0,
      completed: 1,
      'completed-with-warnings': 0,
      failed: 0,
      stopped: 0
    })
  })

  test('ids of a range of the view, in either direction, and of the whole view', () => {
    const index = indexMailboxes(rows)
    const view = filterMailboxes(index, NO_FILTER)
    expect(idsBetween(index, view, 2, 1)).toEqual(['b', 'c'])
    expect(idsBetween(index, view, 3, 9)).toEqual(['d'])
    expect(idsOf(index, filterMailboxes(index, { ...NO_FILTER, text: 'kelly' }))).toEqual([
      'b',
      'd'
    ])
  })
})

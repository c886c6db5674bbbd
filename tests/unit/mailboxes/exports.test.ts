import { describe, expect, test } from 'vitest'
import {
  csvFileName,
  mailboxListCsv,
  migrationBatchCsv
} from '../../../src-renderer/lib/domain/mailboxes/exports'
import { parseCsv } from '../../../src-renderer/lib/domain/mailboxes/csv'
import { makeMailbox } from '../../support/db'

const rows = [
  makeMailbox({
    id: 'a',
    projectId: 'p',
    address: 'ann@contoso.com',
    displayName: '=HYPERLINK("http://evil.example","Ann")',
    alias: 'ann',
    domainId: 'd1',
    batchId: 'b1',
    lifecycle: 'completed-with-warnings',
    rawStatus: 'CompletedWithWarning',
    location: 'cloud',
    owner: '@owner',
    sizeBytes: 1024,
    percentComplete: 100
  }),
  makeMailbox({
    id: 'b',
    projectId: 'p',
    address: '~alias:bob',
    displayName: 'Kelly, Bob',
    alias: 'bob'
  })
]
const names = { domains: new Map([['d1', 'contoso.com']]), batches: new Map([['b1', 'Wave 01']]) }

describe('the filtered list as CSV', () => {
  test('rows in the order given, formula cells neutralised, placeholders left empty', () => {
    const csv = mailboxListCsv(rows, Int32Array.from([1, 0]), names)
    expect(csv.split('\r\n')).toEqual([
      '"PrimarySmtpAddress","DisplayName","Alias","Domain","Batch","Lifecycle","Status","StatusDetail","Location","Owner","SizeBytes","PercentComplete"',
      '"","Kelly, Bob","bob","","","Not started","","","On-premises","","",""',
      `"ann@contoso.com","'=HYPERLINK(""http://evil.example"",""Ann"")","ann","contoso.com","Wave 01","Completed with warnings","CompletedWithWarning","","Exchange Online","'@owner","1024","100"`,
      ''
    ])
    expect(parseCsv(csv).records).toHaveLength(2)
  })
})

describe('a batch as a New-MigrationBatch CSV', () => {
  test('one EmailAddress column; mailboxes without an address are counted, not written', () => {
    expect(migrationBatchCsv(rows)).toEqual({
      csv: '"EmailAddress"\r\n"ann@contoso.com"\r\n',
      count: 1,
      withoutAddress: 1
    })
  })
})

test('file names are safe and dated', () => {
  expect(csvFileName('Wave 01 / Finance', '2026-03-06')).toBe('wave-01-finance-2026-03-06.csv')
  expect(csvFileName('***', '2026-03-06')).toBe('mailboxes-2026-03-06.csv')
})

import { describe, expect, test } from 'vitest'
import { parseMailboxExport } from '../../../src-renderer/lib/domain/mailboxes/import'
import { LIFECYCLES } from '../../../src-renderer/lib/domain/mailboxes/lifecycle'
import { makeMoveRequestStatisticsCsv, utf8Bytes } from '../../support/mailbox-fixtures'

describe('a 100,000-row Get-MoveRequestStatistics export', () => {
  test('parses into 100,000 rows without errors or warnings', () => {
    const bytes = utf8Bytes(makeMoveRequestStatisticsCsv(100_000, 20250314), true)
    expect(bytes.length).toBeGreaterThan(20 * 1024 * 1024)

    const result = parseMailboxExport(bytes)

    expect(result.format).toBe('move-request-statistics')
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([])
    expect(result.rows).toHaveLength(100_000)
    expect(new Set(result.rows.map((r) => r.alias)).size).toBe(100_000)
    expect(result.rows.every((r) => r.lifecycle !== undefined && r.sizeBytes !== undefined)).toBe(
      true
    )
    const stages = new Set(result.rows.map((r) => r.lifecycle))
    expect(LIFECYCLES.filter((l) => stages.has(l))).toEqual([
      'queued',
      'syncing',
      'synced',
      'completed',
      'completed-with-warnings',
      'failed',
      'stopped'
    ])
  }, 60_000)
})

describe('a single 50 MB field', () => {
  const big = 'x'.repeat(50 * 1024 * 1024)
  const message =
    'line 3: a field is longer than 1 MB; this is not a mailbox export or the file is damaged, so reading stopped here'

  test('quoted: a clear error on the line it starts, no rows after it', () => {
    const csv = `PrimarySmtpAddress,DisplayName\r\nann@contoso.com,Ann\r\nbob@contoso.com,"${big}"\r\ncy@contoso.com,Cy\r\n`
    const result = parseMailboxExport(utf8Bytes(csv))
    expect(result.errors).toEqual([{ line: 3, message }])
    expect(result.rows.map((r) => r.line)).toEqual([2])
  }, 30_000)

  test('unquoted: the same error', () => {
    const csv = `PrimarySmtpAddress,DisplayName\nann@contoso.com,Ann\nbob@contoso.com,${big}\n`
    expect(parseMailboxExport(csv).errors).toEqual([{ line: 3, message }])
  }, 30_000)
})

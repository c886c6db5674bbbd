/**
 * CSV files the mailbox view writes: the filtered list, and a batch as the input file of
 * New-MigrationBatch. Both go through toCsv, which neutralises cells a spreadsheet would run.
 */
import { toCsv } from '../csv-export'
import { hasAddress } from './identity'
import { LIFECYCLE_LABELS } from './lifecycle'
import type { Mailbox } from './model'
import type { SortNames } from './table'

export const MAILBOX_LIST_HEADERS = [
  'PrimarySmtpAddress',
  'DisplayName',
  'Alias',
  'Domain',
  'Batch',
  'Lifecycle',
  'Status',
  'StatusDetail',
  'Location',
  'Owner',
  'SizeBytes',
  'PercentComplete'
] as const

/** The rows at `positions` of `rows` (as the table shows them), one line each. */
export function mailboxListCsv(
  rows: readonly Mailbox[],
  positions: ArrayLike<number>,
  names: SortNames
): string {
  const lines: string[][] = [[...MAILBOX_LIST_HEADERS]]
  for (let k = 0; k < positions.length; k++) {
    const row = rows[positions[k] as number]
    if (row === undefined) continue
    lines.push([
      hasAddress(row.address) ? row.address : '',
      row.displayName,
      row.alias,
      row.domainId === null ? '' : (names.domains.get(row.domainId) ?? ''),
      row.batchId === null ? '' : (names.batches.get(row.batchId) ?? ''),
      LIFECYCLE_LABELS[row.lifecycle],
      row.rawStatus,
      row.statusDetail,
      row.location === 'cloud' ? 'Exchange Online' : 'On-premises',
      row.owner,
      row.sizeBytes === null ? '' : String(row.sizeBytes),
      row.percentComplete === null ? '' : String(row.percentComplete)
    ])
  }
  return toCsv(lines)
}

/**
 * The CSV `New-MigrationBatch -CSVData` reads: one `EmailAddress` column. Mailboxes known only
 * by alias or display name have no address to give and are counted in `withoutAddress`.
 */
export function migrationBatchCsv(mailboxes: readonly Pick<Mailbox, 'address'>[]): {
  csv: string
  count: number
  withoutAddress: number
} {
  const lines: string[][] = [['EmailAddress']]
  let withoutAddress = 0
  for (const mailbox of mailboxes) {
    if (hasAddress(mailbox.address)) lines.push([mailbox.address])
    else withoutAddress++
  }
  return { csv: toCsv(lines), count: lines.length - 1, withoutAddress }
}

/** A file name from a title: letters, digits, dots and hyphens only. */
export function csvFileName(title: string, today: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
  return `${base || 'mailboxes'}-${today}.csv`
}

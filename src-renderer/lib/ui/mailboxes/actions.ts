/**
 * What the mailbox page's buttons do beyond showing things: the two CSV exports and the bulk
 * change with its undo. Each reports its outcome as a toast.
 */
import { bulkChangeMailboxes, undoBulkChange } from '../../db/app/mailboxes'
import type { BulkChange, BulkUndo } from '../../domain/mailboxes/edits'
import { csvFileName, mailboxListCsv, migrationBatchCsv } from '../../domain/mailboxes/exports'
import type { Batch, Mailbox } from '../../domain/mailboxes/model'
import type { SortNames } from '../../domain/mailboxes/table'
import { platform } from '../../platform'
import { describeError, session } from '../../state/session.svelte'
import { toasts } from '../../state/toasts.svelte'
import { localToday } from '../common/labels'
import { formatCount, mailboxCount } from './format'

async function save(suggestedName: string, data: string): Promise<boolean> {
  try {
    return (await platform.saveFile({ suggestedName, mimeType: 'text/csv', data })).saved
  } catch (error) {
    toasts.show('error', `The file was not saved: ${describeError(error)}`)
    return false
  }
}

/** Saves the rows at `positions` (the table as filtered and sorted) as a CSV file. */
export async function exportMailboxList(
  title: string,
  rows: readonly Mailbox[],
  positions: Int32Array,
  names: SortNames
): Promise<void> {
  // A BOM makes Excel read the file as UTF-8, so accented names survive.
  const csv = `\ufeff${mailboxListCsv(rows, positions, names)}`
  if (await save(csvFileName(title, localToday()), csv))
    toasts.show('success', `Exported ${mailboxCount(positions.length)}`)
}

/** Saves a batch as the CSV New-MigrationBatch reads (an EmailAddress column). */
export async function exportMigrationBatch(batch: Batch, rows: readonly Mailbox[]): Promise<void> {
  const members = rows.filter((row) => row.batchId === batch.id)
  const { csv, count, withoutAddress } = migrationBatchCsv(members)
  if (count === 0) {
    toasts.show('info', `${batch.name} has no mailbox with a known address to export.`)
    return
  }
  if (!(await save(csvFileName(batch.name, localToday()), csv))) return
  if (withoutAddress > 0)
    toasts.show(
      'info',
      `Exported ${mailboxCount(count)}; ${formatCount(withoutAddress)} without a known address were left out.`
    )
  else toasts.show('success', `Exported ${mailboxCount(count)} of ${batch.name}`)
}

/** Applies a bulk change; returns its undo, or null when it failed or changed nothing. */
export async function applyBulkChange(
  projectId: string,
  ids: readonly string[],
  change: BulkChange
): Promise<BulkUndo | null> {
  const result = await session.write((context) =>
    bulkChangeMailboxes(projectId, ids, change, context)
  )
  if (!result.ok) return null
  if (result.value.changed === 0) {
    toasts.show('info', 'The selected mailboxes already had that value; nothing changed.')
    return null
  }
  toasts.show('success', `Changed ${mailboxCount(result.value.changed)}`)
  return result.value.undo
}

/** Undoes a bulk change; true when it was undone. */
export async function undoLastBulkChange(undo: BulkUndo): Promise<boolean> {
  const result = await session.write((context) => undoBulkChange(undo, context))
  if (!result.ok) return false
  const { restored, skipped } = result.value
  toasts.show(
    'success',
    skipped > 0
      ? `Undone for ${mailboxCount(restored)}; ${formatCount(skipped)} changed since then kept their newer values.`
      : `Undone: ${mailboxCount(restored)} restored`
  )
  return true
}

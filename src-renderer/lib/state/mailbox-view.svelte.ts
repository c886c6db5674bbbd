/**
 * What the mailbox table shows and what is selected: filters, sort column, the selection (by
 * mailbox id, so it survives re-reads) and the undo of the last bulk change.
 */
import type { BulkUndo } from '../domain/mailboxes/edits'
import { NO_SELECTION, selectionOf, toggled, withIds } from '../domain/mailboxes/selection'
import type { Selection } from '../domain/mailboxes/selection'
import { NO_FILTER, idsBetween, idsOf } from '../domain/mailboxes/table'
import type {
  MailboxFilter,
  MailboxIndex,
  MailboxSort,
  MailboxSortKey
} from '../domain/mailboxes/table'

export type ClickModifiers = { shift: boolean; toggle: boolean }

export class MailboxView {
  filter: MailboxFilter = $state({ ...NO_FILTER })
  sort: MailboxSort | null = $state(null)
  /** Ids of the selected mailboxes; replaced, never mutated, so 100,000 ids stay unproxied. */
  selected: Selection = $state.raw(NO_SELECTION)
  /** Position in the current view where a range selection starts. */
  anchor: number | null = $state(null)
  lastBulk: BulkUndo | null = $state.raw(null)

  /** Sorts by a column; the same column again reverses the order. */
  toggleSort(key: MailboxSortKey): void {
    this.sort =
      this.sort?.key === key
        ? { key, descending: !this.sort.descending }
        : { key, descending: false }
  }

  resetFilter(): void {
    this.filter = { ...NO_FILTER }
  }

  /**
   * A click or key on the row at `position` of `view`: a plain click selects only that row,
   * Ctrl/Cmd (or the row's checkbox) adds or removes it, Shift adds the range from the anchor.
   */
  select(index: MailboxIndex, view: Int32Array, position: number, how: ClickModifiers): void {
    const row = index.rows[view[position] ?? -1]
    if (row === undefined) return
    if (how.shift && this.anchor !== null) {
      this.selected = withIds(this.selected, idsBetween(index, view, this.anchor, position))
      return
    }
    if (how.toggle) {
      this.selected = toggled(this.selected, row.id)
    } else {
      this.selected = selectionOf([row.id])
    }
    this.anchor = position
  }

  /** Selects every row the filters show (or clears the selection when all are selected). */
  toggleAllShown(index: MailboxIndex, view: Int32Array): void {
    const ids = idsOf(index, view)
    const all = ids.length > 0 && ids.every((id) => this.selected.has(id))
    this.selected = all ? NO_SELECTION : selectionOf(ids)
    this.anchor = null
  }

  clearSelection(): void {
    this.selected = NO_SELECTION
    this.anchor = null
  }
}

/**
 * The table's selection as immutable sets of mailbox ids: each change returns a new set, so a
 * UI can hold it as one plain value (100,000 ids in a reactive set would be costly to track).
 */

export type Selection = ReadonlySet<string>

export const NO_SELECTION: Selection = new Set()

/** The ids as a selection. */
export function selectionOf(ids: Iterable<string>): Selection {
  return new Set(ids)
}

/** The selection plus these ids. */
export function withIds(selection: Selection, ids: Iterable<string>): Selection {
  const next = new Set(selection)
  for (const id of ids) next.add(id)
  return next
}

/** The selection with this id added, or removed when it was in it. */
export function toggled(selection: Selection, id: string): Selection {
  const next = new Set(selection)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}

/** The selected ids that are still among `ids` (after rows were removed or filtered away). */
export function keepOnly(selection: Selection, ids: Iterable<string>): Selection {
  const next = new Set<string>()
  for (const id of ids) if (selection.has(id)) next.add(id)
  return next.size === selection.size ? selection : next
}

/** Who writes, when, and how new ids are made: passed to every repository call so tests are deterministic. */
export type WriteContext = {
  actor: string
  now: string
  newId: () => string
}

export function liveWriteContext(actor: string): WriteContext {
  return { actor, now: new Date().toISOString(), newId: () => crypto.randomUUID() }
}

/** Metadata of a new row. */
export function newRowMeta(context: WriteContext): {
  id: string
  createdAt: string
  updatedAt: string
  rev: number
} {
  return { id: context.newId(), createdAt: context.now, updatedAt: context.now, rev: 1 }
}

/** Thrown when a row changed since the caller read it (another window, or a stale form). */
export class ConflictError extends Error {
  constructor(what: string) {
    super(`${what} was changed elsewhere since you opened it. Reload it and try again.`)
    this.name = 'ConflictError'
  }
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} no longer exists.`)
    // Not 'NotFoundError': Dexie treats errors with DOM exception names as its own and rewraps them.
    this.name = 'RowNotFoundError'
  }
}

/**
 * The stored row a write is about to change: NotFoundError (naming it as `what`, "This batch")
 * when it is gone, ConflictError (naming it by `label`) when the caller read another revision of
 * it. Without `expectedRev` any revision is changed.
 */
export function rowToUpdate<T extends { rev: number }>(
  row: T | undefined,
  what: string,
  expectedRev: number | undefined,
  label: (row: T) => string
): T {
  if (!row) throw new NotFoundError(what)
  if (expectedRev !== undefined && row.rev !== expectedRev) throw new ConflictError(label(row))
  return row
}

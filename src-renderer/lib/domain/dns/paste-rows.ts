/**
 * Pasted DNS output as the database keeps it (table dnsPastes, schema version 7): one row per
 * domain and record the output answers, with when it was pasted, so a check after a restart still
 * counts it and asks only for what is missing. Before version 7 the pastes lived in the browser's
 * localStorage; they are moved into the table on the first start (lib/state/dns-pastes.ts).
 */
import type { KeptPaste } from './pasted'
import { isKeptPaste, pasteKey } from './pasted'
import { hasProjectRowMeta } from '../json'

export type DnsPasteRow = KeptPaste & {
  id: string
  projectId: string
  domainId: string
  /** pasteKey of the paste: a later paste of the same record replaces the row. */
  key: string
  createdAt: string
  updatedAt: string
  rev: number
}

/** Whether a stored row has the shape of a kept paste row; others are skipped, not half-read. */
export function isDnsPasteRow(row: unknown): row is DnsPasteRow {
  if (!isKeptPaste(row)) return false
  const r = row as unknown as Record<string, unknown>
  return hasProjectRowMeta(r) && typeof r.domainId === 'string' && r.key === pasteKey(row.paste)
}

/** A domain's rows in the order they were pasted (the order checks and the dialog list them). */
export function inPasteOrder<T extends Pick<DnsPasteRow, 'pastedAt' | 'createdAt'>>(
  rows: readonly T[]
): T[] {
  return [...rows].sort(
    (a, b) => a.pastedAt.localeCompare(b.pastedAt) || a.createdAt.localeCompare(b.createdAt)
  )
}

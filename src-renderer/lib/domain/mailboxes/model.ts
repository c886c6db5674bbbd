/** Stored mailbox-tracking rows: mailboxes, migration batches (waves), imports and remembered mappings. */
import type { RowMeta } from '../types'
import type { MailboxLifecycle } from './lifecycle'

export type MailboxLocation = 'onprem' | 'cloud'

export type Mailbox = RowMeta & {
  projectId: string
  /** The project domain the address belongs to, or null when none matches. */
  domainId: string | null
  /** Lower-case primary SMTP address; unique within the project. */
  address: string
  alias: string
  displayName: string
  lifecycle: MailboxLifecycle
  /** The status word as the last import wrote it. */
  rawStatus: string
  statusDetail: string
  batchId: string | null
  owner: string
  location: MailboxLocation
  sizeBytes: number | null
  percentComplete: number | null
  /** The import that last changed this row, or null for edits in the app. */
  importId: string | null
}

export type Batch = RowMeta & {
  projectId: string
  name: string
  /** ISO dates (YYYY-MM-DD) or ''. */
  plannedStart: string
  plannedCompletion: string
}

export type ImportRecord = {
  id: string
  projectId: string
  at: string
  actor: string
  fileName: string
  format: string
  counts: {
    created: number
    updated: number
    unchanged: number
    conflicts: number
    invalid: number
  }
}

/** A column mapping the user chose for files with the same headers. */
export type HeaderMapping = {
  signature: string
  mapping: Record<string, string>
  updatedAt: string
}

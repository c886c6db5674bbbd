/**
 * Messages between the mailbox import worker and the page. The worker does the heavy part of an
 * import: it decodes and parses the file, plans it against the stored mailboxes and, once the
 * user confirms, writes it in one transaction. The page only sends the file's bytes (transferred,
 * not copied) and the user's choices, and gets small messages back: progress, the preview, the
 * outcome. So the page never holds 100,000 rows during an import, nor serialises them.
 */
import type { ImportIssue, MailboxField } from '../domain/mailboxes/import'
import type { ImportRecord } from '../domain/mailboxes/model'
import type { ImportPreviewData } from '../domain/mailboxes/preview'

export type ImportRequest =
  /** Reads a file (the first time with its bytes, again with a mapping without them). */
  | {
      type: 'read'
      projectId: string
      fileName: string
      bytes?: ArrayBuffer
      mapping?: Record<string, MailboxField>
    }
  /** Writes the previewed plan. */
  | { type: 'commit'; validOnly: boolean; actor: string }
  /** Stops a write in progress: the transaction is rolled back. */
  | { type: 'cancel' }

export type ImportMessage =
  | { type: 'reading'; stage: 'parsing' | 'planning'; bytes: number }
  /** The columns are not a known export: the page asks which column holds what. */
  | {
      type: 'mapping-needed'
      headers: string[]
      mapping: Record<string, MailboxField>
      problems: ImportIssue[]
    }
  | {
      type: 'preview'
      preview: ImportPreviewData
      headers: string[]
      mapping: Record<string, MailboxField>
    }
  | { type: 'writing'; written: number; total: number }
  | { type: 'committed'; record: ImportRecord }
  | { type: 'failed'; message: string }

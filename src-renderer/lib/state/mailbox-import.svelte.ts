/**
 * One mailbox import from file to database, as the page sees it. The work happens in the import
 * worker (see lib/workers/mailbox-import-protocol.ts); this class turns its messages into the
 * phase the page shows: reading, the column mapping screen (unless a mapping is remembered for
 * these headers), the preview, writing, and the outcome.
 *
 * The app sets performance marks `mailbox-import:start`, `…:preview` and `…:committed`, so the
 * benchmark times an import exactly as a user runs it.
 */
import { readMapping, saveMapping } from '../db/app/mailboxes'
import { MAILBOX_FIELDS, headerSignature } from '../domain/mailboxes/import'
import { beforeImportBackupNotice } from '../domain/mailboxes/import-backup'
import { formatCount } from '../domain/numbers'
import { markAfresh } from './performance-marks'
import type { ImportIssue, MailboxField } from '../domain/mailboxes/import'
import type { ImportPreviewData } from '../domain/mailboxes/preview'
import type { ImportMessage } from '../workers/mailbox-import-protocol'
import { backupBefore } from './backups.svelte'
import { startImportWorker, type ImportWorker } from './mailbox-import-worker'
import { describeError, session } from './session.svelte'
import { toasts } from './toasts.svelte'

export type MappedBy = 'no' | 'chosen' | 'remembered'

export type ImportPhase =
  | { name: 'idle' }
  | { name: 'reading'; fileName: string; stage: 'file' | 'parsing' | 'planning' }
  | {
      name: 'mapping'
      fileName: string
      headers: string[]
      mapping: Record<string, MailboxField>
      problems: ImportIssue[]
    }
  | {
      name: 'preview'
      preview: ImportPreviewData
      /** How the columns were read: recognised, mapped by hand now, or with a remembered mapping. */
      mapped: MappedBy
      headers: string[]
      mapping: Record<string, MailboxField>
    }
  | { name: 'writing'; fileName: string; written: number; total: number }
  | { name: 'failed'; fileName: string; message: string }

const FIELDS: ReadonlySet<string> = new Set(MAILBOX_FIELDS.map((option) => option.field))

function usableMapping(stored: Record<string, string>): Record<string, MailboxField> {
  const mapping = Object.create(null) as Record<string, MailboxField>
  for (const [header, field] of Object.entries(stored))
    mapping[header] = FIELDS.has(field) ? (field as MailboxField) : 'ignore'
  return mapping
}

export class MailboxImport {
  phase: ImportPhase = $state.raw({ name: 'idle' })
  #projectId: () => string
  #worker: ImportWorker | null = null
  #fileName = ''
  #mapped: MappedBy = 'no'
  /** The automatic backup before a write is running: a cancel now stops before any row. */
  #backingUp = false

  constructor(projectId: () => string) {
    this.#projectId = projectId
  }

  /** Reading or writing: the page shows progress and refuses a second file. */
  get busy(): boolean {
    const { name } = this.phase
    return name === 'reading' || name === 'writing'
  }

  /** Reads a file in a new worker (any earlier one is stopped) and plans it. */
  async start(file: File): Promise<void> {
    if (this.phase.name === 'writing') return
    this.#stop()
    const fileName = file.name
    this.#fileName = fileName
    this.#mapped = 'no'
    markAfresh('mailbox-import:start')
    this.phase = { name: 'reading', fileName, stage: 'file' }
    let bytes: ArrayBuffer
    try {
      bytes = await file.arrayBuffer()
    } catch (error) {
      this.phase = {
        name: 'failed',
        fileName,
        message: `The file could not be read: ${describeError(error)}`
      }
      return
    }
    if (this.#fileName !== fileName || this.phase.name !== 'reading') return
    const worker = startImportWorker((message) => {
      if (this.#worker === worker) void this.#receive(message)
    })
    this.#worker = worker
    worker.send({ type: 'read', projectId: this.#projectId(), fileName, bytes })
  }

  async #receive(message: ImportMessage): Promise<void> {
    const fileName = this.#fileName
    switch (message.type) {
      case 'reading':
        this.phase = { name: 'reading', fileName, stage: message.stage }
        break
      case 'mapping-needed': {
        const remembered = await readMapping(headerSignature(message.headers))
        if (remembered !== undefined) {
          this.#read(usableMapping(remembered.mapping), 'remembered')
          return
        }
        this.phase = {
          name: 'mapping',
          fileName,
          headers: message.headers,
          mapping: message.mapping,
          problems: message.problems
        }
        break
      }
      case 'preview':
        this.phase = {
          name: 'preview',
          preview: message.preview,
          mapped: this.#mapped,
          headers: message.headers,
          mapping: message.mapping
        }
        markAfresh('mailbox-import:preview')
        break
      case 'writing':
        this.phase = { name: 'writing', fileName, written: message.written, total: message.total }
        break
      case 'committed': {
        markAfresh('mailbox-import:committed')
        this.#stop()
        this.phase = { name: 'idle' }
        const { created, updated, unchanged } = message.record.counts
        toasts.show(
          'success',
          `Imported ${fileName}: ${formatCount(created)} new, ${formatCount(updated)} updated, ${formatCount(unchanged)} unchanged`
        )
        break
      }
      case 'failed':
        this.#stop()
        this.phase = { name: 'failed', fileName, message: message.message }
        break
    }
  }

  #read(mapping: Record<string, MailboxField>, mapped: MappedBy): void {
    this.#mapped = mapped
    this.phase = { name: 'reading', fileName: this.#fileName, stage: 'parsing' }
    this.#worker?.send({
      type: 'read',
      projectId: this.#projectId(),
      fileName: this.#fileName,
      mapping
    })
  }

  /** Remembers the mapping for files with these headers and reads the file with it. */
  async applyMapping(mapping: Record<string, MailboxField>): Promise<void> {
    if (this.phase.name !== 'mapping') return
    const signature = headerSignature(this.phase.headers)
    const saved = await session.write((context) => saveMapping(signature, mapping, context))
    if (saved.ok) this.#read(mapping, 'chosen')
  }

  /** Shows the mapping screen again for the file in the preview. */
  remap(): void {
    if (this.phase.name !== 'preview') return
    const { headers, mapping } = this.phase
    this.phase = { name: 'mapping', fileName: this.#fileName, headers, mapping, problems: [] }
  }

  /**
   * Writes the previewed plan; `validOnly` leaves invalid and conflicting rows out. The desktop
   * app first keeps an automatic backup of the data as it is; one that fails is reported and
   * the import goes ahead (the browser keeps no automatic backups).
   */
  async commit(validOnly: boolean): Promise<void> {
    const worker = this.#worker
    if (this.phase.name !== 'preview' || worker === null) return
    const fileName = this.#fileName
    const total = this.phase.preview.writable
    this.phase = { name: 'writing', fileName, written: 0, total }
    this.#backingUp = true
    const kept = await backupBefore('before-import')
    this.#backingUp = false
    const notice = beforeImportBackupNotice(fileName, kept)
    if (notice !== null) toasts.show('error', notice)
    // Cancelled (or another file chosen) while the backup was written: nothing is sent.
    if (this.#worker !== worker || this.phase.name !== 'writing') return
    worker.send({ type: 'commit', validOnly, actor: session.actor })
  }

  /** Stops reading, closes the preview or the mapping screen, or rolls back a write. */
  cancel(): void {
    if (this.phase.name === 'writing' && !this.#backingUp) {
      this.#worker?.send({ type: 'cancel' })
      return
    }
    this.#stop()
    this.phase = { name: 'idle' }
  }

  #stop(): void {
    this.#worker?.terminate()
    this.#worker = null
  }
}

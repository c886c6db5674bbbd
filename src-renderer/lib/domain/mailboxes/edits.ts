/**
 * Changes people make to mailboxes in the app: one mailbox at a time, or many at once with an
 * undo of the last bulk change. Pure: the repositories read the rows, call these functions and
 * write what they return in one transaction.
 */
import type { FieldErrors, Validated } from '../validation'
import { mailboxLabel } from './identity'
import { LIFECYCLES, LIFECYCLE_LABELS } from './lifecycle'
import type { Mailbox, MailboxLocation } from './model'

export const EDITABLE_FIELDS = ['lifecycle', 'batchId', 'owner', 'location'] as const
export type MailboxEditableField = (typeof EDITABLE_FIELDS)[number]

/** A change to one mailbox: only the fields given change. */
export type MailboxPatch = Partial<Pick<Mailbox, MailboxEditableField>>

/** A change applied to many mailboxes at once. */
export type BulkChange = Partial<Pick<Mailbox, 'lifecycle' | 'batchId' | 'owner'>>

export const MAX_OWNER_LENGTH = 120

const LOCATIONS: readonly MailboxLocation[] = ['onprem', 'cloud']

export const LOCATION_LABELS: Readonly<Record<MailboxLocation, string>> = {
  onprem: 'On-premises',
  cloud: 'Exchange Online'
}

/** Checks a patch; `batchIds` are the project's batches (a mailbox may only join one of them). */
export function validateMailboxPatch(
  patch: MailboxPatch,
  batchIds: ReadonlySet<string>
): Validated<MailboxPatch> {
  const errors: FieldErrors = {}
  const value: MailboxPatch = {}
  if (patch.lifecycle !== undefined) {
    if (!LIFECYCLES.includes(patch.lifecycle)) errors.lifecycle = 'Choose a lifecycle stage.'
    else value.lifecycle = patch.lifecycle
  }
  if (patch.batchId !== undefined) {
    if (patch.batchId !== null && !batchIds.has(patch.batchId))
      errors.batchId = 'This batch no longer exists; choose another one.'
    else value.batchId = patch.batchId
  }
  if (patch.owner !== undefined) {
    const owner = patch.owner.trim()
    if (owner.length > MAX_OWNER_LENGTH)
      errors.owner = `The owner is ${owner.length} characters; keep it to ${MAX_OWNER_LENGTH}.`
    value.owner = owner
  }
  if (patch.location !== undefined) {
    if (!LOCATIONS.includes(patch.location))
      errors.location = 'Choose on-premises or Exchange Online.'
    else value.location = patch.location
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value }
}

export type MailboxEdit = {
  next: Mailbox
  /** The changed fields as they were, and as they are now. */
  before: MailboxPatch
  after: MailboxPatch
}

/** Applies a checked patch; null when it changes nothing. */
export function applyMailboxPatch(
  mailbox: Mailbox,
  patch: MailboxPatch,
  now: string
): MailboxEdit | null {
  const before: MailboxPatch = {}
  const after: MailboxPatch = {}
  const next: Mailbox = { ...mailbox }
  for (const field of EDITABLE_FIELDS) {
    const value = patch[field]
    if (value === undefined || value === mailbox[field]) continue
    Object.assign(before, { [field]: mailbox[field] })
    Object.assign(after, { [field]: value })
    Object.assign(next, { [field]: value })
  }
  if (Object.keys(after).length === 0) return null
  next.updatedAt = now
  next.rev = mailbox.rev + 1
  return { next, before, after }
}

/** The event action of an edit: `lifecycle:<stage>` when the stage changed, else `updated`. */
export function editAction(edit: MailboxEdit): string {
  return edit.after.lifecycle !== undefined ? `lifecycle:${edit.after.lifecycle}` : 'updated'
}

/** One line for the activity log, e.g. “bob@contoso.com: Syncing → Completed”. */
export function editSummary(edit: MailboxEdit): string {
  const label = mailboxLabel(edit.next)
  if (edit.before.lifecycle !== undefined && edit.after.lifecycle !== undefined)
    return `${label}: ${LIFECYCLE_LABELS[edit.before.lifecycle]} → ${LIFECYCLE_LABELS[edit.after.lifecycle]}`
  const fields = Object.keys(edit.after).map((field) => (field === 'batchId' ? 'batch' : field))
  return `Updated ${label} (${fields.join(', ')})`
}

export type BulkUndoEntry = {
  id: string
  /** The revision the bulk change left; a mailbox changed since is not rolled back. */
  rev: number
  before: MailboxPatch
}

/** What it takes to undo a bulk change: the previous values of every mailbox it changed. */
export type BulkUndo = {
  projectId: string
  at: string
  summary: string
  entries: BulkUndoEntry[]
}

export type BulkPlan = { edits: MailboxEdit[]; undo: BulkUndo }

/** “Set the lifecycle to Completed”, “Moved to batch Wave 03”, “Set the owner to Ann”. */
export function describeBulkChange(change: BulkChange, batchName?: string): string {
  const parts: string[] = []
  if (change.lifecycle !== undefined)
    parts.push(`lifecycle set to ${LIFECYCLE_LABELS[change.lifecycle]}`)
  if (change.batchId !== undefined)
    parts.push(
      change.batchId === null
        ? 'removed from their batch'
        : `moved to batch ${batchName ?? ''}`.trim()
    )
  if (change.owner !== undefined)
    parts.push(change.owner === '' ? 'owner cleared' : `owner set to ${change.owner}`)
  return parts.join(', ')
}

/** Applies one checked change to many mailboxes; those it would not change are left out. */
export function planBulkChange(
  mailboxes: readonly Mailbox[],
  change: BulkChange,
  context: { projectId: string; now: string; batchName?: string }
): BulkPlan {
  const edits: MailboxEdit[] = []
  const entries: BulkUndoEntry[] = []
  for (const mailbox of mailboxes) {
    const edit = applyMailboxPatch(mailbox, change, context.now)
    if (edit === null) continue
    edits.push(edit)
    entries.push({ id: mailbox.id, rev: edit.next.rev, before: edit.before })
  }
  const what = describeBulkChange(change, context.batchName)
  const count = `${edits.length} ${edits.length === 1 ? 'mailbox' : 'mailboxes'}`
  return {
    edits,
    undo: {
      projectId: context.projectId,
      at: context.now,
      summary: `${count}: ${what}`,
      entries
    }
  }
}

/**
 * Rolls back a bulk change. `current` holds the stored rows in the order of `undo.entries`
 * (undefined where a mailbox was deleted). A mailbox changed again since the bulk change keeps
 * its newer values and is counted as skipped.
 */
export function planUndo(
  current: readonly (Mailbox | undefined)[],
  undo: BulkUndo,
  now: string
): { edits: MailboxEdit[]; skipped: number } {
  const edits: MailboxEdit[] = []
  let skipped = 0
  undo.entries.forEach((entry, position) => {
    const mailbox = current[position]
    if (mailbox === undefined || mailbox.id !== entry.id || mailbox.rev !== entry.rev) {
      skipped++
      return
    }
    const edit = applyMailboxPatch(mailbox, entry.before, now)
    if (edit !== null) edits.push(edit)
  })
  return { edits, skipped }
}

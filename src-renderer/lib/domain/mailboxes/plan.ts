/**
 * The import plan: what a parsed export would do to the stored mailboxes, worked out before
 * anything is written, so the preview can show it and the write can apply exactly that.
 *
 * Each row is matched to a stored mailbox by address (case-insensitive), else by alias (or an
 * Identity that is an alias), else by display name, and is then one of:
 * - new: no mailbox matches; a mailbox is created (keyed by a placeholder when the row has no
 *   address, see ./identity);
 * - updated / unchanged: a mailbox matches and the row changes some of its values, or none;
 * - conflicting: the row cannot be applied safely and is left out. That happens when its alias
 *   belongs to a mailbox with another address, when its alias or display name matches several
 *   mailboxes, or when an earlier row of the same file already described the same mailbox with
 *   other values;
 * - invalid: the parser refused the row (bad address, no identity…); listed by line.
 *
 * A display name alone never makes a conflict for a row that has an address: different people
 * share names, so such a row is a new mailbox. It does fill in the address of a mailbox that so
 * far had none.
 */
import { isIsoDate } from '../validation'
import { formatCount } from '../numbers'
import {
  aliasFromIdentity,
  batchKey,
  cleanBatchName,
  domainMatcher,
  hasAddress,
  mailboxLabel,
  placeholderAddress
} from './identity'
import type { ImportIssue, ImportedMailbox, MailboxImportResult } from './import'
import type { MailboxLifecycle } from './lifecycle'
import type { Batch, ImportRecord, Mailbox, MailboxLocation } from './model'

/** Who plans the import and how new ids are made; the time is stored on every new row. */
export type PlanContext = {
  projectId: string
  /** The id the import record will have; every row the import creates or changes names it. */
  importId: string
  fileName: string
  now: string
  newId: () => string
}

/** Stored fields an import compares and writes. */
export const IMPORTED_FIELDS = [
  'address',
  'alias',
  'displayName',
  'domainId',
  'lifecycle',
  'rawStatus',
  'statusDetail',
  'batchId',
  'location',
  'sizeBytes',
  'percentComplete'
] as const satisfies readonly (keyof Mailbox)[]

export type ImportedField = (typeof IMPORTED_FIELDS)[number]

export type FieldChange = {
  field: ImportedField
  before: string | number | null
  after: string | number | null
}

export type PlannedUpdate = {
  line: number
  before: Mailbox
  after: Mailbox
  changes: FieldChange[]
}

/** A lifecycle change the import makes; each one becomes an event in the history. */
export type LifecycleChange = {
  mailboxId: string
  domainId: string | null
  label: string
  from: MailboxLifecycle
  to: MailboxLifecycle
  rawStatus: string
}

export type ImportPlan = {
  importId: string
  projectId: string
  at: string
  fileName: string
  format: string
  formatLabel: string
  /** How the file's bytes were read. */
  encoding: MailboxImportResult['encoding']
  created: Mailbox[]
  updated: PlannedUpdate[]
  unchanged: number
  conflicts: ImportIssue[]
  /** The parser's errors: rows it refused (by line) and problems of the whole file (line 0). */
  invalid: ImportIssue[]
  /** Rows refused by the parser: distinct lines among `invalid`. */
  invalidRows: number
  /** True when the parser stopped listing errors, so `invalidRows` is a lower bound. */
  invalidCapped: boolean
  warnings: ImportIssue[]
  newBatches: Batch[]
  lifecycleChanges: LifecycleChange[]
  counts: ImportRecord['counts']
}

/** The parts of a parse result the plan records besides the rows. */
export type ParsedIssues = Pick<
  MailboxImportResult,
  'format' | 'formatLabel' | 'encoding' | 'errors' | 'warnings'
>

export type ImportPlanner = {
  /** Plans more rows, in file order; call it as chunks arrive. */
  add(rows: readonly ImportedMailbox[]): void
  finish(parsed: ParsedIssues): ImportPlan
}

type Match = { mailbox: Mailbox } | { several: number } | undefined

const CLOUD_LIFECYCLES: ReadonlySet<MailboxLifecycle> = new Set([
  'completed',
  'completed-with-warnings'
])

/** Several mailboxes share the value: remembered as a count, not as one of them. */
type NameIndex = Map<string, Mailbox | number>

function addToIndex(index: NameIndex, value: string, mailbox: Mailbox): void {
  const key = value.trim().toLowerCase()
  if (key === '') return
  const known = index.get(key)
  if (known === undefined || (typeof known !== 'number' && known.id === mailbox.id))
    index.set(key, mailbox)
  else index.set(key, typeof known === 'number' ? known + 1 : 2)
}

function removeFromIndex(index: NameIndex, value: string, mailbox: Mailbox): void {
  const key = value.trim().toLowerCase()
  const known = index.get(key)
  if (known !== undefined && typeof known !== 'number' && known.id === mailbox.id) index.delete(key)
}

function lookup(index: NameIndex, value: string | undefined): Match {
  if (value === undefined) return undefined
  const known = index.get(value.trim().toLowerCase())
  if (known === undefined) return undefined
  return typeof known === 'number' ? { several: known } : { mailbox: known }
}

/** `YYYY-MM-DD` from an ISO date or timestamp; other date formats are not guessed. */
function isoDateOf(text: string | undefined): string {
  if (text === undefined) return ''
  const day = text.trim().slice(0, 10)
  const rest = text.trim().slice(10)
  return isIsoDate(day) && (rest === '' || /^[T ]/.test(rest)) ? day : ''
}

function sameRow(a: ImportedMailbox, b: ImportedMailbox): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  keys.delete('line')
  for (const key of keys) {
    if (a[key as keyof ImportedMailbox] !== b[key as keyof ImportedMailbox]) return false
  }
  return true
}

function quoted(value: string): string {
  return `“${value.length > 60 ? `${value.slice(0, 59)}…` : value}”`
}

/**
 * A planner fed row chunks as they arrive (so no single step walks 100,000 rows), with the same
 * result as {@link planImport}. `existing` are the project's stored mailboxes.
 */
export function createImportPlanner(
  existing: readonly Mailbox[],
  domains: readonly { id: string; name: string }[],
  batches: readonly Batch[],
  context: PlanContext
): ImportPlanner {
  const byAddress = new Map<string, Mailbox>()
  const byAlias: NameIndex = new Map()
  const byName: NameIndex = new Map()
  /** Display names of the mailboxes that have no alias yet. */
  const byNameWithoutAlias: NameIndex = new Map()
  const domainOf = domainMatcher(domains)
  const batchesByKey = new Map(batches.map((batch) => [batchKey(batch.name), batch]))
  const newBatches: Batch[] = []
  const newBatchIds = new Set<string>()

  const created: Mailbox[] = []
  const updated: PlannedUpdate[] = []
  /** The planned state of every mailbox a row touched, and the row that touched it. */
  const touched = new Map<string, { row: ImportedMailbox; line: number }>()
  const conflicts: ImportIssue[] = []
  const lifecycleChanges: LifecycleChange[] = []
  let unchanged = 0

  function conflict(line: number, message: string): void {
    conflicts.push({ line, message: `line ${line}: ${message}` })
  }

  function batchIdFor(row: ImportedMailbox): string | undefined {
    if (row.batchName === undefined) return undefined
    const name = cleanBatchName(row.batchName)
    if (name === '') return undefined
    let batch = batchesByKey.get(name.toLowerCase())
    if (batch === undefined) {
      batch = {
        id: context.newId(),
        createdAt: context.now,
        updatedAt: context.now,
        rev: 1,
        projectId: context.projectId,
        name,
        plannedStart: '',
        plannedCompletion: ''
      }
      batchesByKey.set(name.toLowerCase(), batch)
      newBatches.push(batch)
      newBatchIds.add(batch.id)
    }
    if (newBatchIds.has(batch.id) && batch.plannedCompletion === '')
      batch.plannedCompletion = isoDateOf(row.completeBatchDate)
    return batch.id
  }

  /** The stored mailbox the row describes, undefined for a new one, or why it cannot be told. */
  function findTarget(
    row: ImportedMailbox,
    alias: string | undefined
  ): { target: Mailbox | undefined } | { conflict: string } {
    const address = row.primarySmtpAddress
    if (address !== undefined) {
      const exact = byAddress.get(address)
      if (exact !== undefined) return { target: exact }
    }
    const viaAlias = lookup(byAlias, alias)
    if (viaAlias !== undefined) {
      if ('several' in viaAlias)
        return {
          conflict: `the alias ${quoted(alias ?? '')} belongs to ${viaAlias.several} mailboxes`
        }
      const found = viaAlias.mailbox
      if (address === undefined || !hasAddress(found.address)) return { target: found }
      return {
        conflict: `the alias ${quoted(alias ?? '')} belongs to ${found.address}, not ${address}; if the address changed, change it in the file or remove the old mailbox first`
      }
    }
    if (alias !== undefined) {
      // The row's alias matches no mailbox, so it can only be one that has no alias yet.
      const viaName = lookup(byNameWithoutAlias, row.displayName)
      if (viaName === undefined) return { target: undefined }
      if ('several' in viaName) {
        return address === undefined
          ? {
              conflict: `the display name ${quoted(row.displayName ?? '')} belongs to ${viaName.several} mailboxes without an alias; add the address to tell them apart`
            }
          : { target: undefined }
      }
      const found = viaName.mailbox
      return address === undefined || !hasAddress(found.address)
        ? { target: found }
        : { target: undefined }
    }
    const viaName = lookup(byName, row.displayName)
    if (viaName === undefined) return { target: undefined }
    if (address !== undefined) {
      // A shared display name is no reason to doubt a row that brings its own address.
      return 'mailbox' in viaName && !hasAddress(viaName.mailbox.address)
        ? { target: viaName.mailbox }
        : { target: undefined }
    }
    if ('several' in viaName)
      return {
        conflict: `the display name ${quoted(row.displayName ?? '')} belongs to ${viaName.several} mailboxes; add the address or alias to tell them apart`
      }
    return { target: viaName.mailbox }
  }

  function keyFor(row: ImportedMailbox, alias: string | undefined): string {
    if (row.primarySmtpAddress !== undefined) return row.primarySmtpAddress
    if (alias !== undefined) return placeholderAddress('alias', alias)
    if (row.identity !== undefined) return placeholderAddress('identity', row.identity)
    if (row.displayName !== undefined) return placeholderAddress('name', row.displayName)
    return placeholderAddress('upn', row.userPrincipalName ?? '')
  }

  function locationFor(row: ImportedMailbox, lifecycle: MailboxLifecycle | undefined) {
    if (row.location !== undefined) return row.location
    // A finished move leaves the mailbox in Exchange Online.
    return lifecycle !== undefined && CLOUD_LIFECYCLES.has(lifecycle) ? 'cloud' : undefined
  }

  function index(mailbox: Mailbox): void {
    byAddress.set(mailbox.address, mailbox)
    addToIndex(byAlias, mailbox.alias, mailbox)
    addToIndex(byName, mailbox.displayName, mailbox)
    if (mailbox.alias === '') addToIndex(byNameWithoutAlias, mailbox.displayName, mailbox)
  }

  function unindex(mailbox: Mailbox): void {
    if (byAddress.get(mailbox.address)?.id === mailbox.id) byAddress.delete(mailbox.address)
    removeFromIndex(byAlias, mailbox.alias, mailbox)
    removeFromIndex(byName, mailbox.displayName, mailbox)
    removeFromIndex(byNameWithoutAlias, mailbox.displayName, mailbox)
  }

  for (const mailbox of existing) index(mailbox)

  function create(row: ImportedMailbox, alias: string | undefined, line: number): void {
    const address = keyFor(row, alias)
    const lifecycle = row.lifecycle ?? 'not-started'
    const location: MailboxLocation = locationFor(row, row.lifecycle) ?? 'onprem'
    const batchId = batchIdFor(row) ?? null
    const mailbox: Mailbox = {
      id: context.newId(),
      createdAt: context.now,
      updatedAt: context.now,
      rev: 1,
      projectId: context.projectId,
      domainId: domainOf(address),
      address,
      alias: alias ?? '',
      displayName: row.displayName ?? '',
      lifecycle,
      rawStatus: row.rawStatus ?? '',
      statusDetail: row.statusDetail ?? '',
      batchId,
      owner: '',
      location,
      sizeBytes: row.sizeBytes ?? null,
      percentComplete: row.percentComplete ?? null,
      importId: context.importId
    }
    created.push(mailbox)
    touched.set(mailbox.id, { row, line })
    index(mailbox)
  }

  function update(target: Mailbox, row: ImportedMailbox, alias: string | undefined, line: number) {
    const next: Mailbox = { ...target }
    if (row.primarySmtpAddress !== undefined && !hasAddress(target.address))
      next.address = row.primarySmtpAddress
    if (row.alias !== undefined) next.alias = row.alias
    else if (alias !== undefined && target.alias === '') next.alias = alias
    if (row.displayName !== undefined) next.displayName = row.displayName
    if (row.lifecycle !== undefined) next.lifecycle = row.lifecycle
    if (row.rawStatus !== undefined) next.rawStatus = row.rawStatus
    if (row.statusDetail !== undefined) next.statusDetail = row.statusDetail
    const batchId = batchIdFor(row)
    if (batchId !== undefined) next.batchId = batchId
    const location = locationFor(row, row.lifecycle)
    if (location !== undefined) next.location = location
    if (row.sizeBytes !== undefined) next.sizeBytes = row.sizeBytes
    if (row.percentComplete !== undefined) next.percentComplete = row.percentComplete
    next.domainId = domainOf(next.address)

    const changes: FieldChange[] = []
    for (const field of IMPORTED_FIELDS) {
      if (next[field] !== target[field])
        changes.push({ field, before: target[field], after: next[field] })
    }
    touched.set(target.id, { row, line })
    if (changes.length === 0) {
      unchanged++
      return
    }
    next.updatedAt = context.now
    next.rev = target.rev + 1
    next.importId = context.importId
    updated.push({ line, before: target, after: next, changes })
    if (
      next.address !== target.address ||
      next.alias !== target.alias ||
      next.displayName !== target.displayName
    ) {
      unindex(target)
      index(next)
    } else {
      // Later rows must see the planned state, not the stored one.
      byAddress.set(next.address, next)
    }
    if (next.lifecycle !== target.lifecycle)
      lifecycleChanges.push({
        mailboxId: next.id,
        domainId: next.domainId,
        label: mailboxLabel(next),
        from: target.lifecycle,
        to: next.lifecycle,
        rawStatus: next.rawStatus
      })
  }

  function addRow(row: ImportedMailbox): void {
    const line = row.line ?? 0
    const alias = row.alias ?? aliasFromIdentity(row.identity)
    let found = findTarget(row, alias)
    if ('target' in found && found.target === undefined) {
      // Rows without an address meet earlier rows of this file through the placeholder key.
      const planned = byAddress.get(keyFor(row, alias))
      if (planned !== undefined) found = { target: planned }
    }
    if ('conflict' in found) {
      conflict(line, found.conflict)
      return
    }
    const target = found.target
    if (target !== undefined) {
      const earlier = touched.get(target.id)
      if (earlier !== undefined) {
        if (sameRow(earlier.row, row)) unchanged++
        else
          conflict(
            line,
            `line ${earlier.line} already describes ${mailboxLabel(target)} with other values; this row is left out`
          )
        return
      }
      update(target, row, alias, line)
    } else {
      create(row, alias, line)
    }
  }

  return {
    add(rows) {
      for (const row of rows) addRow(row)
    },
    finish(parsed) {
      const invalidLines = new Set<number>()
      let invalidCapped = false
      for (const issue of parsed.errors) {
        if (issue.line > 0) invalidLines.add(issue.line)
        else if (issue.message.startsWith('…and ')) invalidCapped = true
      }
      const counts = {
        created: created.length,
        updated: updated.length,
        unchanged,
        conflicts: conflicts.length,
        invalid: invalidLines.size
      }
      return {
        importId: context.importId,
        projectId: context.projectId,
        at: context.now,
        fileName: context.fileName,
        format: parsed.format,
        formatLabel: parsed.formatLabel,
        encoding: parsed.encoding,
        created,
        updated,
        unchanged,
        conflicts,
        invalid: parsed.errors,
        invalidRows: invalidLines.size,
        invalidCapped,
        warnings: parsed.warnings,
        newBatches,
        lifecycleChanges,
        counts
      }
    }
  }
}

/**
 * Plans an import of parsed rows into a project: see the module comment for how rows are
 * matched and classified. Pure: ids and time come from `context`.
 */
export function planImport(
  parsed: ParsedIssues & { rows: readonly ImportedMailbox[] },
  existing: readonly Mailbox[],
  domains: readonly { id: string; name: string }[],
  batches: readonly Batch[],
  context: PlanContext
): ImportPlan {
  const planner = createImportPlanner(existing, domains, batches, context)
  planner.add(parsed.rows)
  return planner.finish(parsed)
}

/** Rows the import would write (new and updated). */
export function writableRows(plan: ImportPlan): number {
  return plan.created.length + plan.updated.length
}

/**
 * Why the plan cannot be written as chosen, or null when it can. Without `validOnly`, any
 * invalid or conflicting row stops the whole import; with it, those rows are left out.
 */
export function importBlocker(plan: ImportPlan, validOnly: boolean): string | null {
  const rows = writableRows(plan) + plan.unchanged
  if (rows === 0) {
    if (plan.invalid.length === 0)
      return 'Nothing in this file can be imported: it has no mailbox rows.'
    const general = plan.invalid.find((issue) => issue.line === 0 && !issue.message.startsWith('…'))
    if (general?.message.startsWith('None of the') === true)
      return plan.invalidRows === 1
        ? 'Nothing in this file can be imported: its only row is not valid.'
        : `Nothing in this file can be imported: none of its ${formatCount(plan.invalidRows)}${plan.invalidCapped ? '+' : ''} rows is valid.`
    const reason = (general ?? plan.invalid[0])?.message ?? ''
    const sentence = reason.charAt(0).toUpperCase() + reason.slice(1)
    return `Nothing in this file can be imported. ${sentence}${/[.!?]$/.test(sentence) ? '' : '.'}`
  }
  const left = plan.invalidRows + plan.conflicts.length
  if (!validOnly && (left > 0 || plan.invalid.length > 0)) {
    return `${left === 0 ? 'The file has errors' : `${left} ${left === 1 ? 'row is' : 'rows are'} invalid or conflicting`}: nothing was imported. Fix the file, or import the valid rows only.`
  }
  return null
}

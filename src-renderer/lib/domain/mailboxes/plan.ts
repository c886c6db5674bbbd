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
import { formatCount } from '../numbers'
import { capitalise } from '../text/capitalise'
import {
  aliasFromIdentity,
  domainMatcher,
  hasAddress,
  mailboxLabel,
  placeholderAddress
} from './identity'
import type { ImportIssue, ImportedMailbox, MailboxImportResult } from './import'
import type { MailboxLifecycle } from './lifecycle'
import type { Batch, ImportRecord, Mailbox, MailboxLocation } from './model'
import { ImportBatches } from './plan-batches'
import { MailboxMatcher } from './plan-matching'

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

const CLOUD_LIFECYCLES: ReadonlySet<MailboxLifecycle> = new Set([
  'completed',
  'completed-with-warnings'
])

function sameRow(a: ImportedMailbox, b: ImportedMailbox): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  keys.delete('line')
  for (const key of keys) {
    if (a[key as keyof ImportedMailbox] !== b[key as keyof ImportedMailbox]) return false
  }
  return true
}

/** The address a new mailbox is keyed by: its own, else a placeholder from what the row has. */
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

/** The row's values over the stored mailbox's (an import never blanks a value it lacks). */
function applyRow(
  target: Mailbox,
  row: ImportedMailbox,
  alias: string | undefined,
  batchId: string | undefined
): Mailbox {
  const next: Mailbox = { ...target }
  if (row.primarySmtpAddress !== undefined && !hasAddress(target.address))
    next.address = row.primarySmtpAddress
  if (row.alias !== undefined) next.alias = row.alias
  else if (alias !== undefined && target.alias === '') next.alias = alias
  if (row.displayName !== undefined) next.displayName = row.displayName
  if (row.lifecycle !== undefined) next.lifecycle = row.lifecycle
  if (row.rawStatus !== undefined) next.rawStatus = row.rawStatus
  if (row.statusDetail !== undefined) next.statusDetail = row.statusDetail
  if (batchId !== undefined) next.batchId = batchId
  const location = locationFor(row, row.lifecycle)
  if (location !== undefined) next.location = location
  if (row.sizeBytes !== undefined) next.sizeBytes = row.sizeBytes
  if (row.percentComplete !== undefined) next.percentComplete = row.percentComplete
  return next
}

/** The parser's errors as the plan counts them: distinct refused lines, and whether capped. */
function invalidOf(errors: readonly ImportIssue[]): { lines: number; capped: boolean } {
  const invalidLines = new Set<number>()
  let capped = false
  for (const issue of errors) {
    if (issue.line > 0) invalidLines.add(issue.line)
    else if (issue.message.startsWith('…and ')) capped = true
  }
  return { lines: invalidLines.size, capped }
}

class Planner implements ImportPlanner {
  private readonly matcher: MailboxMatcher
  private readonly batches: ImportBatches
  private readonly domainOf: (address: string) => string | null
  private readonly created: Mailbox[] = []
  private readonly updated: PlannedUpdate[] = []
  /** The planned state of every mailbox a row touched, and the row that touched it. */
  private readonly touched = new Map<string, { row: ImportedMailbox; line: number }>()
  private readonly conflicts: ImportIssue[] = []
  private readonly lifecycleChanges: LifecycleChange[] = []
  private unchanged = 0

  constructor(
    existing: readonly Mailbox[],
    domains: readonly { id: string; name: string }[],
    batches: readonly Batch[],
    private readonly context: PlanContext
  ) {
    this.matcher = new MailboxMatcher(existing)
    this.batches = new ImportBatches(batches, context)
    this.domainOf = domainMatcher(domains)
  }

  add(rows: readonly ImportedMailbox[]): void {
    for (const row of rows) this.addRow(row)
  }

  finish(parsed: ParsedIssues): ImportPlan {
    const invalid = invalidOf(parsed.errors)
    const { context, created, updated, unchanged, conflicts } = this
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
      invalidRows: invalid.lines,
      invalidCapped: invalid.capped,
      warnings: parsed.warnings,
      newBatches: this.batches.created,
      lifecycleChanges: this.lifecycleChanges,
      counts: {
        created: created.length,
        updated: updated.length,
        unchanged,
        conflicts: conflicts.length,
        invalid: invalid.lines
      }
    }
  }

  private conflict(line: number, message: string): void {
    this.conflicts.push({ line, message: `line ${line}: ${message}` })
  }

  private addRow(row: ImportedMailbox): void {
    const line = row.line ?? 0
    const alias = row.alias ?? aliasFromIdentity(row.identity)
    let found = this.matcher.findTarget(row, alias)
    if ('target' in found && found.target === undefined) {
      // Rows without an address meet earlier rows of this file through the placeholder key.
      const planned = this.matcher.atAddress(keyFor(row, alias))
      if (planned !== undefined) found = { target: planned }
    }
    if ('conflict' in found) {
      this.conflict(line, found.conflict)
      return
    }
    const target = found.target
    if (target === undefined) {
      this.create(row, alias, line)
      return
    }
    const earlier = this.touched.get(target.id)
    if (earlier === undefined) this.update(target, row, alias, line)
    else if (sameRow(earlier.row, row)) this.unchanged++
    else
      this.conflict(
        line,
        `line ${earlier.line} already describes ${mailboxLabel(target)} with other values; this row is left out`
      )
  }

  private create(row: ImportedMailbox, alias: string | undefined, line: number): void {
    const { context } = this
    const address = keyFor(row, alias)
    const location: MailboxLocation = locationFor(row, row.lifecycle) ?? 'onprem'
    // The batch first: a new batch takes its id before the mailbox does.
    const batchId = this.batches.idFor(row) ?? null
    const mailbox: Mailbox = {
      id: context.newId(),
      createdAt: context.now,
      updatedAt: context.now,
      rev: 1,
      projectId: context.projectId,
      domainId: this.domainOf(address),
      address,
      alias: alias ?? '',
      displayName: row.displayName ?? '',
      lifecycle: row.lifecycle ?? 'not-started',
      rawStatus: row.rawStatus ?? '',
      statusDetail: row.statusDetail ?? '',
      batchId,
      owner: '',
      location,
      sizeBytes: row.sizeBytes ?? null,
      percentComplete: row.percentComplete ?? null,
      importId: context.importId
    }
    this.created.push(mailbox)
    this.touched.set(mailbox.id, { row, line })
    this.matcher.index(mailbox)
  }

  private update(target: Mailbox, row: ImportedMailbox, alias: string | undefined, line: number) {
    const next = applyRow(target, row, alias, this.batches.idFor(row))
    next.domainId = this.domainOf(next.address)
    const changes: FieldChange[] = []
    for (const field of IMPORTED_FIELDS) {
      if (next[field] !== target[field])
        changes.push({ field, before: target[field], after: next[field] })
    }
    this.touched.set(target.id, { row, line })
    if (changes.length === 0) {
      this.unchanged++
      return
    }
    next.updatedAt = this.context.now
    next.rev = target.rev + 1
    next.importId = this.context.importId
    this.updated.push({ line, before: target, after: next, changes })
    this.matcher.replace(target, next)
    if (next.lifecycle !== target.lifecycle)
      this.lifecycleChanges.push({
        mailboxId: next.id,
        domainId: next.domainId,
        label: mailboxLabel(next),
        from: target.lifecycle,
        to: next.lifecycle,
        rawStatus: next.rawStatus
      })
  }
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
  return new Planner(existing, domains, batches, context)
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
    const sentence = capitalise(reason)
    return `Nothing in this file can be imported. ${sentence}${/[.!?]$/.test(sentence) ? '' : '.'}`
  }
  const left = plan.invalidRows + plan.conflicts.length
  if (!validOnly && (left > 0 || plan.invalid.length > 0)) {
    return `${left === 0 ? 'The file has errors' : `${left} ${left === 1 ? 'row is' : 'rows are'} invalid or conflicting`}: nothing was imported. Fix the file, or import the valid rows only.`
  }
  return null
}

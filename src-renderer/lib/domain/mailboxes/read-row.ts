/**
 * One CSV record of a mailbox export read into an {@link ImportedMailbox}: each column is read by
 * the kind of field it is mapped to (text, address or a value that can be unreadable), then the
 * row is checked as a whole (an identity, no repeated address) and its lifecycle and location
 * derived. The rules the caller can rely on are in ./import's module comment.
 */
import type { ImportIssue, ImportedMailbox } from './import'
import type { MailboxField } from './formats'
import { mapStatus } from './lifecycle'
import type { MailboxLifecycle } from './lifecycle'
import {
  cleanValue,
  normaliseAddress,
  parseBoolean,
  parseDuration,
  parseGigabytes,
  parsePercent,
  parseSize
} from './values'

export type Column = { index: number; header: string; field: MailboxField }

export type ReadContext = {
  errors: ImportIssue[]
  warnings: ImportIssue[]
  /** Address → line of its first row. */
  seen: Map<string, number>
  /** Unknown status words → first line and count, reported once each. */
  unknownStatuses: Map<string, { line: number; count: number }>
  /** Status + detail → lifecycle: exports repeat a dozen combinations over 100,000 rows. */
  lifecycles: Map<string, MailboxLifecycle | undefined>
}

export function quote(value: string): string {
  const oneLine = value.slice(0, 200).replace(/\s+/g, ' ')
  return `“${oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine}”`
}

export function fail(line: number, message: string): ImportIssue {
  return { line, message: line > 0 ? `line ${line}: ${message}` : message }
}

/** Fields kept as written. */
const TEXT_FIELDS = {
  alias: 'alias',
  displayName: 'displayName',
  identity: 'identity',
  userPrincipalName: 'userPrincipalName',
  recipientType: 'recipientType',
  status: 'rawStatus',
  statusDetail: 'statusDetail',
  batchName: 'batchName',
  completeBatchDate: 'completeBatchDate'
} as const satisfies Partial<Record<MailboxField, keyof ImportedMailbox>>

/** Fields that must be an e-mail address, or the row is refused. */
const ADDRESS_FIELDS = {
  primarySmtpAddress: 'primarySmtpAddress',
  remoteRoutingAddress: 'remoteRoutingAddress',
  targetAddress: 'targetAddress'
} as const satisfies Partial<Record<MailboxField, keyof ImportedMailbox>>

/** Values read from the columns before they become the row's (a size from bytes or GB…). */
type Values = {
  migrated?: boolean
  size?: number
  sizeGb?: number
  percentComplete?: number
  duration?: number
}

/**
 * Fields a row can live without: `read` keeps the value it could read and says whether it could;
 * an unreadable value is left empty with a warning that it is not `what`.
 */
const VALUE_FIELDS: Record<
  keyof Values,
  { what: string; read: (value: string, values: Values) => boolean }
> = {
  migrated: {
    what: 'yes or no',
    read: (v, values) => (values.migrated = parseBoolean(v)) !== undefined
  },
  size: { what: 'a size', read: (v, values) => (values.size = parseSize(v)) !== undefined },
  sizeGb: {
    what: 'a number of GB',
    read: (v, values) => (values.sizeGb = parseGigabytes(v)) !== undefined
  },
  percentComplete: {
    what: 'a percentage from 0 to 100',
    read: (v, values) => (values.percentComplete = parsePercent(v)) !== undefined
  },
  duration: {
    what: 'a duration',
    read: (v, values) => (values.duration = parseDuration(v)) !== undefined
  }
}

function readValue(
  values: Values,
  field: keyof Values,
  value: string,
  where: { ctx: ReadContext; line: number; header: string }
): void {
  if (values[field] !== undefined) return
  const { read, what } = VALUE_FIELDS[field]
  if (!read(value, values)) {
    where.ctx.warnings.push(
      fail(where.line, `${quote(value)} in ${where.header} is not ${what}; it is left empty`)
    )
  }
}

/** The columns' values on the row; errors that refuse the row go to `rowErrors`. */
function readColumns(
  fields: readonly string[],
  columns: readonly Column[],
  row: ImportedMailbox & { line: number },
  ctx: ReadContext,
  rowErrors: ImportIssue[]
): Values {
  const values: Values = {}
  const { line } = row
  for (const { index, header, field } of columns) {
    const value = cleanValue(fields[index])
    if (value === undefined) continue
    // With two columns for one field (a hand-made mapping), the first non-empty one wins.
    if (Object.hasOwn(TEXT_FIELDS, field)) {
      row[TEXT_FIELDS[field as keyof typeof TEXT_FIELDS]] ??= value
    } else if (Object.hasOwn(ADDRESS_FIELDS, field)) {
      const key = ADDRESS_FIELDS[field as keyof typeof ADDRESS_FIELDS]
      if (row[key] !== undefined) continue
      row[key] = normaliseAddress(value)
      if (row[key] === undefined)
        rowErrors.push(fail(line, `${quote(value)} in ${header} is not an e-mail address`))
    } else if (Object.hasOwn(VALUE_FIELDS, field)) {
      readValue(values, field as keyof Values, value, { ctx, line, header })
    }
  }
  return values
}

/** Why the row cannot be imported (no identity, an address already read), or undefined. */
function identityProblem(row: ImportedMailbox, line: number, ctx: ReadContext): string | undefined {
  if (row.primarySmtpAddress === undefined && row.identity !== undefined) {
    const address = normaliseAddress(row.identity)
    if (address !== undefined) row.primarySmtpAddress = address
  }
  if (
    row.primarySmtpAddress === undefined &&
    row.alias === undefined &&
    row.displayName === undefined &&
    row.identity === undefined &&
    row.userPrincipalName === undefined
  ) {
    return 'the row has no address, alias or display name'
  }
  if (row.primarySmtpAddress !== undefined) {
    const first = ctx.seen.get(row.primarySmtpAddress)
    if (first !== undefined)
      return `${row.primarySmtpAddress} is already on line ${first}; this row is left out`
    ctx.seen.set(row.primarySmtpAddress, line)
  }
  return undefined
}

/** The lifecycle from the status words (remembering words it cannot map), else from "migrated". */
function readLifecycle(row: ImportedMailbox, migrated: boolean | undefined, ctx: ReadContext) {
  if (row.rawStatus !== undefined || row.statusDetail !== undefined) {
    const key = `${row.rawStatus ?? ''}\u0000${row.statusDetail ?? ''}`
    let lifecycle = ctx.lifecycles.get(key)
    if (lifecycle === undefined && !ctx.lifecycles.has(key)) {
      lifecycle = mapStatus(row.rawStatus ?? '', row.statusDetail)
      ctx.lifecycles.set(key, lifecycle)
    }
    if (lifecycle !== undefined) row.lifecycle = lifecycle
    else {
      const word = row.rawStatus ?? row.statusDetail ?? ''
      const known = ctx.unknownStatuses.get(word)
      if (known === undefined) ctx.unknownStatuses.set(word, { line: row.line ?? 0, count: 1 })
      else known.count++
    }
  } else if (migrated !== undefined) {
    row.lifecycle = migrated ? 'completed' : 'not-started'
  }
}

/** Reads one record into a row, or records why it cannot be imported and returns undefined. */
export function readRow(
  fields: readonly string[],
  line: number,
  columns: readonly Column[],
  ctx: ReadContext
): ImportedMailbox | undefined {
  const row: ImportedMailbox & { line: number } = { line }
  const rowErrors: ImportIssue[] = []
  const values = readColumns(fields, columns, row, ctx, rowErrors)
  if (rowErrors.length > 0) {
    ctx.errors.push(...rowErrors)
    return undefined
  }
  const problem = identityProblem(row, line, ctx)
  if (problem !== undefined) {
    ctx.errors.push(fail(line, problem))
    return undefined
  }
  if (values.size !== undefined || values.sizeGb !== undefined)
    row.sizeBytes = values.size ?? values.sizeGb
  if (values.percentComplete !== undefined) row.percentComplete = values.percentComplete
  if (values.duration !== undefined) row.durationSeconds = values.duration
  readLifecycle(row, values.migrated, ctx)
  if (
    row.remoteRoutingAddress !== undefined ||
    (row.recipientType !== undefined && /^remote/i.test(row.recipientType))
  ) {
    row.location = 'cloud'
  }
  return row
}

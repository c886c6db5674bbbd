/** Row counts of a backup or of the database, in words the user knows. */
import { countOf } from '../../domain/numbers'
import { capitalise } from '../../domain/text/capitalise'

/** The tables a user recognises, with their names for one row and for several. */
export const NAMED_TABLES: readonly { table: string; one: string; many: string }[] = [
  { table: 'projects', one: 'project', many: 'projects' },
  { table: 'domains', one: 'domain', many: 'domains' },
  { table: 'steps', one: 'checklist step', many: 'checklist steps' },
  { table: 'dnsRecords', one: 'DNS record', many: 'DNS records' },
  { table: 'dnsPastes', one: 'pasted DNS output', many: 'pasted DNS outputs' },
  { table: 'connectors', one: 'connector', many: 'connectors' },
  { table: 'mailboxes', one: 'mailbox', many: 'mailboxes' },
  { table: 'batches', one: 'migration batch', many: 'migration batches' },
  { table: 'events', one: 'activity entry', many: 'activity entries' },
  { table: 'inventories', one: 'tenant inventory', many: 'tenant inventories' },
  { table: 'routeTests', one: 'route test', many: 'route tests' },
  { table: 'runs', one: 'cut-over run', many: 'cut-over runs' },
  { table: 'reports', one: 'exported report', many: 'exported reports' }
]

// Always shown in a comparison, even when both sides are 0.
const ALWAYS_COMPARED = new Set(['projects', 'domains', 'steps', 'mailboxes', 'events'])

/** The non-zero counts of the named tables in one line, or “no data yet”. */
export function summariseCounts(counts: Readonly<Record<string, number>>): string {
  const parts = NAMED_TABLES.filter(({ table }) => (counts[table] ?? 0) > 0).map(
    ({ table, one, many }) => countOf(counts[table] ?? 0, one, many)
  )
  return parts.length === 0 ? 'no data yet' : parts.join(' · ')
}

/** Rows of all other tables (settings, imports, snapshots…), which have no name of their own. */
export function otherRows(counts: Readonly<Record<string, number>>): number {
  const named = new Set(NAMED_TABLES.map(({ table }) => table))
  return Object.entries(counts)
    .filter(([table]) => !named.has(table))
    .reduce((sum, [, count]) => sum + count, 0)
}

/** One line of the restore dialog's table: what the app holds now and what the backup holds. */
export type CountComparison = { label: string; now: number; backup: number }

/** The lines of the restore dialog: the main tables always, the others when either side has rows. */
export function compareCounts(
  now: Readonly<Record<string, number>>,
  backup: Readonly<Record<string, number>>
): CountComparison[] {
  const lines: CountComparison[] = []
  for (const { table, many } of NAMED_TABLES) {
    const line = { label: capitalise(many), now: now[table] ?? 0, backup: backup[table] ?? 0 }
    if (ALWAYS_COMPARED.has(table) || line.now > 0 || line.backup > 0) lines.push(line)
  }
  const other = {
    label: 'Other rows (settings, imports…)',
    now: otherRows(now),
    backup: otherRows(backup)
  }
  if (other.now > 0 || other.backup > 0) lines.push(other)
  return lines
}

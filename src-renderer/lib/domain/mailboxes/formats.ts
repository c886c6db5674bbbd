/**
 * The export layouts the importer knows, recognised by their column headers (case, spaces and
 * punctuation ignored), and the column → field mapping used to read them. Layouts come from the
 * cmdlets and public scripts admins use (domain brief §1.7 and §3). Unknown layouts are mapped by
 * hand; {@link suggestMapping} pre-fills that screen and {@link headerSignature} remembers it.
 */

/** What a column can hold. 'ignore' leaves the column out. */
export type MailboxField =
  | 'primarySmtpAddress'
  | 'alias'
  | 'displayName'
  | 'identity'
  | 'userPrincipalName'
  | 'recipientType'
  | 'remoteRoutingAddress'
  | 'targetAddress'
  | 'status'
  | 'statusDetail'
  | 'migrated'
  | 'batchName'
  | 'completeBatchDate'
  | 'size'
  | 'sizeGb'
  | 'percentComplete'
  | 'duration'
  | 'ignore'

/** Choices for a mapping screen, in a sensible order, with what each one expects. */
export const MAILBOX_FIELDS: readonly { field: MailboxField; label: string; hint: string }[] = [
  { field: 'primarySmtpAddress', label: 'Primary SMTP address', hint: 'bob@contoso.com' },
  { field: 'alias', label: 'Alias', hint: 'bob' },
  { field: 'displayName', label: 'Display name', hint: 'Bob Kelly' },
  {
    field: 'identity',
    label: 'Identity',
    hint: 'Any identifier; used as the address when it is one'
  },
  { field: 'userPrincipalName', label: 'User principal name', hint: 'bob@contoso.com' },
  { field: 'recipientType', label: 'Recipient type', hint: 'UserMailbox, RemoteUserMailbox…' },
  {
    field: 'remoteRoutingAddress',
    label: 'Remote routing address',
    hint: 'bob@contoso.mail.onmicrosoft.com'
  },
  { field: 'targetAddress', label: 'Target address', hint: 'The destination mailbox address' },
  { field: 'status', label: 'Status', hint: 'InProgress, Synced, Completed…' },
  { field: 'statusDetail', label: 'Status detail', hint: 'CopyingMessages, AutoSuspended…' },
  { field: 'migrated', label: 'Migrated (yes/no)', hint: 'True, False' },
  { field: 'batchName', label: 'Batch or wave', hint: 'Wave 03' },
  { field: 'completeBatchDate', label: 'Planned completion date', hint: 'Kept as written' },
  { field: 'size', label: 'Mailbox size', hint: '1.2 GB (1,288,490,189 bytes), 980 MB' },
  { field: 'sizeGb', label: 'Mailbox size in GB', hint: '12.5' },
  { field: 'percentComplete', label: 'Percent complete', hint: '95 or 95%' },
  { field: 'duration', label: 'Duration', hint: '1.02:03:04 or 01 days 02:03' },
  { field: 'ignore', label: 'Ignore this column', hint: '' }
]

export type MailboxFormatId =
  | 'move-request-statistics'
  | 'migration-user'
  | 'migration-batch'
  | 'wave-plan'
  | 'mailbox'
  | 'remote-mailbox'
  | 'migrationwiz'
  | 'mapped'
  | 'unknown'

export type DetectedFormat = { id: MailboxFormatId; label: string }

export const FORMAT_LABELS: Readonly<Record<MailboxFormatId, string>> = {
  'move-request-statistics': 'Get-MoveRequestStatistics export',
  'migration-user': 'Get-MigrationUser export',
  'migration-batch': 'New-MigrationBatch CSV',
  'wave-plan': 'Wave-planning sheet',
  mailbox: 'Get-Mailbox inventory',
  'remote-mailbox': 'Get-RemoteMailbox inventory',
  migrationwiz: 'MigrationWiz mailbox statistics',
  mapped: 'Columns mapped by hand',
  unknown: 'Unrecognised columns'
}

/** Added by remote PowerShell sessions to every object; never data. */
const POWERSHELL_COLUMNS: ReadonlySet<string> = new Set([
  'pscomputername',
  'runspaceid',
  'psshowcomputername'
])

/** "Primary SMTP Address", "primary_smtp_address" and "PrimarySmtpAddress" share one key. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

export function isPowerShellColumn(header: string): boolean {
  return POWERSHELL_COLUMNS.has(headerKey(header))
}

/**
 * Header names made usable as mapping keys: trimmed, empty ones named "Column N" (1-based
 * position), and repeats renamed "Alias (2)", "Alias (3)"… so each is distinct. Idempotent.
 */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>()
  return headers.map((raw, index) => {
    const base = raw.trim() === '' ? `Column ${index + 1}` : raw.trim()
    let name = base
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} (${n})`
    seen.add(name.toLowerCase())
    return name
  })
}

/**
 * Header keys each field is read from, best first. Only the first key present is used for a
 * field; a header is used for one field at most.
 */
const FIELD_ALIASES: readonly (readonly [MailboxField, readonly string[]])[] = [
  [
    'primarySmtpAddress',
    [
      'primarysmtpaddress',
      'emailaddress',
      'mailboxemailaddress',
      'windowsemailaddress',
      'exportemailaddress',
      'sourceemailaddress',
      'primaryemailaddress',
      'smtpaddress',
      'email',
      'mail',
      'source'
    ]
  ],
  ['alias', ['alias', 'mailnickname']],
  ['displayName', ['displayname', 'name']],
  ['identity', ['identity']],
  ['userPrincipalName', ['userprincipalname', 'upn']],
  ['recipientType', ['recipienttypedetails', 'recipienttype']],
  ['remoteRoutingAddress', ['remoteroutingaddress', 'targetaddress']],
  [
    'targetAddress',
    ['importemailaddress', 'targetemailaddress', 'destinationemailaddress', 'target']
  ],
  ['status', ['status', 'requeststatus', 'migrationstatus', 'statussummary']],
  ['statusDetail', ['statusdetail', 'detailedstatus']],
  ['migrated', ['ismigrated', 'migrated']],
  ['batchName', ['batchname', 'batchid', 'batch', 'wave', 'migrationbatch']],
  [
    'completeBatchDate',
    ['completebatchdate', 'completeafter', 'cutoverdate', 'migrationdate', 'scheduleddate']
  ],
  ['size', ['totalmailboxsize', 'mailboxsize', 'totalitemsize', 'size']],
  ['sizeGb', ['totalgb', 'mailboxgb', 'sizegb']],
  ['percentComplete', ['percentcomplete', 'percent', 'progress']],
  ['duration', ['overallduration', 'duration']]
]

const MOVE_MARKERS = [
  'percentcomplete',
  'statusdetail',
  'totalmailboxsize',
  'bytestransferred',
  'overallduration',
  'syncstage',
  'remotehostname',
  'targetdeliverydomain',
  'requeststyle'
]

function format(id: MailboxFormatId): DetectedFormat {
  return { id, label: FORMAT_LABELS[id] }
}

/**
 * Recognises an export by its headers. The most specific layouts are tried first (MigrationWiz
 * source/target pairs, migration users, move statistics), the plainest last (a lone EmailAddress
 * column is a New-MigrationBatch CSV). PowerShell session columns are ignored.
 */
export function detectFormat(headers: readonly string[]): DetectedFormat {
  const keys = new Set(headers.map(headerKey).filter((k) => !POWERSHELL_COLUMNS.has(k)))
  const any = (...candidates: string[]): boolean => candidates.some((k) => keys.has(k))
  const identity = any('displayname', 'alias', 'identity')
  if (
    any('source', 'exportemailaddress', 'sourceemailaddress') &&
    any('target', 'importemailaddress', 'targetemailaddress', 'destinationemailaddress')
  ) {
    return format('migrationwiz')
  }
  if (
    any('mailboxemailaddress', 'statussummary') ||
    (keys.has('batchid') && keys.has('identity'))
  ) {
    return format('migration-user')
  }
  if (identity && any(...MOVE_MARKERS)) return format('move-request-statistics')
  if (
    any('batchname', 'completebatchdate') &&
    any('primarysmtpaddress', 'userprincipalname', 'emailaddress', 'displayname', 'alias')
  ) {
    return format('wave-plan')
  }
  if (keys.has('remoteroutingaddress')) return format('remote-mailbox')
  if (keys.has('primarysmtpaddress')) return format('mailbox')
  if (keys.has('emailaddress')) return format('migration-batch')
  // `Get-Mailbox | Select Alias, DisplayName` and the like: Get-Mailbox property names, no address.
  if (any('alias', 'displayname', 'userprincipalname')) return format('mailbox')
  return format('unknown')
}

/**
 * A field for every header (PowerShell session columns and unknown columns → 'ignore'). Headers
 * should be distinct (see {@link uniqueHeaders}); a repeated header is only suggested once.
 */
export function suggestMapping(headers: readonly string[]): Record<string, MailboxField> {
  // No prototype, so a header such as "constructor" or "__proto__" is an ordinary key.
  const mapping = Object.create(null) as Record<string, MailboxField>
  const byKey = new Map<string, string>()
  for (const header of headers) {
    mapping[header] = 'ignore'
    const key = headerKey(header)
    if (!POWERSHELL_COLUMNS.has(key) && !byKey.has(key)) byKey.set(key, header)
  }
  const used = new Set<string>()
  for (const [field, aliases] of FIELD_ALIASES) {
    for (const alias of aliases) {
      const header = byKey.get(alias)
      if (header === undefined || used.has(header)) continue
      mapping[header] = field
      used.add(header)
      break
    }
  }
  return mapping
}

/**
 * A stable key for "files with these columns", to remember a hand-made mapping: the distinct
 * header names, lower-cased, PowerShell session columns left out, sorted (column order does not
 * change what a name means).
 */
export function headerSignature(headers: readonly string[]): string {
  const names = uniqueHeaders(headers)
    .filter((h) => !isPowerShellColumn(h))
    .map((h) => h.toLowerCase())
    .sort()
  return `csv-columns:${JSON.stringify(names)}`
}

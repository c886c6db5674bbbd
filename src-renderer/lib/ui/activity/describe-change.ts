/**
 * The activity log in words: each changed field of an event as a sentence with its old and new
 * value, in the labels the screens use. Stored codes become labels, ids become names (or are left
 * out), and no value is ever shown as JSON.
 */
import { STEP_STATUS_LABELS } from '../../domain/labels'
import { LOCATION_LABELS } from '../../domain/mailboxes/edits'
import { LIFECYCLE_LABELS } from '../../domain/mailboxes/lifecycle'
import { SCENARIO2_OUTBOUND_LABELS } from '../../domain/scenarios'
import { capitalise } from '../../domain/text/capitalise'

/** One changed field of an activity-log entry as a sentence. */
export type ChangeLine = { field: string; sentence: string }

/** Names for the ids an event may hold (batches by id); unknown ids read as removed. */
export type EventNames = { batches: ReadonlyMap<string, string> }

const MAX_SHOWN = 160

const FIELD_LABELS: Readonly<Record<string, string>> = {
  status: 'Status',
  statusReason: 'Reason',
  owner: 'Owner',
  dueDate: 'Due date',
  notes: 'Notes',
  evidence: 'Evidence',
  lifecycle: 'Lifecycle',
  batchId: 'Batch',
  location: 'Location',
  rawStatus: 'Status reported by Exchange',
  name: 'Name',
  scenario: 'Scenario',
  conditions: 'Conditions',
  scenario2Outbound: 'Scenario 2 outbound path',
  tenantName: 'Tenant',
  onPremIps: 'On-premises IP addresses',
  onPremHost: 'On-premises mail host',
  thirdPartySenders: 'Third-party senders',
  exchangeVersion: 'Exchange version',
  userName: 'User name',
  dnsServer: 'DNS server',
  checkedAt: 'Checked at',
  fileName: 'File',
  target: 'Target scenario',
  done: 'Done',
  added: 'Steps added',
  retired: 'Steps retired',
  restored: 'Steps restored',
  mailboxes: 'Mailboxes'
}

/** Fields that hold only an internal id the summary already names. */
const HIDDEN_FIELDS = new Set(['id', 'connectorId', 'projectId', 'domainId'])

function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field]
  if (known !== undefined) return known
  // camelCase or kebab-case to words: "smartHosts" -> "Smart hosts".
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase()
  return capitalise(words)
}

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}

function labelOf(labels: Readonly<Record<string, string>>, value: unknown): string | null {
  return typeof value === 'string' && value in labels ? (labels[value] ?? null) : null
}

/** A stored value as words; '' for an empty one. */
export function showValue(field: string, value: unknown, names: EventNames): string {
  if (value === null || value === undefined || value === '') return ''
  if (field === 'batchId')
    return typeof value === 'string' ? (names.batches.get(value) ?? 'a removed batch') : ''
  if (field === 'status') return labelOf(STEP_STATUS_LABELS, value) ?? String(value)
  if (field === 'lifecycle') return labelOf(LIFECYCLE_LABELS, value) ?? String(value)
  if (field === 'location') return labelOf(LOCATION_LABELS, value) ?? String(value)
  if (field === 'scenario' || field === 'target') return `scenario ${String(value)}`
  if (field === 'scenario2Outbound')
    return typeof value === 'string' && value in SCENARIO2_OUTBOUND_LABELS
      ? SCENARIO2_OUTBOUND_LABELS[value as keyof typeof SCENARIO2_OUTBOUND_LABELS].label
      : String(value)
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'string' || typeof value === 'number') return shorten(String(value))
  if (Array.isArray(value))
    return shorten(value.map((item) => showValue(field, item, names)).join(', '))
  if (typeof value === 'object')
    return shorten(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !HIDDEN_FIELDS.has(key))
        .map(
          ([key, item]) =>
            `${fieldLabel(key).toLowerCase()} ${showValue(key, item, names) || 'none'}`
        )
        .join('; ')
    )
  return ''
}

/** “Status changed from To do to Done.”, “Owner set to Dana.”, “Owner cleared (was Dana).” */
export function changeSentence(field: string, before: string | null, after: string): string {
  const label = fieldLabel(field)
  if (before === null || before === '')
    return after === '' ? `${label} left empty.` : `${label} set to ${after}.`
  if (after === '') return `${label} cleared (was ${before}).`
  return `${label} changed from ${before} to ${after}.`
}

/** Sentences for the fields an event changed; values that are not field maps give none. */
export function describeChange(
  before: unknown,
  after: unknown,
  names: EventNames = { batches: new Map() }
): ChangeLine[] {
  if (after === null || typeof after !== 'object' || Array.isArray(after)) return []
  const previous =
    before !== null && typeof before === 'object' ? (before as Record<string, unknown>) : null
  return Object.entries(after as Record<string, unknown>)
    .filter(([field]) => !HIDDEN_FIELDS.has(field))
    .map(([field, value]) => ({
      field,
      sentence: changeSentence(
        field,
        previous && field in previous ? showValue(field, previous[field], names) : null,
        showValue(field, value, names)
      )
    }))
}

/**
 * One lifecycle for every mailbox, whatever tool reported its state. Exchange move requests,
 * migration users, migration batches and MigrationWiz each have their own status words; the
 * tracker counts and charts mailboxes by this normalised lifecycle and keeps the raw word beside it.
 */

/** Where a mailbox is in its move, from never touched to finished (or given up). */
export type MailboxLifecycle =
  | 'not-started'
  | 'queued'
  | 'syncing'
  | 'synced'
  | 'completing'
  | 'completed'
  | 'completed-with-warnings'
  | 'failed'
  | 'stopped'

/** In the order a move goes through them; charts and filters list them this way. */
export const LIFECYCLES: readonly MailboxLifecycle[] = [
  'not-started',
  'queued',
  'syncing',
  'synced',
  'completing',
  'completed',
  'completed-with-warnings',
  'failed',
  'stopped'
]

export const LIFECYCLE_LABELS: Readonly<Record<MailboxLifecycle, string>> = {
  'not-started': 'Not started',
  queued: 'Queued',
  syncing: 'Syncing',
  synced: 'Synced, ready to complete',
  completing: 'Completing',
  completed: 'Completed',
  'completed-with-warnings': 'Completed with warnings',
  failed: 'Failed',
  stopped: 'Stopped'
}

/**
 * Status words of every source, keyed by their normalised form (lower case, letters and digits
 * only, so "In Progress", "InProgress" and "in-progress" meet). The vocabularies overlap; where a
 * word appears in several (Completed, Failed, Synced…) it means the same stage in each.
 */
const STATUS_TABLE: ReadonlyMap<string, MailboxLifecycle> = new Map<string, MailboxLifecycle>([
  // Get-MoveRequestStatistics Status (RequestStatus enum).
  ['none', 'not-started'],
  ['queued', 'queued'],
  // Microsoft: Queued or InProgress means the request proceeds normally, even with failure messages.
  ['inprogress', 'syncing'],
  // AutoSuspended only happens with SuspendWhenReadyToComplete once the copy is done: ready to complete.
  ['autosuspended', 'synced'],
  ['completioninprogress', 'completing'],
  ['synced', 'synced'],
  ['completed', 'completed'],
  ['completedwithwarning', 'completed-with-warnings'],
  // A person suspended the request: nothing moves until someone resumes it.
  ['suspended', 'stopped'],
  ['failed', 'failed'],

  // StatusDetail (RequestState) words that are not covered by a prefix rule below.
  ['waitingforjobpickup', 'queued'],
  ['initialseeding', 'syncing'],
  ['creatingfolderhierarchy', 'syncing'],
  ['creatinginitialsynccheckpoint', 'syncing'],
  ['loadingmessages', 'syncing'],
  ['copyingmessages', 'syncing'],
  ['incrementalsync', 'syncing'],
  // Transient failures are retried by the service; Microsoft counts the move as proceeding.
  ['transientfailure', 'syncing'],
  ['finalincrementalsync', 'completing'],
  ['finalization', 'completing'],
  ['completion', 'completing'],
  ['cleanup', 'completing'],
  ['completedwithwarnings', 'completed-with-warnings'],
  ['canceled', 'stopped'],
  ['cancelled', 'stopped'],

  // Get-MigrationUser Status (MigrationUserStatus).
  ['validating', 'queued'],
  // Provisioning creates the target object as the first step of the copy.
  ['provisioning', 'syncing'],
  ['provisionupdating', 'syncing'],
  ['syncing', 'syncing'],
  ['incrementalsyncing', 'syncing'],
  ['incrementalsynced', 'synced'],
  // The final sync ran and the user waits for completion, so it is still "ready to complete".
  ['completionsynced', 'synced'],
  ['completing', 'completing'],
  // A failed incremental sync leaves the user unable to complete until someone acts.
  ['incrementalfailed', 'failed'],
  ['completionfailed', 'failed'],
  ['corrupted', 'failed'],
  ['stopped', 'stopped'],
  ['incrementalstopped', 'stopped'],

  // Get-MigrationUser StatusSummary.
  ['active', 'syncing'],

  // Migration batch Status (MigrationBatchStatus).
  ['created', 'not-started'],
  ['waiting', 'queued'],
  ['starting', 'queued'],
  ['stopping', 'stopped'],
  // A batch being removed is no longer moving anyone.
  ['removing', 'stopped'],
  // Per-user failures show in those users' own rows; the batch itself did finish or sync.
  ['completedwitherrors', 'completed-with-warnings'],
  ['syncedwitherrors', 'synced'],

  // MigrationWiz (BitTitan) migration passes and their labels in the web portal.
  ['notstarted', 'not-started'],
  ['submitted', 'queued'],
  ['pending', 'queued'],
  ['processing', 'syncing'],
  ['running', 'syncing'],
  ['migrating', 'syncing'],
  // A pre-stage pass copies older items ahead of the cut-over: the mailbox waits for its full pass.
  ['completedprestage', 'synced'],
  ['completedfull', 'completed'],
  // A trial pass only tests the connection with a handful of items; the move has not begun.
  ['completedtrial', 'not-started'],

  // Words seen in hand-kept wave-planning sheets.
  ['planned', 'not-started'],
  ['scheduled', 'not-started'],
  ['notmigrated', 'not-started'],
  ['migrated', 'completed'],
  ['done', 'completed']
])

/** Families of detail words that share a prefix (StalledDueToHA, FailedBadItemLimit, "Failed (Full)"…). */
const PREFIX_RULES: readonly (readonly [string, MailboxLifecycle])[] = [
  // Stalls are waits on the source or target; the move resumes by itself.
  ['stalleddueto', 'syncing'],
  ['relinquished', 'syncing'],
  ['completedwithwarning', 'completed-with-warnings'],
  ['failed', 'failed']
]

function normaliseStatus(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9]/g, '')
}

function lookup(raw: string | undefined): MailboxLifecycle | undefined {
  if (raw === undefined) return undefined
  const key = normaliseStatus(raw)
  if (key === '') return undefined
  const exact = STATUS_TABLE.get(key)
  if (exact !== undefined) return exact
  for (const [prefix, lifecycle] of PREFIX_RULES) if (key.startsWith(prefix)) return lifecycle
  return undefined
}

/**
 * Maps a source status (and optionally its finer detail, e.g. Get-MoveRequestStatistics'
 * StatusDetail) onto the lifecycle. Returns undefined when neither word is known, so the caller
 * can say so instead of guessing.
 *
 * The status decides; the detail only refines it where the status is coarse:
 * - a syncing status with a completion detail (InProgress + FinalIncrementalSync) → completing;
 * - Completed with the detail CompletedWithWarnings → completed-with-warnings;
 * - an empty or unknown status falls back to the detail (exports often carry StatusDetail alone).
 */
export function mapStatus(raw: string, detail?: string): MailboxLifecycle | undefined {
  const fromStatus = lookup(raw)
  const fromDetail = lookup(detail)
  if (fromStatus === undefined) return fromDetail
  if (fromStatus === 'syncing' && fromDetail === 'completing') return 'completing'
  if (fromStatus === 'completed' && fromDetail === 'completed-with-warnings') return fromDetail
  return fromStatus
}

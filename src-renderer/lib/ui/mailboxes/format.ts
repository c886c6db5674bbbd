/** How mailbox values read on screen. */
import type { MailboxLifecycle } from '../../domain/mailboxes/lifecycle'
import { countOf, formatBytes as formatSize } from '../../domain/numbers'

type Tone = 'neutral' | 'ok' | 'warn' | 'danger' | 'info' | 'accent'

export const LIFECYCLE_TONES: Readonly<Record<MailboxLifecycle, Tone>> = {
  'not-started': 'neutral',
  queued: 'neutral',
  syncing: 'info',
  synced: 'accent',
  completing: 'info',
  completed: 'ok',
  'completed-with-warnings': 'warn',
  failed: 'danger',
  stopped: 'warn'
}

/** Short forms for the table's narrow column; the full label is in the title. */
export const LIFECYCLE_SHORT: Readonly<Record<MailboxLifecycle, string>> = {
  'not-started': 'Not started',
  queued: 'Queued',
  syncing: 'Syncing',
  synced: 'Synced',
  completing: 'Completing',
  completed: 'Completed',
  'completed-with-warnings': 'With warnings',
  failed: 'Failed',
  stopped: 'Stopped'
}

export const LOCATION_SHORT = { onprem: 'On-prem', cloud: 'Online' } as const

export { formatCount } from '../../domain/numbers'

/** A mailbox size in binary units (“1.2 GiB”), or nothing when the size is not known. */
export function formatBytes(bytes: number | null): string {
  return bytes === null ? '' : formatSize(bytes)
}

/** “1 mailbox”, “2 mailboxes”. */
export function mailboxCount(count: number): string {
  return countOf(count, 'mailbox', 'mailboxes')
}

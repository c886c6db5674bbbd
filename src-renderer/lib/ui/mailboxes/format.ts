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

/**
 * What the detail shows as a mailbox's domain: the project domain's name; for an address of
 * another domain "Not a project domain (<domain>)"; and, when the address is not known yet, that
 * the domain is not known either (such a mailbox may well belong to a project domain).
 */
export function mailboxDomainLabel(address: string, known: boolean, domainName: string): string {
  if (domainName !== '') return domainName
  if (!known) return 'Not known yet (no address)'
  return `Not a project domain (${address.slice(address.lastIndexOf('@') + 1)})`
}

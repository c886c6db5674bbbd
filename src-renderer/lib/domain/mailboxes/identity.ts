/**
 * How the tracker tells mailboxes apart and files them: the stored key of a mailbox, which
 * project domain an address belongs to, and how batch names from different tools meet.
 *
 * Exports such as Get-MoveRequestStatistics name a mailbox by alias and display name only. Such a
 * mailbox is still tracked: its `address` holds a placeholder key (`~alias:bob.kelly`) until a
 * later file brings the real address. A placeholder never contains `@`, a real address always
 * does, so {@link hasAddress} tells them apart.
 */
import type { Mailbox } from './model'

/** Whether a stored `address` is a real e-mail address rather than a placeholder key. */
export function hasAddress(address: string): boolean {
  return address.includes('@')
}

export type PlaceholderKind = 'alias' | 'identity' | 'name' | 'upn'

/** The key of a mailbox known only by alias, identity, display name or UPN: lower case, no `@`. */
export function placeholderAddress(kind: PlaceholderKind, value: string): string {
  return `~${kind}:${value.trim().toLowerCase().replace(/@/g, '%40')}`
}

/** The address to show, or '' for a placeholder. */
export function shownAddress(address: string): string {
  return hasAddress(address) ? address : ''
}

/** A short name for messages: the address, else the display name, else the alias. */
export function mailboxLabel(mailbox: Pick<Mailbox, 'address' | 'displayName' | 'alias'>): string {
  if (hasAddress(mailbox.address)) return mailbox.address
  return mailbox.displayName || mailbox.alias || mailbox.address
}

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i

/**
 * An Identity value that is an alias (bob.kelly), as Get-MoveRequestStatistics writes it, or
 * undefined for the other forms Identity takes: an AD path (contoso.com/Users/Bob), a
 * DOMAIN\user name, a GUID or an address.
 */
export function aliasFromIdentity(identity: string | undefined): string | undefined {
  if (identity === undefined) return undefined
  const value = identity.trim()
  if (value === '' || /[\s/\\@]/.test(value) || GUID.test(value)) return undefined
  return value
}

/**
 * Finds the project domain of an address: its own domain, or the closest parent domain for a
 * subdomain (bob@eu.contoso.com belongs to contoso.com unless eu.contoso.com is a project domain
 * itself). Placeholders and addresses of other domains give null.
 */
export function domainMatcher(
  domains: readonly { id: string; name: string }[]
): (address: string) => string | null {
  const byName = new Map(domains.map((domain) => [domain.name.toLowerCase(), domain.id]))
  const cache = new Map<string, string | null>()
  return function domainOf(address: string): string | null {
    const at = address.lastIndexOf('@')
    if (at < 0) return null
    const host = address.slice(at + 1).toLowerCase()
    const known = cache.get(host)
    if (known !== undefined) return known
    let found: string | null = null
    for (let name = host; name !== '';) {
      const id = byName.get(name)
      if (id !== undefined) {
        found = id
        break
      }
      const dot = name.indexOf('.')
      name = dot < 0 ? '' : name.slice(dot + 1)
    }
    cache.set(host, found)
    return found
  }
}

/**
 * A batch name as people read it. Move requests carry the migration batch as
 * `MigrationService:Wave 01`, while Get-MigrationUser and wave plans write `Wave 01`: the prefix
 * is dropped so both meet in one batch.
 */
export function cleanBatchName(name: string): string {
  return name.replace(/^\s*migrationservice:/i, '').trim()
}

/** Batch names match ignoring case and surrounding spaces. */
export function batchKey(name: string): string {
  return cleanBatchName(name).toLowerCase()
}

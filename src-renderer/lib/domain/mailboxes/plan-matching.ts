/**
 * How an import row finds the stored mailbox it describes (see ./plan for the rules): indexes of
 * the project's mailboxes by address, alias and display name, kept in step with the plan as
 * rows create and change mailboxes, so later rows of the same file see the planned state.
 */
import { hasAddress } from './identity'
import type { ImportedMailbox } from './import'
import type { Mailbox } from './model'

type Match = { mailbox: Mailbox } | { several: number } | undefined

/** Several mailboxes share the value: remembered as a count, not as one of them. */
type NameIndex = Map<string, Mailbox | number>

/** The mailbox a row describes (undefined: a new one), or why it cannot be told. */
export type Target = { target: Mailbox | undefined } | { conflict: string }

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

function quoted(value: string): string {
  return `“${value.length > 60 ? `${value.slice(0, 59)}…` : value}”`
}

export class MailboxMatcher {
  private readonly byAddress = new Map<string, Mailbox>()
  private readonly byAlias: NameIndex = new Map()
  private readonly byName: NameIndex = new Map()
  /** Display names of the mailboxes that have no alias yet. */
  private readonly byNameWithoutAlias: NameIndex = new Map()

  constructor(existing: readonly Mailbox[]) {
    for (const mailbox of existing) this.index(mailbox)
  }

  /** The mailbox (stored or planned) keyed by this address or placeholder. */
  atAddress(address: string): Mailbox | undefined {
    return this.byAddress.get(address)
  }

  index(mailbox: Mailbox): void {
    this.byAddress.set(mailbox.address, mailbox)
    addToIndex(this.byAlias, mailbox.alias, mailbox)
    addToIndex(this.byName, mailbox.displayName, mailbox)
    if (mailbox.alias === '') addToIndex(this.byNameWithoutAlias, mailbox.displayName, mailbox)
  }

  /** Follows a planned change: `next` replaces `before` wherever `before` was found. */
  replace(before: Mailbox, next: Mailbox): void {
    if (
      next.address !== before.address ||
      next.alias !== before.alias ||
      next.displayName !== before.displayName
    ) {
      this.unindex(before)
      this.index(next)
    } else {
      // Later rows must see the planned state, not the stored one.
      this.byAddress.set(next.address, next)
    }
  }

  /** The stored mailbox the row describes, undefined for a new one, or why it cannot be told. */
  findTarget(row: ImportedMailbox, alias: string | undefined): Target {
    const address = row.primarySmtpAddress
    if (address !== undefined) {
      const exact = this.byAddress.get(address)
      if (exact !== undefined) return { target: exact }
    }
    const viaAlias = lookup(this.byAlias, alias)
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
    return alias !== undefined ? this.byNameOfAliasless(row) : this.byDisplayName(row)
  }

  private unindex(mailbox: Mailbox): void {
    if (this.byAddress.get(mailbox.address)?.id === mailbox.id)
      this.byAddress.delete(mailbox.address)
    removeFromIndex(this.byAlias, mailbox.alias, mailbox)
    removeFromIndex(this.byName, mailbox.displayName, mailbox)
    removeFromIndex(this.byNameWithoutAlias, mailbox.displayName, mailbox)
  }

  /** The row's alias matches no mailbox, so it can only be one that has no alias yet. */
  private byNameOfAliasless(row: ImportedMailbox): Target {
    const address = row.primarySmtpAddress
    const viaName = lookup(this.byNameWithoutAlias, row.displayName)
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

  /** A row with neither a known address nor an alias: matched by display name. */
  private byDisplayName(row: ImportedMailbox): Target {
    const viaName = lookup(this.byName, row.displayName)
    if (viaName === undefined) return { target: undefined }
    if (row.primarySmtpAddress !== undefined) {
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
}

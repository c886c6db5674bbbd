/**
 * The mailboxes of one project held in memory for the table: read in pages on every change
 * signal (see liveMailboxChanges), kept as one plain array in `$state.raw`, never proxied. The
 * first read shows its first page at once; later reads keep the previous rows on screen until
 * the new ones are complete, so a change never empties the table for a moment.
 */
import { readProjectMailboxes } from '../db/app/mailboxes'
import { PAGE_SIZE } from '../db/repositories/mailboxes'
import type { Mailbox } from '../domain/mailboxes/model'
import { describeError } from './session.svelte'
import { toasts } from './toasts.svelte'

export class MailboxStore {
  rows: readonly Mailbox[] = $state.raw([])
  /** False while `rows` holds only the first pages of the first read. */
  complete = $state(false)
  #projectId: string
  #generation = 0

  constructor(projectId: string) {
    this.#projectId = projectId
  }

  /** Reads every row again; a newer call wins over one still running. */
  async load(): Promise<void> {
    const generation = ++this.#generation
    // An empty table (the first read, or the first import) shows the first page at once.
    const progressive = !this.complete || this.rows.length === 0
    if (progressive) this.complete = false
    let shownFirst = false
    try {
      const rows = await readProjectMailboxes(this.#projectId, PAGE_SIZE, (soFar) => {
        if (!progressive || shownFirst || generation !== this.#generation) return
        shownFirst = true
        this.rows = soFar.slice()
      })
      if (generation !== this.#generation) return
      this.rows = rows
      this.complete = true
    } catch (error) {
      if (generation === this.#generation)
        toasts.show('error', `Could not read the mailboxes: ${describeError(error)}`)
    }
  }
}

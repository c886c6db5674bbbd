/**
 * Text typed during a cut-over night and not yet saved (an action's note, a gate's note, the
 * reason for ending a run, the schedule form): kept in this computer's storage under a key of
 * the run or domain, so a collapsed panel, another page or a restart loses nothing. Leaving the
 * app while any are left asks first, as step drafts do.
 */
import { askBeforeLeavingWhile, storeDrafts } from './kept-drafts'

const KEY = 'tracker.runDrafts'

function load(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}')
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {}
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string'
      )
    )
  } catch {
    return {}
  }
}

class RunDrafts {
  #drafts: Record<string, string> = $state(load())
  count = $derived(Object.keys(this.#drafts).length)

  get(key: string): string | undefined {
    return this.#drafts[key]
  }

  /** Keeps `text` under `key`; an empty text (or one equal to the saved value) drops the draft. */
  put(key: string, text: string, saved = ''): void {
    if (text === saved) return this.discard(key)
    if (this.#drafts[key] === text) return
    this.#drafts[key] = text
    this.#store()
  }

  discard(key: string): void {
    if (!(key in this.#drafts)) return
    delete this.#drafts[key]
    this.#store()
  }

  /** Makes leaving the app (closing, reloading) ask while drafts are left. */
  guardUnload(): () => void {
    return askBeforeLeavingWhile(() => this.count > 0)
  }

  #store(): void {
    storeDrafts(KEY, this.#drafts)
  }
}

export const runDrafts = new RunDrafts()

/**
 * The drafts of unsaved step edits (see domain/step-drafts), kept in this computer's storage so
 * they outlive a collapsed step, another page and a restart; leaving the app while any are left
 * asks first.
 */
import { parseStepDrafts, type StepDraft } from '../domain/step-drafts'
import { askBeforeLeavingWhile, storeDrafts } from './kept-drafts'

const KEY = 'tracker.stepDrafts'

function load(): Record<string, StepDraft> {
  try {
    return parseStepDrafts(localStorage.getItem(KEY))
  } catch {
    return {}
  }
}

class StepDrafts {
  #drafts: Record<string, StepDraft> = $state(load())
  /** How many steps hold unsaved edits. */
  count = $derived(Object.keys(this.#drafts).length)

  get(stepRowId: string): StepDraft | undefined {
    return this.#drafts[stepRowId]
  }

  has(stepRowId: string): boolean {
    return stepRowId in this.#drafts
  }

  /** How many steps of a domain hold unsaved edits. */
  countIn(domainId: string): number {
    return Object.values(this.#drafts).filter((draft) => draft.domainId === domainId).length
  }

  put(stepRowId: string, draft: StepDraft): void {
    this.#drafts[stepRowId] = draft
    this.#store()
  }

  discard(stepRowId: string): void {
    if (!(stepRowId in this.#drafts)) return
    delete this.#drafts[stepRowId]
    this.#store()
  }

  /** Drops the project's drafts whose step no longer exists (project deleted, data restored). */
  prune(projectId: string, stepRowIds: ReadonlySet<string>): void {
    const stale = Object.entries(this.#drafts).filter(
      ([id, draft]) => draft.projectId === projectId && !stepRowIds.has(id)
    )
    if (stale.length === 0) return
    for (const [id] of stale) delete this.#drafts[id]
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

export const stepDrafts = new StepDrafts()

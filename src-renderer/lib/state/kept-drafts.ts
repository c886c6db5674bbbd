/**
 * What step drafts and cut-over drafts share: kept in this computer's storage, and leaving the
 * app while any are left asks first.
 */

/** Writes `value` as JSON under `key`. Storage can be unavailable (private mode, full): the
 *  drafts then last for this session. */
export function storeDrafts(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Kept in memory only; nothing to tell the user that the unsaved mark does not already say.
  }
}

/** Makes leaving the app (closing, reloading) ask while `pending()` is true; returns the undo. */
export function askBeforeLeavingWhile(pending: () => boolean): () => void {
  const ask = (event: BeforeUnloadEvent): void => {
    if (!pending()) return
    event.preventDefault()
    // Older engines ask only when returnValue is set.
    event.returnValue = ''
  }
  window.addEventListener('beforeunload', ask)
  return () => window.removeEventListener('beforeunload', ask)
}

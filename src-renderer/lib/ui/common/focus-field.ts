/**
 * Focuses the form field a link asked for (a step's "enter the certificate domain" link opens the
 * profile on that field). Pages load lazily, so it looks for the field on each frame for a while.
 */
export function focusFieldWhenShown(id: string, frames = 120): () => void {
  let handle = 0
  const attempt = (left: number): void => {
    const field = document.getElementById(id)
    if (field) {
      field.scrollIntoView({ block: 'center' })
      field.focus()
      return
    }
    if (left > 0) handle = requestAnimationFrame(() => attempt(left - 1))
  }
  attempt(frames)
  return () => cancelAnimationFrame(handle)
}

/** One changed field of an activity-log entry, as text for display. */
export type ChangeLine = { field: string; before: string | null; after: string }

const MAX_SHOWN = 160

function show(value: unknown): string {
  const text =
    typeof value === 'string'
      ? value || '(empty)'
      : Array.isArray(value)
        ? value.join(', ') || '(none)'
        : JSON.stringify(value)
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}

/** Lines for the fields an event changed; objects that are not field maps give no lines. */
export function describeChange(before: unknown, after: unknown): ChangeLine[] {
  if (after === null || typeof after !== 'object' || Array.isArray(after)) return []
  const previous =
    before !== null && typeof before === 'object' ? (before as Record<string, unknown>) : null
  return Object.entries(after as Record<string, unknown>).map(([field, value]) => ({
    field,
    before: previous && field in previous ? show(previous[field]) : null,
    after: show(value)
  }))
}

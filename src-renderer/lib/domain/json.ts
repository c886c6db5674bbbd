/**
 * Reading JSON whose shape is not trusted (stored drafts, backups, kept pastes): the plain-object
 * test and the parse that gives null instead of throwing, so a damaged store never stops a page.
 */

/** A plain object: not null and not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether a stored or parsed value is an array of strings. */
export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/**
 * Whether a stored object carries a project's row metadata (types.ts RowMeta and the project id),
 * the part every row of a project's tables shares.
 */
export function hasProjectRowMeta(r: Record<string, unknown>): boolean {
  return (
    typeof r.id === 'string' &&
    typeof r.projectId === 'string' &&
    typeof r.createdAt === 'string' &&
    typeof r.updatedAt === 'string' &&
    typeof r.rev === 'number'
  )
}

/** Stored text read back as a JSON object; null when there is none, it is not JSON or not an object. */
export function parseJsonObject(text: string | null | undefined): Record<string, unknown> | null {
  if (text === null || text === undefined) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  return isRecord(parsed) ? parsed : null
}

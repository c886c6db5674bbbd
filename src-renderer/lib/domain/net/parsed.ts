/** The result of validating user input: the normalised value, or a sentence saying what is wrong. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

/** A successful parse. */
export function parsed<T>(value: T): Parsed<T> {
  return { ok: true, value }
}

/** A failed parse with a user-facing sentence. */
export function invalid<T>(message: string): Parsed<T> {
  return { ok: false, message }
}

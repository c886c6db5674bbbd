/**
 * The project's people: everyone named as an owner so far, plus the app's user. Owner fields offer
 * them as choices, and a new name typed into one joins the list once it is saved.
 */
import { DISPLAY_LOCALE } from './numbers'

/** Names trimmed, without empties and case-insensitive duplicates (the first spelling wins), sorted. */
export function projectPeople(names: Iterable<string>): string[] {
  const byKey = new Map<string, string>()
  for (const name of names) {
    const trimmed = name.trim()
    // A fixed locale for the key, not the user's: one name gives one key on every machine.
    const key = trimmed.toLocaleLowerCase('en-US')
    if (trimmed !== '' && !byKey.has(key)) byKey.set(key, trimmed)
  }
  return [...byKey.values()].sort((a, b) =>
    a.localeCompare(b, DISPLAY_LOCALE, { sensitivity: 'base' })
  )
}

/** The id of the one list of people on a project's pages (an HTML datalist). */
export const PEOPLE_LIST_ID = 'project-people'

import type { TrackerDb } from '../schema'
import type { WriteContext } from '../write-context'
import { appendEvent } from './events'

export type Theme = 'system' | 'light' | 'dark'

export type Settings = {
  /** Name written into the activity log as the author of every change. */
  userName: string
  theme: Theme
}

export const DEFAULT_SETTINGS: Settings = { userName: '', theme: 'system' }

const THEMES: readonly Theme[] = ['system', 'light', 'dark']

export async function readSettings(db: TrackerDb): Promise<Settings> {
  const rows = await db.settings.bulkGet(['userName', 'theme'])
  const [userName, theme] = rows.map((row) => row?.value)
  return {
    userName: typeof userName === 'string' ? userName : DEFAULT_SETTINGS.userName,
    theme: THEMES.includes(theme as Theme) ? (theme as Theme) : DEFAULT_SETTINGS.theme
  }
}

/** Saves the settings; a new user name is recorded in the activity log. */
export async function saveSettings(
  db: TrackerDb,
  next: Settings,
  context: WriteContext
): Promise<Settings> {
  const userName = next.userName.trim().slice(0, 120)
  if (!THEMES.includes(next.theme)) throw new Error(`Unknown theme “${next.theme}”.`)
  return db.transaction('rw', db.settings, db.events, async () => {
    const current = await readSettings(db)
    await db.settings.bulkPut([
      { key: 'userName', value: userName },
      { key: 'theme', value: next.theme }
    ])
    if (current.userName !== userName)
      await appendEvent(db, context, {
        projectId: null,
        entity: 'settings',
        entityId: 'userName',
        action: 'updated',
        summary: `User name set to “${userName}”`,
        before: { userName: current.userName },
        after: { userName }
      })
    return { userName, theme: next.theme }
  })
}

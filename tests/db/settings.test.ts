import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  readSettings,
  saveSettings
} from '../../src-renderer/lib/db/repositories/settings'
import type { TrackerDb } from '../../src-renderer/lib/db/schema'
import { fixedContext, openTestDb } from '../support/db'

let db: TrackerDb

beforeEach(async () => {
  db = await openTestDb()
})
afterEach(async () => {
  await db.delete()
})

describe('settings', () => {
  it('starts with defaults and keeps what was saved', async () => {
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS)
    await saveSettings(db, { userName: '  Megan Bowen ', theme: 'dark' }, fixedContext())
    expect(await readSettings(db)).toEqual({ userName: 'Megan Bowen', theme: 'dark' })
  })

  it('records a new user name in the activity log but not a theme change', async () => {
    await saveSettings(db, { userName: 'Megan', theme: 'system' }, fixedContext())
    await saveSettings(db, { userName: 'Megan', theme: 'light' }, fixedContext())
    expect((await db.events.toArray()).map((event) => event.summary)).toEqual([
      'User name set to “Megan”'
    ])
  })

  it('ignores a stored theme it does not know', async () => {
    await db.settings.put({ key: 'theme', value: 'neon' })
    expect((await readSettings(db)).theme).toBe('system')
  })
})

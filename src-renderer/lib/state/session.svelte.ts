/**
 * Who is using the app and how writes are run: every UI write goes through `session.write`,
 * which stamps it with the user name and time and turns a failure into a visible error.
 */
import { readSettings, recordSnapshotsOfDay, saveSettings } from '../db/app'
import { DEFAULT_SETTINGS, type Settings } from '../db/repositories/settings'
import { localDayOf } from '../db/repositories/snapshots'
import { liveWriteContext, type WriteContext } from '../db/write-context'
import { ValidationError } from '../domain/validation'
import { platform } from '../platform'
import { toasts } from './toasts.svelte'

class Session {
  settings: Settings = $state({ ...DEFAULT_SETTINGS })
  /** The operating-system user, used when no name is set in the settings. */
  systemUserName = $state('')
  /** "Not now" on the first-start name prompt: asked again on the next start. */
  namePromptDismissed = $state(false)

  /** True while no name is stored and the user has not put the question off. */
  get asksForName(): boolean {
    return this.settings.userName === '' && !this.namePromptDismissed
  }

  dismissNamePrompt(): void {
    this.namePromptDismissed = true
  }

  get actor(): string {
    return this.settings.userName || this.systemUserName || 'Unnamed user'
  }

  async load(): Promise<void> {
    this.settings = await readSettings()
    this.systemUserName = (await platform.getAppInfo()).userName
    applyTheme(this.settings.theme)
  }

  /**
   * Records today's progress snapshot of every project: called on start, before the app shows
   * anything, so every day the app is used has its history (writes refresh it in their own
   * transactions). A failure is shown and does not stop the start.
   */
  async recordTodaysSnapshots(): Promise<void> {
    await this.write((context) => recordSnapshotsOfDay(localDayOf(context.now), context))
  }

  context(): WriteContext {
    return liveWriteContext(this.actor)
  }

  /**
   * Runs a write. Validation errors are returned for the form to show at its fields; any other
   * failure is shown as an error toast. The transaction inside guarantees nothing was half-written.
   */
  async write<T>(
    action: (context: WriteContext) => Promise<T>,
    successMessage?: string
  ): Promise<{ ok: true; value: T } | { ok: false; errors: Record<string, string> }> {
    try {
      const value = await action(this.context())
      if (successMessage) toasts.show('success', successMessage)
      return { ok: true, value }
    } catch (error) {
      if (error instanceof ValidationError) return { ok: false, errors: error.errors }
      toasts.show('error', `Nothing was saved: ${describeError(error)}`)
      return { ok: false, errors: {} }
    }
  }

  async saveSettings(next: Settings): Promise<boolean> {
    const result = await this.write((context) => saveSettings(next, context), 'Settings saved')
    if (result.ok) {
      this.settings = result.value
      applyTheme(result.value.theme)
    }
    return result.ok
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const inner = (error as Error & { inner?: unknown }).inner
    if (
      error.name === 'QuotaExceededError' ||
      (inner instanceof Error && inner.name === 'QuotaExceededError')
    )
      return 'the disk is full.'
    return error.message
  }
  return String(error)
}

/** Where public/theme-boot.js finds the theme setting before the first paint. */
const THEME_STORAGE_KEY = 'tracker.theme'

function applyTheme(theme: Settings['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = theme
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // No storage: the next start shows the system's theme until the settings are read.
  }
}

export const session = new Session()

// `app:get-info`: the app's and its runtime's versions (About, Settings), the platform and the
// OS user name (the activity log's default author).
import type { AppInfo } from '../shared/ipc-contract'

/** Where the facts come from: Electron's app, Node's process and os.userInfo. */
export type AppInfoSources = {
  app: { getVersion(): string }
  process: {
    platform: string
    versions: { electron?: string; chrome?: string; node?: string }
    env: Record<string, unknown>
  }
  userInfo: () => { username: string }
}

/**
 * The OS user name. os.userInfo() throws when the account has no passwd entry (containers,
 * some domain setups); fall back to USER / USERNAME, then to ''.
 */
export function osUserName(
  userInfo: AppInfoSources['userInfo'],
  env: AppInfoSources['process']['env']
): string {
  try {
    const name = userInfo().username
    if (name !== '') return name
  } catch {
    // fall through to the environment
  }
  for (const key of ['USER', 'USERNAME', 'LOGNAME']) {
    const value = env[key]
    if (typeof value === 'string' && value !== '') return value
  }
  return ''
}

/** Builds the `app:get-info` answer. */
export function getAppInfo(sources: AppInfoSources): AppInfo {
  return {
    version: sources.app.getVersion(),
    platform: sources.process.platform,
    electron: sources.process.versions.electron ?? '',
    chrome: sources.process.versions.chrome ?? '',
    node: sources.process.versions.node ?? '',
    userName: osUserName(sources.userInfo, sources.process.env)
  }
}

/** The repository root. */
export declare const PROJECT_DIR: string
/** The executable's path inside an Electron folder ('electron', 'electron.exe', …). */
export declare function electronExecutableName(platform?: string): string
/**
 * Absolute path of the Electron executable (ELECTRON_OVERRIDE_DIST_PATH's, else the downloaded
 * one), or null when there is none.
 */
export declare function findElectronBinary(
  projectDir?: string,
  env?: Record<string, string | undefined>
): string | null
/** Runs node_modules/electron/install.js once; true when a binary exists afterwards. */
export declare function installElectronBinary(
  projectDir?: string,
  options?: { timeoutMs?: number }
): boolean

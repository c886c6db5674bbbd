/** The repository root. */
export declare const PROJECT_DIR: string
/** Absolute path of the installed Electron executable, or null when it was never downloaded. */
export declare function findElectronBinary(projectDir?: string): string | null
/** Runs node_modules/electron/install.js once; true when a binary exists afterwards. */
export declare function installElectronBinary(
  projectDir?: string,
  options?: { timeoutMs?: number }
): boolean

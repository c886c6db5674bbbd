/** Browser mode's usual port. */
export declare const DEFAULT_WEB_PORT: number
/** True when a build output is missing or older than any source file. */
export declare function isBuildStale(projectDir?: string): boolean
/** Runs `electron-vite build --config electron.config.ts`; throws when it fails. */
export declare function build(projectDir?: string): void
/** Reads `--web`, `--rebuild`, `--no-sandbox`, `--port` (or PORT). */
export declare function parseStartArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>
): { web: boolean; rebuild: boolean; noSandbox: boolean; port: number }
/** ['--no-sandbox'] when the user asked for it, else []. */
export declare function electronSwitches(options: { noSandbox: boolean }): string[]
/** The sandbox warning or root hint to print before starting Electron, or null. */
export declare function sandboxNotice(
  platform: string,
  uid: number | undefined,
  noSandbox: boolean
): string | null
/** The environment without ELECTRON_RUN_AS_NODE and ELECTRON_RENDERER_URL. */
export declare function electronEnvironment(
  env: Record<string, string | undefined>
): Record<string, string | undefined>

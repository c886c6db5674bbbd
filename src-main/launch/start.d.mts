/** Browser mode's usual port. */
export declare const DEFAULT_WEB_PORT: number
/** True when a build output is missing or older than any source file. */
export declare function isBuildStale(projectDir?: string): boolean
/** Runs `electron-vite build --config electron.config.ts`; throws when it fails. */
export declare function build(projectDir?: string): void
/** Reads `--web`, `--rebuild`, `--port` (or PORT). */
export declare function parseStartArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>
): { web: boolean; rebuild: boolean; port: number }
/** ['--no-sandbox'] for root on Linux (Chromium refuses to start otherwise), else []. */
export declare function electronSwitches(platform: string, uid: number | undefined): string[]

import type { StandInState } from './electron-stand-in/index.d.mts'

/** A booted copy of the built main process, running on the stand-in. */
export type StandInApp = {
  /** The temporary app folder. */
  root: string
  state: StandInState
  remove(): Promise<void>
}

/**
 * Copies out/main and out/preload next to the stand-in, imports out/main/index.js under Node.js
 * and returns the stand-in's record. Throws when the build output is missing.
 */
export declare function bootStandInApp(options?: {
  outDir?: string
  paths?: Record<string, string>
  prepare?: (state: StandInState) => void
}): Promise<StandInApp>

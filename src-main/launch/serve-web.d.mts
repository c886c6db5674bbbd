/** A running browser-mode server. */
export type WebServer = {
  /** e.g. 'http://127.0.0.1:5199/' */
  url: string
  /** The port actually bound (useful with port 0). */
  port: number
  /** Stops listening and drops open connections. */
  close(): Promise<void>
}

/**
 * Serves the built renderer (default 'out/renderer', relative to the repository root) on
 * 127.0.0.1 with the app's CSP, Cache-Control: no-store and the app:// path rules.
 * Port 0 (the default) picks a free port.
 */
export declare function startWebServer(options?: {
  root?: string
  host?: string
  port?: number
}): Promise<WebServer>

/** Reads `--name value` or `--name=value` from argv. */
export declare function readOption(argv: readonly string[], name: string): string | undefined
/** Parses a TCP port (0..65535); throws on anything else. */
export declare function parsePort(text: string): number
/** Closes the server on SIGINT/SIGTERM, then exits. */
export declare function closeOnSignals(server: WebServer): void

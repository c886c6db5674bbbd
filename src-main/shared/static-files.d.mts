/** `path` is relative to the served root, with '/' separators. */
export type StaticPathResult =
  { ok: true; path: string } | { ok: false; status: 400 | 403; reason: string }

/**
 * Maps the raw path of a request (percent-encoded, not normalised, no query or fragment) to a
 * file path relative to the served root; '/' maps to 'index.html'. Refuses traversal, encoded
 * dots and slashes, backslashes, control characters, UNC paths, drive letters and dot-files.
 */
export declare function resolveStaticPath(rawPath: string): StaticPathResult

/** The Content-Type for a file name by extension; 'application/octet-stream' when unknown. */
export declare function contentTypeFor(fileName: string): string

/** Headers sent on every response: Content-Type, the CSP, nosniff, no-referrer, no-store. */
export declare function staticResponseHeaders(contentType: string): Record<string, string>

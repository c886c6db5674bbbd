// The renderer's Content-Security-Policy, in one place: the app:// protocol handler (main) and
// the browser-mode web server (plain Node) both send it on every response. Plain JavaScript so
// the launch scripts can import it without a TypeScript step; types are in csp.d.mts.

/** Directives of the policy, in the order they are sent. */
export const CSP_DIRECTIVES = Object.freeze([
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // blob: lets libraries that build workers from Blob URLs run; our own workers are 'self'.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
])

/** The Content-Security-Policy header value. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ')

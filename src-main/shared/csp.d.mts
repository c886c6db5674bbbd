/** Directives of the policy, in the order they are sent. */
export declare const CSP_DIRECTIVES: readonly string[]
/** The Content-Security-Policy header value. */
export declare const CONTENT_SECURITY_POLICY: string

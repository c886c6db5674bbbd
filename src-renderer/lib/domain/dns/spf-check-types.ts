/** The public shapes and limits of check_host() (RFC 7208), shared by its modules. */
export type SpfResult =
  'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror'

/** DNS-querying terms allowed per check (RFC 7208 §4.6.4). */
export const LOOKUP_LIMIT = 10
/** Lookups answering NXDOMAIN or no records allowed per check. */
export const VOID_LOOKUP_LIMIT = 2
/** MX records an "mx" mechanism may look addresses up for; PTR names "ptr" may validate. */
export const MX_LIMIT = 10
export const PTR_LIMIT = 10

export type SpfCheckParams = {
  /** The SMTP client's IPv4 or IPv6 address (IPv4-mapped IPv6 is treated as IPv4). */
  ip: string
  /** The domain whose record is checked (MAIL FROM domain, or HELO when MAIL FROM is empty). */
  domain: string
  /** MAIL FROM; "postmaster" stands in for a missing local part. */
  sender: string
  helo?: string
  /** Time for the %{t} macro; the Unix epoch when not given, keeping evaluation deterministic. */
  now?: Date
  /** Name of the checking host for %{r}; "unknown" when not given. */
  receiver?: string
}

/** One evaluated term of a record, for display. */
export type SpfTermTrace = {
  term: string
  /** Counted against the limit of 10 DNS lookups. */
  counted: boolean
  /** "followed" is a redirect= taken because no mechanism matched. */
  outcome: 'match' | 'no-match' | 'followed' | 'error'
  /** What DNS answered or why the term did not match, in a few words. */
  detail: string
}

/** A record in the lookup tree: the checked domain and the include/redirect records below it. */
export type SpfTraceNode = {
  domain: string
  /** The term that led here ("include:…", "redirect=…"), or null for the checked domain. */
  via: string | null
  /** The SPF record found, or null when none was. */
  record: string | null
  terms: SpfTermTrace[]
  /** Counted lookups made by this record's own terms (children not included). */
  lookups: number
  children: SpfTraceNode[]
  result: SpfResult
  /** Why the result is an error or none. */
  error: string | null
}

export type SpfEvaluation = {
  result: SpfResult
  /** The domain owner's explanation (exp=), macro-expanded; only for fail. */
  explanation: string | null
  /** One sentence on what decided the result. */
  reason: string
  lookups: number
  voidLookups: number
  tree: SpfTraceNode
}

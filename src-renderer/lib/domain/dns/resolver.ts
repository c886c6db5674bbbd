/**
 * The DNS queries the SPF and MX checks need, as an interface: the desktop shell answers them
 * through node:dns, tests through in-memory zones. Domain code never queries DNS itself.
 */

export type MxRecord = { exchange: string; priority: number }

/**
 * A DNS client. A name that does not exist rejects with `new DnsLookupError('NXDOMAIN')`; a name
 * with no records of the type resolves `[]`; a timeout rejects with 'TIMEOUT'; any other failure
 * with 'SERVFAIL'.
 */
export type DnsResolver = {
  a(name: string): Promise<string[]>
  aaaa(name: string): Promise<string[]>
  mx(name: string): Promise<MxRecord[]>
  /** One array of strings per TXT record (a record may hold several ≤255-byte strings). */
  txt(name: string): Promise<string[][]>
  /** `name` is the reverse name, e.g. 4.3.2.1.in-addr.arpa. */
  ptr(name: string): Promise<string[]>
}

export type DnsErrorCode = 'NXDOMAIN' | 'TIMEOUT' | 'SERVFAIL'

/** A failed DNS query: the name does not exist, the query timed out, or the server failed. */
export class DnsLookupError extends Error {
  readonly code: DnsErrorCode

  constructor(code: DnsErrorCode, message?: string) {
    super(message ?? code)
    this.name = 'DnsLookupError'
    this.code = code
  }
}

/** True when `error` is a DnsLookupError with the given code. */
export function isDnsError(error: unknown, code?: DnsErrorCode): error is DnsLookupError {
  return error instanceof DnsLookupError && (code === undefined || error.code === code)
}

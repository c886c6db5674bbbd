/**
 * Live DNS in the desktop app: the DnsResolver the SPF checker and the record checks use,
 * answered by the main process over `dns:query`. Browser mode has no live DNS (see index.ts).
 */
import type {
  DnsAnswers,
  DnsQueryAnswer,
  DnsQueryArgs,
  DnsQueryResult,
  DnsRecordType,
  RendererApi
} from '../../../src-main/shared/ipc-contract'
import { DnsLookupError } from '../domain/dns/resolver'
import type { DnsResolver } from '../domain/dns/resolver'

/** Where and how long live queries go. */
export type LiveDnsOptions = {
  /** A DNS server address ('192.0.2.53', '[2001:db8::53]:5353'); missing or '' = the system's. */
  server?: string
  /** Milliseconds per query before it answers TIMEOUT; main's default (5 s) when missing. */
  timeoutMs?: number
}

/**
 * The DnsResolver contract plus what the record checks need: CNAME and NS lookups, and `query`,
 * which never rejects and keeps INVALID apart with the main process's message for the UI.
 */
export type LiveDnsResolver = DnsResolver & {
  cname(name: string): Promise<string[]>
  ns(name: string): Promise<string[]>
  query<T extends DnsRecordType>(name: string, type: T): Promise<DnsQueryResult<T>>
}

// The parameter names DnsQueryAnswer<T> too: TypeScript cannot see that it is one of the union.
function isAnswerOf<T extends DnsRecordType>(
  result: DnsQueryResult | DnsQueryAnswer<T>,
  type: T
): result is DnsQueryAnswer<T> {
  return result.ok && result.type === type
}

/**
 * A LiveDnsResolver over `api.dnsQuery`. The DnsResolver methods resolve the answers or reject
 * with DnsLookupError: NXDOMAIN, TIMEOUT and SERVFAIL as main reports them. A name main refuses
 * (INVALID) rejects as NXDOMAIN, as RFC 7208 4.3 treats a malformed domain: such a name cannot
 * exist in the DNS. A rejected call (a payload main refused) counts as INVALID too.
 */
export function createIpcDnsResolver(
  api: Pick<RendererApi, 'dnsQuery'>,
  options: LiveDnsOptions = {}
): LiveDnsResolver {
  // Only the contract's fields: main refuses a payload with any other.
  function queryArgs(name: string, type: DnsRecordType): DnsQueryArgs {
    const args: DnsQueryArgs = { name, type }
    if (options.server !== undefined) args.server = options.server
    if (options.timeoutMs !== undefined) args.timeoutMs = options.timeoutMs
    return args
  }

  async function query<T extends DnsRecordType>(name: string, type: T): Promise<DnsQueryResult<T>> {
    let result: DnsQueryResult
    try {
      result = await api.dnsQuery(queryArgs(name, type))
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return { ok: false, code: 'INVALID', message: `The DNS query was refused: ${reason}` }
    }
    if (!result.ok || isAnswerOf(result, type)) return result
    return {
      ok: false,
      code: 'SERVFAIL',
      message: `Asked for ${type} records of ${name}, got ${result.type} records.`
    }
  }

  async function answers<T extends DnsRecordType>(name: string, type: T): Promise<DnsAnswers[T]> {
    const result = await query(name, type)
    if (result.ok) return result.answers
    const code = result.code === 'INVALID' ? 'NXDOMAIN' : result.code
    throw new DnsLookupError(code, result.message)
  }

  return {
    query,
    a: (name) => answers(name, 'A'),
    aaaa: (name) => answers(name, 'AAAA'),
    mx: (name) => answers(name, 'MX'),
    txt: (name) => answers(name, 'TXT'),
    ptr: (name) => answers(name, 'PTR'),
    cname: (name) => answers(name, 'CNAME'),
    ns: (name) => answers(name, 'NS')
  }
}

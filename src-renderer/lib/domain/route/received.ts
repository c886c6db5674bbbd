/**
 * Reads one Received header value into its clauses (from, by, with, id, for, via) and its date, the
 * way Microsoft's Message Header Analyzer does (microsoft/MHA, table/Received.ts): the date is the
 * text after the last ';', clauses start at a keyword outside parentheses.
 */
import { formatIp, parseIp } from '../net/ip'

export type ReceivedClauses = {
  from: string
  by: string
  with: string
  id: string
  for: string
  via: string
  /** Milliseconds since the epoch, or null when the date cannot be read. */
  time: number | null
}

const KEYWORDS = ['from', 'by', 'with', 'id', 'for', 'via'] as const
type Keyword = (typeof KEYWORDS)[number]

function isKeyword(word: string): word is Keyword {
  return (KEYWORDS as readonly string[]).includes(word)
}

export function parseReceived(value: string): ReceivedClauses {
  const clauses: ReceivedClauses = {
    from: '',
    by: '',
    with: '',
    id: '',
    for: '',
    via: '',
    time: null
  }
  const semicolon = value.lastIndexOf(';')
  const body = semicolon === -1 ? value : value.slice(0, semicolon)
  clauses.time = semicolon === -1 ? null : parseMailDate(value.slice(semicolon + 1))

  let depth = 0
  let current: Keyword | null = null
  const words = body.split(/(\s+)/)
  const parts: Partial<Record<Keyword, string[]>> = {}
  for (const word of words) {
    const lower = word.toLowerCase()
    if (depth === 0 && isKeyword(lower) && parts[lower] === undefined) {
      current = lower
      parts[lower] = []
      continue
    }
    if (current !== null) parts[current]?.push(word)
    for (const char of word) {
      if (char === '(') depth++
      else if (char === ')') depth = Math.max(0, depth - 1)
    }
  }
  for (const keyword of KEYWORDS) {
    clauses[keyword] = (parts[keyword] ?? []).join('').trim()
  }
  return clauses
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  edt: -240,
  est: -300,
  cdt: -300,
  cst: -360,
  mdt: -360,
  mst: -420,
  pdt: -420,
  pst: -480
}

/**
 * Reads an RFC 5322 date ("Sat, 21 Apr 2018 03:01:33 +0000", comments and the day name optional,
 * seconds optional, a fraction allowed). Returns milliseconds since the epoch or null.
 */
export function parseMailDate(text: string): number | null {
  const clean = text.replace(/\([^)]*\)/g, ' ').trim()
  const match =
    /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([+-]\s?\d{4}|[A-Za-z]{1,3})?/.exec(
      clean
    )
  if (!match) return null
  const day = Number(match[1])
  const month = MONTHS.indexOf((match[2] ?? '').toLowerCase())
  let year = Number(match[3])
  if (month === -1 || day < 1 || day > 31) return null
  if (year < 50) year += 2000
  else if (year < 1000) year += 1900
  const hour = Number(match[4])
  const minute = Number(match[5])
  const second = Number(match[6] ?? 0)
  if (hour > 23 || minute > 59 || second > 60) return null
  const zone = (match[7] ?? '+0000').replace(/\s/g, '')
  let offset: number
  if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1
    offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)))
  } else {
    offset = ZONES[zone.toLowerCase()] ?? 0
  }
  return Date.UTC(year, month, day, hour, minute, second) - offset * 60_000
}

export type ParsedEndpoint = {
  /** The first name written (lower case, trailing dot removed), or ''. */
  host: string
  /** Every host name in the clause, the first one first. */
  names: string[]
  /** Every address in the clause, canonical text. */
  ips: string[]
}

const HOST_NAME =
  /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)+\.?$/i

/** The host names and addresses in a from or by clause, e.g. "a.contoso.com (131.107.21.231)". */
export function parseEndpoint(clause: string): ParsedEndpoint {
  const names: string[] = []
  const ips: string[] = []
  const tokens = clause.split(/[\s()[\]<>,;=]+/).filter(Boolean)
  for (const token of tokens) {
    const bare = token.replace(/^IPv6:/i, '').replace(/%[0-9a-z]+$/i, '')
    const ip = parseIp(bare)
    if (ip !== null) {
      const text = formatIp(ip)
      if (!ips.includes(text)) ips.push(text)
      continue
    }
    if (HOST_NAME.test(token) && /[a-z]/i.test(token)) {
      const name = token.toLowerCase().replace(/\.$/, '')
      if (!names.includes(name)) names.push(name)
    }
  }
  const first = clause.trim().split(/[\s(]/)[0] ?? ''
  const firstName = first.toLowerCase().replace(/\.$/, '')
  // A bare single-label first word ("localhost", "EXCH01") is still the name the host gave.
  const host = names.includes(firstName)
    ? firstName
    : /^[a-z0-9_-]+$/i.test(first) && /[a-z]/i.test(first)
      ? firstName
      : (names[0] ?? '')
  if (host !== '' && !names.includes(host)) names.unshift(host)
  return { host, names, ips }
}

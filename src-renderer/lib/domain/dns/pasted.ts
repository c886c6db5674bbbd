/**
 * DNS answers pasted by the user, for the browser where the app cannot query DNS: what
 * `nslookup -type=mx|txt|cname` (Windows and BIND), `dig` (full and +short) and PowerShell's
 * `Resolve-DnsName` (table or list) print. The parsed answers become a resolver, so the verdicts
 * are the same as for a live check; a name that was not pasted is reported as needed.
 */
import { excerpt, isConsoleNoise, readFormatList, splitLines } from '../connectors/format-list'
import { formatCount } from '../mailboxes/csv'
import { normaliseHostname } from '../net/hostname'
import { isIpAddress } from '../net/ip'
import type { DnsCheckResolver, PastedRecordType } from './observed'
import { NotPastedError } from './observed'
import { MAX_RECORD_VALUE_LENGTH } from './records'
import type { MxRecord } from './resolver'
import { DnsLookupError } from './resolver'

export type PastedKind = 'mx' | 'txt' | 'cname'

export type PastedFormat = 'nslookup' | 'dig' | 'dig-short' | 'resolve-dnsname'

/** One record read from the paste. */
export type PastedRecord =
  | { name: string; type: 'mx'; mx: MxRecord }
  | { name: string; type: 'txt'; strings: string[] }
  | { name: string; type: 'cname' | 'a' | 'aaaa'; value: string }

type PastedBase = {
  ok: true
  format: PastedFormat
  /** The name the output answers for (lower case, no trailing dot). */
  name: string
  /** The name does not exist. */
  nxdomain: boolean
  /** Every record read, CNAMEs and addresses included. */
  records: PastedRecord[]
  /** Names the output shows to exist without records of `kind`. */
  emptyNames: string[]
}

/** A readable paste: the answers of its kind (null when the output does not show the type). */
export type PastedDns = PastedBase &
  (
    | { kind: 'mx'; answers: MxRecord[] }
    | { kind: 'txt'; answers: string[][] }
    | { kind: 'cname'; answers: string[] }
    | { kind: null; answers: [] }
  )

export type PastedParse = PastedDns | { ok: false; message: string }

export type PasteOptions = {
  /** The name the user was asked to look up; required for dig +short, checked otherwise. */
  name?: string
  /** The record type the user was asked to look up. */
  kind?: PastedKind
}

/** Longest paste read: DNS tool output for one name is a few KB. */
export const MAX_PASTE_LENGTH = 200_000

type Collected = {
  records: PastedRecord[]
  nxdomain: string[]
  empty: string[]
  /** The type the output says was asked (dig's question section), when it says. */
  asked: PastedKind | null
  /** The name the output says was asked, when it says. */
  question: string | null
}

class PasteError extends Error {}

function fail(line: number, message: string): never {
  throw new PasteError(`line ${line}: ${message}`)
}

function newCollected(): Collected {
  return { records: [], nxdomain: [], empty: [], asked: null, question: null }
}

function host(text: string): string {
  return normaliseHostname(text)
}

const HOST =
  /^[A-Za-z0-9_*](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$/

function isHost(text: string): boolean {
  return HOST.test(text) && text.replace(/\.$/, '').includes('.')
}

function kindOf(type: string): PastedKind | null {
  const lower = type.toLowerCase()
  return lower === 'mx' || lower === 'txt' || lower === 'cname' ? lower : null
}

/**
 * Reads a run of quoted character-strings ("a" "b"), with the escapes dig and BIND print (\" \\
 * and \DDD bytes, decoded as UTF-8). Returns null when the text is not only quoted strings.
 */
export function readQuotedStrings(text: string): string[] | null {
  const strings: string[] = []
  let i = 0
  const encoder = new TextEncoder()
  const decoder = new TextDecoder()
  while (i < text.length) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++
    if (i >= text.length) break
    if (text.charAt(i) !== '"') return null
    i++
    const bytes: number[] = []
    let closed = false
    while (i < text.length) {
      const c = text.charAt(i)
      if (c === '"') {
        closed = true
        i++
        break
      }
      if (c === '\\' && i + 1 < text.length) {
        const digits = /^\d{3}/.exec(text.slice(i + 1, i + 4))
        if (digits && Number(digits[0]) <= 255) {
          bytes.push(Number(digits[0]))
          i += 4
          continue
        }
        bytes.push(...encoder.encode(text.charAt(i + 1)))
        i += 2
        continue
      }
      const point = text.codePointAt(i) ?? 0
      const char = String.fromCodePoint(point)
      bytes.push(...encoder.encode(char))
      i += char.length
    }
    if (!closed) return null
    strings.push(decoder.decode(new Uint8Array(bytes)))
  }
  return strings.length > 0 ? strings : null
}

function checkTxtLength(strings: string[], line: number): string[] {
  const length = strings.join('').length
  if (length > MAX_RECORD_VALUE_LENGTH) {
    fail(
      line,
      `a TXT record of ${formatCount(length)} characters: the app reads records of at most ${formatCount(MAX_RECORD_VALUE_LENGTH)}.`
    )
  }
  return strings
}

function addAddress(out: Collected, name: string, address: string): void {
  const type = address.includes(':') ? 'aaaa' : 'a'
  out.records.push({ name: host(name), type, value: address })
}

function failureFor(reason: string, name: string, line: number): 'nxdomain' | 'empty' {
  if (/non-existent domain|nxdomain|does not exist/i.test(reason)) return 'nxdomain'
  if (/no answer|no records|no dns records|no .* records available/i.test(reason)) return 'empty'
  if (/timed? ?out|timeout/i.test(reason)) {
    fail(
      line,
      `the query for ${name} timed out, so there is no answer to read: run the command again.`
    )
  }
  return fail(
    line,
    `the DNS server could not answer for ${name} (${reason.trim()}): run the command again, or against another DNS server.`
  )
}

const SOA_FIELDS =
  /^(primary name server|responsible mail addr|serial|refresh|retry|expire|default TTL|origin|mail addr|minimum)\s*=/i

// ─── nslookup (Windows and BIND) ───────────────────────────────────────────────────────────────

function parseNslookup(lines: string[], firstLine: number): Collected {
  const out = newCollected()
  let i = 0
  const at = (index: number): number => index + firstLine
  // The server block: "Server:" and "Address:" lines up to the first blank line.
  const first = lines.findIndex((l) => l.trim() !== '')
  if (first >= 0 && /^(Default )?Server:/i.test((lines[first] ?? '').trim())) {
    i = first
    while (i < lines.length && (lines[i] ?? '').trim() !== '') i++
  }
  let blockName: string | null = null
  let pendingAddresses = false
  let pendingAliases: string[] | null = null
  const closeAliases = (): void => {
    if (pendingAliases && blockName !== null) {
      const chain = [...pendingAliases, blockName]
      for (let k = 0; k + 1 < chain.length; k++) {
        out.records.push({
          name: host(chain[k] ?? ''),
          type: 'cname',
          value: host(chain[k + 1] ?? '')
        })
      }
    }
    pendingAliases = null
  }
  for (; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const text = line.trim()
    if (text === '') {
      closeAliases()
      pendingAddresses = false
      continue
    }
    if (/^Non-authoritative answer:?$/i.test(text)) continue
    if (/^Authoritative answers can be found from:?$/i.test(text)) break
    if (
      /^DNS request timed out/i.test(text) ||
      /^\*{3} Request to .* timed-out/i.test(text) ||
      /timed out; no servers could be reached/i.test(text)
    ) {
      fail(at(i), 'the DNS query timed out, so there is no answer to read: run the command again.')
    }
    if (/^timeout was \d+ seconds?\.?$/i.test(text)) continue
    const cannot = /^\*{2,3}\s+(?:.*\s)?can't find\s+(\S+?):\s*(.+)$/i.exec(text)
    if (cannot) {
      const name = host(cannot[1] ?? '')
      if (failureFor(cannot[2] ?? '', name, at(i)) === 'nxdomain') out.nxdomain.push(name)
      else out.empty.push(name)
      continue
    }
    const noRecords = /^\*{3} No .* records available for (\S+)$/i.exec(text)
    if (noRecords) {
      out.empty.push(host(noRecords[1] ?? ''))
      continue
    }
    const mxWindows = /^(\S+)\s+MX preference = (\d+), mail exchanger = (\S+)$/i.exec(text)
    const mxBind = /^(\S+)\s+mail exchanger = (\d+)\s+(\S+)$/i.exec(text)
    const mx = mxWindows ?? mxBind
    if (mx) {
      out.records.push({
        name: host(mx[1] ?? ''),
        type: 'mx',
        mx: { priority: Number(mx[2]), exchange: host(mx[3] ?? '') }
      })
      continue
    }
    const txt = /^(\S+)\s+text =\s*(.*)$/i.exec(text)
    if (txt) {
      let quoted = txt[2] ?? ''
      // Windows prints each string on its own indented line after a blank line.
      while (i + 1 < lines.length) {
        const next = lines[i + 1] ?? ''
        if (next.trim() === '' && /^\s+"/.test(lines[i + 2] ?? '') && quoted.trim() === '') {
          i++
          continue
        }
        if (!/^\s+"/.test(next)) break
        quoted += ` ${next.trim()}`
        i++
      }
      const strings = readQuotedStrings(quoted)
      if (!strings)
        fail(at(i), `the TXT value “${excerpt(quoted)}” is not a run of quoted strings.`)
      out.records.push({
        name: host(txt[1] ?? ''),
        type: 'txt',
        strings: checkTxtLength(strings, at(i))
      })
      continue
    }
    const cname = /^(\S+)\s+canonical name = (\S+)$/i.exec(text)
    if (cname) {
      out.records.push({ name: host(cname[1] ?? ''), type: 'cname', value: host(cname[2] ?? '') })
      continue
    }
    const address =
      /^(\S+)\s+internet address = (\S+)$/i.exec(text) ??
      /^(\S+)\s+AAAA IPv6 address = (\S+)$/i.exec(text) ??
      /^(\S+)\s+has AAAA address (\S+)$/i.exec(text)
    if (address) {
      addAddress(out, address[1] ?? '', address[2] ?? '')
      continue
    }
    if (/^\S+\s+nameserver = \S+$/i.test(text) || SOA_FIELDS.test(text)) continue
    // Windows prints an empty answer as the zone's SOA: the name alone, then indented fields.
    if (/^\S+$/.test(text) && !/^\s/.test(line) && SOA_FIELDS.test((lines[i + 1] ?? '').trim())) {
      out.empty.push(host(text))
      continue
    }
    const name = /^Name:\s+(\S+)$/i.exec(text)
    if (name) {
      closeAliases()
      blockName = name[1] ?? ''
      continue
    }
    const addresses = /^Address(?:es)?:\s+(\S+)$/i.exec(text)
    if (addresses && blockName !== null) {
      addAddress(out, blockName, addresses[1] ?? '')
      pendingAddresses = true
      continue
    }
    if (pendingAddresses && /^\s/.test(line) && isIpAddress(text)) {
      addAddress(out, blockName ?? '', text)
      continue
    }
    const aliases = /^Aliases:\s+(\S+)$/i.exec(text)
    if (aliases && blockName !== null) {
      pendingAddresses = false
      pendingAliases = [aliases[1] ?? '']
      continue
    }
    if (pendingAliases && /^\s/.test(line) && isHost(text)) {
      pendingAliases.push(text)
      continue
    }
    fail(at(i), `“${excerpt(line)}” is not a line nslookup prints.`)
  }
  closeAliases()
  return out
}

// ─── dig ───────────────────────────────────────────────────────────────────────────────────────

const RR = /^(\S+)\s+(?:(\d+)\s+)?(?:(IN|CH|HS)\s+)?([A-Z][A-Z0-9]*)\s+(.*)$/

function addRecord(out: Collected, name: string, type: string, data: string, line: number): void {
  const owner = host(name)
  switch (type.toUpperCase()) {
    case 'MX': {
      const mx = /^(\d+)\s+(\S+)$/.exec(data.trim())
      if (!mx) fail(line, `the MX data “${excerpt(data)}” is not a preference and a host.`)
      out.records.push({
        name: owner,
        type: 'mx',
        mx: { priority: Number(mx[1]), exchange: host(mx[2] ?? '') }
      })
      return
    }
    case 'TXT': {
      const strings = readQuotedStrings(data)
      if (!strings) fail(line, `the TXT data “${excerpt(data)}” is not a run of quoted strings.`)
      out.records.push({ name: owner, type: 'txt', strings: checkTxtLength(strings, line) })
      return
    }
    case 'CNAME':
      out.records.push({ name: owner, type: 'cname', value: host(data.trim()) })
      return
    case 'A':
    case 'AAAA':
      addAddress(out, owner, data.trim())
      return
    default:
      // SOA, NS, RRSIG and the rest say nothing the checks use.
      return
  }
}

function parseDig(lines: string[], firstLine: number): Collected {
  const out = newCollected()
  let status: string | null = null
  let statusLine = firstLine
  let section: string | null = null
  for (const [index, line] of lines.entries()) {
    const at = index + firstLine
    const text = line.trim()
    if (text === '') continue
    if (/connection timed out|no servers could be reached/i.test(text)) {
      fail(at, 'the DNS query timed out, so there is no answer to read: run the command again.')
    }
    const header = /status:\s*([A-Z]+)/.exec(text)
    if (text.startsWith(';;') && header && text.includes('->>HEADER<<-')) {
      status = header[1] ?? null
      statusLine = at
      continue
    }
    const sectionMatch = /^;;\s*([A-Z]+) SECTION:$/.exec(text)
    if (sectionMatch) {
      section = sectionMatch[1] ?? null
      continue
    }
    if (text.startsWith(';')) {
      const question = section === 'QUESTION' ? /^;(\S+)\s+(?:IN\s+)?([A-Z]+)$/.exec(text) : null
      if (question) {
        out.question = host(question[1] ?? '')
        out.asked = kindOf(question[2] ?? '')
      }
      continue
    }
    const rr = RR.exec(text)
    if (!rr) fail(at, `“${excerpt(line)}” is not a line dig prints.`)
    if (section === 'AUTHORITY') continue
    addRecord(out, rr[1] ?? '', rr[4] ?? '', rr[5] ?? '', at)
  }
  const name = out.question
  if (status === 'NXDOMAIN') {
    if (name !== null) out.nxdomain.push(name)
  } else if (status !== null && status !== 'NOERROR') {
    fail(
      statusLine,
      `dig reports status ${status}: the DNS server could not answer, so there is nothing to check. Run it again, or against another DNS server.`
    )
  } else if (name !== null && !out.records.some((r) => r.name === name)) {
    out.empty.push(name)
  }
  return out
}

function parseDigShort(lines: string[], firstLine: number, name: string | undefined): Collected {
  if (name === undefined) {
    fail(
      firstLine,
      'dig +short does not print the name it answers for: paste the full dig output, or say which name this is.'
    )
  }
  const out = newCollected()
  // A CNAME comes first; the records after it belong to the end of the chain.
  let owner = host(name)
  for (const [index, line] of lines.entries()) {
    const at = index + firstLine
    const text = line.trim()
    if (text === '') continue
    if (/connection timed out|no servers could be reached/i.test(text)) {
      fail(at, 'the DNS query timed out, so there is no answer to read: run the command again.')
    }
    if (text.startsWith('"')) {
      const strings = readQuotedStrings(text)
      if (!strings) fail(at, `“${excerpt(line)}” is not a run of quoted strings.`)
      out.records.push({ name: owner, type: 'txt', strings: checkTxtLength(strings, at) })
      continue
    }
    const mx = /^(\d+)\s+(\S+)$/.exec(text)
    if (mx && isHost(mx[2] ?? '')) {
      out.records.push({
        name: owner,
        type: 'mx',
        mx: { priority: Number(mx[1]), exchange: host(mx[2] ?? '') }
      })
      continue
    }
    if (isIpAddress(text)) {
      addAddress(out, owner, text)
      continue
    }
    if (isHost(text)) {
      out.records.push({ name: owner, type: 'cname', value: host(text) })
      owner = host(text)
      continue
    }
    fail(at, `“${excerpt(line)}” is not a line dig +short prints.`)
  }
  if (out.records.length === 0) out.empty.push(host(name))
  return out
}

// ─── Resolve-DnsName (PowerShell) ──────────────────────────────────────────────────────────────

function truncated(value: string): boolean {
  return /(\.\.\.|…)\}?$/.test(value.trim())
}

/** Splits PowerShell's display of a string array: {a, b} (an element holding ", " is ambiguous). */
function psStrings(value: string): string[] {
  const text = value.trim()
  if (!text.startsWith('{') || !text.endsWith('}')) return [text]
  const inner = text.slice(1, -1)
  return inner === '' ? [] : inner.split(', ')
}

function addResolveRow(out: Collected, fields: Map<string, string>, line: number): void {
  const get = (name: string): string => fields.get(name.toLowerCase()) ?? ''
  for (const [name, value] of fields) {
    if (truncated(value)) {
      fail(
        line,
        `PowerShell cut the ${name} value short (“${excerpt(value)}”): run the command again with | Format-List.`
      )
    }
  }
  const section = get('Section').toLowerCase()
  const type = (get('Type') || get('QueryType')).toUpperCase()
  const owner = host(get('Name'))
  if (owner === '') fail(line, 'the record has no Name.')
  if (section === 'authority' || section === 'question') return
  switch (type) {
    case 'MX':
      out.records.push({
        name: owner,
        type: 'mx',
        mx: { priority: Number(get('Preference') || '0'), exchange: host(get('NameExchange')) }
      })
      return
    case 'TXT':
      out.records.push({
        name: owner,
        type: 'txt',
        strings: checkTxtLength(psStrings(get('Strings')), line)
      })
      return
    case 'CNAME':
      out.records.push({ name: owner, type: 'cname', value: host(get('NameHost')) })
      return
    case 'A':
    case 'AAAA': {
      const address = get('IPAddress') || get('IP4Address') || get('IP6Address')
      if (address !== '') addAddress(out, owner, address)
      return
    }
    default:
      return
  }
}

function parseResolveDnsName(lines: string[], firstLine: number): Collected {
  const out = newCollected()
  let sawAuthority = false
  let i = 0
  while (i < lines.length) {
    const line = lines[i] ?? ''
    const text = line.trim()
    const at = i + firstLine
    if (text === '' || isConsoleNoise(line)) {
      i++
      continue
    }
    const error = /^Resolve-DnsName\s*:\s*(\S+)\s+:\s+(.+)$/i.exec(text)
    if (error) {
      const name = host(error[1] ?? '')
      if (failureFor(error[2] ?? '', name, at) === 'nxdomain') out.nxdomain.push(name)
      else out.empty.push(name)
      i++
      continue
    }
    if (/^(At line:\d|\+ |~+$|CategoryInfo|FullyQualifiedErrorId)/.test(text)) {
      i++
      continue
    }
    const next = (lines[i + 1] ?? '').trim()
    if (/^Name\s+Type\s+TTL\s+Section\b/i.test(text) && /^-+(\s+-+)*$/.test(next)) {
      const columns = text.split(/\s+/)
      i += 2
      while (i < lines.length && (lines[i] ?? '').trim() !== '') {
        const row = (lines[i] ?? '').trim()
        const head = row.split(/\s+/).slice(0, columns.length - 1)
        const rest = restAfter(row, columns.length - 1)
        if (head.length < columns.length - 1 || rest === '') {
          fail(
            i + firstLine,
            `“${excerpt(row)}” does not fill the table’s ${columns.length} columns.`
          )
        }
        const fields = new Map<string, string>()
        columns.forEach((column, index) => {
          fields.set(column.toLowerCase(), index < head.length ? (head[index] ?? '') : rest)
        })
        if (/^authority$/i.test(fields.get('section') ?? '')) sawAuthority = true
        addResolveRow(out, fields, i + firstLine)
        i++
      }
      continue
    }
    // A list block: Property : Value lines up to the next blank line.
    let end = i
    while (end < lines.length && (lines[end] ?? '').trim() !== '') end++
    const list = readFormatList(lines.slice(i, end).join('\n'), { firstLine: at })
    if (!list.ok)
      fail(
        list.line,
        `“${excerpt(lines[list.line - firstLine] ?? '')}” is not a line Resolve-DnsName prints.`
      )
    for (const block of list.blocks) {
      const fields = new Map(block.properties.map((p) => [p.name.toLowerCase(), p.value]))
      if (!fields.has('name') || !(fields.has('type') || fields.has('querytype'))) {
        fail(
          block.line,
          `“${excerpt(lines[block.line - firstLine] ?? '')}” does not start a Resolve-DnsName record (Name, Type).`
        )
      }
      if (/^authority$/i.test(fields.get('section') ?? '')) sawAuthority = true
      addResolveRow(out, fields, block.line)
    }
    i = end
  }
  if (sawAuthority && out.records.length === 0 && out.nxdomain.length === 0) out.empty.push('')
  return out
}

/** The row after its first `tokens` cells: the last column (Strings, …) keeps its spaces. */
function restAfter(row: string, tokens: number): string {
  let rest = row
  for (let k = 0; k < tokens; k++) {
    const next = rest.replace(/^\S+\s+/, '')
    if (next === rest) return ''
    rest = next
  }
  return rest.trim()
}

// ─── Detection and result ──────────────────────────────────────────────────────────────────────

function detect(lines: string[]): PastedFormat | null {
  const texts = lines.map((l) => l.trim()).filter((t) => t !== '')
  if (texts.some((t) => /<<>> DiG|->>HEADER<<-|^;;/.test(t))) return 'dig'
  if (
    texts.some(
      (t) =>
        /^Resolve-DnsName\b/i.test(t) ||
        /^Name\s+Type\s+TTL\s+Section\b/i.test(t) ||
        /^(QueryType|Section|NameExchange|NameHost|Strings)\s*:/i.test(t)
    )
  ) {
    return 'resolve-dnsname'
  }
  if (
    texts.some((t) =>
      /Non-authoritative answer|^(Default )?Server:|mail exchanger =|\stext =|canonical name =|can't find|DNS request timed out|Request to .* timed-out|internet address =/i.test(
        t
      )
    )
  ) {
    return 'nslookup'
  }
  if (texts.length > 0 && texts.every((t) => RR.test(t) && /\s(IN|CH|HS)\s/.test(t))) return 'dig'
  const short = (t: string): boolean =>
    t.startsWith('"') || /^\d+\s+\S+$/.test(t) || isIpAddress(t) || isHost(t)
  if (texts.length > 0 && texts.every(short)) return 'dig-short'
  return null
}

/** Drops the command line a paste often starts with (e.g. "C:\> nslookup -type=mx contoso.com"). */
function isCommandLine(line: string): boolean {
  return (
    /^(?:.*[>$#%]\s*)?(nslookup|dig|Resolve-DnsName)\s+[^\s:]/i.test(line.trim()) &&
    !/\s(IN|CH|HS)\s/.test(line)
  )
}

function answersOf(kind: PastedKind | null, records: PastedRecord[]): PastedDns['answers'] {
  const answers: (MxRecord | string[] | string)[] = []
  for (const record of records) {
    if (kind === 'mx' && record.type === 'mx') answers.push(record.mx)
    if (kind === 'txt' && record.type === 'txt') answers.push(record.strings)
    if (kind === 'cname' && record.type === 'cname') answers.push(record.value)
  }
  return answers as PastedDns['answers']
}

/**
 * Reads pasted nslookup, dig or Resolve-DnsName output. `options.name` and `options.kind` say what
 * the user was asked to look up: output for another name or another record type is refused, and
 * dig +short (which prints no names) needs the name. Garbage, a timeout or a server failure gives
 * `{ ok: false }` with a sentence naming the line.
 */
export function parsePastedDns(text: string, options: PasteOptions = {}): PastedParse {
  if (text.length > MAX_PASTE_LENGTH) {
    return {
      ok: false,
      message: `The paste is ${formatCount(text.length)} characters long: paste the output of one command (at most ${formatCount(MAX_PASTE_LENGTH)}).`
    }
  }
  const all = splitLines(text)
  const start = all.findIndex((l) => l.trim() !== '' && !isCommandLine(l) && !isConsoleNoise(l))
  if (start < 0) {
    return {
      ok: false,
      message: 'Nothing to read: paste what nslookup, dig or Resolve-DnsName printed.'
    }
  }
  const lines = all.slice(start)
  const firstLine = start + 1
  const format = detect(lines)
  if (format === null) {
    const bad = lines.findIndex((l) => l.trim() !== '')
    return {
      ok: false,
      message: `line ${bad + firstLine}: “${excerpt(lines[bad] ?? '')}” is not output of nslookup, dig or Resolve-DnsName.`
    }
  }
  let out: Collected
  try {
    if (format === 'nslookup') out = parseNslookup(lines, firstLine)
    else if (format === 'dig') out = parseDig(lines, firstLine)
    else if (format === 'dig-short') out = parseDigShort(lines, firstLine, options.name)
    else out = parseResolveDnsName(lines, firstLine)
  } catch (error) {
    if (error instanceof PasteError) return { ok: false, message: error.message }
    throw error
  }
  return result(format, out, options)
}

function result(format: PastedFormat, out: Collected, options: PasteOptions): PastedParse {
  const wanted = options.name === undefined ? null : host(options.name)
  const shown = [
    out.question,
    ...out.records.map((r) => r.name),
    ...out.nxdomain,
    ...out.empty.filter((n) => n !== '')
  ].filter((n): n is string => n !== null && n !== '')
  const name = wanted ?? shown[0] ?? null
  if (name === null) {
    return {
      ok: false,
      message:
        'The output shows no answer and no name: paste the whole output, including the name it was asked for.'
    }
  }
  if (wanted !== null && shown.length > 0 && !shown.includes(wanted)) {
    return {
      ok: false,
      message: `The output is for ${shown[0] ?? ''}, not ${wanted}: run the command for ${wanted}.`
    }
  }
  // An empty answer whose name the output did not print (Resolve-DnsName's SOA) is the question's.
  const emptyNames = [...new Set(out.empty.map((n) => (n === '' ? name : n)))]
  const found: PastedKind | null = out.records.some((r) => r.type === 'mx')
    ? 'mx'
    : out.records.some((r) => r.type === 'txt')
      ? 'txt'
      : out.records.some((r) => r.type === 'cname')
        ? 'cname'
        : null
  const detected = out.asked ?? found
  const kind = options.kind ?? detected
  if (options.kind !== undefined && detected !== null && detected !== options.kind) {
    const hasKind = answersOf(options.kind, out.records).length > 0
    if (!hasKind && (out.asked !== null || found !== 'cname')) {
      return {
        ok: false,
        message: `This output answers a ${detected.toUpperCase()} query; the check needs ${options.kind.toUpperCase()}: run nslookup -type=${options.kind} ${name}.`
      }
    }
  }
  const base: PastedBase = {
    ok: true,
    format,
    name,
    nxdomain: out.nxdomain.includes(name),
    records: out.records,
    emptyNames
  }
  return { ...base, kind, answers: answersOf(kind, out.records) } as PastedDns
}

// ─── A resolver over pasted answers ────────────────────────────────────────────────────────────

type NameData = {
  nxdomain: boolean
  records: Map<PastedRecordType, unknown[]>
  /** Types the pastes answered for this name, with or without records. */
  answered: Set<PastedRecordType>
}

/**
 * A resolver answering from pasted outputs, so the verdicts run on pasted data exactly as on a
 * live check. CNAMEs are followed; a name or type that was not pasted rejects with a
 * NotPastedError ("needs the record for <name>"), which the verdicts never count as an answer.
 */
export function pastedResolver(pastes: readonly PastedDns[]): DnsCheckResolver {
  const names = new Map<string, NameData>()
  const entry = (name: string): NameData => {
    let data = names.get(name)
    if (!data) {
      data = { nxdomain: false, records: new Map(), answered: new Set() }
      names.set(name, data)
    }
    return data
  }
  for (const paste of pastes) {
    if (paste.nxdomain) entry(paste.name).nxdomain = true
    for (const empty of paste.emptyNames) if (paste.kind) entry(empty).answered.add(paste.kind)
    for (const record of paste.records) {
      const data = entry(record.name)
      data.answered.add(record.type)
      const list = data.records.get(record.type) ?? []
      list.push(
        record.type === 'mx' ? record.mx : record.type === 'txt' ? record.strings : record.value
      )
      data.records.set(record.type, list)
    }
  }

  function query(name: string, type: PastedRecordType, depth = 0): unknown[] {
    const key = host(name)
    const data = names.get(key)
    if (!data) throw new NotPastedError(key, type)
    if (data.nxdomain) throw new DnsLookupError('NXDOMAIN', `${key} does not exist`)
    const found = data.records.get(type)
    if (found && found.length > 0) return found
    const alias = data.records.get('cname')?.[0]
    if (type !== 'cname' && typeof alias === 'string') {
      if (depth > 8) throw new DnsLookupError('SERVFAIL', `CNAME loop at ${key}`)
      return query(alias, type, depth + 1)
    }
    if (data.answered.has(type)) return []
    // A name with other data has no CNAME: a CNAME cannot sit beside other records.
    if (type === 'cname' && data.answered.size > 0) return []
    throw new NotPastedError(key, type)
  }

  async function answer<T>(compute: () => T): Promise<T> {
    return compute()
  }

  return {
    a: (name) => answer(() => query(name, 'a').map(String)),
    aaaa: (name) => answer(() => query(name, 'aaaa').map(String)),
    mx: (name) => answer(() => query(name, 'mx') as MxRecord[]),
    txt: (name) => answer(() => query(name, 'txt') as string[][]),
    ptr: (name) => answer(() => query(name, 'ptr').map(String)),
    cname: (name) => answer(() => query(name, 'cname').map(String))
  }
}

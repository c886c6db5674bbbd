/**
 * Full dig output: the header's status, the question section (the name and type asked) and the
 * resource records of the answer section.
 */
import { excerpt } from '../../text/format-list'
import type { Collected } from './collect'
import { addAddress, checkTxtLength, fail, host, kindOf, newCollected } from './collect'
import { readQuotedStrings } from './quoted-strings'

/** A resource record line: owner, optional TTL and class, type, then the data. */
export const RR = /^(\S+)\s+(?:(\d+)\s+)?(?:(IN|CH|HS)\s+)?([A-Z][A-Z0-9]*)\s+(.*)$/

/** Stops at the line dig prints when no server answered: there is no answer to read. */
export function failOnTimeout(text: string, line: number): void {
  if (/connection timed out|no servers could be reached/i.test(text)) {
    fail(line, 'the DNS query timed out, so there is no answer to read: run the command again.')
  }
}

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

/** Reads full dig output; the question section gives the name and type asked. */
export function parseDig(lines: string[], firstLine: number): Collected {
  const out = newCollected()
  let status: string | null = null
  let statusLine = firstLine
  let section: string | null = null
  for (const [index, line] of lines.entries()) {
    const at = index + firstLine
    const text = line.trim()
    if (text === '') continue
    failOnTimeout(text, at)
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

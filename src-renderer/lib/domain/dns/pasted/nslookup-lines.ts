/**
 * The one-line answers of nslookup: status lines ("Non-authoritative answer:", timeouts,
 * "can't find"), and the MX, text, canonical name and address lines of each record.
 */
import { excerpt } from '../../text/format-list'
import type { Collected } from './collect'
import { addAddress, checkTxtLength, fail, failureFor, host } from './collect'
import { readQuotedStrings } from './quoted-strings'

const SOA_FIELDS =
  /^(primary name server|responsible mail addr|serial|refresh|retry|expire|default TTL|origin|mail addr|minimum)\s*=/i

/**
 * A status line: 'read' when it was one (a failure is recorded in `out`), 'stop' at the
 * "Authoritative answers" section, null for any other line. A timeout stops the parse.
 */
export function readStatusLine(
  text: string,
  lineNo: number,
  out: Collected
): 'read' | 'stop' | null {
  if (/^Non-authoritative answer:?$/i.test(text)) return 'read'
  if (/^Authoritative answers can be found from:?$/i.test(text)) return 'stop'
  if (
    /^DNS request timed out/i.test(text) ||
    /^\*{3} Request to .* timed-out/i.test(text) ||
    /timed out; no servers could be reached/i.test(text)
  ) {
    fail(lineNo, 'the DNS query timed out, so there is no answer to read: run the command again.')
  }
  if (/^timeout was \d+ seconds?\.?$/i.test(text)) return 'read'
  const cannot = /^\*{2,3}\s+(?:.*\s)?can't find\s+(\S+?):\s*(.+)$/i.exec(text)
  if (cannot) {
    const name = host(cannot[1] ?? '')
    if (failureFor(cannot[2] ?? '', name, lineNo) === 'nxdomain') out.nxdomain.push(name)
    else out.empty.push(name)
    return 'read'
  }
  const noRecords = /^\*{3} No .* records available for (\S+)$/i.exec(text)
  if (noRecords) {
    out.empty.push(host(noRecords[1] ?? ''))
    return 'read'
  }
  return null
}

/** A "text =" line and the string lines that follow it; returns the index of its last line. */
function readTxt(lines: string[], i: number, firstLine: number, out: Collected): number | null {
  const txt = /^(\S+)\s+text =\s*(.*)$/i.exec((lines[i] ?? '').trim())
  if (!txt) return null
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
    fail(i + firstLine, `the TXT value “${excerpt(quoted)}” is not a run of quoted strings.`)
  out.records.push({
    name: host(txt[1] ?? ''),
    type: 'txt',
    strings: checkTxtLength(strings, i + firstLine)
  })
  return i
}

/** An MX, canonical name or address line; false for any other line. */
function readOneLineRecord(text: string, out: Collected): boolean {
  const mx =
    /^(\S+)\s+MX preference = (\d+), mail exchanger = (\S+)$/i.exec(text) ??
    /^(\S+)\s+mail exchanger = (\d+)\s+(\S+)$/i.exec(text)
  if (mx) {
    out.records.push({
      name: host(mx[1] ?? ''),
      type: 'mx',
      mx: { priority: Number(mx[2]), exchange: host(mx[3] ?? '') }
    })
    return true
  }
  const cname = /^(\S+)\s+canonical name = (\S+)$/i.exec(text)
  if (cname) {
    out.records.push({ name: host(cname[1] ?? ''), type: 'cname', value: host(cname[2] ?? '') })
    return true
  }
  const address =
    /^(\S+)\s+internet address = (\S+)$/i.exec(text) ??
    /^(\S+)\s+AAAA IPv6 address = (\S+)$/i.exec(text) ??
    /^(\S+)\s+has AAAA address (\S+)$/i.exec(text)
  if (address) {
    addAddress(out, address[1] ?? '', address[2] ?? '')
    return true
  }
  return false
}

/**
 * A record line at `lines[i]` (MX, text, canonical name, address, or the name server and SOA
 * lines that are skipped): the index of the last line it used, or null when it is not one.
 */
export function readRecordLine(
  lines: string[],
  i: number,
  firstLine: number,
  out: Collected
): number | null {
  const line = lines[i] ?? ''
  const text = line.trim()
  const txtEnd = readTxt(lines, i, firstLine, out)
  if (txtEnd !== null) return txtEnd
  if (readOneLineRecord(text, out)) return i
  if (/^\S+\s+nameserver = \S+$/i.test(text) || SOA_FIELDS.test(text)) return i
  // Windows prints an empty answer as the zone's SOA: the name alone, then indented fields.
  if (/^\S+$/.test(text) && !/^\s/.test(line) && SOA_FIELDS.test((lines[i + 1] ?? '').trim())) {
    out.empty.push(host(text))
    return i
  }
  return null
}

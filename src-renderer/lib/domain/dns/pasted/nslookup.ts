/**
 * nslookup output, Windows and BIND: the server block, "Non-authoritative answer:", MX, text,
 * canonical name and address lines, Name/Address/Aliases blocks and "can't find" failures.
 */
import { excerpt } from '../../text/format-list'
import { isIpAddress } from '../../net/ip'
import type { Collected } from './collect'
import { addAddress, checkTxtLength, fail, failureFor, host, isHost, newCollected } from './collect'
import { readQuotedStrings } from './quoted-strings'

const SOA_FIELDS =
  /^(primary name server|responsible mail addr|serial|refresh|retry|expire|default TTL|origin|mail addr|minimum)\s*=/i

/** Reads nslookup output (Windows or BIND) from its first line, numbered `firstLine`. */
export function parseNslookup(lines: string[], firstLine: number): Collected {
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

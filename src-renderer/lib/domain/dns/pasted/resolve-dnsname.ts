/**
 * PowerShell's Resolve-DnsName output, as a table or as Format-List blocks, and the error records
 * it writes for a name that does not exist or has no records.
 */
import { excerpt, isConsoleNoise, readFormatList } from '../../text/format-list'
import type { Collected } from './collect'
import { addAddress, checkTxtLength, fail, failureFor, host, newCollected } from './collect'

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

/** Reads Resolve-DnsName output, in table or list form, or the errors it writes. */
export function parseResolveDnsName(lines: string[], firstLine: number): Collected {
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

/**
 * dig +short output: bare record data with no names, so the caller says which name it answers.
 */
import { excerpt } from '../../text/format-list'
import { isIpAddress } from '../../net/ip'
import type { Collected } from './collect'
import { addAddress, checkTxtLength, fail, host, isHost, newCollected } from './collect'
import { failOnTimeout } from './dig'
import { readQuotedStrings } from './quoted-strings'

/** Reads dig +short output as the answer for `name`, which it does not print. */
export function parseDigShort(
  lines: string[],
  firstLine: number,
  name: string | undefined
): Collected {
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
    failOnTimeout(text, at)
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

/**
 * nslookup output, Windows and BIND: the server block, "Non-authoritative answer:", MX, text,
 * canonical name and address lines, Name/Address/Aliases blocks and "can't find" failures.
 */
import { excerpt } from '../../text/format-list'
import type { Collected } from './collect'
import { fail, newCollected } from './collect'
import { NameBlock } from './nslookup-name-block'
import { readRecordLine, readStatusLine } from './nslookup-lines'

/** The index of the first line after the server block ("Server:" and "Address:" lines), or 0. */
function afterServerBlock(lines: string[]): number {
  const first = lines.findIndex((l) => l.trim() !== '')
  if (first < 0 || !/^(Default )?Server:/i.test((lines[first] ?? '').trim())) return 0
  let i = first
  while (i < lines.length && (lines[i] ?? '').trim() !== '') i++
  return i
}

/** Reads nslookup output (Windows or BIND) from its first line, numbered `firstLine`. */
export function parseNslookup(lines: string[], firstLine: number): Collected {
  const out = newCollected()
  const block = new NameBlock(out)
  for (let i = afterServerBlock(lines); i < lines.length; i++) {
    const line = lines[i] ?? ''
    const text = line.trim()
    if (text === '') {
      block.blankLine()
      continue
    }
    const status = readStatusLine(text, i + firstLine, out)
    if (status === 'stop') break
    if (status === 'read') continue
    const consumed = readRecordLine(lines, i, firstLine, out)
    if (consumed !== null) {
      i = consumed
      continue
    }
    if (block.readLine(line)) continue
    fail(i + firstLine, `“${excerpt(line)}” is not a line nslookup prints.`)
  }
  block.close()
  return out
}

/**
 * The entry for a paste: detects the tool's format, dispatches to its parser, and checks the
 * result against the name and record type the user was asked to look up.
 */
import { excerpt, isConsoleNoise, splitLines } from '../../text/format-list'
import { formatCount } from '../../numbers'
import type { MxRecord } from '../resolver'
import type { Collected } from './collect'
import { host, PasteError } from './collect'
import { detect, isCommandLine } from './detect'
import { parseDig } from './dig'
import { parseDigShort } from './dig-short'
import { parseNslookup } from './nslookup'
import { parseResolveDnsName } from './resolve-dnsname'
import type {
  PastedBase,
  PastedDns,
  PastedFormat,
  PastedKind,
  PastedParse,
  PastedRecord
} from './types'

/** What the user was asked to look up. */
export type PasteOptions = {
  /** The name the user was asked to look up; required for dig +short, checked otherwise. */
  name?: string
  /** The record type the user was asked to look up. */
  kind?: PastedKind
}

/** Longest paste read: DNS tool output for one name is a few KB. */
export const MAX_PASTE_LENGTH = 200_000

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

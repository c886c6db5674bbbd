/**
 * What the parsers of each tool's output share: the records and failures they collect, the name
 * and host checks, and the line-numbered error a parser stops with.
 */
import { formatCount } from '../../numbers'
import { normaliseHostname } from '../../net/hostname'
import { MAX_RECORD_VALUE_LENGTH } from '../records'
import type { PastedKind, PastedRecord } from './types'

/** What a parser read, before it is checked against what the user was asked. */
export type Collected = {
  records: PastedRecord[]
  nxdomain: string[]
  empty: string[]
  /** The type the output says was asked (dig's question section), when it says. */
  asked: PastedKind | null
  /** The name the output says was asked, when it says. */
  question: string | null
}

/** A paste that cannot be read; its message names the line. */
export class PasteError extends Error {}

/** Stops the parse with a message naming the line. */
export function fail(line: number, message: string): never {
  throw new PasteError(`line ${line}: ${message}`)
}

/** An empty collection, for a parser to fill. */
export function newCollected(): Collected {
  return { records: [], nxdomain: [], empty: [], asked: null, question: null }
}

/** A name as the records key it: trimmed, lower case, no trailing dot. */
export function host(text: string): string {
  return normaliseHostname(text)
}

const HOST =
  /^[A-Za-z0-9_*](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)*\.?$/

/** Whether the text is a dotted host name (a bare label is not). */
export function isHost(text: string): boolean {
  return HOST.test(text) && text.replace(/\.$/, '').includes('.')
}

/** The pasted kind a record type names, or null for the types the checks do not ask. */
export function kindOf(type: string): PastedKind | null {
  const lower = type.toLowerCase()
  return lower === 'mx' || lower === 'txt' || lower === 'cname' ? lower : null
}

/** Refuses a TXT record longer than the app reads; returns its strings. */
export function checkTxtLength(strings: string[], line: number): string[] {
  const length = strings.join('').length
  if (length > MAX_RECORD_VALUE_LENGTH) {
    fail(
      line,
      `a TXT record of ${formatCount(length)} characters: the app reads records of at most ${formatCount(MAX_RECORD_VALUE_LENGTH)}.`
    )
  }
  return strings
}

/** Adds an A or AAAA record, told apart by the address. */
export function addAddress(out: Collected, name: string, address: string): void {
  const type = address.includes(':') ? 'aaaa' : 'a'
  out.records.push({ name: host(name), type, value: address })
}

/** Whether a failure message means NXDOMAIN or an empty answer; a timeout or server failure stops the parse. */
export function failureFor(reason: string, name: string, line: number): 'nxdomain' | 'empty' {
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

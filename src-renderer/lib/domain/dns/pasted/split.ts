/**
 * One paste holding the output of several commands (nslookup, dig, Resolve-DnsName; MX, TXT,
 * CNAME, one after another in a terminal): split into each command's output, each read by the
 * existing parsers. A new output starts at a command line, at dig's banner, at nslookup's
 * "Server:" line or at Resolve-DnsName's table header once the current one has content.
 */
import { capitalise } from '../../text/capitalise'
import { splitLines } from '../../text/format-list'
import { normaliseHostname } from '../../net/hostname'
import { joinTxt } from '../observed'
import { formatCount } from '../../numbers'
import { isCommandLine } from './detect'
import { MAX_PASTE_LENGTH, parsePastedDns, type PasteOptions } from './parse'
import type { PastedDns } from './types'
import { parseJsonObject } from '../../json'

/** One command's output inside a paste, with the line it starts on (1-based). */
export type PasteChunk = { text: string; firstLine: number }

const STARTS_OUTPUT = [
  /^;\s*<<>>\s*DiG\b/,
  /^(Default )?Server:/i,
  /^Name\s+Type\s+TTL\s+Section\b/i
] as const

/** Splits pasted terminal text into the output of each command, in order. */
export function splitPastedCommands(text: string): PasteChunk[] {
  const chunks: PasteChunk[] = []
  let lines: string[] = []
  let firstLine = 1
  let hasOutput = false
  const close = (): void => {
    if (lines.some((line) => line.trim() !== '')) {
      chunks.push({ text: lines.join('\n'), firstLine })
    }
  }
  splitLines(text).forEach((line, index) => {
    const trimmed = line.trim()
    const command = isCommandLine(trimmed)
    const starts = command || STARTS_OUTPUT.some((pattern) => pattern.test(trimmed))
    if (starts && hasOutput) {
      close()
      lines = []
      firstLine = index + 1
      hasOutput = false
    }
    if (lines.length === 0 && trimmed === '') firstLine = index + 2
    else lines.push(line)
    // A command line and dig's banner belong to the output that follows them.
    if (trimmed !== '' && !command && !/^;\s*<<>>\s*DiG\b/.test(trimmed)) hasOutput = true
  })
  close()
  return chunks
}

/** What a multi-command paste gave: the outputs read, and a sentence for each one that was not. */
export type ManyPasted = { pastes: PastedDns[]; errors: string[] }

/**
 * Reads every command's output in `text`. `fallback` is the lookup the user was asked for: it
 * lets a lone `dig +short` output (which prints no name) be read. Error sentences name the line
 * in the whole paste.
 */
export function parseManyPasted(text: string, fallback: PasteOptions = {}): ManyPasted {
  if (text.length > MAX_PASTE_LENGTH) {
    return {
      pastes: [],
      errors: [
        `The paste is ${formatCount(text.length)} characters long: paste at most ${formatCount(MAX_PASTE_LENGTH)}.`
      ]
    }
  }
  const chunks = splitPastedCommands(text)
  if (chunks.length === 0) {
    return {
      pastes: [],
      errors: ['Nothing to read: paste what nslookup, dig or Resolve-DnsName printed.']
    }
  }
  const pastes: PastedDns[] = []
  const errors: string[] = []
  for (const chunk of chunks) {
    let parsed = parsePastedDns(chunk.text)
    if (!parsed.ok && chunks.length === 1 && fallback.name !== undefined) {
      const retried = parsePastedDns(chunk.text, fallback)
      if (retried.ok) parsed = retried
    }
    if (parsed.ok) pastes.push(parsed)
    else {
      const message = parsed.message.replace(
        /^line (\d+)/i,
        (_, line: string) => `Line ${Number(line) + chunk.firstLine - 1}`
      )
      errors.push(capitalise(message))
    }
  }
  return { pastes, errors }
}

/**
 * The pastes kept after adding `added`: a later output for the same name and record type
 * replaces the earlier one, so pasting again corrects a record rather than doubling it.
 */
export function mergePastes<T extends { paste: PastedDns }>(
  kept: readonly T[],
  added: readonly T[]
): T[] {
  const replaced = new Set(added.map((entry) => pasteKey(entry.paste)))
  return [...kept.filter((entry) => !replaced.has(pasteKey(entry.paste))), ...added]
}

/** What a paste answers: its record type and name. */
export function pasteKey(paste: PastedDns): string {
  return `${paste.kind ?? 'other'}:${paste.name}`
}

/** A pasted output kept for a domain, with when it was pasted (ISO time). */
export type KeptPaste = { paste: PastedDns; pastedAt: string }

/**
 * Kept pastes read back from storage (JSON): entries that do not have a paste's shape are left
 * out, and text that is not JSON gives none.
 */
export function parseKeptPastes(text: string | null): Record<string, KeptPaste[]> {
  const parsed = parseJsonObject(text)
  if (parsed === null) return {}
  const kept: Record<string, KeptPaste[]> = {}
  for (const [domainId, entries] of Object.entries(parsed)) {
    if (!Array.isArray(entries)) continue
    const valid = entries.filter(isKeptPaste)
    if (valid.length > 0) kept[domainId] = valid
  }
  return kept
}

/** Whether a stored value has the shape of a kept paste. */
export function isKeptPaste(value: unknown): value is KeptPaste {
  if (typeof value !== 'object' || value === null) return false
  const { paste, pastedAt } = value as Record<string, unknown>
  if (typeof pastedAt !== 'string' || typeof paste !== 'object' || paste === null) return false
  const p = paste as Record<string, unknown>
  return (
    p.ok === true &&
    typeof p.name === 'string' &&
    typeof p.format === 'string' &&
    typeof p.nxdomain === 'boolean' &&
    Array.isArray(p.records) &&
    Array.isArray(p.answers) &&
    Array.isArray(p.emptyNames) &&
    (p.kind === null || p.kind === 'mx' || p.kind === 'txt' || p.kind === 'cname')
  )
}

/**
 * The SPF records the pastes show for `name` (TXT strings joined), so a card can show the record
 * it read even while the check still needs an include's record to judge it.
 */
export function pastedSpf(pastes: readonly PastedDns[], name: string): string[] {
  const wanted = normaliseHostname(name)
  return pastes
    .filter((paste) => paste.kind === 'txt' && paste.name === wanted)
    .flatMap((paste) => (paste.kind === 'txt' ? paste.answers.map(joinTxt) : []))
    .filter((text) => /^v=spf1(\s|$)/i.test(text))
}

/**
 * Which tool printed a paste, told from the lines only that tool prints, and the command line a
 * paste often starts with.
 */
import { isIpAddress } from '../../net/ip'
import { isHost } from './collect'
import { RR } from './dig'
import type { PastedFormat } from './types'

/** The tool whose output the lines are, or null when they are none of them. */
export function detect(lines: string[]): PastedFormat | null {
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
export function isCommandLine(line: string): boolean {
  return (
    /^(?:.*[>$#%]\s*)?(nslookup|dig|Resolve-DnsName)\s+[^\s:]/i.test(line.trim()) &&
    !/\s(IN|CH|HS)\s/.test(line)
  )
}

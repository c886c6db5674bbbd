/**
 * IPv4 and IPv6 addresses and CIDR ranges: strict parsing, RFC 5952 text, network matching and
 * reverse (PTR) names. Forms, the SPF checker and the connector checks all use these.
 */
import type { Parsed } from './parsed'
import { invalid, parsed } from './parsed'

/** A parsed address: 4 bytes for IPv4, 16 for IPv6, network byte order. */
export type IpAddress = { family: 4 | 6; bytes: Uint8Array }

/** An address and a prefix length, e.g. 131.107.21.0/24. */
export type IpNetwork = { address: IpAddress; prefix: number }

const DECIMAL = /^(0|[1-9][0-9]{0,2})$/
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/

function parseIpv4Bytes(text: string): Uint8Array | null {
  const parts = text.split('.')
  if (parts.length !== 4) return null
  const bytes = new Uint8Array(4)
  for (const [i, part] of parts.entries()) {
    if (!DECIMAL.test(part)) return null
    const n = Number(part)
    if (n > 255) return null
    bytes[i] = n
  }
  return bytes
}

function parseIpv6Bytes(text: string): Uint8Array | null {
  const halves = text.split('::')
  if (halves.length > 2) return null
  const head = halves[0] ? halves[0].split(':') : []
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : []
  const groups: number[] = []
  const tailGroups: number[] = []
  const all = [...head, ...tail]
  for (const [i, part] of all.entries()) {
    const target = i < head.length ? groups : tailGroups
    const last = i === all.length - 1
    if (last && part.includes('.')) {
      // An embedded IPv4 address may only close the address (e.g. ::ffff:192.0.2.1).
      const v4 = parseIpv4Bytes(part)
      if (!v4) return null
      target.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0))
    } else {
      if (!HEX_GROUP.test(part)) return null
      target.push(parseInt(part, 16))
    }
  }
  const count = groups.length + tailGroups.length
  if (halves.length === 2 ? count > 7 : count !== 8) return null
  const words = [...groups, ...new Array<number>(8 - count).fill(0), ...tailGroups]
  const bytes = new Uint8Array(16)
  for (const [i, word] of words.entries()) {
    bytes[i * 2] = word >> 8
    bytes[i * 2 + 1] = word & 0xff
  }
  return bytes
}

/**
 * Parses an IPv4 (dotted decimal, no leading zeros) or IPv6 address (with `::` and an optional
 * trailing embedded IPv4). Returns null for anything else, including zone ids and CIDR suffixes.
 */
export function parseIp(text: string): IpAddress | null {
  if (text.includes(':')) {
    const bytes = parseIpv6Bytes(text)
    return bytes ? { family: 6, bytes } : null
  }
  const bytes = parseIpv4Bytes(text)
  return bytes ? { family: 4, bytes } : null
}

/** True when the text is exactly an IPv4 or IPv6 address. */
export function isIpAddress(text: string): boolean {
  return parseIp(text) !== null
}

function isV4Mapped(bytes: Uint8Array): boolean {
  for (let i = 0; i < 10; i++) if (bytes[i] !== 0) return false
  return bytes[10] === 0xff && bytes[11] === 0xff
}

/** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) as the IPv4 address it carries; others unchanged. */
export function unmapIpv4(ip: IpAddress): IpAddress {
  return ip.family === 6 && isV4Mapped(ip.bytes) ? { family: 4, bytes: ip.bytes.slice(12) } : ip
}

/**
 * The canonical text of an address: IPv4 dotted decimal; IPv6 per RFC 5952 (lower case, no leading
 * zeros, the longest run of two or more zero groups as `::`, IPv4-mapped in mixed notation).
 */
export function formatIp(ip: IpAddress): string {
  const b = ip.bytes
  if (ip.family === 4) return Array.from(b.subarray(0, 4)).join('.')
  if (isV4Mapped(b)) return `::ffff:${Array.from(b.subarray(12, 16)).join('.')}`
  const words: number[] = []
  for (let i = 0; i < 8; i++) words.push(((b[i * 2] ?? 0) << 8) | (b[i * 2 + 1] ?? 0))
  let bestStart = -1
  let bestLength = 1
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++
      continue
    }
    let j = i
    while (j < 8 && words[j] === 0) j++
    if (j - i > bestLength) {
      bestStart = i
      bestLength = j - i
    }
    i = j
  }
  const hex = words.map((w) => w.toString(16))
  if (bestStart < 0) return hex.join(':')
  const left = hex.slice(0, bestStart).join(':')
  const right = hex.slice(bestStart + bestLength).join(':')
  return `${left}::${right}`
}

function toAddress(ip: IpAddress | string): IpAddress {
  if (typeof ip !== 'string') return ip
  const address = parseIp(ip)
  if (!address) throw new TypeError(`Not an IP address: ${ip}`)
  return address
}

/**
 * True when `ip` lies in `network`/`prefix`. Addresses of different families never match.
 * Throws on text that is not an address or a prefix outside 0–32 / 0–128.
 */
export function ipInNetwork(
  ip: IpAddress | string,
  network: IpAddress | string,
  prefix: number
): boolean {
  const a = toAddress(ip)
  const n = toAddress(network)
  const bits = n.family === 4 ? 32 : 128
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
    throw new RangeError(`Prefix length ${prefix} is outside 0–${bits}`)
  }
  if (a.family !== n.family) return false
  const whole = Math.floor(prefix / 8)
  for (let i = 0; i < whole; i++) if (a.bytes[i] !== n.bytes[i]) return false
  const rest = prefix % 8
  if (rest === 0) return true
  const mask = (0xff << (8 - rest)) & 0xff
  return ((a.bytes[whole] ?? 0) & mask) === ((n.bytes[whole] ?? 0) & mask)
}

/** The first address of the network (host bits cleared). */
export function networkAddress(ip: IpAddress, prefix: number): IpAddress {
  return { family: ip.family, bytes: maskBytes(ip.bytes, prefix, false) }
}

/** The last address of the network (host bits set). */
export function lastAddress(ip: IpAddress, prefix: number): IpAddress {
  return { family: ip.family, bytes: maskBytes(ip.bytes, prefix, true) }
}

function maskBytes(bytes: Uint8Array, prefix: number, fill: boolean): Uint8Array {
  const out = new Uint8Array(bytes)
  for (let i = 0; i < out.length; i++) {
    const keep = Math.max(0, Math.min(8, prefix - i * 8))
    const hostMask = 0xff >> keep
    out[i] = fill ? (out[i] ?? 0) | hostMask : (out[i] ?? 0) & ~hostMask & 0xff
  }
  return out
}

/**
 * The reverse-lookup name for PTR queries: `4.3.2.1.in-addr.arpa` for 1.2.3.4, and the nibble form
 * under `ip6.arpa` for IPv6. Throws on text that is not an address.
 */
export function reverseName(ip: IpAddress | string): string {
  const a = toAddress(ip)
  if (a.family === 4) return `${Array.from(a.bytes).reverse().join('.')}.in-addr.arpa`
  const nibbles: string[] = []
  for (const byte of a.bytes) nibbles.push((byte >> 4).toString(16), (byte & 0xf).toString(16))
  return `${nibbles.reverse().join('.')}.ip6.arpa`
}

/** Why an address is invalid, as a sentence about the text the user typed. */
function describeBadAddress(text: string): string {
  if (text.includes(':')) {
    if (text.includes('%')) {
      return `“${text}” has a zone index (%…): enter the address without it.`
    }
    return `“${text}” is not a valid IPv6 address.`
  }
  const parts = text.split('.')
  if (parts.every((p) => /^[0-9]+$/.test(p))) {
    if (parts.length !== 4) {
      return `“${text}” is not a valid IPv4 address: it needs four numbers separated by dots.`
    }
    const zeroLed = parts.find((p) => p.length > 1 && p.startsWith('0'))
    if (zeroLed !== undefined) {
      return `“${text}” has a leading zero in “${zeroLed}”: some software reads that as octal, so write each number without leading zeros.`
    }
    const big = parts.find((p) => Number(p) > 255)
    if (big !== undefined) {
      return `“${big}” in “${text}” is above 255: each number of an IPv4 address is 0 to 255.`
    }
  }
  return `“${text}” is not an IP address.`
}

/**
 * Validates an IPv4/IPv6 address or CIDR range typed into a form and returns its canonical text
 * (RFC 5952 for IPv6). A range with host bits set is refused, naming the network the user likely
 * meant, because silently changing a range would hide a typo.
 */
export function validateIpOrCidr(input: string): Parsed<string> {
  const text = input.trim()
  if (text === '') {
    return invalid(
      'Enter an IP address or a CIDR range, such as 131.107.21.231 or 131.107.21.0/24.'
    )
  }
  if (/\s/.test(text)) return invalid(`“${text}” contains a space: an IP address has no spaces.`)
  const slash = text.split('/')
  if (slash.length > 2) return invalid(`“${text}” has more than one “/”.`)
  const [addressText = '', prefixText] = slash
  const address = parseIp(addressText)
  if (!address) return invalid(describeBadAddress(addressText))
  if (prefixText === undefined) return parsed(formatIp(address))
  const max = address.family === 4 ? 32 : 128
  if (!/^(0|[1-9][0-9]*)$/.test(prefixText) || Number(prefixText) > max) {
    return invalid(
      `The prefix length “/${prefixText}” in “${text}” must be a whole number from 0 to ${max}.`
    )
  }
  const prefix = Number(prefixText)
  const network = networkAddress(address, prefix)
  const networkText = `${formatIp(network)}/${prefix}`
  if (formatIp(network) !== formatIp(address)) {
    return invalid(
      `“${text}” has bits set after the first ${prefix}: the range is written ${networkText} (or enter the single address ${formatIp(address)}).`
    )
  }
  return parsed(networkText)
}

/** Parses the canonical text validateIpOrCidr returns (an address, or address/prefix). */
export function parseNetwork(text: string): IpNetwork | null {
  const [addressText = '', prefixText, extra] = text.split('/')
  if (extra !== undefined) return null
  const address = parseIp(addressText)
  if (!address) return null
  const max = address.family === 4 ? 32 : 128
  if (prefixText === undefined) return { address, prefix: max }
  if (!/^(0|[1-9][0-9]*)$/.test(prefixText) || Number(prefixText) > max) return null
  return { address, prefix: Number(prefixText) }
}

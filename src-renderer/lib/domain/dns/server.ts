/**
 * The DNS server setting of live checks: empty (the system's servers) or an IP address with an
 * optional port. Host names are refused, since finding the server would itself need DNS; the
 * desktop shell reads the same forms (src-main/ipc/dns.ts parseDnsServer).
 */
import { formatIp, parseIp } from '../net/ip'
import type { Parsed } from '../net/parsed'
import { invalid, parsed } from '../net/parsed'

/** Longest setting accepted, as the shell's IPC contract limits it. */
export const MAX_DNS_SERVER_LENGTH = 64

const EXAMPLE = 'such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:5353'

/**
 * Checks a DNS server setting and returns it in canonical form: '' for the system's servers,
 * an IPv4 address, an IPv6 address (RFC 5952), or either with a port (192.0.2.53:5353,
 * [2001:db8::53]:5353; port 53 is left out).
 */
export function validateDnsServer(input: string): Parsed<string> {
  const text = input.trim()
  if (text === '') return parsed('')
  if (text.length > MAX_DNS_SERVER_LENGTH) {
    return invalid(`The DNS server is ${text.length} characters long: enter one IP address.`)
  }
  if (text.includes('%')) {
    return invalid(`DNS server “${text}” has a zone index (%): use an address without one.`)
  }
  const notAddress = invalid<string>(
    `DNS server “${text}” is not an IP address: enter an IPv4 or IPv6 address, ${EXAMPLE}.`
  )
  let hostText: string
  let portText: string | undefined
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(text)
  if (bracketed) {
    hostText = bracketed[1] ?? ''
    portText = bracketed[2]
  } else if (text.split(':').length > 2) {
    hostText = text
  } else {
    const [host = '', port] = text.split(':')
    hostText = host
    portText = port
  }
  const address = parseIp(hostText)
  if (!address || (bracketed && address.family !== 6)) return notAddress
  let port = 53
  if (portText !== undefined) {
    port = /^[0-9]{1,5}$/.test(portText) ? Number(portText) : 0
    if (port < 1 || port > 65535) {
      return invalid(`DNS server “${text}” has port “${portText}”: a port is 1 to 65535.`)
    }
  }
  const host = formatIp(address)
  if (port === 53) return parsed(host)
  return parsed(address.family === 6 ? `[${host}]:${port}` : `${host}:${port}`)
}

/**
 * Addresses and ranges the guidance must question: private and loopback ranges, "everyone"
 * (0.0.0.0/0), SPF ranges too broad to mean one organisation's servers, and what Exchange Online
 * connectors accept as sender IPs. Each check takes the text a form or profile holds and answers
 * with a message naming the entry, or null.
 */
import { ipInNetwork, parseNetwork, type IpNetwork } from './ip'

/** RFC 1918 private ranges, loopback (RFC 1122, RFC 4291) and IPv6 unique local (RFC 4193). */
const PRIVATE_RANGES: readonly { range: string; name: string }[] = [
  { range: '10.0.0.0/8', name: 'a private range (RFC 1918)' },
  { range: '172.16.0.0/12', name: 'a private range (RFC 1918)' },
  { range: '192.168.0.0/16', name: 'a private range (RFC 1918)' },
  { range: '127.0.0.0/8', name: 'the loopback range' },
  { range: '::1/128', name: 'the IPv6 loopback address' },
  { range: 'fc00::/7', name: 'an IPv6 unique local range (RFC 4193)' }
]

/** SPF ranges broader than these are flagged: no organisation's mail servers need more. */
const SPF_WIDEST_PREFIX = { 4: 16, 6: 48 } as const

/** New-InboundConnector -SenderIPAddresses takes IPv4 addresses and ranges from /24 to /32 only. */
const CONNECTOR_WIDEST_IPV4_PREFIX = 24

function insidePrivate(network: IpNetwork): string | null {
  for (const { range, name } of PRIVATE_RANGES) {
    const parent = parseNetwork(range)
    if (
      parent &&
      parent.address.family === network.address.family &&
      network.prefix >= parent.prefix &&
      ipInNetwork(network.address, parent.address, parent.prefix)
    )
      return name
  }
  return null
}

/**
 * Why an on-premises address or range cannot be the one the internet or Microsoft 365 sees: a
 * private or loopback range, or every address (0.0.0.0/0, ::/0). Null for a public address.
 */
export function publicAddressProblem(text: string): string | null {
  const network = parseNetwork(text.trim())
  if (!network) return null
  if (network.prefix === 0) {
    return `${text.trim()} is every address: it would trust any server on the internet. Enter the public addresses of the on-premises mail servers.`
  }
  const name = insidePrivate(network)
  if (name !== null) {
    return `${text.trim()} is ${name}: Microsoft 365 and other mail servers never see it. Enter the public address the on-premises servers send from (after NAT).`
  }
  return null
}

/** publicAddressProblem, and an SPF range broader than IPv4 /16 or IPv6 /48 (RFC 7208 §5.6). */
export function spfRangeProblem(text: string): string | null {
  const problem = publicAddressProblem(text)
  if (problem !== null) return problem
  const network = parseNetwork(text.trim())
  if (!network) return null
  const widest = SPF_WIDEST_PREFIX[network.address.family]
  if (network.prefix < widest) {
    return `${text.trim()} authorises more than an IPv${network.address.family} /${widest}: anyone else sending from that range passes SPF for the domain. List only the mail servers’ addresses.`
  }
  return null
}

/**
 * Why an address or range cannot go into a connector's SenderIPAddresses: IPv6, or an IPv4 range
 * broader than /24 (New-InboundConnector accepts /24 to /32). Null when it can.
 */
export function connectorSenderIpProblem(text: string): string | null {
  const network = parseNetwork(text.trim())
  if (!network) return `${text.trim()} is not an IP address or range.`
  if (network.address.family === 6) {
    return `${text.trim()} is IPv6: a connector’s SenderIPAddresses takes IPv4 addresses only.`
  }
  if (network.prefix < CONNECTOR_WIDEST_IPV4_PREFIX) {
    return `${text.trim()} is broader than /${CONNECTOR_WIDEST_IPV4_PREFIX}: a connector’s SenderIPAddresses takes ranges from /24 to /32; split it or list the servers.`
  }
  return null
}

/**
 * Which kind of system wrote or sent a hop: the project's on-premises servers, Exchange Online
 * Protection on the way in or out, Exchange Online itself, Microsoft's relay pool, a known
 * third-party filter, or anything else on the internet.
 *
 * Host-name rules follow real Exchange Online headers (microsoft/MHA's test data and public list
 * mail): the front door is `*.mail.protection.outlook.com`, EOP's own hops live under
 * `*.protection.outlook.com` (e.g. `*.eop-nam04.prod.protection.outlook.com`), mailbox servers under
 * `*.prod.outlook.com`, and mail leaves from `*.outbound.protection.outlook.com`. The sovereign
 * clouds use `office365.us` (GCC High, DoD) and `partner.outlook.cn` (21Vianet) in the same shapes.
 */
import { ipInNetwork, parseIp, parseNetwork } from '../net/ip'
import type { RouteContext, RouteSystem } from './types'

/** Microsoft 365 name roots: worldwide (and GCC), GCC High / DoD, 21Vianet. */
const CLOUD_ROOTS = ['outlook.com', 'office365.us', 'partner.outlook.cn'] as const

/** Known third-party filtering services, by the host-name suffixes their MX and relays use. */
export const GATEWAY_SUFFIXES: readonly string[] = [
  'mimecast.com',
  'mimecast.co.za',
  'mimecast-offshore.com',
  'pphosted.com',
  'ppe-hosted.com',
  'proofpoint.com',
  'messagelabs.com',
  'iphmx.com',
  'barracudanetworks.com',
  'cudamail.com',
  'mailcontrol.com',
  'trendmicro.com',
  'trendmicro.eu',
  'hornetsecurity.com',
  'hydra.sophos.com',
  'mailguard.com.au',
  'spamtitan.com',
  'mxthunder.com',
  'antispamcloud.com',
  'fireeyecloud.com',
  'trellix.com',
  'securence.com',
  'mailanyone.net',
  'codetwo.online'
]

// Microsoft's relay pool (message center MC266466): 40.95.0.0/16 and "rly" host names.
const RELAY_POOL = { network: '40.95.0.0', prefix: 16 }

/**
 * An Exchange Server build in a Received id: exactly 15.0, 15.1 or 15.2 (MAPI hops pad them as
 * 15.01.2507.039), never Exchange Online's 15.20.
 */
export function onPremBuild(id: string): string | null {
  const match = /(?:^|[^\d.])(15\.0?[012]\.\d+\.\d+)(?![\d.])/.exec(id)
  return match?.[1] ?? null
}

function endsWith(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith('.' + suffix)
}

function inAny(ip: string, ranges: readonly string[]): boolean {
  const address = parseIp(ip)
  if (address === null) return false
  return ranges.some((range) => {
    const network = parseNetwork(range.trim())
    return network !== null && ipInNetwork(address, network.address, network.prefix)
  })
}

function hostMatches(host: string, patterns: readonly string[]): boolean {
  return patterns.some((raw) => {
    const pattern = raw.trim().toLowerCase().replace(/\.$/, '')
    if (pattern === '') return false
    if (pattern.startsWith('*.')) return endsWith(host, pattern.slice(2))
    return host === pattern
  })
}

/** The class of a host name alone, from Microsoft's and the filters' naming; null when unknown. */
export function classifyHostName(host: string): RouteSystem | null {
  if (host === '') return null
  for (const root of CLOUD_ROOTS) {
    if (!endsWith(host, root)) continue
    const prefix = host.slice(0, host.length - root.length)
    if (/(^|[.-])rly[0-9]*[.-]/.test(prefix) && prefix.includes('protection.')) return 'relay-pool'
    if (endsWith(host, `outbound.protection.${root}`)) return 'eop-out'
    if (endsWith(host, `protection.${root}`)) return 'eop-in'
    if (root === 'outlook.com') {
      if (endsWith(host, 'prod.outlook.com') || endsWith(host, 'outlook.office365.com'))
        return 'exo'
      return null
    }
    return 'exo'
  }
  if (endsWith(host, 'outlook.office365.com')) return 'exo'
  if (GATEWAY_SUFFIXES.some((suffix) => endsWith(host, suffix))) return 'gateway'
  return null
}

/**
 * Classifies one end of a hop. The project's own host names win, then Microsoft's names (its
 * internal hops carry private addresses a project range might cover), then the project's and a
 * named filter's addresses, Microsoft's relay pool and known filters; an Exchange Server build in
 * the hop's id marks the receiving server as on-premises.
 */
export function classifySystem(
  host: string,
  ips: readonly string[],
  context: RouteContext,
  build: string | null = null
): RouteSystem {
  if (hostMatches(host, context.onPremHosts ?? [])) return 'onprem'
  if (hostMatches(host, context.gatewayHosts ?? [])) return 'gateway'
  const named = classifyHostName(host)
  if (named !== null && named !== 'gateway') return named
  if (ips.some((ip) => inAny(ip, context.onPremIps ?? []))) return 'onprem'
  if (ips.some((ip) => inAny(ip, context.gatewayIps ?? []))) return 'gateway'
  if (ips.some((ip) => inAny(ip, [`${RELAY_POOL.network}/${RELAY_POOL.prefix}`])))
    return 'relay-pool'
  if (named !== null) return named
  if (build !== null) return 'onprem'
  return 'internet'
}

/** True for the systems the organisation (or Microsoft for it) runs: their hops can be trusted. */
export function isTrustedSystem(system: RouteSystem): boolean {
  return system !== 'internet'
}

/** True for an address only a private network or the host itself uses. */
export function isPrivateAddress(ip: string): boolean {
  return inAny(ip, [
    '10.0.0.0/8',
    '172.16.0.0/12',
    '192.168.0.0/16',
    '127.0.0.0/8',
    '169.254.0.0/16',
    '::1/128',
    'fe80::/10',
    'fc00::/7'
  ])
}

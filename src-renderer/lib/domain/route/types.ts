/**
 * The vocabulary of route tests: what a pasted set of message headers says about the way a test
 * message travelled, and how that compares with the route a domain's scenario promises.
 *
 * Named Mail…/Route… so nothing clashes with the app's screen routes (`state/routes.ts`).
 */
import type { Scenario, Scenario2Outbound, StepId } from '../types'

/** The kinds of system a message can pass through, as told by the host names, IPs and builds. */
export type RouteSystem =
  'onprem' | 'eop-in' | 'exo' | 'eop-out' | 'relay-pool' | 'gateway' | 'internet'

export const ROUTE_SYSTEMS: readonly RouteSystem[] = [
  'onprem',
  'eop-in',
  'exo',
  'eop-out',
  'relay-pool',
  'gateway',
  'internet'
]

/** The directions a test message can go; each names where it starts and where it is read. */
export type RouteDirection =
  | 'internet-to-cloud'
  | 'internet-to-onprem'
  | 'cloud-to-internet'
  | 'onprem-to-internet'
  | 'cloud-to-onprem'
  | 'onprem-to-cloud'

export const ROUTE_DIRECTIONS: readonly RouteDirection[] = [
  'internet-to-cloud',
  'internet-to-onprem',
  'cloud-to-internet',
  'onprem-to-internet',
  'cloud-to-onprem',
  'onprem-to-cloud'
]

/** One end of a Received hop: the host name and address as the receiving system wrote them. */
export type RouteEndpoint = {
  /** The host name written first (lower case), or '' when there is none. */
  host: string
  /** Every address found in the clause (IPv4 or IPv6), first one first. */
  ips: string[]
  system: RouteSystem
}

/** One Received header, oldest first. */
export type RouteHop = {
  /** 1-based position, oldest first. */
  index: number
  from: RouteEndpoint | null
  by: RouteEndpoint | null
  with: string
  id: string
  /** The date after the last ';' as an ISO timestamp, or null when it cannot be read. */
  date: string | null
  /** Seconds since the previous hop, or null when either date is missing. */
  delaySeconds: number | null
  /** False for hops below the first trusted one: the sender's systems wrote them. */
  trusted: boolean
  /** The header as pasted, unfolded. */
  raw: string
}

export type RouteFindingSeverity = 'ok' | 'info' | 'warning' | 'problem'

/** A public page a finding or an expected path rests on. */
export type RouteSource = { url: string; title: string }

export type RouteFinding = {
  /** Stable code, e.g. 'cmt-not-in-effect'; tests and the UI key on it. */
  code: string
  severity: RouteFindingSeverity
  /** What the headers show, in plain words. */
  message: string
  /** The header it comes from, when there is one. */
  header?: string
  /** The checklist step to check, when one applies. */
  stepId?: StepId
  /** The setting to look at, e.g. "RouteAllMessagesViaOnPremises on the outbound connector". */
  setting?: string
  source?: RouteSource
}

/** The values of X-Forefront-Antispam-Report that matter for the route. */
export type AntispamReport = {
  dir: string
  sfv: string
  ipv: string
  cip: string
  scl: string
  h: string
}

export type AuthenticationResult = {
  spf: string
  dkim: string
  dmarc: string
  compauth: string
}

/** The Microsoft headers' values, as read; checkRoute decides what they mean for a direction. */
export type RouteSignals = {
  fromEntity: string[]
  crossTenantIds: string[]
  /** True when every CrossTenant-Id is the project's tenant, false when one differs, null unknown. */
  tenantMatches: boolean | null
  attributedIps: string[]
  authAs: string[]
  directionality: string[]
  antispam: AntispamReport[]
  authentication: AuthenticationResult[]
  receivedSpf: string[]
  crossPremisesFilteredBy: string[]
  /** Skip-listed addresses, with whether each is an on-premises or filter address. */
  skipListed: { ip: string; ourAddress: boolean }[]
  /** Any X-MS-Exchange-Organization-* header: present only inside the organisation. */
  organizationHeaders: boolean
  /** Signs of an automatic forward in Exchange Online (which does not follow centralized transport). */
  autoForwarded: boolean
}

export type RouteAnalysis = {
  hops: RouteHop[]
  /** The systems in order, from the sending one to the last receiving one, repeats collapsed. */
  path: RouteSystem[]
  findings: RouteFinding[]
  signals: RouteSignals
  /** How many header fields were read. */
  headerCount: number
}

/** What the project knows about its own systems, to recognise them in the headers. */
export type RouteContext = {
  onPremHosts?: readonly string[]
  onPremIps?: readonly string[]
  tenantId?: string
  /** Host names and addresses of a third-party filter in front of Microsoft 365. */
  gatewayHosts?: readonly string[]
  gatewayIps?: readonly string[]
}

/** What changes the expected path of a domain. */
export type RouteConditions = {
  /** A third-party filter (gateway) receives the domain's internet mail first. */
  thirdPartyFilter?: boolean
  /**
   * Scenario 2: where on-premises sends internet mail (the recorded choice): directly using DNS, or
   * back through Exchange Online. Unknown accepts both and says so.
   */
  scenario2Outbound?: Scenario2Outbound
}

export type RouteExpectation = {
  scenario: Scenario
  direction: RouteDirection
  conditions?: RouteConditions
}

export type RouteVerdict = 'expected' | 'unexpected' | 'inconclusive'

export type RouteCheck = {
  verdict: RouteVerdict
  /** The path the scenario promises (the first of the accepted paths). */
  expectedPath: RouteSystem[]
  /** Every path accepted for this scenario, direction and conditions. */
  acceptedPaths: RouteSystem[][]
  findings: RouteFinding[]
  sources: RouteSource[]
}

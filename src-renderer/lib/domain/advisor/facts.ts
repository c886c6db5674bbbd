/**
 * The facts the advisor derives once from the context (placeholder values, where the EOP MX host
 * comes from, the registered connectors, what is done), and the quoting of values for PowerShell.
 */
import { fillPlaceholders, placeholderValues } from '../catalog'
import { cloudNames } from '../cloud'
import { classifyMxHost, predictEopMx } from '../dns/mx'
import type { DnsVerdictStatus } from '../dns/records'
import { composeSpf } from '../dns/spf-compose'
import { normaliseHostname } from '../net/hostname'
import type { Step, StepId } from '../types'
import { isConditionalConnector, tenantFactsOf, type TenantFacts } from './tenant'
import type { DnsObservation, RegisteredConnector, TransitionContext } from './types'

/** Facts derived once from the context and shared by the plan and its rollback. */
export type Facts = {
  /** Placeholder values for prose and DNS text. */
  values: Record<string, string>
  /** Where the EOP MX host comes from. */
  eopSource: 'published' | 'entered' | 'predicted'
  eopConfident: boolean
  eopObserved: string | null
  onPremMxObserved: string | null
  outbound: readonly RegisteredConnector[]
  inbound: readonly RegisteredConnector[]
  restrictions: readonly RegisteredConnector[]
  doneSteps: ReadonlySet<StepId>
  spfStatus: DnsVerdictStatus | null
  mxHosts: readonly string[]
  /** The MX records the last check saw, as "priority host" text ("host" without a priority). */
  mxRecords: readonly { priority: number | null; host: string }[]
  /** The MX record's TTL in seconds when the last check saw it. */
  mxTtl: number | null
  /** The project's other domains and the shared objects' state. */
  tenant: TenantFacts
  hasContext: boolean
}

const DEFAULT_RESTRICTION_NAME = 'Only through on-premises MX (<domain>)'

/** A connector counts as validated when its status is 'verified', in any case. */
export function isVerified(connector: RegisteredConnector): boolean {
  return connector.status.trim().toLowerCase() === 'verified'
}

function observation(
  dns: readonly DnsObservation[] | undefined,
  kind: string
): DnsObservation | null {
  return dns?.find((entry) => entry.kind.toLowerCase() === kind) ?? null
}

/** MX values as records: "10 mail.contoso.com." → 10, mail.contoso.com. */
function mxRecordsOf(values: readonly string[]): Facts['mxRecords'] {
  const records: { priority: number | null; host: string }[] = []
  for (const value of values) {
    const match = /^(?:(\d+)\s+)?(\S+)$/.exec(value.trim())
    if (match?.[2])
      records.push({
        priority: match[1] === undefined ? null : Number(match[1]),
        host: normaliseHostname(match[2])
      })
  }
  // Lowest priority first: the first host that is not EOP is the on-premises primary.
  return records.sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity))
}

type EopFacts = Pick<Facts, 'eopSource' | 'eopConfident' | 'eopObserved' | 'onPremMxObserved'>

/** Where the EOP MX host comes from (published, entered or predicted); fills eopHost, domainKey and onPremMx. */
function eopFacts(
  mx: DnsObservation | null,
  mxHosts: readonly string[],
  domainName: string,
  names: ReturnType<typeof cloudNames>,
  values: Record<string, string>
): EopFacts {
  const isEop = (host: string): boolean => classifyMxHost(host) === 'eop'
  const eopObserved = mxHosts.find(isEop) ?? null
  const entered = mx?.expected === undefined ? '' : normaliseHostname(mx.expected)
  const eopEntered = entered !== '' && isEop(entered) ? entered : null
  // The on-premises MX is the primary record (lowest priority first): a host behind an EOP primary
  // is a secondary MX, never the host to point MX back to.
  const [primary] = mxHosts
  const onPremMxObserved =
    primary !== undefined && classifyMxHost(primary) === 'other' ? primary : null

  let eopHost = eopObserved ?? eopEntered
  let eopConfident = true
  if (eopHost === null && domainName !== '') {
    try {
      const prediction = predictEopMx(domainName, names.cloud)
      eopHost = prediction.host
      eopConfident = prediction.confident
    } catch {
      // Not a domain name: the placeholder stays visible.
    }
  }
  values.eopHost = eopHost ?? `<domainKey>${names.mxSuffix}`
  values.domainKey = values.eopHost.endsWith(names.mxSuffix)
    ? values.eopHost.slice(0, -names.mxSuffix.length)
    : values.eopHost
  values.onPremMx = onPremMxObserved ?? values.onPremHost ?? '<onPremHost>'
  return {
    eopSource: eopObserved !== null ? 'published' : eopEntered !== null ? 'entered' : 'predicted',
    eopConfident,
    eopObserved,
    onPremMxObserved
  }
}

/** The SPF record to publish, quoted for the zone; placeholders when the project has no addresses. */
function spfRecordOf(
  project: TransitionContext['project'],
  names: ReturnType<typeof cloudNames>
): string {
  const spf = composeSpf({
    ips: project?.onPremIps ?? [],
    thirdParties: project?.thirdPartySenders ?? [],
    cloud: names.cloud
  })
  return (project?.onPremIps.length ?? 0) > 0
    ? spf.strings.map((text) => `"${text}"`).join(' ')
    : `"v=spf1 ip4:<onPremIps> include:${names.spfInclude} -all"`
}

type ConnectorFacts = Pick<Facts, 'outbound' | 'inbound' | 'restrictions'>

/** The registered connectors by role; fills outboundConnector and restrictionConnector. */
function connectorFacts(
  connectors: readonly RegisteredConnector[],
  values: Record<string, string>
): ConnectorFacts {
  const outbound = connectors.filter(
    (c) =>
      c.direction === 'cloud-to-onprem' && c.type === 'OnPremises' && !isConditionalConnector(c)
  )
  const inbound = connectors.filter((c) => c.direction === 'onprem-to-cloud')
  const restrictions = connectors.filter((c) => c.restrictDomainsToIps === true)
  const [firstOutbound] = outbound
  if (firstOutbound) values.outboundConnector = firstOutbound.name
  const [firstRestriction] = restrictions
  values.restrictionConnector = firstRestriction
    ? firstRestriction.name
    : fillPlaceholders(DEFAULT_RESTRICTION_NAME, values)
  return { outbound, inbound, restrictions }
}

function doneStepsOf(steps: readonly Step[] | undefined): Set<StepId> {
  const doneSteps = new Set<StepId>()
  for (const step of steps ?? []) {
    if (!step.retired && step.status === 'done') doneSteps.add(step.stepId)
  }
  return doneSteps
}

/** The facts of a context; without one, <placeholders> stand for the project's values. */
export function factsOf(context: TransitionContext | undefined): Facts {
  const project = context?.project
  const names = cloudNames(project)
  const domainName = context?.domainName?.trim().toLowerCase() ?? ''
  const values = placeholderValues(
    {
      tenantName: project?.tenantName ?? '',
      onPremHost: project?.onPremHost ?? '',
      onPremIps: project?.onPremIps ?? [],
      cloud: names.cloud
    },
    domainName
  )
  const mx = observation(context?.dns, 'mx')
  const mxRecords = mxRecordsOf(mx?.values ?? [])
  const mxHosts = mxRecords.map((record) => record.host)
  const eop = eopFacts(mx, mxHosts, domainName, names, values)
  values.spfRecord = spfRecordOf(project, names)
  const connectors = connectorFacts(context?.connectors ?? [], values)
  return {
    values,
    ...eop,
    ...connectors,
    doneSteps: doneStepsOf(context?.steps),
    spfStatus: observation(context?.dns, 'spf')?.status ?? null,
    mxHosts,
    mxRecords,
    mxTtl: mx?.ttl ?? null,
    tenant: tenantFactsOf(context, domainName, connectors.outbound),
    hasContext: context !== undefined
  }
}

/** Doubles every quote PowerShell treats as a single quote, for use inside '…'. */
function psEscape(value: string): string {
  return value.replace(/['‘’‚‛]/g, (quote) => quote + quote)
}

/** A value as a single-quoted PowerShell string. */
export function psQuote(value: string): string {
  return `'${psEscape(value)}'`
}

/** The values, each escaped for use inside a single-quoted PowerShell string. */
export function psValues(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, psEscape(value)]))
}

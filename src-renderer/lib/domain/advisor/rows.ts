/**
 * Reading other features' stored rows (connectors, DNS checks) as the advisor's context, without
 * importing their modules: a row that lacks what the advisor needs reads as null.
 */
import type { DnsVerdictStatus } from '../dns/records'
import { isStringArray } from '../json'
import type { DnsObservation, RegisteredConnector } from './types'

function stringArray(value: unknown): string[] | null {
  return isStringArray(value) ? value : null
}

/**
 * Reads a stored connector row (another feature's table) as a RegisteredConnector, or null when
 * it lacks the fields the advisor needs. `restrictDomainsToIps` and a non-empty
 * `associatedAcceptedDomains` are read when present.
 */
export function registeredConnectorFrom(row: unknown): RegisteredConnector | null {
  if (row === null || typeof row !== 'object') return null
  const r = row as Record<string, unknown>
  const recipientDomains = stringArray(r.recipientDomains)
  const associated = stringArray(r.associatedAcceptedDomains)
  if (
    typeof r.name !== 'string' ||
    (r.direction !== 'cloud-to-onprem' &&
      r.direction !== 'onprem-to-cloud' &&
      r.direction !== 'partner') ||
    (r.type !== 'OnPremises' && r.type !== 'Partner') ||
    typeof r.routeAllMessagesViaOnPremises !== 'boolean' ||
    recipientDomains === null ||
    typeof r.status !== 'string'
  )
    return null
  return {
    name: r.name,
    direction: r.direction,
    type: r.type,
    routeAllMessagesViaOnPremises: r.routeAllMessagesViaOnPremises,
    recipientDomains,
    status: r.status,
    ...(typeof r.restrictDomainsToIps === 'boolean'
      ? { restrictDomainsToIps: r.restrictDomainsToIps }
      : {}),
    ...(associated === null || associated.length === 0
      ? {}
      : { associatedAcceptedDomains: associated.map((d) => d.trim().toLowerCase()) })
  }
}

const VERDICTS: readonly DnsVerdictStatus[] = ['ok', 'warning', 'error', 'unknown']

/**
 * Reads a stored DNS row as a DnsObservation, or null. Accepts `kind` (or `type`), a `status`
 * (or `verdict.status`) among ok/warning/error/unknown, `values` (or `observed`) as strings and
 * a non-empty `expected`, and a positive whole `ttl` in seconds when the row has one.
 */
export function dnsObservationFrom(row: unknown): DnsObservation | null {
  if (row === null || typeof row !== 'object') return null
  const r = row as Record<string, unknown>
  const kind = typeof r.kind === 'string' ? r.kind : typeof r.type === 'string' ? r.type : null
  if (kind === null) return null
  const verdict =
    r.verdict !== null && typeof r.verdict === 'object'
      ? (r.verdict as Record<string, unknown>).status
      : undefined
  const rawStatus = r.status ?? verdict
  const status = VERDICTS.find((candidate) => candidate === rawStatus)
  const values = stringArray(r.values) ?? stringArray(r.observed)
  const expected = typeof r.expected === 'string' && r.expected.trim() !== '' ? r.expected : null
  const ttl = typeof r.ttl === 'number' && Number.isInteger(r.ttl) && r.ttl > 0 ? r.ttl : null
  return {
    kind: kind.toLowerCase(),
    ...(status === undefined ? {} : { status }),
    ...(values === null ? {} : { values }),
    ...(expected === null ? {} : { expected }),
    ...(ttl === null ? {} : { ttl })
  }
}

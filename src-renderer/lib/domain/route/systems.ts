/** The systems a route passes, and how they are named to the user. */
import type { RouteSystem } from './types'

/** The organisation's own systems (on-premises and Microsoft 365); the rest is outside. */
export const ORG_SYSTEMS: readonly RouteSystem[] = [
  'onprem',
  'eop-in',
  'exo',
  'eop-out',
  'relay-pool'
]

export const SYSTEM_NAMES: Readonly<Record<RouteSystem, string>> = {
  onprem: 'On-premises servers',
  'eop-in': 'Exchange Online Protection (in)',
  exo: 'Exchange Online',
  'eop-out': 'Exchange Online Protection (out)',
  'relay-pool': 'Microsoft relay pool',
  gateway: 'Third-party filter',
  internet: 'Internet'
}

/** A path in words, e.g. "On-premises servers → Exchange Online Protection (in) → …". */
export function describeRoute(path: readonly RouteSystem[]): string {
  return path.map((system) => SYSTEM_NAMES[system]).join(' → ')
}

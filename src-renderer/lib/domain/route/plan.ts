/**
 * The route-test plan of a domain: which test messages to send (from which mailbox to which, and
 * where to read the headers) for every direction that matters in a hybrid organisation, each with
 * the route its scenario promises. Outbound tests are read at an external mailbox because
 * organisation headers are stripped when mail leaves; the others are read where they arrive.
 */
import { expectedRoute } from './expected'
import {
  ROUTE_DIRECTIONS,
  type RouteConditions,
  type RouteDirection,
  type RouteSystem
} from './types'
import type { Scenario } from '../types'

export type RouteTestPlanItem = {
  direction: RouteDirection
  /** Short title, e.g. "Internet to a cloud mailbox". */
  title: string
  from: string
  to: string
  /** Where to open the message and copy its headers. */
  readAt: string
  expectedPath: RouteSystem[]
  summary: string
}

const TEXTS: Readonly<
  Record<
    RouteDirection,
    { title: string; from: (d: string) => string; to: (d: string) => string; readAt: string }
  >
> = {
  'internet-to-cloud': {
    title: 'Internet to a cloud mailbox',
    from: () => 'A mailbox outside the organisation (for example a personal account)',
    to: (d) => `A mailbox in Exchange Online (…@${d})`,
    readAt: 'In the cloud mailbox (Outlook on the web: message → View → Message details)'
  },
  'internet-to-onprem': {
    title: 'Internet to an on-premises mailbox',
    from: () => 'A mailbox outside the organisation',
    to: (d) => `A mailbox still on the on-premises servers (…@${d})`,
    readAt: 'In the on-premises mailbox (Outlook: File → Properties → Internet headers)'
  },
  'cloud-to-internet': {
    title: 'Cloud mailbox to the internet',
    from: (d) => `A mailbox in Exchange Online (…@${d}), sent by the user, not forwarded`,
    to: () => 'A mailbox outside the organisation',
    readAt: 'At the external mailbox (organisation headers are removed when mail leaves)'
  },
  'onprem-to-internet': {
    title: 'On-premises mailbox to the internet',
    from: (d) => `A mailbox on the on-premises servers (…@${d})`,
    to: () => 'A mailbox outside the organisation',
    readAt: 'At the external mailbox (organisation headers are removed when mail leaves)'
  },
  'cloud-to-onprem': {
    title: 'Cloud mailbox to an on-premises mailbox',
    from: (d) => `A mailbox in Exchange Online (…@${d})`,
    to: (d) => `A mailbox on the on-premises servers (…@${d})`,
    readAt: 'In the on-premises mailbox'
  },
  'onprem-to-cloud': {
    title: 'On-premises mailbox to a cloud mailbox',
    from: (d) => `A mailbox on the on-premises servers (…@${d})`,
    to: (d) => `A mailbox in Exchange Online (…@${d})`,
    readAt: 'In the cloud mailbox'
  }
}

/** The tests to send for a domain, in a fixed order: inbound, outbound, then cross-premises. */
export function routeTestPlan(
  domainName: string,
  scenario: Scenario,
  conditions: RouteConditions = {}
): RouteTestPlanItem[] {
  return ROUTE_DIRECTIONS.map((direction) => {
    const text = TEXTS[direction]
    const expected = expectedRoute(scenario, direction, conditions)
    return {
      direction,
      title: text.title,
      from: text.from(domainName),
      to: text.to(domainName),
      readAt: text.readAt,
      expectedPath: expected.paths[0] ?? [],
      summary: expected.summary
    }
  })
}

export function directionTitle(direction: RouteDirection): string {
  return TEXTS[direction].title
}

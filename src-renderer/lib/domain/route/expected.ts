/**
 * The paths each scenario promises, per test direction, as data. Each entry cites the public pages
 * it rests on. Internal notes on why (kept out of the UI): the reference page's scenario text and
 * diagrams, corrected by domain-brief section 7 where they disagree — scenario 3 routes cloud
 * mailboxes' internet mail through on-premises only with centralized mail transport (7.3), and
 * scenario 2's outbound path is a recorded choice (7.4, defect 4).
 *
 * Exchange Online's own hops (`*.prod.outlook.com`) do not always show between Exchange Online
 * Protection's way in and way out, so both shapes are accepted where mail only passes through.
 */
import { SOURCES } from './sources'
import type { RouteConditions, RouteDirection, RouteSource, RouteSystem } from './types'
import type { Scenario, Scenario2Outbound } from '../types'

type Variant = {
  paths: RouteSystem[][]
  /** Only for this recorded scenario 2 outbound choice. */
  scenario2Outbound?: Scenario2Outbound
}

export type ExpectedRouteEntry = {
  variants: Variant[]
  /** What the route is, in plain words. */
  summary: string
  sources: RouteSource[]
}

const I = 'internet'
const EI = 'eop-in'
const X = 'exo'
const EO = 'eop-out'
const O = 'onprem'

// Mail that enters Exchange Online Protection and leaves again, with or without mailbox-server hops.
const THROUGH_CLOUD_TO_ONPREM: RouteSystem[][] = [
  [I, EI, X, EO, O],
  [I, EI, EO, O]
]
const ONPREM_VIA_CLOUD_OUT: RouteSystem[][] = [
  [O, EI, X, EO, I],
  [O, EI, EO, I]
]
const CLOUD_TO_ONPREM: RouteSystem[][] = [[X, EO, O]]
const ONPREM_TO_CLOUD: RouteSystem[][] = [[O, EI, X]]
const MX_ONPREM_TO_CLOUD: RouteSystem[][] = [[I, O, EI, X]]

const CROSS_PREMISES = {
  'cloud-to-onprem': {
    variants: [{ paths: CLOUD_TO_ONPREM }],
    summary:
      'Exchange Online hands the message to the on-premises servers through the outbound connector to on-premises.',
    sources: [SOURCES.transportRouting, SOURCES.demystifying]
  },
  'onprem-to-cloud': {
    variants: [{ paths: ONPREM_TO_CLOUD }],
    summary:
      'The on-premises servers send to the hybrid routing address through Exchange Online Protection, which accepts the message on the OnPremises inbound connector.',
    sources: [SOURCES.transportRouting, SOURCES.demystifying]
  }
} as const satisfies Partial<Record<RouteDirection, ExpectedRouteEntry>>

// Scenarios 3 and 4 both point MX to the on-premises servers, so internet mail arrives the same way.
const MX_ONPREM_INBOUND = {
  'internet-to-cloud': {
    variants: [{ paths: MX_ONPREM_TO_CLOUD }],
    summary:
      'MX points to the on-premises servers, which filter the message and send it to Exchange Online.',
    sources: [SOURCES.reference, SOURCES.enhancedFiltering]
  },
  'internet-to-onprem': {
    variants: [{ paths: [[I, O]] }],
    summary: 'MX points to the on-premises servers, which deliver the message themselves.',
    sources: [SOURCES.reference]
  }
} as const satisfies Partial<Record<RouteDirection, ExpectedRouteEntry>>

/** Scenario × direction → the accepted paths, the first one being the one drawn. */
export const EXPECTED_ROUTES: Readonly<
  Record<Scenario, Record<RouteDirection, ExpectedRouteEntry>>
> = {
  1: {
    'internet-to-cloud': {
      variants: [{ paths: [[I, EI, X]] }],
      summary:
        'MX points to Exchange Online Protection, which filters and delivers to the cloud mailbox.',
      sources: [SOURCES.reference]
    },
    'internet-to-onprem': {
      variants: [{ paths: THROUGH_CLOUD_TO_ONPREM }],
      summary:
        'Exchange Online Protection filters the message and sends it to the on-premises servers through the outbound connector.',
      sources: [SOURCES.reference, SOURCES.transportRouting]
    },
    'cloud-to-internet': {
      variants: [{ paths: [[X, EO, I]] }],
      summary: 'Exchange Online delivers cloud mailboxes’ mail to the internet itself.',
      sources: [SOURCES.reference, SOURCES.transportOptions]
    },
    'onprem-to-internet': {
      variants: [{ paths: ONPREM_VIA_CLOUD_OUT }],
      summary:
        'The on-premises send connector relays internet mail through Microsoft 365, which delivers it.',
      sources: [SOURCES.reference, SOURCES.transportRouting]
    },
    ...CROSS_PREMISES
  },
  2: {
    'internet-to-cloud': {
      variants: [
        {
          paths: [
            [I, EI, X, EO, O, EI, X],
            [I, EI, EO, O, EI, X]
          ]
        }
      ],
      summary:
        'Centralized mail transport: Exchange Online Protection sends internet mail for cloud mailboxes to the on-premises servers first, which send it back to Exchange Online (the reference’s line 1).',
      sources: [SOURCES.reference, SOURCES.transportOptions]
    },
    'internet-to-onprem': {
      variants: [{ paths: THROUGH_CLOUD_TO_ONPREM }],
      summary:
        'Exchange Online Protection receives the message and sends it to the on-premises servers.',
      sources: [SOURCES.reference, SOURCES.transportRouting]
    },
    'cloud-to-internet': {
      variants: [
        { scenario2Outbound: 'direct', paths: [[X, EO, O, I]] },
        {
          scenario2Outbound: 'through-exchange-online',
          paths: [
            [X, EO, O, EI, X, EO, I],
            [X, EO, O, EI, EO, I]
          ]
        }
      ],
      summary:
        'Centralized mail transport sends cloud mailboxes’ internet mail to the on-premises servers, which deliver it directly (Microsoft’s transport routing page) or hand it back to Exchange Online (the reference’s line 4), as their send connector decides.',
      sources: [SOURCES.reference, SOURCES.transportRouting, SOURCES.transportOptions]
    },
    'onprem-to-internet': {
      variants: [
        { scenario2Outbound: 'direct', paths: [[O, I]] },
        { scenario2Outbound: 'through-exchange-online', paths: ONPREM_VIA_CLOUD_OUT }
      ],
      summary:
        'On-premises mailboxes send through the on-premises send connector: directly using DNS, or through Exchange Online when it uses Exchange Online Protection as its smart host.',
      sources: [SOURCES.transportRouting]
    },
    ...CROSS_PREMISES
  },
  3: {
    ...MX_ONPREM_INBOUND,
    'cloud-to-internet': {
      variants: [{ paths: [[X, EO, O, I]] }],
      summary:
        'Cloud mailboxes’ internet mail goes through the on-premises servers, as the reference’s diagram draws it; that takes centralized mail transport, which the reference’s steps leave out.',
      sources: [SOURCES.reference, SOURCES.transportOptions]
    },
    'onprem-to-internet': {
      variants: [{ paths: [[O, I]] }],
      summary: 'The on-premises servers send internet mail directly using DNS.',
      sources: [SOURCES.reference, SOURCES.transportRouting]
    },
    ...CROSS_PREMISES
  },
  4: {
    ...MX_ONPREM_INBOUND,
    'cloud-to-internet': {
      variants: [{ paths: [[X, EO, I]] }],
      summary: 'Exchange Online delivers cloud mailboxes’ internet mail itself.',
      sources: [SOURCES.reference, SOURCES.transportOptions]
    },
    'onprem-to-internet': {
      variants: [{ paths: ONPREM_VIA_CLOUD_OUT }],
      summary:
        'The on-premises servers relay internet mail through Microsoft 365, which delivers it.',
      sources: [SOURCES.reference, SOURCES.transportRouting]
    },
    ...CROSS_PREMISES
  }
}

function isInbound(direction: RouteDirection): boolean {
  return direction.startsWith('internet-to-')
}

function isOutbound(direction: RouteDirection): boolean {
  return direction.endsWith('-to-internet')
}

export type ExpectedRoute = {
  paths: RouteSystem[][]
  summary: string
  sources: RouteSource[]
  /** True when scenario 2's outbound choice matters here but none is recorded: both are accepted. */
  choiceUnknown: boolean
}

/** The accepted paths for a scenario and direction under the domain's conditions. */
export function expectedRoute(
  scenario: Scenario,
  direction: RouteDirection,
  conditions: RouteConditions = {}
): ExpectedRoute {
  const entry = EXPECTED_ROUTES[scenario][direction]
  const choice = conditions.scenario2Outbound
  const choiceMatters = entry.variants.some((variant) => variant.scenario2Outbound !== undefined)
  const variants =
    choice === undefined
      ? entry.variants
      : entry.variants.filter(
          (v) => v.scenario2Outbound === undefined || v.scenario2Outbound === choice
        )
  let paths = variants.flatMap((variant) => variant.paths.map((path) => [...path]))
  const sources = [...entry.sources]
  if (conditions.thirdPartyFilter === true) {
    // The filter receives the domain's internet mail first; on the way out it may or may not be
    // the smart host, so both shapes are accepted.
    if (isInbound(direction)) paths = paths.map((path) => [I, 'gateway', ...path.slice(1)])
    if (isOutbound(direction))
      paths = paths.flatMap((path) => [path, [...path.slice(0, -1), 'gateway', I]])
    sources.push(SOURCES.thirdPartyFilter, SOURCES.enhancedFiltering)
  }
  return {
    paths,
    summary: entry.summary,
    sources,
    choiceUnknown: choiceMatters && choice === undefined
  }
}

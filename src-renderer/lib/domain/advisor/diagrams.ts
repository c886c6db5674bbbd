/**
 * Mail-flow diagrams as data: where the internet, Exchange Online Protection, Exchange Online and
 * the on-premises servers sit, and the path mail takes in each scenario, numbered as in the
 * reference page's diagrams (line 1: internet mail to cloud mailboxes; line 4: cloud mailboxes'
 * mail to the internet; see scenario 2's best practices).
 *
 * The paths follow SCENARIO_INFO (scenarios.ts), so the diagrams and the scenario descriptions
 * can never disagree. Pure: the Svelte component only draws what this module computes.
 */
import { isScenario, SCENARIO_INFO } from '../scenarios'
import type { Scenario, Scenario2Outbound } from '../types'

export type MailNodeId = 'internet' | 'eop' | 'exo' | 'onprem'

export type MailNode = {
  id: MailNodeId
  /** The full name, for text alternatives. */
  label: string
  /** The name as drawn, one entry per line. */
  lines: readonly string[]
  /** A one-line name for small drawings. */
  short: string
  /** Centre and size in diagram units. */
  x: number
  y: number
  width: number
  height: number
}

/** A dashed frame around nodes that belong together (Microsoft 365); centre and size like a node. */
export type MailGroup = {
  id: 'microsoft365'
  label: string
  x: number
  y: number
  width: number
  height: number
}

export type PathNumber = 1 | 2 | 3 | 4
export type PathDirection = 'inbound' | 'outbound'

export type MailPath = {
  number: PathNumber
  direction: PathDirection
  /** What the path carries, e.g. "Internet mail to cloud mailboxes". */
  label: string
  /** The hops in order, first to last. */
  nodes: readonly MailNodeId[]
  /** A caveat where the real route depends on configuration. */
  note?: string
  /** The path goes on from its last hop by a choice the domain has not recorded yet. */
  undecided?: boolean
}

/** What a domain records that changes its diagram: scenario 2's outbound path. */
export type DiagramOptions = { scenario2Outbound?: Scenario2Outbound }

export type MailFlowDiagram = {
  scenario: Scenario
  title: string
  width: number
  height: number
  nodes: readonly MailNode[]
  groups: readonly MailGroup[]
  paths: readonly MailPath[]
}

export const PATH_NUMBERS: readonly PathNumber[] = [1, 2, 3, 4]

const WIDTH = 640
const HEIGHT = 380

const NODES: readonly MailNode[] = [
  {
    id: 'internet',
    label: 'Internet',
    lines: ['Internet'],
    short: 'Internet',
    x: 320,
    y: 42,
    width: 168,
    height: 50
  },
  {
    id: 'eop',
    label: 'Exchange Online Protection',
    lines: ['Exchange Online', 'Protection'],
    short: 'EOP',
    x: 136,
    y: 162,
    width: 212,
    height: 60
  },
  {
    id: 'exo',
    label: 'Exchange Online',
    lines: ['Exchange Online', 'cloud mailboxes'],
    short: 'Exchange Online',
    x: 136,
    y: 326,
    width: 212,
    height: 60
  },
  {
    id: 'onprem',
    label: 'On-premises servers',
    lines: ['On-premises', 'Exchange servers'],
    short: 'On-premises',
    x: 516,
    y: 244,
    width: 212,
    height: 64
  }
]

const GROUPS: readonly MailGroup[] = [
  { id: 'microsoft365', label: 'Microsoft 365', x: 136, y: 238, width: 248, height: 268 }
]

const LABELS: Readonly<Record<PathNumber, { direction: PathDirection; label: string }>> = {
  1: { direction: 'inbound', label: 'Internet mail to cloud mailboxes' },
  2: { direction: 'inbound', label: 'Internet mail to on-premises mailboxes' },
  3: { direction: 'outbound', label: 'On-premises mailboxes to the internet' },
  4: { direction: 'outbound', label: 'Cloud mailboxes to the internet' }
}

// Caveats carried over from SCENARIO_INFO's routing notes (domain-brief section 7.3: scenario 3
// routes cloud mailboxes' internet mail through on-premises only with centralized mail transport).
const NOTES: Partial<Record<Scenario, Partial<Record<PathNumber, string>>>> = {
  3: {
    4: 'Through on-premises because centralized mail transport is enabled, a step the reference’s list leaves out; without it Exchange Online delivers this mail directly.'
  }
}

// Scenario 2's outbound paths (3 and 4) follow the domain's recorded choice (domain-brief 7.4):
// the on-premises send connector for * carries both. The reference's diagram draws only the path
// back through Exchange Online (its line 4); Microsoft's transport routing page, the direct one.
type Scenario2Choice = Scenario2Outbound | 'undecided'

const SCENARIO2_OUTBOUND: Readonly<
  Record<Scenario2Choice, Record<3 | 4, { nodes: MailNodeId[]; note?: string }>>
> = {
  direct: {
    3: { nodes: ['onprem', 'internet'] },
    4: {
      nodes: ['exo', 'onprem', 'internet'],
      note: 'The domain’s recorded path: on-premises delivers directly using DNS (Microsoft’s transport routing page). The reference’s diagram draws only the path back through Exchange Online.'
    }
  },
  'through-exchange-online': {
    3: {
      nodes: ['onprem', 'eop', 'internet'],
      note: 'The same on-premises send connector for * relays this mail through Exchange Online.'
    },
    4: {
      nodes: ['exo', 'onprem', 'eop', 'internet'],
      note: 'The domain’s recorded path: back through Exchange Online, as line 4 of the reference’s diagram draws it.'
    }
  },
  undecided: {
    3: {
      nodes: ['onprem'],
      note: 'Not chosen yet: directly using DNS, or through Exchange Online.'
    },
    4: {
      nodes: ['exo', 'onprem'],
      note: 'Not chosen yet: from on-premises directly using DNS, or back through Exchange Online (the reference’s line 4).'
    }
  }
}

function pathNodes(scenario: Scenario, number: PathNumber): MailNodeId[] {
  const info = SCENARIO_INFO[scenario]
  switch (number) {
    case 1:
      if (info.mx === 'onprem') return ['internet', 'onprem', 'exo']
      // Filtering on-premises with MX to Microsoft 365 is the reference's "line 1" of scenario 2.
      return info.inboundFiltering === 'onprem'
        ? ['internet', 'eop', 'onprem', 'exo']
        : ['internet', 'eop', 'exo']
    case 2:
      return info.mx === 'onprem' ? ['internet', 'onprem'] : ['internet', 'eop', 'onprem']
    case 3:
      return info.onPremOutbound === 'via-cloud'
        ? ['onprem', 'eop', 'internet']
        : ['onprem', 'internet']
    case 4:
      return info.cloudOutbound === 'via-onprem'
        ? ['exo', 'onprem', 'internet']
        : ['exo', 'eop', 'internet']
  }
}

function pathOf(scenario: Scenario, number: PathNumber, options: DiagramOptions): MailPath {
  if (scenario === 2 && (number === 3 || number === 4)) {
    const choice = options.scenario2Outbound ?? 'undecided'
    const { nodes, note } = SCENARIO2_OUTBOUND[choice][number]
    return {
      number,
      ...LABELS[number],
      nodes: [...nodes],
      ...(note === undefined ? {} : { note }),
      ...(choice === 'undecided' ? { undecided: true } : {})
    }
  }
  const note = NOTES[scenario]?.[number]
  return {
    number,
    ...LABELS[number],
    nodes: pathNodes(scenario, number),
    ...(note === undefined ? {} : { note })
  }
}

/**
 * The diagram of a scenario: nodes with positions and the four numbered paths. In scenario 2 the
 * outbound paths follow the domain's recorded outbound path; until it is chosen they stop at the
 * on-premises servers, marked `undecided`.
 *
 * @throws RangeError when `scenario` is not 1, 2, 3 or 4.
 */
export function diagramFor(scenario: Scenario, options: DiagramOptions = {}): MailFlowDiagram {
  if (!isScenario(scenario)) throw new RangeError(`Unknown scenario: ${String(scenario)}`)
  return {
    scenario,
    title: `Scenario ${scenario}: ${SCENARIO_INFO[scenario].title}`,
    width: WIDTH,
    height: HEIGHT,
    nodes: NODES,
    groups: GROUPS,
    paths: PATH_NUMBERS.map((number) => pathOf(scenario, number, options))
  }
}

/** The numbers of the paths whose hops differ between the two scenarios' diagrams. */
export function changedPaths(
  from: Scenario,
  to: Scenario,
  options: DiagramOptions = {}
): PathNumber[] {
  const before = diagramFor(from, options).paths
  const after = diagramFor(to, options).paths
  return PATH_NUMBERS.filter((number) => {
    const a = before.find((path) => path.number === number)?.nodes ?? []
    const b = after.find((path) => path.number === number)?.nodes ?? []
    return a.join('>') !== b.join('>')
  })
}

/** A path's hops in words, e.g. "Internet → Exchange Online Protection → Exchange Online";
 *  an undecided path ends in "→ not chosen yet". */
export function describePath(path: MailPath, nodes: readonly MailNode[] = NODES): string {
  const hops = path.nodes.map((id) => nodes.find((node) => node.id === id)?.label ?? id)
  return [...hops, ...(path.undecided === true ? ['not chosen yet'] : [])].join(' → ')
}

/** A straight line drawn from one node box to another (a path's hop, a traced route's hop). */
export type NodeLine = {
  from: MailNodeId
  to: MailNodeId
  x1: number
  y1: number
  x2: number
  y2: number
}

/** One hop of a path as drawn: a straight line between two node boxes. */
export type PathSegment = NodeLine & {
  path: PathNumber
  direction: PathDirection
  /** Where the path's number is drawn: on one hop of each path only. */
  badge?: { x: number; y: number }
}

/** Gap between parallel paths on one hop, and between a line's end and a node box. */
const LANE = 10
const GAP = 5

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/** Where the ray from (x, y) along (dx, dy) leaves the box around `node`: the smallest t > 0. */
function exitDistance(node: MailNode, x: number, y: number, dx: number, dy: number): number {
  const halfW = node.width / 2 + GAP
  const halfH = node.height / 2 + GAP
  const candidates: number[] = []
  if (dx !== 0) candidates.push((node.x + Math.sign(dx) * halfW - x) / dx)
  if (dy !== 0) candidates.push((node.y + Math.sign(dy) * halfH - y) / dy)
  return Math.min(...candidates.filter((t) => t > 0))
}

type Hop = { path: MailPath; a: MailNode; b: MailNode; key: string }

function edgeKey(a: MailNodeId, b: MailNodeId): string {
  return [a, b].sort().join('|')
}

function hopsOf(diagram: MailFlowDiagram): Hop[] {
  const byId = new Map(diagram.nodes.map((node) => [node.id, node]))
  const hops: Hop[] = []
  for (const path of diagram.paths) {
    for (let i = 1; i < path.nodes.length; i++) {
      const fromId = path.nodes[i - 1]
      const toId = path.nodes[i]
      const a = fromId === undefined ? undefined : byId.get(fromId)
      const b = toId === undefined ? undefined : byId.get(toId)
      if (a && b) hops.push({ path, a, b, key: edgeKey(a.id, b.id) })
    }
  }
  return hops
}

/**
 * Picks the hop that carries each path's number, as the reference numbers each line once: the hop
 * whose line holds the fewest numbers so far, then the one shared by the fewest paths.
 */
function badgeHops(hops: readonly Hop[], lanes: ReadonlyMap<string, PathNumber[]>): Set<Hop> {
  const chosen = new Set<Hop>()
  const perEdge = new Map<string, number>()
  const paths = [...new Set(hops.map((hop) => hop.path))]
  for (const path of paths) {
    let best: Hop | undefined
    let bestScore = Infinity
    for (const hop of hops) {
      if (hop.path !== path) continue
      const score = (perEdge.get(hop.key) ?? 0) * 100 + (lanes.get(hop.key)?.length ?? 0)
      if (score < bestScore) {
        best = hop
        bestScore = score
      }
    }
    if (best) {
      chosen.add(best)
      perEdge.set(best.key, (perEdge.get(best.key) ?? 0) + 1)
    }
  }
  return chosen
}

/**
 * The drawn hops of every path. Paths that share a hop (in either direction) run side by side,
 * one lane each; each path's number sits on one of its hops, staggered along the line when several
 * numbers share it, so they never overlap.
 */
export function diagramSegments(diagram: MailFlowDiagram): PathSegment[] {
  const hops = hopsOf(diagram)
  const lanes = new Map<string, PathNumber[]>()
  for (const hop of hops) {
    const list = lanes.get(hop.key) ?? []
    if (!list.includes(hop.path.number)) list.push(hop.path.number)
    lanes.set(hop.key, list)
  }
  const badged = badgeHops(hops, lanes)
  const badgesOnEdge = new Map<string, PathNumber[]>()
  for (const hop of badged) {
    badgesOnEdge.set(hop.key, [...(badgesOnEdge.get(hop.key) ?? []), hop.path.number])
  }

  return hops.map((hop) => {
    const { a, b, key, path } = hop
    const shared = lanes.get(key) ?? [path.number]
    const lane = shared.indexOf(path.number) - (shared.length - 1) / 2
    // The perpendicular comes from the edge's canonical direction, so both directions agree.
    const [first, second] = a.id === key.split('|')[0] ? [a, b] : [b, a]
    const length = Math.hypot(second.x - first.x, second.y - first.y)
    const ox = (-(second.y - first.y) / length) * lane * LANE
    const oy = ((second.x - first.x) / length) * lane * LANE
    const sx = a.x + ox
    const sy = a.y + oy
    const dx = b.x - a.x
    const dy = b.y - a.y
    const tStart = exitDistance(a, sx, sy, dx, dy)
    const tEnd = 1 - exitDistance(b, b.x + ox, b.y + oy, -dx, -dy)
    const x1 = sx + dx * tStart
    const y1 = sy + dy * tStart
    const x2 = sx + dx * tEnd
    const y2 = sy + dy * tEnd
    const segment: PathSegment = {
      path: path.number,
      direction: path.direction,
      from: a.id,
      to: b.id,
      x1: round(x1),
      y1: round(y1),
      x2: round(x2),
      y2: round(y2)
    }
    if (badged.has(hop)) {
      // Numbers on one line sit between 30% and 70% of it, one slot each, in canonical order.
      const onEdge = badgesOnEdge.get(key) ?? [path.number]
      const index = onEdge.indexOf(path.number)
      const slot = onEdge.length === 1 ? 0.5 : 0.3 + (0.4 * index) / (onEdge.length - 1)
      const along = a.id === first.id ? slot : 1 - slot
      segment.badge = { x: round(x1 + (x2 - x1) * along), y: round(y1 + (y2 - y1) * along) }
    }
    return segment
  })
}

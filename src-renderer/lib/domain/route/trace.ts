/**
 * The route a test message took, drawn on the domain's mail-flow diagram (diagrams.ts): each
 * system class maps to the diagram's node (both EOP directions and the relay pool to Exchange
 * Online Protection; a third-party filter has no node and is named in words only).
 */
import type { MailFlowDiagram, MailNode, MailNodeId, NodeLine } from '../advisor/diagrams'
import type { RouteSystem } from './types'

const NODE_OF: Readonly<Record<RouteSystem, MailNodeId | null>> = {
  onprem: 'onprem',
  'eop-in': 'eop',
  exo: 'exo',
  'eop-out': 'eop',
  'relay-pool': 'eop',
  gateway: null,
  internet: 'internet'
}

/** The diagram nodes a path passes, repeats collapsed. */
export function traceNodes(path: readonly RouteSystem[]): MailNodeId[] {
  const nodes: MailNodeId[] = []
  for (const system of path) {
    const node = NODE_OF[system]
    if (node !== null && nodes[nodes.length - 1] !== node) nodes.push(node)
  }
  return nodes
}

export type TraceSegment = NodeLine & {
  /** 1-based order along the route. */
  step: number
}

const GAP = 6
/** Sideways shift to the right of travel, so a hop there and back draws two lines. */
const LANE = 7

function edgeDistance(node: MailNode, dx: number, dy: number): number {
  const halfW = node.width / 2 + GAP
  const halfH = node.height / 2 + GAP
  const tx = dx === 0 ? Infinity : halfW / Math.abs(dx)
  const ty = dy === 0 ? Infinity : halfH / Math.abs(dy)
  return Math.min(tx, ty)
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/** The lines of a route on the diagram, clipped to the node boxes. */
export function traceSegments(
  diagram: Pick<MailFlowDiagram, 'nodes'>,
  path: readonly RouteSystem[]
): TraceSegment[] {
  const byId = new Map(diagram.nodes.map((node) => [node.id, node]))
  const nodes = traceNodes(path)
  const segments: TraceSegment[] = []
  for (let i = 1; i < nodes.length; i++) {
    const a = byId.get(nodes[i - 1] as MailNodeId)
    const b = byId.get(nodes[i] as MailNodeId)
    if (!a || !b) continue
    const dx = b.x - a.x
    const dy = b.y - a.y
    const length = Math.hypot(dx, dy)
    const ox = (-dy / length) * LANE
    const oy = (dx / length) * LANE
    const start = edgeDistance(a, dx, dy)
    const end = 1 - edgeDistance(b, dx, dy)
    segments.push({
      step: i,
      from: a.id,
      to: b.id,
      x1: round(a.x + dx * start + ox),
      y1: round(a.y + dy * start + oy),
      x2: round(a.x + dx * end + ox),
      y2: round(a.y + dy * end + oy)
    })
  }
  return segments
}

import { describe, expect, it } from 'vitest'
import {
  changedPaths,
  describePath,
  diagramFor,
  diagramSegments,
  type MailFlowDiagram,
  type MailPath,
  type PathSegment
} from '../../../src-renderer/lib/domain/advisor/diagrams'
import type { Scenario, Scenario2Outbound } from '../../../src-renderer/lib/domain/types'
import { SCENARIOS } from '../../../src-renderer/lib/domain/types'

function hops(scenario: Scenario, outbound?: Scenario2Outbound): string[] {
  return diagramFor(
    scenario,
    outbound === undefined ? {} : { scenario2Outbound: outbound }
  ).paths.map((path) => `${path.number}: ${path.nodes.join(' > ')}`)
}

describe('diagramFor', () => {
  it('draws each scenario’s paths as the reference describes them', () => {
    expect(hops(1)).toEqual([
      '1: internet > eop > exo',
      '2: internet > eop > onprem',
      '3: onprem > eop > internet',
      '4: exo > eop > internet'
    ])
    // Scenario 2: "Line 1" goes through on-premises and back; "line 4" leaves through on-premises,
    // then directly or back through Exchange Online as the domain records it.
    expect(hops(2, 'direct')).toEqual([
      '1: internet > eop > onprem > exo',
      '2: internet > eop > onprem',
      '3: onprem > internet',
      '4: exo > onprem > internet'
    ])
    expect(hops(2, 'through-exchange-online')).toEqual([
      '1: internet > eop > onprem > exo',
      '2: internet > eop > onprem',
      '3: onprem > eop > internet',
      '4: exo > onprem > eop > internet'
    ])
    // Not chosen: the outbound paths stop at on-premises rather than assume either.
    expect(hops(2)).toEqual([
      '1: internet > eop > onprem > exo',
      '2: internet > eop > onprem',
      '3: onprem',
      '4: exo > onprem'
    ])
    expect(hops(3)).toEqual([
      '1: internet > onprem > exo',
      '2: internet > onprem',
      '3: onprem > internet',
      '4: exo > onprem > internet'
    ])
    expect(hops(4)).toEqual([
      '1: internet > onprem > exo',
      '2: internet > onprem',
      '3: onprem > eop > internet',
      '4: exo > eop > internet'
    ])
  })

  it('numbers inbound paths 1–2 and outbound 3–4, with labels and caveats', () => {
    const diagram = diagramFor(2)
    expect(diagram.paths.map((path) => [path.number, path.direction, path.label])).toEqual([
      [1, 'inbound', 'Internet mail to cloud mailboxes'],
      [2, 'inbound', 'Internet mail to on-premises mailboxes'],
      [3, 'outbound', 'On-premises mailboxes to the internet'],
      [4, 'outbound', 'Cloud mailboxes to the internet']
    ])
    expect(diagram.paths[3]?.note).toMatch(/^Not chosen yet/)
    expect(diagram.paths[3]?.undecided).toBe(true)
    expect(describePath(diagram.paths[3] as MailPath)).toBe(
      'Exchange Online → On-premises servers → not chosen yet'
    )
    const direct = diagramFor(2, { scenario2Outbound: 'direct' })
    expect(direct.paths[3]?.note).toMatch(/The reference’s diagram draws only the path back/)
    expect(direct.paths[3]?.undecided).toBeUndefined()
    expect(diagramFor(2, { scenario2Outbound: 'through-exchange-online' }).paths[3]?.note).toMatch(
      /line 4 of the reference’s diagram/
    )
    expect(diagramFor(3).paths[3]?.note).toMatch(/because centralized mail transport is enabled/)
    expect(diagramFor(1).paths.some((path) => path.note !== undefined)).toBe(false)
    expect(diagram.title).toBe('Scenario 2: MX to Microsoft 365, filtering on-premises')
  })

  it('places every node inside the drawing and the Microsoft 365 frame around EOP and EXO', () => {
    for (const scenario of SCENARIOS) {
      const diagram = diagramFor(scenario)
      for (const node of diagram.nodes) {
        expect(node.x - node.width / 2).toBeGreaterThanOrEqual(0)
        expect(node.x + node.width / 2).toBeLessThanOrEqual(diagram.width)
        expect(node.y - node.height / 2).toBeGreaterThanOrEqual(0)
        expect(node.y + node.height / 2).toBeLessThanOrEqual(diagram.height)
      }
      const frame = diagram.groups[0]
      if (!frame) throw new Error('the Microsoft 365 frame is missing')
      for (const id of ['eop', 'exo']) {
        const node = diagram.nodes.find((candidate) => candidate.id === id)
        if (!node) throw new Error(`${id} is missing`)
        expect(Math.abs(node.x - frame.x) + node.width / 2).toBeLessThan(frame.width / 2)
        expect(Math.abs(node.y - frame.y) + node.height / 2).toBeLessThan(frame.height / 2)
      }
    }
  })

  it('refuses an unknown scenario', () => {
    expect(() => diagramFor(7 as Scenario)).toThrow(RangeError)
  })

  it('describes a path in words', () => {
    const path = diagramFor(2).paths[0]
    if (!path) throw new Error('path 1 is missing')
    expect(describePath(path)).toBe(
      'Internet → Exchange Online Protection → On-premises servers → Exchange Online'
    )
  })
})

describe('changedPaths', () => {
  it('lists the paths whose hops differ', () => {
    expect(changedPaths(3, 2, { scenario2Outbound: 'direct' })).toEqual([1, 2])
    expect(changedPaths(1, 2, { scenario2Outbound: 'direct' })).toEqual([1, 3, 4])
    // Back through Exchange Online, on-premises mail leaves as in scenario 1.
    expect(changedPaths(1, 2, { scenario2Outbound: 'through-exchange-online' })).toEqual([1, 4])
    expect(changedPaths(3, 2)).toEqual([1, 2, 3, 4])
    expect(changedPaths(3, 4)).toEqual([3, 4])
    expect(changedPaths(4, 1)).toEqual([1, 2])
    expect(changedPaths(1, 3)).toEqual([1, 2, 3, 4])
    expect(changedPaths(2, 2)).toEqual([])
  })

  it('is symmetric and never empty between two scenarios', () => {
    for (const from of SCENARIOS)
      for (const to of SCENARIOS) {
        expect(changedPaths(from, to)).toEqual(changedPaths(to, from))
        if (from !== to) expect(changedPaths(from, to).length).toBeGreaterThan(0)
      }
  })
})

function inside(diagram: MailFlowDiagram, id: string, x: number, y: number): boolean {
  const node = diagram.nodes.find((candidate) => candidate.id === id)
  if (!node) return false
  return Math.abs(x - node.x) < node.width / 2 && Math.abs(y - node.y) < node.height / 2
}

// Each scenario, and scenario 2 with each recorded outbound path and none.
const DRAWINGS: readonly { name: string; diagram: MailFlowDiagram; numbered: number[] }[] = [
  ...SCENARIOS.map((scenario) => ({
    name: String(scenario),
    diagram: diagramFor(scenario, scenario === 2 ? { scenario2Outbound: 'direct' } : {}),
    numbered: [1, 2, 3, 4]
  })),
  {
    name: '2 back through Exchange Online',
    diagram: diagramFor(2, { scenario2Outbound: 'through-exchange-online' }),
    numbered: [1, 2, 3, 4]
  },
  // Not chosen: path 3 stops at on-premises, so it has no line to carry its number.
  { name: '2 not chosen', diagram: diagramFor(2), numbered: [1, 2, 4] }
]

describe('diagramSegments', () => {
  for (const { name: scenario, diagram, numbered } of DRAWINGS) {
    const segments = diagramSegments(diagram)

    it(`draws one line per hop of scenario ${scenario}, ending outside the boxes`, () => {
      const expected = diagram.paths.flatMap((path) =>
        path.nodes.slice(1).map((to, i) => `${path.number}:${path.nodes[i] ?? ''}>${to}`)
      )
      expect(segments.map((s) => `${s.path}:${s.from}>${s.to}`)).toEqual(expected)
      for (const segment of segments) {
        expect(inside(diagram, segment.from, segment.x1, segment.y1)).toBe(false)
        expect(inside(diagram, segment.to, segment.x2, segment.y2)).toBe(false)
        // The line points from its first node towards its second.
        const a = diagram.nodes.find((node) => node.id === segment.from)
        const b = diagram.nodes.find((node) => node.id === segment.to)
        if (!a || !b) throw new Error('unknown node')
        const along =
          (segment.x2 - segment.x1) * (b.x - a.x) + (segment.y2 - segment.y1) * (b.y - a.y)
        expect(along).toBeGreaterThan(0)
      }
    })

    it(`numbers each path of scenario ${scenario} once, without overlapping numbers`, () => {
      const badges = segments.filter(
        (s): s is PathSegment & { badge: { x: number; y: number } } => s.badge !== undefined
      )
      expect(badges.map((s) => s.path).sort()).toEqual(numbered)
      for (const a of badges)
        for (const b of badges)
          if (a !== b)
            expect(Math.hypot(a.badge.x - b.badge.x, a.badge.y - b.badge.y)).toBeGreaterThan(24)
    })

    it(`keeps parallel lines of scenario ${scenario} apart`, () => {
      const key = (s: PathSegment): string => [s.from, s.to].sort().join('|')
      for (const a of segments)
        for (const b of segments)
          if (a !== b && key(a) === key(b)) {
            const midA = { x: (a.x1 + a.x2) / 2, y: (a.y1 + a.y2) / 2 }
            const midB = { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 }
            expect(Math.hypot(midA.x - midB.x, midA.y - midB.y)).toBeGreaterThan(8)
          }
    })
  }
})

import { describe, expect, it } from 'vitest'
import { diagramFor } from '../../../src-renderer/lib/domain/advisor/diagrams'
import { traceNodes, traceSegments } from '../../../src-renderer/lib/domain/route/trace'

describe('the observed route on the diagram', () => {
  it('maps systems to the diagram’s nodes, EOP both ways and the relay pool to EOP, a filter to none', () => {
    expect(traceNodes(['onprem', 'eop-in', 'exo', 'eop-out', 'internet'])).toEqual([
      'onprem',
      'eop',
      'exo',
      'eop',
      'internet'
    ])
    expect(traceNodes(['internet', 'gateway', 'eop-in', 'exo'])).toEqual(['internet', 'eop', 'exo'])
    expect(traceNodes(['exo', 'eop-out', 'relay-pool', 'internet'])).toEqual([
      'exo',
      'eop',
      'internet'
    ])
    expect(traceNodes([])).toEqual([])
  })

  it('draws one line per hop, clipped outside the node boxes, there and back on separate lanes', () => {
    const diagram = diagramFor(1)
    const segments = traceSegments(diagram, ['onprem', 'eop-in', 'exo', 'eop-out', 'internet'])
    expect(segments.map((s) => [s.step, s.from, s.to])).toEqual([
      [1, 'onprem', 'eop'],
      [2, 'eop', 'exo'],
      [3, 'exo', 'eop'],
      [4, 'eop', 'internet']
    ])
    for (const segment of segments) {
      for (const node of diagram.nodes) {
        const inside = (x: number, y: number): boolean =>
          Math.abs(x - node.x) < node.width / 2 && Math.abs(y - node.y) < node.height / 2
        expect(inside(segment.x1, segment.y1)).toBe(false)
        expect(inside(segment.x2, segment.y2)).toBe(false)
      }
    }
    const down = segments[1]
    const up = segments[2]
    expect(down && up && down.x1 !== up.x2).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { chartSetup } from '../../../src-renderer/lib/ui/charts/chart-spec'
import { resolveColor, type Palette } from '../../../src-renderer/lib/ui/charts/palette'
import { DrawTracker } from '../../../src-renderer/lib/ui/charts/draw-tracker'
import {
  batchSpec,
  lifecycleSpec,
  stepsByDomainSpec
} from '../../../src-renderer/lib/ui/dashboard/chart-specs'
import { batchPlanVsActual } from '../../../src-renderer/lib/domain/dashboard'

const PALETTE: Palette = {
  accent: '#0b5cad',
  ok: '#1b7a3d',
  warn: '#8a5a00',
  danger: '#b3261e',
  info: '#3d4f9f',
  fg: '#1b2430',
  fgMuted: '#566274',
  border: '#d8dde5',
  borderStrong: '#b7c0cc',
  surface: '#ffffff',
  font: 'system-ui'
}

describe('chart colours and setup', () => {
  it('turns see-through tokens into rgb with alpha, from the theme palette', () => {
    expect(resolveColor({ token: 'ok' }, PALETTE)).toBe('#1b7a3d')
    expect(resolveColor({ token: 'info', alpha: 0.45 }, PALETTE)).toBe('rgb(61 79 159 / 0.45)')
  })

  it('draws lifecycles in move order with their own colours', () => {
    const spec = lifecycleSpec({ failed: 2, completed: 8, queued: 1 })
    expect(spec).toEqual({
      kind: 'doughnut',
      labels: ['Queued', 'Completed', 'Failed'],
      values: [1, 8, 2],
      colors: [{ token: 'info', alpha: 0.45 }, { token: 'ok' }, { token: 'danger' }]
    })
    const setup = chartSetup(spec, PALETTE)
    expect(setup.type).toBe('doughnut')
    expect(setup.data.datasets[0]?.backgroundColor).toEqual([
      'rgb(61 79 159 / 0.45)',
      '#1b7a3d',
      '#b3261e'
    ])
    expect(setup.options?.animation).toBe(false)
  })

  it('lays stacked bars across with fixed tick rotation and no animation', () => {
    const spec = stepsByDomainSpec({
      labels: ['contoso.com'],
      series: [{ id: 'done', label: 'Done', values: [3] }],
      table: { caption: '', columns: [], rows: [] }
    })
    const setup = chartSetup(spec, PALETTE)
    expect(setup.type).toBe('bar')
    if (setup.type !== 'bar') return
    expect(setup.options?.indexAxis).toBe('y')
    expect(setup.options?.animation).toBe(false)
    expect(setup.options?.scales?.y).toMatchObject({
      stacked: true,
      ticks: { minRotation: 0, maxRotation: 0 }
    })
    expect(setup.data.datasets[0]).toMatchObject({ label: 'Done', backgroundColor: '#1b7a3d' })
  })

  it('colours completed and remaining mailboxes of each batch', () => {
    const spec = batchSpec(
      batchPlanVsActual(
        [{ id: 'b', name: 'Wave 1', plannedCompletion: '', total: 5, done: 2 }],
        '2026-03-11'
      )
    )
    expect(spec).toMatchObject({
      kind: 'bar',
      stacked: true,
      series: [
        { label: 'Completed', values: [2], color: { token: 'ok' } },
        { label: 'Not yet completed', values: [3] }
      ]
    })
  })
})

describe('draw tracker', () => {
  it('completes once, when the data is ready and every expected chart has drawn', async () => {
    let completions = 0
    const tracker = new DrawTracker(
      () => (completions += 1),
      (run) => run()
    )
    tracker.expect('a')
    tracker.expect('b')
    tracker.drawn('a')
    tracker.ready()
    await Promise.resolve()
    expect(completions).toBe(0)
    tracker.drawn('b')
    tracker.drawn('b')
    expect(completions).toBe(1)
  })

  it('stops waiting for a chart that went away', async () => {
    let completions = 0
    const tracker = new DrawTracker(
      () => (completions += 1),
      (run) => run()
    )
    tracker.expect('a')
    tracker.ready()
    await Promise.resolve()
    tracker.forget('a')
    expect(completions).toBe(1)
  })

  it('runs work asked for after the paint once every chart has drawn and been painted', async () => {
    const paints: (() => void)[] = []
    const tracker = new DrawTracker(
      () => undefined,
      (run) => paints.push(run)
    )
    const runs: string[] = []
    tracker.expect('a')
    tracker.afterPaint(() => runs.push('table a'))
    tracker.ready()
    await Promise.resolve()
    expect(paints).toHaveLength(0)
    tracker.drawn('a')
    expect(runs).toEqual([])
    paints.forEach((paint) => paint())
    expect(runs).toEqual(['table a'])
    tracker.afterPaint(() => runs.push('table b'))
    expect(runs).toEqual(['table a', 'table b'])
  })
})

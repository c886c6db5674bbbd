import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { prefetchPagesWhenIdle } from '../../../src-renderer/lib/ui/layout/prefetch-pages'
import { PAGES_PREFETCHED_MARK } from '../../../src-renderer/lib/ui/layout/marks'

const calls: string[] = []
const loader = (name: string) => () => {
  calls.push(name)
  return Promise.resolve()
}
const PAGES = [loader('domain page'), loader('dashboard'), loader('Chart.js')]

/** A stand-in for the browser's idle callbacks: the test decides when an idle period comes. */
let idle: Map<number, () => void>
let nextHandle: number

function idlePeriod(): void {
  const [handle, run] = [...idle][0] ?? []
  if (handle === undefined || !run) throw new Error('No idle callback is waiting.')
  idle.delete(handle)
  run()
}

/** Lets the loaders' promise callbacks run. */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve))

const prefetchedMarks = () => performance.getEntriesByName(PAGES_PREFETCHED_MARK).length

beforeEach(() => {
  idle = new Map()
  nextHandle = 0
  calls.length = 0
  performance.clearMarks(PAGES_PREFETCHED_MARK)
  vi.stubGlobal('requestIdleCallback', (run: () => void) => {
    nextHandle += 1
    idle.set(nextHandle, run)
    return nextHandle
  })
  vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.delete(handle))
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('prefetching the workspace pages while the screen is idle', () => {
  it('loads nothing until the first idle period', () => {
    prefetchPagesWhenIdle(PAGES)
    expect(calls).toEqual([])
    expect(idle.size).toBe(1)
  })

  it('loads the pages in order, one idle period each, then marks it', async () => {
    prefetchPagesWhenIdle(PAGES)
    idlePeriod()
    expect(calls).toEqual(['domain page'])
    // The next one waits for the previous load and for another idle period.
    expect(idle.size).toBe(0)
    await settled()
    idlePeriod()
    expect(calls).toEqual(['domain page', 'dashboard'])
    await settled()
    idlePeriod()
    await settled()
    expect(calls).toEqual(['domain page', 'dashboard', 'Chart.js'])
    expect(prefetchedMarks()).toBe(0)
    idlePeriod()
    expect(prefetchedMarks()).toBe(1)
    expect(idle.size).toBe(0)
  })

  it('goes on past a failed fetch without reporting it', async () => {
    const order: string[] = []
    prefetchPagesWhenIdle([
      () => {
        order.push('fails')
        return Promise.reject(new Error('chunk gone'))
      },
      () => {
        order.push('loads')
        return Promise.resolve()
      }
    ])
    idlePeriod()
    await settled()
    idlePeriod()
    await settled()
    idlePeriod()
    expect(order).toEqual(['fails', 'loads'])
    expect(prefetchedMarks()).toBe(1)
  })

  it('stops when cancelled, before the first idle period or between loads', async () => {
    prefetchPagesWhenIdle(PAGES)()
    expect(idle.size).toBe(0)

    const cancel = prefetchPagesWhenIdle(PAGES)
    idlePeriod()
    cancel()
    await settled()
    expect(idle.size).toBe(0)
    expect(calls).toEqual(['domain page'])
    expect(prefetchedMarks()).toBe(0)
  })
})

import { beforeEach, describe, expect, it, vi } from 'vitest'

/** A stand-in live query: counts its subscriptions and lets the test emit values. */
class FakeLive<T> {
  open = 0
  opened = 0
  #next: ((value: T) => void) | null = null

  subscribe(observer: { next: (value: T) => void }) {
    this.open += 1
    this.opened += 1
    this.#next = observer.next
    return { unsubscribe: () => (this.open -= 1) }
  }

  emit(value: T): void {
    this.#next?.(value)
  }
}

const queries: { name: string; args: unknown[]; live: FakeLive<unknown> }[] = []
function fake(name: string) {
  return (...args: unknown[]) => {
    const live = new FakeLive<unknown>()
    queries.push({ name, args, live })
    return live
  }
}

vi.mock('../../../src-renderer/lib/db/live/dashboard', () => ({
  liveProjectHistory: fake('history'),
  liveBatchProgress: fake('batchProgress')
}))

const { SharedRead, dashboardReads, dropUntakenDashboardReads, startDashboardReads } =
  await import('../../../src-renderer/lib/ui/dashboard/dashboard-reads')

beforeEach(() => {
  dropUntakenDashboardReads()
  queries.length = 0
})

describe('a live read opened before the page subscribes', () => {
  it('reads from the start and hands the latest value to a later subscriber', () => {
    const live = new FakeLive<number>()
    const read = new SharedRead(live).open()
    expect(live.open).toBe(1)
    live.emit(1)
    live.emit(2)
    const seen: (number | undefined)[] = []
    const unsubscribe = read.subscribe((value) => seen.push(value))
    live.emit(3)
    expect(seen).toEqual([2, 3])
    unsubscribe()
    expect(live.open).toBe(0)
  })

  it('gives a subscriber undefined until the first value, like a live query', () => {
    const live = new FakeLive<number>()
    const seen: (number | undefined)[] = []
    new SharedRead(live).open().subscribe((value) => seen.push(value))
    live.emit(5)
    expect(seen).toEqual([undefined, 5])
  })

  it('stays open while one subscriber remains, and reopens for a new one after closing', () => {
    const live = new FakeLive<number>()
    const read = new SharedRead(live).open()
    const first = read.subscribe(() => undefined)
    const second = read.subscribe(() => undefined)
    first()
    expect(live.open).toBe(1)
    second()
    expect(live.open).toBe(0)
    const seen: (number | undefined)[] = []
    read.subscribe((value) => seen.push(value))
    expect(live.open).toBe(1)
    expect(live.opened).toBe(2)
    // A closed read forgets its value: the new subscriber waits for a fresh one.
    expect(seen).toEqual([undefined])
  })

  it('closes when released before anyone subscribed', () => {
    const live = new FakeLive<number>()
    new SharedRead(live).open().release()
    expect(live.open).toBe(0)
  })
})

describe('the dashboard reads started with the navigation', () => {
  it('are taken by the page of the same project and day, not read twice', () => {
    startDashboardReads('p1', '2026-12-07')
    startDashboardReads('p1', '2026-12-07')
    expect(queries.map((query) => query.name)).toEqual(['history', 'batchProgress'])
    expect(queries[0]?.args.slice(0, 2)).toEqual(['p1', '2026-12-07'])
    const reads = dashboardReads('p1', '2026-12-07')
    reads.history.subscribe(() => undefined)
    dropUntakenDashboardReads()
    expect(queries).toHaveLength(2)
    expect(queries[0]?.live.open).toBe(1)
  })

  it('are closed when a page of another project or day reads its own', () => {
    startDashboardReads('p1', '2026-12-07')
    const reads = dashboardReads('p2', '2026-12-07')
    expect(queries.map((query) => query.args[0])).toEqual(['p1', 'p1', 'p2', 'p2'])
    expect(queries.slice(0, 2).map((query) => query.live.open)).toEqual([0, 0])
    reads.history.subscribe(() => undefined)
    expect(queries[2]?.live.open).toBe(1)
  })

  it('are closed when the page chunk loaded and no page took them', () => {
    startDashboardReads('p1', '2026-12-07')
    dropUntakenDashboardReads()
    expect(queries.map((query) => query.live.open)).toEqual([0, 0])
  })

  it('are closed when the next navigation starts reads of another project', () => {
    startDashboardReads('p1', '2026-12-07')
    startDashboardReads('p2', '2026-12-07')
    expect(queries.slice(0, 2).map((query) => query.live.open)).toEqual([0, 0])
    expect(queries.slice(2).map((query) => query.live.open)).toEqual([1, 1])
  })
})

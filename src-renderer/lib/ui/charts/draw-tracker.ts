/**
 * Knows when every chart of a page has drawn: each chart card that shows a chart expects itself
 * and reports its draws; once the page's data is ready and every expected chart has drawn,
 * `oncomplete` runs, once. Work that can wait until the charts are on screen (the charts'
 * tables for screen readers) asks `afterPaint`.
 */
export class DrawTracker {
  readonly #expected = new Set<string>()
  readonly #drawn = new Set<string>()
  readonly #oncomplete: () => void
  readonly #afterNextPaint: (run: () => void) => void
  readonly #waiting: (() => void)[] = []
  #ready = false
  #complete = false
  #painted = false

  constructor(oncomplete: () => void, afterNextPaint = nextPaint) {
    this.#oncomplete = oncomplete
    this.#afterNextPaint = afterNextPaint
  }

  expect(id: string): void {
    this.#expected.add(id)
  }

  forget(id: string): void {
    this.#expected.delete(id)
    this.#check()
  }

  drawn(id: string): void {
    this.#drawn.add(id)
    this.#check()
  }

  /** The data is loaded; checked after the current update, once every card has registered. */
  ready(): void {
    this.#ready = true
    queueMicrotask(() => this.#check())
  }

  /** Runs `callback` once every chart has drawn and been painted, or at once if they have. */
  afterPaint(callback: () => void): void {
    if (this.#painted) callback()
    else this.#waiting.push(callback)
  }

  #check(): void {
    if (this.#complete || !this.#ready) return
    for (const id of this.#expected) if (!this.#drawn.has(id)) return
    this.#complete = true
    this.#oncomplete()
    this.#afterNextPaint(() => {
      this.#painted = true
      for (const callback of this.#waiting.splice(0)) callback()
    })
  }
}

/** After the browser paints the next frame: a frame callback runs before it, its timer after. */
function nextPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0))
}

/**
 * Knows when every chart of a page has drawn: each chart card that shows a chart expects itself
 * and reports its draws; once the page's data is ready and every expected chart has drawn,
 * `oncomplete` runs, once.
 */
export class DrawTracker {
  readonly #expected = new Set<string>()
  readonly #drawn = new Set<string>()
  readonly #oncomplete: () => void
  #ready = false
  #complete = false

  constructor(oncomplete: () => void) {
    this.#oncomplete = oncomplete
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

  #check(): void {
    if (this.#complete || !this.#ready) return
    for (const id of this.#expected) if (!this.#drawn.has(id)) return
    this.#complete = true
    this.#oncomplete()
  }
}

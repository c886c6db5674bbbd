/**
 * Tells charts when the colours change: the theme setting (data-theme on <html>) or the system's
 * light/dark preference. Canvas pixels do not follow CSS, so a chart re-reads its colours when
 * `version` moves.
 */
class ColorScheme {
  version = $state(0)
  #watching = false

  /** Starts watching; later calls do nothing. */
  watch(): void {
    if (this.#watching) return
    this.#watching = true
    const bump = (): void => {
      this.version += 1
    }
    new MutationObserver(bump).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme']
    })
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', bump)
  }
}

export const colorScheme = new ColorScheme()

/**
 * Chart colours from the design tokens of app.css, read from the computed style of <html> so they
 * follow the light and dark themes.
 */

export type PaletteToken =
  | 'accent'
  | 'ok'
  | 'warn'
  | 'danger'
  | 'info'
  | 'fg'
  | 'fgMuted'
  | 'border'
  | 'borderStrong'
  | 'surface'

export type Palette = Record<PaletteToken, string> & { font: string }

/** A token, optionally see-through: distinct shades for charts with more series than tokens. */
export type ChartColor = { token: PaletteToken; alpha?: number }

const VARIABLES: Record<PaletteToken, string> = {
  accent: '--accent',
  ok: '--ok',
  warn: '--warn',
  danger: '--danger',
  info: '--info',
  fg: '--fg',
  fgMuted: '--fg-muted',
  border: '--border',
  borderStrong: '--border-strong',
  surface: '--surface'
}

/**
 * The colours in effect at `element`: the app's theme at <html>, or the report's own light
 * colours inside a report, which redefines the same tokens.
 */
export function readPalette(element: Element = document.documentElement): Palette {
  const style = getComputedStyle(element)
  const tokens = Object.keys(VARIABLES) as PaletteToken[]
  const colors = resolveThemeColors(
    element,
    tokens.map((token) => style.getPropertyValue(VARIABLES[token]).trim())
  )
  const entries = tokens.map((token, index) => [token, colors[index] || '#888888'])
  return {
    ...(Object.fromEntries(entries) as Record<PaletteToken, string>),
    font: style.getPropertyValue('--font').trim() || 'system-ui, sans-serif'
  }
}

let themeCache: { version: number; palette: Palette } | null = null

/**
 * The app theme's palette, read once per colour-scheme version (colorScheme.version): every
 * chart of a page shares it, instead of each chart forcing the browser to recompute styles.
 */
export function themePalette(version: number): Palette {
  if (themeCache?.version !== version) themeCache = { version, palette: readPalette() }
  return themeCache.palette
}

/**
 * Tokens' colours as a canvas can use them. app.css writes the themes' colours as
 * `light-dark(light, dark)`, which a custom property keeps as written and a canvas cannot read:
 * probes inside `element` let the browser pick the colours of the scheme in effect there (all
 * probes at once, so styles are computed once, not once per token).
 */
function resolveThemeColors(element: Element, values: readonly string[]): string[] {
  const probes = values.map((value) => {
    if (!value.startsWith('light-dark(')) return null
    const probe = element.ownerDocument.createElement('span')
    probe.style.color = value
    return probe
  })
  const added = probes.filter((probe): probe is HTMLSpanElement => probe !== null)
  element.append(...added)
  const colors = values.map((value, index) => {
    const probe = probes[index]
    return probe ? hexOf(getComputedStyle(probe).color) : value
  })
  for (const probe of added) probe.remove()
  return colors
}

/** '#rrggbb' of a computed 'rgb(r, g, b)', or '' when the colour is not one. */
function hexOf(computed: string): string {
  const rgb = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(computed)
  if (!rgb) return ''
  return `#${rgb
    .slice(1)
    .map((part) => Number(part).toString(16).padStart(2, '0'))
    .join('')}`
}

/** The CSS colour of a chart colour: a #rrggbb token with alpha becomes rgb(r g b / a). */
export function resolveColor(color: ChartColor, palette: Palette): string {
  const base = palette[color.token]
  if (color.alpha === undefined) return base
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(base)
  if (!hex) return base
  const [r, g, b] = hex.slice(1).map((part) => parseInt(part, 16))
  return `rgb(${r} ${g} ${b} / ${color.alpha})`
}

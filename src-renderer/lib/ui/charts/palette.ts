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
  const read = (name: string): string =>
    resolveThemeColor(element, style.getPropertyValue(name).trim()) || '#888888'
  const entries = Object.entries(VARIABLES).map(([token, variable]) => [token, read(variable)])
  return {
    ...(Object.fromEntries(entries) as Record<PaletteToken, string>),
    font: style.getPropertyValue('--font').trim() || 'system-ui, sans-serif'
  }
}

/**
 * A token's colour as a canvas can use it. app.css writes the themes' colours as
 * `light-dark(light, dark)`, which a custom property keeps as written and a canvas cannot read:
 * a probe inside `element` lets the browser pick the colour of the scheme in effect there.
 */
function resolveThemeColor(element: Element, value: string): string {
  if (!value.startsWith('light-dark(')) return value
  const probe = element.ownerDocument.createElement('span')
  probe.style.color = value
  element.append(probe)
  const rgb = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(getComputedStyle(probe).color)
  probe.remove()
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

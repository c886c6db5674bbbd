// One palette: app.css writes each colour once for both themes, and the status report's own
// light colours (report.css, which a saved report carries) are the app's light ones.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const APP_CSS = readFileSync(new URL('../../src-renderer/app.css', import.meta.url), 'utf8')
const REPORT_CSS = readFileSync(
  new URL('../../src-renderer/lib/ui/reports/report.css', import.meta.url),
  'utf8'
)

/** The declarations of the first rule with exactly this selector. */
function block(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`)
  if (start < 0) throw new Error(`no ${selector} rule`)
  return css.slice(start, css.indexOf('\n}', start))
}

/** `--name: value` pairs of a block, comments left out. */
function tokens(css: string): Map<string, string> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '')
  return new Map(
    [...text.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map(([, name = '', value = '']) => [
      name,
      value.replace(/\s+/g, ' ').trim()
    ])
  )
}

const appTokens = tokens(block(APP_CSS, ':root'))
const LIGHT_DARK = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/

describe('the palette', () => {
  it('is written once: every colour of the app is one light-dark() pair, in one rule', () => {
    const colours = [...appTokens].filter(([, value]) => value.includes('#'))
    expect(colours.length).toBeGreaterThanOrEqual(20)
    for (const [name, value] of colours) expect(value, name).toMatch(LIGHT_DARK)
    // No second palette: no other rule sets a colour token or asks for the system's scheme.
    const rest = APP_CSS.replace(block(APP_CSS, ':root'), '')
    expect(rest).not.toMatch(/--(bg|fg|accent|surface|border)[\w-]*\s*:/)
    expect(rest).not.toContain('prefers-color-scheme')
  })

  it('follows the theme setting through color-scheme', () => {
    expect(appTokens.size).toBeGreaterThan(0)
    expect(block(APP_CSS, ':root')).toContain('color-scheme: light dark;')
    expect(block(APP_CSS, ":root[data-theme='light']")).toContain('color-scheme: light;')
    expect(block(APP_CSS, ":root[data-theme='dark']")).toContain('color-scheme: dark;')
  })

  it('gives the status report the app’s light colours', () => {
    const report = tokens(block(REPORT_CSS, '.report'))
    const colours = [...report].filter(([, value]) => value.startsWith('#'))
    expect(colours.length).toBeGreaterThanOrEqual(15)
    for (const [name, value] of colours) {
      const light = LIGHT_DARK.exec(appTokens.get(name) ?? '')?.[1]
      expect(light, `${name} of the report is the app's light ${name}`).toBe(value)
    }
  })
})

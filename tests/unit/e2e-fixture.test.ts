// The e2e fixture that fails a test on a console error, an uncaught error or a CSP violation
// applies to every e2e test: each spec takes `test` from tests/e2e/fixtures.ts (ESLint forbids
// taking it from Playwright, tests/unit/lint-rules.test.ts proves that rule fires), and the
// fixture is automatic, so a test need not ask for it.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const e2e = new URL('../e2e/', import.meta.url).pathname
// The specs sit in tests/e2e itself; one in a subfolder is still held to ./fixtures by ESLint.
const specs = readdirSync(e2e).filter((file) => file.endsWith('.spec.ts'))

/** The names a file imports (values, not types) from `source`. */
function importedFrom(text: string, source: string): string[] {
  const declarations = text.matchAll(/^import (?!type )\{([^}]*)\} from '([^']+)'/gm)
  return [...declarations]
    .filter((match) => match[2] === source)
    .flatMap((match) => (match[1] ?? '').split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '' && !name.startsWith('type '))
}

describe('the e2e problems fixture', () => {
  it('finds the specs', () => {
    expect(specs.length).toBeGreaterThan(20)
  })

  it.each(specs)('%s takes test from ./fixtures', (spec) => {
    expect(importedFrom(readFileSync(`${e2e}${spec}`, 'utf8'), './fixtures')).toContain('test')
  })

  it('is automatic and fails a test that logged problems', () => {
    const fixtures = readFileSync(`${e2e}fixtures.ts`, 'utf8')
    expect(fixtures).toMatch(
      /problems: \[\s*async \(\{ context, page \}, use\) => \{[\s\S]*\{ auto: true \}\s*\]/
    )
    expect(fixtures).toContain("expect(problems, 'the pages logged errors').toEqual([])")
  })
})

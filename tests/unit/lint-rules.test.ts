// The layer rules and size budgets of tests/eslint.config.js, proved to fire: one forbidden import
// (or use) per layer, and one file and one function just over budget, are fed to ESLint, which
// must report each under its rule. A rule whose pattern silently stops matching fails here.
import { ESLint } from 'eslint'
import { readdirSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'

const root = new URL('../..', import.meta.url).pathname

/** The budget exceptions the config exports (a JavaScript module without types). */
type BudgetExceptions = Record<'DECLARATIVE_DATA', readonly string[]>

let eslint: ESLint
let exceptions: BudgetExceptions
beforeAll(async () => {
  exceptions = (await import(`${root}tests/eslint.config.js`)) as BudgetExceptions
  eslint = new ESLint({ cwd: root, overrideConfigFile: 'tests/eslint.config.js' })
  // The first file loads the config and its plugins: seconds, more on a busy machine.
  await eslint.lintText('', { filePath: `${root}src-renderer/lib/domain/probe.ts` })
}, 120_000)

/** The rules ESLint reports for `code` as if it were the file at `path`. */
async function rulesFired(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

const FORBIDDEN: readonly { layer: string; path: string; code: string; rule: string }[] = [
  {
    layer: 'lib/domain imports no Dexie',
    path: 'src-renderer/lib/domain/probe.ts',
    code: "import Dexie from 'dexie'\nexport const probe = Dexie\n",
    rule: 'no-restricted-imports'
  },
  {
    layer: 'lib/domain imports no other layer',
    path: 'src-renderer/lib/domain/probe.ts',
    code: "import { db } from '../db/database'\nexport const probe = db\n",
    rule: 'no-restricted-imports'
  },
  {
    layer: 'lib/domain reads no clock',
    path: 'src-renderer/lib/domain/probe.ts',
    code: 'export const probe = Date.now()\n',
    rule: 'no-restricted-properties'
  },
  {
    layer: 'lib/db imports no UI',
    path: 'src-renderer/lib/db/probe.ts',
    code: "import { toasts } from '../state/toasts.svelte'\nexport const probe = toasts\n",
    rule: 'no-restricted-imports'
  },
  {
    layer: 'a live query (lib/db/live) imports no UI',
    path: 'src-renderer/lib/db/live/probe.ts',
    code: "import { toasts } from '../../state/toasts.svelte'\nexport const probe = toasts\n",
    rule: 'no-restricted-imports'
  },
  {
    layer: 'lib/ui imports no Dexie',
    path: 'src-renderer/lib/ui/probe.ts',
    code: "import Dexie from 'dexie'\nexport const probe = Dexie\n",
    rule: 'no-restricted-imports'
  },
  {
    layer: 'lib/ui holds no database handle',
    path: 'src-renderer/lib/ui/probe.ts',
    code: "import { db } from '../db/database'\nexport const probe = db\n",
    rule: 'no-restricted-imports'
  },
  {
    layer: 'a component holds no database handle',
    path: 'src-renderer/lib/ui/Probe.svelte',
    code: '<script lang="ts">\n  import { db } from \'../db/database\'\n  const probe = db\n</script>\n\n<p>{probe.name}</p>\n',
    rule: 'no-restricted-imports'
  },
  {
    layer: 'lib/state holds no database handle',
    path: 'src-renderer/lib/state/probe.ts',
    code: "import { db } from '../db/database'\nexport const probe = db\n",
    rule: 'no-restricted-imports'
  },
  {
    layer: 'lib/ui touches no table',
    path: 'src-renderer/lib/ui/probe.ts',
    code: "import { db } from '../db/database'\nexport const probe = db.steps.count()\n",
    rule: 'no-restricted-syntax'
  },
  {
    layer: 'lib/ui touches no window.api',
    path: 'src-renderer/lib/ui/probe.ts',
    code: 'export const probe = window.api\n',
    rule: 'no-restricted-syntax'
  },
  {
    layer: 'the renderer imports no Node module',
    path: 'src-renderer/lib/ui/probe.ts',
    code: "import { readFile } from 'node:fs'\nexport const probe = readFile\n",
    rule: 'no-restricted-imports'
  },
  {
    layer: 'lib/state imports no UI',
    path: 'src-renderer/lib/state/probe.ts',
    code: "import { formatDate } from '../ui/common/labels'\nexport const probe = formatDate\n",
    rule: 'no-restricted-imports'
  },
  {
    layer: 'lib/workers imports no state',
    path: 'src-renderer/lib/workers/probe.ts',
    code: "import { session } from '../state/session.svelte'\nexport const probe = session\n",
    rule: 'no-restricted-imports'
  },
  {
    layer: 'lib/platform imports no database',
    path: 'src-renderer/lib/platform/probe.ts',
    code: "import { db } from '../db/database'\nexport const probe = db\n",
    rule: 'no-restricted-imports'
  },
  {
    layer: 'src-main/shared imports no Node module',
    path: 'src-main/shared/probe.ts',
    code: "import { readFile } from 'node:fs'\nexport const probe = readFile\n",
    rule: 'no-restricted-imports'
  },
  {
    layer: 'src-main/shared imports nothing of main',
    path: 'src-main/shared/probe.ts',
    code: "import { probe as other } from '../ipc/probe'\nexport const probe = other\n",
    rule: 'no-restricted-imports'
  },
  {
    layer: 'an e2e spec takes test from ./fixtures, not from Playwright',
    path: 'tests/e2e/probe.spec.ts',
    code: "import { test } from '@playwright/test'\ntest('probe', () => {})\n",
    rule: '@typescript-eslint/no-restricted-imports'
  },
  {
    layer: 'an e2e test waits for no time',
    path: 'tests/e2e/probe.spec.ts',
    code: "import { test } from './fixtures'\ntest('probe', ({ page }) => page.waitForTimeout(500))\n",
    rule: 'no-restricted-properties'
  },
  {
    layer: 'an e2e test sleeps no time',
    path: 'tests/e2e/probe.spec.ts',
    code: 'export const probe = () => new Promise((resolve) => setTimeout(resolve, 500))\n',
    rule: 'no-restricted-syntax'
  },
  {
    layer: 'src-main imports nothing of the renderer',
    path: 'src-main/probe.ts',
    code: "import { formatCount } from '../src-renderer/lib/domain/numbers'\nexport const probe = formatCount\n",
    rule: 'no-restricted-imports'
  }
]

describe('the layer rules', () => {
  it.each(FORBIDDEN)('$layer', async ({ path, code, rule }) => {
    expect(await rulesFired(path, code)).toContain(rule)
  })

  it('let the allowed imports through, so the cases above fail for the reason they name', async () => {
    expect(
      await rulesFired(
        'src-renderer/lib/domain/probe.ts',
        "import { formatCount } from './numbers'\nexport const probe = formatCount\n"
      )
    ).toEqual([])
    expect(
      await rulesFired(
        'src-renderer/lib/ui/probe.ts',
        "import { addDomain } from '../db/app'\nimport { liveDomains } from '../db/live'\nexport const probe = () => [liveDomains('p'), addDomain('p', { name: 'contoso.com', scenario: 1, conditions: {} }, { actor: '', now: '', newId: () => '' })]\n"
      )
    ).toEqual([])
    expect(
      await rulesFired(
        'src-renderer/lib/ui/dns/Probe.svelte',
        "<script lang=\"ts\">\n  import { liveDnsRecords } from '../../db/live/dns'\n  const records = liveDnsRecords('d')\n</script>\n\n<p>{$records?.length}</p>\n"
      )
    ).toEqual([])
    expect(
      await rulesFired(
        'src-renderer/lib/db/live/probe.ts',
        "import { db } from '../database'\nexport const probe = db\n"
      )
    ).toEqual([])
    expect(
      await rulesFired(
        'src-renderer/lib/state/probe.ts',
        "import { readSettings } from '../db/app'\nexport const probe = readSettings\n"
      )
    ).toEqual([])
    expect(
      await rulesFired(
        'tests/e2e/probe.spec.ts',
        "import type { Page } from '@playwright/test'\nimport { test } from './fixtures'\ntest('probe', ({ page }: { page: Page }) => page.url())\n"
      )
    ).toEqual([])
    expect(
      await rulesFired(
        'src-renderer/lib/workers/probe.ts',
        "import { db } from '../db/database'\nexport const probe = db\n"
      )
    ).toEqual([])
  })
})

/** `count` lines of code, each a statement, wrapped by `wrap` (so a budget's boundary is exact). */
function lines(count: number, wrap: (body: string) => string = (body) => body): string {
  return wrap(Array.from({ length: count }, (_, i) => `  sum += ${i}`).join('\n'))
}

/** Every source file the budgets apply to, as a path from the repository's root. */
function budgetedFiles(): string[] {
  return ['src-renderer', 'src-main'].flatMap((folder) =>
    readdirSync(`${root}${folder}`, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|js|mjs|svelte)$/.test(file))
      .map((file) => `${folder}/${file}`)
  )
}

describe('the size budgets', () => {
  const tooLongFile = `let sum = 0\n${lines(400)}\nexport const probe = sum\n`
  const longestFile = `let sum = 0\n${lines(398)}\nexport const probe = sum\n`
  /** A function of `length` lines: the signature, the sum, additions, the return and the brace. */
  const functionOf = (length: number) =>
    lines(
      length - 4,
      (body) => `export function probe() {\n  let sum = 0\n${body}\n  return sum\n}\n`
    )
  const longestFunction = functionOf(80)
  const tooLongFunction = functionOf(81)

  it.each([
    'src-renderer/lib/ui/probe.ts',
    'src-renderer/lib/domain/probe.ts',
    'src-main/ipc/probe.ts'
  ])(
    'a file of 401 lines and a function of 81 are reported in %s; 400 and 80 pass',
    async (path) => {
      expect(await rulesFired(path, tooLongFile)).toContain('max-lines')
      expect(await rulesFired(path, longestFile)).toEqual([])
      expect(await rulesFired(path, tooLongFunction)).toContain('max-lines-per-function')
      expect(await rulesFired(path, longestFunction)).toEqual([])
    }
  )

  it('a Svelte component over 400 lines and a script function over 80 are reported', async () => {
    const component = (script: string) =>
      `<script lang="ts">\n${script}</script>\n\n<p>{probe()}</p>\n`
    expect(await rulesFired('src-renderer/lib/ui/Probe.svelte', component(tooLongFile))).toContain(
      'max-lines'
    )
    expect(
      await rulesFired('src-renderer/lib/ui/Probe.svelte', component(tooLongFunction))
    ).toContain('max-lines-per-function')
  })

  it('exempts only the declarative data tables', async () => {
    const { DECLARATIVE_DATA } = exceptions
    expect(DECLARATIVE_DATA).toEqual(['src-renderer/lib/domain/catalog.ts'])

    const exempt: string[] = []
    for (const file of budgetedFiles()) {
      const config = await eslint.calculateConfigForFile(`${root}${file}`)
      const rules = config.rules ?? {}
      expect(rules['max-lines'], file).toBeDefined()
      const off = (rule: string) => [0, 'off'].includes([rules[rule]].flat()[0])
      if (off('max-lines') || off('max-lines-per-function')) exempt.push(file)
    }
    expect(exempt.sort()).toEqual([...DECLARATIVE_DATA].sort())
  }, 120_000)
})

// The layer rules of tests/eslint.config.js, proved to fire: one forbidden import (or use) per
// layer is fed to ESLint, which must report it under the rule that guards that layer. A rule
// whose pattern silently stops matching (a moved folder, a renamed glob) fails here.
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = new URL('../..', import.meta.url).pathname

let eslint: ESLint
beforeAll(async () => {
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
    layer: 'lib/ui imports no Dexie',
    path: 'src-renderer/lib/ui/probe.ts',
    code: "import Dexie from 'dexie'\nexport const probe = Dexie\n",
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
        "import { db } from '../db/database'\nimport { addDomain } from '../db/repositories/domains'\nexport const probe = () => addDomain(db, 'p', { name: 'contoso.com', scenario: 1, conditions: {} }, { actor: '', now: '', newId: () => '' })\n"
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

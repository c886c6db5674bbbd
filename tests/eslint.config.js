// Lint for the whole repository, run as `eslint --config tests/eslint.config.js`.
// The import restrictions below are the layer rules of docs/architecture.md: a wrong import fails `npm test`.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import ts from 'typescript-eslint'

const nodeOnly = ['electron', 'electron/*', 'node:*', 'fs', 'path', 'os', 'child_process']

function restrict(...groups) {
  return ['error', { patterns: groups }]
}

const noNode = {
  group: nodeOnly,
  message: 'The renderer is sandboxed: reach the shell through lib/platform.'
}
const noWindowApi = {
  selector: "MemberExpression[object.name='window'][property.name='api']",
  message: 'Only lib/platform touches window.api.'
}
const noDexie = {
  group: ['dexie', 'dexie/*'],
  message: 'Only lib/db imports Dexie: read with lib/db/live, write with lib/db/repositories.'
}
const noDatabaseHandle = {
  group: ['**/db/database', '**/db/database.ts'],
  message:
    'The UI and lib/state never hold the database: read with lib/db/live, write and read with lib/db/app (the repositories bound to it).'
}

// Issue 16's size budgets: a file stays at or under 400 lines and a function (Svelte script
// functions included) at or under 80, so a module says one thing and reads in one sitting.
const budgetedSources = ['src-renderer/**/*.{ts,js,mjs,svelte}', 'src-main/**/*.{ts,js,mjs}']

/** Declarative data: one entry per fact, read as a table, not as logic; splitting it would only
 * scatter the table. Nothing else belongs here (tests/unit/lint-rules.test.ts holds the list). */
export const DECLARATIVE_DATA = [
  // The step catalog: one object per checklist step (requirement, explanation, sources, PowerShell).
  'src-renderer/lib/domain/catalog.ts'
]

export default ts.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**']
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }]
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] }
    }
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': restrict(noNode),
      'no-restricted-syntax': ['error', noWindowApi]
    }
  },
  {
    files: ['src-renderer/lib/domain/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': restrict(
        noNode,
        noDexie,
        {
          group: ['svelte', 'svelte/*', 'chart.js', 'chart.js/*'],
          message: 'lib/domain is pure TypeScript.'
        },
        {
          group: [
            '**/db/**',
            '**/ui/**',
            '**/state/**',
            '**/platform/**',
            '**/workers/**',
            '$lib/*',
            '@*/**'
          ],
          message: 'lib/domain imports only lib/domain, by relative path.'
        }
      ),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'crypto',
        'fetch'
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Pass the time in: lib/domain is deterministic.'
        },
        { object: 'Math', property: 'random', message: 'Pass ids and randomness in.' }
      ]
    }
  },
  {
    files: ['src-renderer/lib/db/**'],
    rules: {
      'no-restricted-imports': restrict(noNode, {
        group: ['**/ui/**', '**/state/**', '**/platform/**', 'svelte', 'svelte/*'],
        message: 'lib/db depends only on Dexie and lib/domain.'
      })
    }
  },
  {
    files: ['src-renderer/lib/ui/**', 'src-renderer/*.svelte', 'src-renderer/*.ts'],
    rules: {
      'no-restricted-imports': restrict(noNode, noDexie),
      'no-restricted-syntax': [
        'error',
        noWindowApi,
        {
          // A handle that reached the UI anyway (App.svelte opens the database) is never used there.
          selector: "MemberExpression[object.name='db']",
          message:
            'The UI reaches the database only through lib/db: lib/db/live to read, lib/db/app to write.'
        }
      ]
    }
  },
  {
    files: ['src-renderer/lib/ui/**'],
    rules: { 'no-restricted-imports': restrict(noNode, noDexie, noDatabaseHandle) }
  },
  {
    files: ['src-renderer/lib/state/**'],
    rules: {
      'no-restricted-imports': restrict(noNode, noDexie, noDatabaseHandle, {
        group: ['**/ui/**'],
        message: 'lib/state sits below the UI: components import state, never the other way.'
      })
    }
  },
  {
    files: ['src-renderer/lib/workers/**'],
    rules: {
      'no-restricted-imports': restrict(noNode, noDexie, {
        group: ['**/ui/**', '**/state/**', '**/platform/**', 'svelte', 'svelte/*'],
        message: 'lib/workers runs off the page: it depends on lib/domain and lib/db only.'
      })
    }
  },
  {
    files: ['src-renderer/lib/platform/**'],
    rules: {
      'no-restricted-syntax': 'off',
      'no-restricted-imports': restrict(noNode, noDexie, {
        group: ['**/ui/**', '**/state/**', '**/db/**'],
        message: 'lib/platform depends only on the IPC contract.'
      })
    }
  },
  {
    files: ['src-main/shared/**'],
    rules: {
      'no-restricted-imports': restrict(
        {
          group: [...nodeOnly, 'dexie', 'svelte', 'svelte/*'],
          message: 'src-main/shared is environment-free: main, preload and renderer all import it.'
        },
        {
          group: ['../*', '**/src-renderer/**'],
          message: 'src-main/shared imports only itself: main, preload and renderer build on it.'
        }
      )
    }
  },
  {
    files: ['src-main/**'],
    ignores: ['src-main/shared/**'],
    rules: {
      'no-restricted-imports': restrict({
        group: ['**/src-renderer/**'],
        message: 'The main process holds no migration logic: share types through src-main/shared.'
      })
    }
  },
  {
    files: ['tests/**', 'src-main/launch/**'],
    rules: { 'no-console': 'off' }
  },
  {
    // Every e2e test runs under tests/e2e/fixtures.ts, whose automatic fixture fails it on a
    // console error, an uncaught error or a CSP violation: `test` and `expect` come from there.
    files: ['tests/e2e/**/*.ts'],
    ignores: ['tests/e2e/fixtures.ts', 'tests/e2e/playwright.config.ts'],
    rules: {
      // Tests wait for states (a locator's expect, expect.poll), never for times.
      'no-restricted-properties': [
        'error',
        {
          property: 'waitForTimeout',
          message: 'Wait for a state (expect, expect.poll), not a time.'
        }
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        ...['@playwright/test', 'playwright/test'].map((name) => ({
          name,
          allowTypeImports: true,
          message:
            "Import test and expect from './fixtures' (tests/e2e/fixtures.ts), so the test fails on page errors."
        }))
      ]
    }
  },
  {
    // A spec sleeps no time either (support code may poll a process with a deadline).
    files: ['tests/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Promise'] CallExpression[callee.name='setTimeout']",
          message: 'Wait for a state (expect, expect.poll), not a time.'
        }
      ]
    }
  },
  {
    files: budgetedSources,
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80 }]
    }
  },
  {
    files: DECLARATIVE_DATA,
    rules: { 'max-lines': 'off' }
  }
)

import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root: import.meta.dirname,
          include: ['unit/**/*.test.ts'],
          environment: 'node'
        }
      },
      {
        test: {
          name: 'db',
          root: import.meta.dirname,
          include: ['db/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['db/setup.ts'],
          // fake-indexeddb writes of a few thousand rows take 1 to 4 s; 5 s did not hold on a
          // machine busy with other test suites.
          testTimeout: 20_000
        }
      }
    ]
  }
})

import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root: import.meta.dirname,
          include: ['unit/**/*.test.ts'],
          environment: 'node',
          // Parsing the 5,000,000-character nesting bomb of a backup took 6.1 s on a machine busy
          // with two CPU loops and another test suite; 5 s failed it there. A timeout catches a
          // hang, it is not what the test measures.
          testTimeout: 20_000
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

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
          setupFiles: ['db/setup.ts']
        }
      }
    ]
  }
})

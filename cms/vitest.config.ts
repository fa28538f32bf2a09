import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/**/*.e2e.test.ts', 'node_modules/**'],
    env: { NODE_ENV: 'test', TZ: 'America/New_York' },
    // Each integration file boots Payload on its own database; two at a time fits two cores.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})

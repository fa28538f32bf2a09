import { defineConfig } from 'vitest/config'

/** Browser tests against the production build (`npm run build` first; Turborepo does it). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    env: { TZ: 'Europe/Copenhagen' },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})

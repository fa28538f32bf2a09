import { defineConfig } from 'vitest/config'

/**
 * Integration files run against SQLite always, and once more against MongoDB when
 * MONGODB_TEST_URL is set (each file then gets its own MongoDB database).
 */
const databases = ['sqlite', ...(process.env.MONGODB_TEST_URL ? ['mongodb'] : [])]

export default defineConfig({
  test: {
    env: { NODE_ENV: 'test', TZ: 'America/New_York' },
    // Each integration file boots Payload on its own database; two at a time fits two cores.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: databases.map((db) => ({
      extends: true,
      test: {
        name: db,
        include: ['tests/**/*.test.ts'],
        exclude: ['tests/**/*.e2e.test.ts', 'node_modules/**'],
        env: { VELKOMST_TEST_DB: db },
      },
    })),
  },
})

import { defineConfig } from 'vitest/config'

/** Against SQLite always, and against MongoDB as well when MONGODB_TEST_URL is set. */
const databases = ['sqlite', ...(process.env.MONGODB_TEST_URL ? ['mongodb'] : [])]

export default defineConfig({
  test: {
    env: { NODE_ENV: 'test', TZ: 'UTC' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: databases.map((db) => ({
      extends: true,
      test: { name: db, include: ['tests/**/*.test.ts'], env: { VELKOMST_TEST_DB: db } },
    })),
  },
})

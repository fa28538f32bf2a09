import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    env: { NODE_ENV: 'test', TZ: 'UTC' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})

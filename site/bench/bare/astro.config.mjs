import { defineConfig } from 'astro/config'

/** The baseline: plain Astro, no integrations, rendering N pages from the same snapshot. */
export default defineConfig({
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  build: { format: 'directory' },
})

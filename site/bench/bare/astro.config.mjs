import { readConfig } from '@velkomst/shared/config'
import { defineConfig } from 'astro/config'

/** The baseline: plain Astro, no integrations, rendering N pages from the same snapshot. */
export default defineConfig({
  outDir: readConfig('site').SITE_OUT_DIR,
  build: { format: 'directory' },
})

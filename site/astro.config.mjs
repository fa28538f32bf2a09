import { defineConfig } from 'astro/config'

import { defaultLocale, locales } from '@velkomst/shared/locales'

import { defaultSiteUrl, siteConfig } from './src/config'
import { velkomst } from './src/integrations/velkomst'

/**
 * The site's Astro configuration. `astro build` uses the default export; the live site builder
 * calls `siteAstroConfig` with its own options (it renders the compiled site itself).
 *
 * @param {import('./src/integrations/velkomst').VelkomstOptions} [options]
 * @param {import('./src/config').SiteConfig} [config]
 */
export function siteAstroConfig(options = {}, config = siteConfig()) {
  return defineConfig({
    site: config.SITE_URL ?? defaultSiteUrl(),
    trailingSlash: 'always',
    outDir: config.SITE_OUT_DIR,
    build: { format: 'directory', inlineStylesheets: 'never' },
    i18n: {
      defaultLocale,
      locales: locales.map((l) => l.code),
      routing: { prefixDefaultLocale: false },
    },
    // The sitemap, media and search index are written by the site engine (src/build).
    integrations: [velkomst(config, options)],
  })
}

export default siteAstroConfig()

import { copyFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'
import { locales, type Locale } from '@velkomst/shared/locales'
import { mediaFilesOf } from '@velkomst/shared/schemas'

import { siteConfig, type SiteConfig } from '../config'
import { mapTiles } from '../lib/map'
import { buildModel, type Model } from '../lib/model'
import { alternatesByPath, sitePages } from '../lib/pages'
import { writeFormsStylesheet } from './forms-stylesheet'
import { contentSettings, prepareContent, readSnapshot } from '../lib/source'
import { buildSearchIndex } from './pagefind'
import type { BuildSettings } from 'virtual:velkomst/build'

const VIRTUAL_ID = 'virtual:velkomst/build'

/**
 * The site's build: reads the configuration once, makes the content ready once (downloaded from
 * the CMS or a snapshot folder), pins "now" once, and hands all three to the pages through a
 * virtual module (`virtual:velkomst/build`) instead of the environment. After the pages are
 * written it copies the media they use and builds the Pagefind index (one per language, from
 * each page's `<html lang>`), so `astro build` alone yields the complete static site.
 */
export function velkomst(config: SiteConfig = siteConfig()) {
  let settings: Promise<BuildSettings> | undefined
  let model: Promise<Model> | undefined
  let alternates: Promise<Map<string, Record<Locale, string>>> | undefined

  const prepare = (root: string) =>
    (settings ??= prepareContent(contentSettings(config, root)).then((contentDir) => ({
      contentDir,
      buildDate: (config.BUILD_DATE ?? new Date()).toISOString(),
      mapTiles: mapTiles(config),
      formsUrl: config.FORMS_URL ?? config.CMS_URL ?? 'http://localhost:3000',
    })))

  const loadModel = async () => {
    if (!settings) throw new Error('The velkomst integration has not prepared the content yet.')
    const { contentDir, buildDate } = await settings
    return buildModel(await readSnapshot(contentDir), new Date(buildDate))
  }

  const integration: AstroIntegration = {
    name: 'velkomst',
    hooks: {
      'astro:config:setup': ({ config: astro, updateConfig }) => {
        // Prepared when a page first asks, so `astro check` and `astro sync` need no content.
        const root = fileURLToPath(astro.root)
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'velkomst-build-settings',
                resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
                load: async (id) =>
                  id === `\0${VIRTUAL_ID}`
                    ? `export default ${JSON.stringify(await prepare(root))}`
                    : undefined,
              },
            ],
          },
        })
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir)
        const { contentDir } = await settings!
        const snapshot = await readSnapshot(contentDir)
        const files = mediaFilesOf(snapshot)
        await mkdir(path.join(out, 'media'), { recursive: true })
        await Promise.all(
          files.map((f) => copyFile(path.join(contentDir, 'media', f), path.join(out, 'media', f))),
        )
        logger.info(`Copied ${files.length} media files.`)
        await writeFormsStylesheet(out)

        const started = performance.now()
        const { pages } = await buildSearchIndex(out)
        logger.info(
          `Indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms.`,
        )
      },
    },
  }

  return {
    integration,
    /** The same page in every language, as absolute URLs, for a URL in the sitemap. */
    async sitemapAlternates(url: string): Promise<{ locale: Locale; url: string }[] | null> {
      model ??= loadModel()
      alternates ??= model.then((m) => alternatesByPath(sitePages(m)))
      const u = new URL(url)
      const paths = (await alternates).get(u.pathname)
      if (!paths) return null
      return locales.map((l) => ({ locale: l.code, url: new URL(paths[l.code], u).href }))
    },
  }
}

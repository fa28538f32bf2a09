import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro'
import type { BuildSettings } from 'virtual:velkomst/build'

import { siteConfig, type SiteConfig } from '../config'
import { SiteEngine, type RenderApp } from '../build/engine'
import { closeSearch } from '../build/search'
import { FolderStore } from '../build/store'
import { Tracker } from '../build/tracking'
import { mapTiles } from '../lib/map'
import { loadContent, prepareContentDir } from '../build/content-store'
import { contentSettings } from '../lib/source'

const VIRTUAL_ID = 'virtual:velkomst/build'

/** The compiled site, handed to whoever renders it (the live builder keeps it for updates). */
export interface CompiledSite {
  /** Astro's build app over the compiled pages: renders one page per request. */
  app: RenderApp
  /** Astro's output folder: the client assets and public files are already in it. */
  outDir: string
  /** The site's public address. */
  site: URL
  logger: AstroIntegrationLogger
}

export interface VelkomstOptions {
  /**
   * Renders the compiled site itself (the live site builder). Without it `astro build` renders
   * the whole site into its output folder from the content CMS_URL or CONTENT_DIR names.
   */
  onCompiled?: (site: CompiledSite) => Promise<void>
}

/**
 * The site's build. Astro compiles the pages (Vite: the prerender bundle and the browser
 * assets); then, instead of Astro's own page loop, the site engine (`src/build/engine.ts`)
 * renders every page, feed and GPX file with that compiled bundle, from content loaded and
 * checked once, and writes the sitemap, the media the content uses and the search index. The
 * live builder uses the same engine and the same compiled bundle to render only what a change
 * touches, so an update and a full build give the same files.
 */
export function velkomst(config: SiteConfig = siteConfig(), options: VelkomstOptions = {}) {
  let root = ''
  let outDir = ''
  let site = new URL('http://localhost:4321/')
  let devContent: Promise<string> | undefined

  const settings = async (command: string): Promise<BuildSettings> => {
    // Only the dev server reads content through this module; a build hands it to the engine.
    const formsUrl = config.FORMS_URL ?? config.CMS_URL ?? 'http://localhost:3000'
    if (command !== 'dev') {
      return { contentDir: null, buildDate: null, mapTiles: mapTiles(config), formsUrl }
    }
    devContent ??= prepareContentDir(contentSettings(config, root))
    return {
      contentDir: await devContent,
      buildDate: (config.BUILD_DATE ?? new Date()).toISOString(),
      mapTiles: mapTiles(config),
      formsUrl,
    }
  }

  const renderAll = async ({ app, outDir, site, logger }: CompiledSite) => {
    const { snapshot, mediaDir } = await loadContent(contentSettings(config, root))
    const engine = new SiteEngine({
      app,
      tracker: new Tracker().install(),
      site,
      log: (line) => logger.info(line),
      assetText: (address) => readFile(path.join(outDir, address), 'utf8'),
    })
    try {
      const report = await engine.build(
        { snapshot, now: config.BUILD_DATE ?? new Date(), mediaDir },
        'full',
        new FolderStore(outDir),
      )
      logger.info(
        `Rendered ${report.outputs} pages and files in ${report.ms.total} ms ` +
          `(${report.cpuMs} ms processor time) ` +
          `(model ${report.ms.model} ms, plan ${report.ms.plan} ms, render ${report.ms.render} ms, ` +
          `search ${report.ms.search} ms in ${report.searchShards} shards).`,
      )
    } finally {
      await closeSearch()
    }
  }

  const integration: AstroIntegration = {
    name: 'velkomst',
    hooks: {
      'astro:config:setup': ({ config: astro, updateConfig, command }) => {
        root = fileURLToPath(astro.root)
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'velkomst-build-settings',
                resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
                load: async (id) =>
                  id === `\0${VIRTUAL_ID}`
                    ? `export default ${JSON.stringify(await settings(command))}`
                    : undefined,
              },
            ],
          },
        })
      },
      'astro:config:done': ({ config: astro }) => {
        outDir = fileURLToPath(astro.outDir)
        if (astro.site) site = new URL(astro.site)
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        setPrerenderer((astroDefault): AstroPrerenderer => ({
          name: 'velkomst',
          setup: () => astroDefault.setup?.() ?? Promise.resolve(),
          // The engine renders everything here; Astro's own page loop is left nothing to do.
          getStaticPaths: async () => {
            const app = (astroDefault as unknown as { app: RenderApp }).app
            const compiled = { app, outDir, site, logger }
            await (options.onCompiled ?? renderAll)(compiled)
            return []
          },
          render: (request, renderOptions) => astroDefault.render(request, renderOptions),
          teardown: () => astroDefault.teardown?.() ?? Promise.resolve(),
        }))
      },
    },
  }
  return integration
}

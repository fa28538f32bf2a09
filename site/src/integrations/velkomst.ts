import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro'
import type { BuildSettings } from 'virtual:velkomst/build'
import { mediaFilesOf } from '@velkomst/shared/schemas'

import { siteConfig, type SiteConfig } from '../config'
import { SiteEngine, type BuildInput, type RenderApp } from '../build/engine'
import { RenderPool, type CompiledEntry } from '../build/render-pool'
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
  /** What worker threads need to render the same compiled site (null: render in this thread). */
  entry: CompiledEntry | null
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
  /** The prerender bundle's entry file, as Vite wrote it (for the render workers). */
  let prerenderEntry: string | null = null

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

  /**
   * The content, loaded and checked once, and the render workers started on it. Rendering is
   * most of a full build's work: worker threads share it where there are cores, and then this
   * thread keeps only the media files the content names (in its own function, so the content is
   * not kept alive by the build's).
   */
  const prepare = async (
    entry: CompiledEntry | null,
    app: RenderApp,
    now: Date,
    logger: AstroIntegrationLogger,
  ): Promise<{ pool: RenderPool | null; input: BuildInput }> => {
    const { snapshot, mediaDir } = await loadContent(contentSettings(config, root))
    const threads = config.SITE_RENDER_THREADS ?? RenderPool.size()
    const pool = entry
      ? await RenderPool.start({ app, compiled: entry, snapshot, now, size: threads }).catch(
          (error: unknown) => {
            logger.warn(`Rendering in this thread only: ${String(error)}`)
            return null
          },
        )
      : null
    if (!pool) return { pool, input: { snapshot, now, mediaDir } }
    return { pool, input: { media: mediaFilesOf(snapshot), now, mediaDir } }
  }

  const renderAll = async ({ app, outDir, site, logger, entry }: CompiledSite) => {
    const now = config.BUILD_DATE ?? new Date()
    const { pool, input } = await prepare(entry, app, now, logger)
    const engine = new SiteEngine({
      app,
      tracker: new Tracker().install(),
      site,
      log: (line) => logger.info(line),
      assetText: (address) => readFile(path.join(outDir, address), 'utf8'),
    })
    try {
      const report = await engine.build(input, 'full', new FolderStore(outDir), { pool })
      logger.info(
        `Rendered ${report.outputs} pages and files ` +
          `(${pool ? `${pool.size} render threads` : 'in one thread'}) in ${report.ms.total} ms ` +
          `(${report.cpuMs} ms processor time) ` +
          `(model ${report.ms.model} ms, plan ${report.ms.plan} ms, render ${report.ms.render} ms, ` +
          `search ${report.ms.search} ms in ${report.searchShards} shards).`,
      )
    } finally {
      await pool?.close()
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
                writeBundle: (output, bundle) => {
                  const name = Object.keys(bundle).find((n) =>
                    /^prerender-entry\.[^/]*m?js$/.test(n),
                  )
                  if (name && output.dir) {
                    prerenderEntry = pathToFileURL(path.join(output.dir, name)).href
                  }
                },
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
        let entry: (CompiledEntry & { app: RenderApp }) | null = null
        setPrerenderer((astroDefault): AstroPrerenderer => ({
          name: 'velkomst',
          setup: async () => {
            entry = await compiledEntry(prerenderEntry, () => astroDefault.setup?.())
          },
          // The engine renders everything here; Astro's own page loop is left nothing to do.
          getStaticPaths: async () => {
            const app = (astroDefault as unknown as { app: RenderApp }).app
            if (entry && entry.app !== app) entry = null
            const compiled = { app, outDir, site, logger, entry }
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

/**
 * The bundle's module as Node loaded it for Astro: this module is itself loaded through a Vite
 * module runner (Astro loads its config that way; so do the tests), whose `import()` would
 * load a second copy of the bundle (and is closed by the time the pages render). Node's
 * `require` of an ES module goes to Node's own module map, where Astro's `import()` finds it.
 */
const nativeImport = (url: string) => createRequire(url)(fileURLToPath(url)) as unknown

interface BuildApp extends RenderApp {
  setInternals(internals: CompiledEntry['internals']): void
  getOptions(): { settings: { scripts: unknown[] } }
}

/**
 * Runs Astro's own set-up of the compiled site (`setup`) and takes from it what render
 * workers need: Astro gives its build state (each page's stylesheets) to the bundle's app and
 * nowhere else, so the app's `setInternals` is watched while Astro calls it. The entry module is
 * imported first, by the same address Astro imports it, so both hold the same app (checked:
 * without it, or when Astro's set-up changes, the build renders in one thread).
 */
async function compiledEntry(
  entry: string | null,
  setup: () => Promise<void> | undefined,
): Promise<(CompiledEntry & { app: RenderApp }) | null> {
  let app: BuildApp | null = null
  let internals: CompiledEntry['internals'] | null = null
  if (entry) {
    try {
      app = (nativeImport(entry) as { app: BuildApp }).app
      const own = app.setInternals.bind(app)
      app.setInternals = (value) => {
        internals = value
        own(value)
      }
    } catch {
      app = null
    }
  }
  await setup()
  if (!entry || !app || !internals) return null
  return { entry, internals, scripts: app.getOptions().settings.scripts, app }
}

/**
 * The live site's builder: a child process of the site server (`live.ts` starts it), so the
 * server keeps answering while it works and a stuck or crashed build never takes the server
 * down. It compiles the site once (Astro), keeps the compiled pages and the content in memory,
 * and for each request builds a new generation: the first time everything, afterwards only
 * what the CMS's changes (or the passing of time) touched.
 *
 * Messages: `{ type: 'build', id, reasons }` in; `{ type: 'built', id, manifest, summary }`
 * or `{ type: 'failed', id, error }` out.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { ConfigError } from '@velkomst/shared/config'

import { compileSite, siteDir } from '../src/build/compile'
import { ContentStore, type Content } from '../src/build/content-store'
import { SiteEngine, type BuildReport } from '../src/build/engine'
import { Tracker } from '../src/build/tracking'
import { liveConfig, siteConfig } from '../src/config'
import { contentSettings } from '../src/lib/source'
import { GenerationStore, type Manifest } from './generations'

export type ToBuilder = { type: 'build'; id: number; reasons: string[] }
export type FromBuilder =
  | { type: 'built'; id: number; manifest: string; summary: string }
  | { type: 'failed'; id: number; error: string }

const configs = (() => {
  try {
    return { live: liveConfig(), site: siteConfig() }
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error)
    process.exit(1)
  }
})()

const buildsDir = path.resolve(siteDir, configs.live.SITE_BUILDS_DIR)
const content = new ContentStore(contentSettings(configs.site, siteDir))
const tracker = new Tracker().install()
let engine: SiteEngine | null = null
/** The files Astro wrote when it compiled the site (assets, public files). */
let assets: Manifest | null = null
let last: Manifest | null = null

/** "Now" for a build: pinned by BUILD_DATE, else the start of the current rebuild period. */
function buildMoment(): Date {
  if (configs.site.BUILD_DATE) return configs.site.BUILD_DATE
  const step = (configs.live.SITE_REBUILD_MINUTES || 60) * 60_000
  return new Date(Math.floor(Date.now() / step) * step)
}

const describe = (r: BuildReport) =>
  `${r.full ? 'full' : 'update'}: ${r.rendered} of ${r.outputs} outputs rendered, ` +
  `${r.written} files written, ${r.removed} removed, ${r.searchShards} search shards ` +
  `(${r.ms.total} ms: model ${r.ms.model}, plan ${r.ms.plan}, render ${r.ms.render}, ` +
  `search ${r.ms.search})`

/** The compiled stylesheets (`/_astro/….css` → text): a few kilobytes, kept for the process. */
async function readStylesheets(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const assetsDir = path.join(dir, '_astro')
  if (!existsSync(assetsDir)) return out
  for (const name of await readdir(assetsDir)) {
    if (name.endsWith('.css')) {
      out.set(`/_astro/${name}`, await readFile(path.join(assetsDir, name), 'utf8'))
    }
  }
  return out
}

async function firstBuild(input: Content): Promise<{ manifest: string; summary: string }> {
  const generation = new GenerationStore(buildsDir, null)
  // Astro compiles into a folder of its own inside site/ (its compiled pages import packages
  // from site/node_modules); the generation takes its assets from there.
  const compileDir = path.join(siteDir, '.cache', `compile-${process.pid}-${Date.now()}`)
  const config = siteConfig({ ...process.env, SITE_OUT_DIR: compileDir })
  try {
    return await compileSite(config, async ({ app, site }) => {
      await generation.adopt(compileDir)
      assets = (await generation.commit()).manifest
      const stylesheets = await readStylesheets(compileDir)
      const fresh = new SiteEngine({
        app,
        tracker,
        site,
        log: () => undefined,
        // The compile folder goes once compiled; the stylesheets stay for /forms.css.
        assetText: async (address) => {
          const css = stylesheets.get(address)
          if (css === undefined) throw new Error(`No compiled stylesheet ${address}`)
          return css
        },
      })
      const report = await fresh.build(
        { snapshot: input.snapshot, now: buildMoment(), mediaDir: input.mediaDir },
        'full',
        generation,
      )
      const { file, manifest } = await generation.commit()
      engine = fresh
      last = manifest
      return { manifest: file, summary: describe(report) }
    })
  } finally {
    await rm(compileDir, { recursive: true, force: true })
  }
}

async function update(input: Content): Promise<{ manifest: string; summary: string }> {
  const full = !engine!.built
  // A full build after a failure starts again from the compiled assets alone.
  const generation = new GenerationStore(buildsDir, full ? assets : last)
  const report = await engine!.build(
    { snapshot: input.snapshot, now: buildMoment(), mediaDir: input.mediaDir },
    full ? 'full' : 'update',
    generation,
  )
  const { file, manifest } = await generation.commit()
  last = manifest
  return { manifest: file, summary: describe(report) }
}

let queue = Promise.resolve()
process.on('message', (message: ToBuilder) => {
  if (message.type !== 'build') return
  queue = queue.then(async () => {
    try {
      const input = await content.refresh()
      const result = engine ? await update(input) : await firstBuild(input)
      reply({ type: 'built', id: message.id, ...result })
    } catch (error) {
      reply({ type: 'failed', id: message.id, error: errorText(error) })
      // Without a working compiled site there is nothing to keep: the server starts anew.
      if (!engine) setTimeout(() => process.exit(1), 100)
    }
  })
})
process.on('disconnect', () => process.exit(0))

function reply(message: FromBuilder) {
  process.send?.(message)
}

/** The message staff need (a content problem names the document and the field), no stack. */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause instanceof Error ? `\n${error.cause.message}` : ''
  return `${error.message}${cause && !error.message.includes(cause.trim()) ? cause : ''}`
}

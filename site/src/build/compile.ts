import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { SiteConfig } from '../config'
import type { CompiledSite } from '../integrations/velkomst'

/** The `site/` folder. */
export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * Compiles the site with Astro (the pages into a prerender bundle, the browser assets and
 * public files into `outDir`) and hands the compiled site to `use`, in this process. Astro
 * removes the bundle's folder once `use` returns, so `use` renders the first build: after it
 * every module of the bundle is loaded, and the app keeps rendering for later builds.
 */
export async function compileSite<T>(
  config: SiteConfig,
  use: (compiled: CompiledSite) => Promise<T>,
  logLevel: 'info' | 'warn' | 'error' = 'warn',
): Promise<T> {
  const { build } = await import('astro')
  const { siteAstroConfig } = (await import('../../astro.config.mjs')) as unknown as {
    siteAstroConfig: (
      options: { onCompiled: (site: CompiledSite) => Promise<void> },
      config: SiteConfig,
    ) => Record<string, unknown>
  }
  let result: { value: T } | null = null
  const astroConfig = siteAstroConfig(
    {
      onCompiled: async (compiled) => {
        result = { value: await use(compiled) }
      },
    },
    config,
  )
  await build({ ...astroConfig, root: siteDir, configFile: false, logLevel })
  if (!result) throw new Error('Astro compiled the site but rendered nothing.')
  return (result as { value: T }).value
}

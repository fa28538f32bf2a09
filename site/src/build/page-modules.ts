import type { RenderApp } from './engine'

/** A page module as Astro's page map loads it. */
interface PageModule {
  page: () => Promise<unknown>
}

const pagesKept = new WeakSet<object>()

/**
 * Keeps the compiled pages loaded: Astro's build app imports a page's module again for every
 * page it renders (two dynamic `import()`s, each resolved through Node's module loader and its
 * hooks: 2.4% of a render worker's time at 1x a large municipality). The first load of each is
 * kept and handed out after it. Astro's internal page map; without one, nothing changes.
 */
export function keepPagesLoaded(app: RenderApp): void {
  const pageMap = (app.manifest as { pageMap?: Map<string, () => Promise<PageModule>> }).pageMap
  if (!pageMap || pagesKept.has(pageMap)) return
  pagesKept.add(pageMap)
  for (const [component, load] of pageMap) {
    let loaded: Promise<PageModule> | undefined
    pageMap.set(component, () => {
      loaded ??= load().then((module) => {
        const page = module.page()
        return { ...module, page: () => page }
      })
      return loaded
    })
  }
}

/**
 * Search in the browser: Pagefind with the site's search shards (written by the build, see
 * `src/build/search.ts`). The main shards (everything searchable but events further ahead) are
 * merged when search is first used; the shards of events further ahead are merged when someone
 * looks for events, or when the main shards find little (a volunteer looking for their event
 * next spring finds it). Pagefind itself is fetched on the first search, not with the page.
 *
 * The whole interface is `siteSearch(…).search(term, filters)`: what to search for goes in,
 * Pagefind's results come out.
 */
export interface SearchResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>
}

interface Pagefind {
  options: (o: object) => Promise<void>
  mergeIndex: (path: string, o?: object) => Promise<void>
  search: (q: string | null, o: object) => Promise<{ results: SearchResult[] }>
  debouncedSearch: (
    q: string | null,
    o: object,
    ms?: number,
  ) => Promise<{ results: SearchResult[] } | null>
}

interface Shards {
  main: string[]
  later: string[]
}

/** Fewer results than this in the main shards: events further ahead are searched too. */
const FEW = 10

export function siteSearch(settings: {
  /** Pagefind's options (e.g. `excerptLength`). */
  options?: object
  /** The value of the "type" filter that means events (its label in the page's language). */
  eventType: string
}) {
  let opened: Promise<{ pagefind: Pagefind; shards: Shards }> | null = null
  let later: Promise<void> | null = null

  const open = () =>
    (opened ??= (async () => {
      const url = '/pagefind/pagefind.js'
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind
      await pagefind.options(settings.options ?? {})
      const shards = await fetch('/pagefind/shards.json')
        .then((r) => (r.ok ? (r.json() as Promise<Shards>) : { main: [], later: [] }))
        .catch(() => ({ main: [], later: [] }))
      for (const path of shards.main) await pagefind.mergeIndex(path)
      return { pagefind, shards }
    })())

  const withLater = async () => {
    const { pagefind, shards } = await open()
    later ??= (async () => {
      for (const path of shards.later) await pagefind.mergeIndex(path)
    })()
    await later
  }

  return {
    /** Results for a term and filters; null when a newer search replaced this one. */
    async search(
      term: string | null,
      filters: Record<string, string>,
    ): Promise<{ results: SearchResult[] } | null> {
      const { pagefind, shards } = await open()
      if (filters.type === settings.eventType) await withLater()
      const found = await pagefind.debouncedSearch(term, { filters }, 250)
      if (!found || later || shards.later.length === 0 || found.results.length >= FEW) {
        return found
      }
      await withLater()
      return pagefind.search(term, { filters })
    },
  }
}

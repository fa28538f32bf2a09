/**
 * The search page's view of the site's search shards (written by the build, see
 * `src/build/search.ts`): `/pagefind/` holds the first main shard, `/pagefind/shards.json`
 * lists the others. The main shards are merged into every search; the shards of events further
 * ahead only when someone looks for events or the main shards find little.
 */
export interface Shards {
  main: string[]
  later: string[]
}

interface Mergeable {
  mergeIndex: (path: string, options?: object) => Promise<void>
}

/** Fewer results than this in the main shards: events further ahead are searched too. */
export const FEW_RESULTS = 10

/**
 * Results shown at first and added by each "Show more results": each shown result costs a
 * fetch of its page's record, so a phone fetches ten, not every match.
 */
export const RESULTS_PER_PAGE = 10

const none: Shards = { main: [], later: [] }
let shards: Promise<Shards> | null = null

/** The site's shards, fetched once (none when the list is missing: a one-shard site). */
export function searchShards(): Promise<Shards> {
  shards ??= fetch('/pagefind/shards.json')
    .then((r) => (r.ok ? (r.json() as Promise<Shards>) : none))
    .catch(() => none)
  return shards
}

/** Merges shards into a Pagefind instance, one after another (Pagefind's own order). */
export async function mergeShards(index: Mergeable, paths: string[]): Promise<void> {
  for (const path of paths) await index.mergeIndex(path)
}

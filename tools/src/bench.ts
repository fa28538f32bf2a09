/**
 * `npm run bench`: runs the benchmarks and rewrites BENCHMARKS.md with their numbers.
 * Each benchmark prints JSON lines {metric, value, unit, target?, note?}; this collects them.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { readConfig } from '@velkomst/shared/config'

interface Row {
  suite: string
  metric: string
  value: number
  unit: string
  target?: string
  note?: string
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const suites = [
  { name: 'CMS and seed', workspace: '@velkomst/seed', script: 'bench' },
  { name: 'Site', workspace: '@velkomst/site', script: 'bench' },
  { name: 'Publish to live', workspace: '@velkomst/seed', script: 'bench:publish' },
  { name: 'Load', workspace: '@velkomst/seed', script: 'bench:load' },
]

// BENCH_SUITES=Site,… runs only those; the other suites' rows are kept from BENCHMARKS.md.
const only = readConfig('bench')
  .BENCH_SUITES?.split(',')
  .map((name) => name.trim())
const running = suites.filter((suite) => !only || only.includes(suite.name))
const benchFile = path.join(root, 'BENCHMARKS.md')
const kept = fs.existsSync(benchFile)
  ? fs
      .readFileSync(benchFile, 'utf8')
      .split('\n')
      .filter((line) => {
        const suite = /^\| ([^|]+) \|/.exec(line)?.[1]?.trim()
        return (
          suite && suites.some((s) => s.name === suite) && !running.some((s) => s.name === suite)
        )
      })
  : []

const rows: Row[] = []
for (const suite of running) {
  console.log(`Running ${suite.name} benchmarks …`)
  const r = spawnSync('npm', ['run', suite.script, '--workspace', suite.workspace, '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  })
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr)
    process.exit(r.status ?? 1)
  }
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith('{')) continue
    const row = { suite: suite.name, ...(JSON.parse(line) as Omit<Row, 'suite'>) }
    rows.push(row)
    console.log(`  ${row.metric}: ${row.value} ${row.unit}`)
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const machine = `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${os.platform()}`
const date = new Date().toISOString().slice(0, 10)
const order = (line: string) => suites.findIndex((s) => line.startsWith(`| ${s.name} |`))
const table = [
  ...kept,
  ...rows.map(
    (r) =>
      `| ${r.suite} | ${r.metric} | ${r.value} ${r.unit} | ${r.target ?? ''} | ${r.note ?? ''} |`,
  ),
]
  .sort((a, b) => order(a) - order(b))
  .join('\n')

const doc = `# Benchmarks

Written by \`npm run bench\` on ${date}, on ${machine}.
Run it again on a quiet machine to compare; numbers from a loaded machine are slower.

| Suite | Measurement | Result | Target | Note |
| --- | --- | --- | --- | --- |
${table}

## How these are measured

- **CMS cold boot**: \`getPayload()\` on a new temporary SQLite database, schema pushed, in a
  fresh process (\`seed/bench/run.ts\`).
- **Seed**: the demo seed (\`seed/src/run.ts\`) into that empty database: images drawn with sharp
  and uploaded through the media collection, every document created through the Local API with
  drafts, versions, validation and hooks, Danish first and English as a second write.
- **Bulk create**: events created through the Local API one by one, each in its own
  transaction; then the same inside one shared transaction (how an import would do it).
- **Queries**: the events collection is filled to 5,000 documents (published, with versions).
  *List*: upcoming events as the public sees them (access applied, \`_status = published\`),
  sorted by start, 20 per page, depth 1, 200 requests over 50 pages. *By slug*: one event by its
  slug, depth 1, 200 different slugs. p50 and p95 over those requests, in milliseconds,
  through the Local API (no HTTP).

- **Site build** (\`site/bench/run.ts\`): \`astro build\` of the site (pages, feeds, sitemap,
  media, Pagefind index in both languages) from a snapshot, at demo scale (the Albertslund demo
  export in \`site/content/\` when present, otherwise a generated demo-sized snapshot) and at
  10x a large municipality (generated: 3,000 associations, 30,000 events, 300 venues, 60
  communities; \`site/bench/generate.ts\`). Pages/s counts HTML pages. Beside it, a bare Astro
  project (\`site/bench/bare/\`, no integrations, no index) renders the same number of pages
  from the same JSON; the ratio is wall time ours / bare. Peak memory from GNU time.
- **Publish to live** (\`seed/bench/publish.ts\`): the whole system started as \`npm start\`
  starts it (CMS production build, live site builder) on a migrated database with the demo
  content, plus 260 generated associations and 2,971 one-off events for the large scale. At 10x,
  296 associations, 2,997 events and 37 stories are created through Payload and copied nine
  times straight into the SQLite tables (\`seed/bench/copies.ts\`: new ids, numbered slugs and
  names, relationships to the same copy; a test exports the copies through the contract), which
  takes a minute instead of about an hour; the first full build of the live builder then takes
  most of the run. Staff
  publish a changed summary through the REST API (\`PATCH … _status: published\`); the clock stops
  when the served association page contains the new text (polled every 100 ms). Pagefind's index
  is written by the same build and goes live in the same atomic swap, so the page is searchable
  at that moment too. Several edits one after another; p50 and max.
- **Load** (\`seed/bench/load.ts\`): the whole system as \`npm start\` runs it on the demo
  content; 50 editors, each signed in with their own account, loop over: open their association
  (draft), list their events, save a draft; 200 readers fetch random pages from the sitemap;
  staff publish a change every few seconds so the site rebuilds throughout; 60 s. A page is
  partial when its body does not end with \`</html>\`.
- **Page weight**: one page per template from the demo build: HTML (with the inlined CSS) and
  JavaScript (inline module scripts and script files), each gzip-compressed.
- **Search**: the 10x build served locally; Chromium opens the search page and types one query;
  every response under \`/pagefind/\` is counted (Pagefind's index files as stored, already
  compressed; its JS and WebAssembly gzip-compressed as a server would send them).

## What the numbers say

Measured on 2026-11-28 (Site, Publish to live and Load; the CMS rows are from 2026-11-23 and
were not run again), on this 2-core machine with nothing else running. Runs vary: the same
10x build took 95–185 s here on one day, and bare Astro's 48–86 s (its processor time 47–83 s),
so compare ratios measured in one run (ours and bare Astro are built one after the other), and
more than one run.

- **Publish to live** (incremental builds, issue 14): 0.4 s p50 at demo scale (max 0.5 s),
  1.0 s p50 at a large municipality's scale (max 1.1 s; 300 associations, 3,000 events, 7,820
  pages and files): within the ≤ 3 s / ≤ 6 s aim (it was 18.8–32.3 s when every change rebuilt
  every page). At 10x (3,000 associations, 30,000 events, 75,208 pages and files) **4.8 s p50**
  (max 6.2 s; 6.4 s p50 before the files were written by a thread of their own, 7.0 s in the
  run before that): within the ≤ 10 s aim (four runs before the change below gave 9.4–10.0 s). The builder renders only the outputs whose recorded
  reads changed (24 of 500 for an association's summary at demo scale, in the journey test's
  log), writes the changed files into a new generation and re-indexes the search shards those
  pages are in; the swap is one manifest. At 10x an association's summary edit renders 32 of
  75,208 outputs (0.1 s), compares every recorded read on the new model (1.5–2.9 s; a derived
  list, \`query()\`, keeps its value when nothing it read changed) and re-indexes two search
  shards of about 3,000 pages each. That re-index was the largest part (5–7 s) until the lists
  of other pages' events and associations were left out of search (a page is found by its own
  text) and Pagefind was sent only what it indexes: measured on one shard of the 10x site, 26 MB
  of HTML became 8.6 MB, and indexing it went from 4.0 s to 1.8 s (Pagefind reading the pages
  2.7 s to 1.1 s, writing the index 0.9 s to 0.5 s). The rest is the CMS's save, its change
  feed and the swap.
- **Site build**: 128 s for 75,546 pages at 10x in this run (183 s processor, peak 1.65 GB:
  within the 2 GB aim), **1.48x** a bare Astro build of the same pages, which took 86 s in this
  run (83 s processor; 47–52 s in other runs). Built in pairs straight after, on the same
  snapshot: 110 s against 48 s (2.27x), 95 s against 48 s (1.99x) and 115 s against 49 s (2.33x). So the 2x aim is
  met in some runs and not in others: the build is at the aim, not safely within it (it was
  2.32–2.39x, 114–130 s, before the three changes below). A one-shot build renders in a worker
  thread while the main thread makes the sitemap and feeds Pagefind (whose service indexes
  beside them). Pages are rendered in the order search indexes them, each later search shard's
  pages together, so each of the 32 later shards is written as soon as its pages are done. What
  took the time out this time, found by profiling the worker's allocations and each thread's
  processor time (\`/proc/<pid>/task/*/stat\`):
  - an element named by a variable (\`<H>\` for a card's heading, \`<Tag>\` in the localized
    text component) is rendered by Astro through its framework-component path; written as plain
    elements (\`Heading.astro\`, \`T.astro\`), the worker allocates 31% less (3.66 GB → 2.52 GB
    for 6,000 pages at 1x), with the same HTML byte for byte;
  - the 150,000 files (75,000 pages, 67,000 Pagefind fragments) were written through Node's
    four shared file threads, four calls each (folder, open, write, close); those threads spent
    14–52 s in the kernel in four runs, and a third of the main thread's time went to handing
    them work (1x profile). One thread of our own now writes them with plain blocking calls
    (\`FileWriter\`): 13–20 s in the kernel, and the main thread's processor time fell from
    38–46 s to 29–35 s;
  - Astro imported each page module twice per rendered page through Node's module loader and
    its hooks (2.4% of the worker's time); the first load is now kept.

  In a 114 s build after these, the render worker used 77 s of processor time, the main thread
  30 s, V8's helper threads 23 s, the file writer 16 s and Pagefind 35 s. What varies most
  between runs here is the kernel's work creating files (ext4 checks each recently freed inode
  before reusing it, so a build right after another was deleted is slower); bare Astro pays it
  too. A second render worker does not help on two processors (125 s,
  and a peak of 2.3 GB, over the aim); a machine with more processors gives the pool more
  workers. The demo-scale ratio (2.2x) is fixed costs: starting Pagefind and the worker.
- **Page weight**: 6.3–8.8 KB gzip per template (the navigation grew with ambassadors, taking part
  and rooms); JavaScript only on the directory lists (0.8 KB, the in-place filters) and search
  (2.5 KB: shards, the æ/ø readings, the other language's offer, ten results at a time).
- **Search**: a first query at 10x fetches 134 KB (131.5 KB in the run before; 143 KB before
  the lists on a page were left out of its search text; 158 KB before results were fetched ten
  at a time; 288 KB before the shards; 672 KB before Pagefind was loaded lazily): within the
  150 KB aim. Of it, Pagefind's WebAssembly is 56 KB, metadata 35 KB, script and shard lists
  27 KB, the word index 12 KB and the results 5.5 KB. The search page shows ten results and
  fetches the next ten when asked ("Vis flere resultater"), so a phone fetches the records of
  what it shows; events more than two weeks ahead are fetched only when someone looks for events
  or the rest finds little.
- **Load** (issue 10): 50 signed-in editors reading and saving drafts while 200 readers read the
  site and staff publish every few seconds, all on the same two cores: 0 errors in the CMS and
  on the site, no partial page (10 publishes, 10 builds, none failed; a run before the search
  page's script was moved inside the document counted that page as partial); site p95 148 ms;
  the CMS's p95 3.2 s (p50 1.4 s; reads 1.6 s, draft saves 3.4 s): **not within the 300 ms aim**. It is queueing: one Next
  process on two cores shared with 200 readers, the site server and the builder serves about 30
  editor requests a second (1,800 in 60 s) and the rest wait their turn. Production would run
  the CMS on its own cores (and more than one process), the site on a static host.
- The seed is well inside its 30 s budget; most of its time is the two writes per document
  (Danish, then English) with drafts and versions, at roughly 15–20 ms each.
- Payload's Local API creates about 50–60 events per second on SQLite with drafts and
  versions; one shared transaction does not change that much, so the cost is in Payload's
  per-document work (hooks, validation, version rows), not in committing.
- Two fixes came out of profiling the upcoming-events list (it took 130–200 ms a page at 5,000
  events): a compound \`(_status, start)\` index, because the public query used the \`_status\`
  index and sorted every row (66 → 26 ms at 3,000 events), and an index on \`_parent_id\` for
  every \`*_locales\` table, because Payload only indexes (\`_locale\`, \`_parent_id\`) there and
  reading a page of documents' texts scanned the whole table (38 → 5 ms for 20 events among
  5,000; \`cms/src/database.ts\`). Rerun this benchmark after schema changes.
`
fs.writeFileSync(benchFile, doc)
console.log('BENCHMARKS.md written.')

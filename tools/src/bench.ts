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
  content, plus 260 generated associations and 2,971 one-off events for the large scale. Staff
  publish a changed summary through the REST API (\`PATCH … _status: published\`); the clock stops
  when the served association page contains the new text (polled every 100 ms). Pagefind's index
  is written by the same build and goes live in the same atomic swap, so the page is searchable
  at that moment too. Several edits one after another; p50 and max.
- **Page weight**: one page per template from the demo build: HTML (with the inlined CSS) and
  JavaScript (inline module scripts and script files), each gzip-compressed.
- **Search**: the 10x build served locally; Chromium opens the search page and types one query;
  every response under \`/pagefind/\` is counted (Pagefind's index files as stored, already
  compressed; its JS and WebAssembly gzip-compressed as a server would send them).

## What the numbers say

- **Publish to live**: 5.2 s p50 at demo scale (max 5.5 s), well inside a resident's "minutes
  later". At a large municipality's scale (300 associations, 3,000 events, about 7,300 pages)
  32.3 s p50 (max 41.4 s when an edit arrived during a build and waited for it): **not within
  the 10 s aim**. Nearly all of it is the full \`astro build\` the builder runs on every change
  (28–31 s for 7,304 pages measured alone; the CMS's snapshot export and the atomic swap are
  under a second). Astro's \`build.concurrency: 4\` took that build from 33.4 to 30.2 s (one run
  each, kept). Reaching 10 s needs an incremental build: re-render only the changed document's
  pages, the lists and feeds that show it, and re-index those pages in Pagefind, instead of
  all 7,300.

- **Site build**: 4.8 s for the 336 demo pages (2.0x a bare Astro build of the same number of
  pages); 283 s for 72,342 pages at 10x a large municipality (5.5x bare Astro, 2.0 GB peak):
  **not within the 1.3x aim**. A CPU profile of a 7,400-page build shows about half of the wall
  time with the main thread waiting (file writes, the Pagefind service), rendering about 2 ms a
  page, the iCalendar feeds about 2 s and Pagefind indexing 4–6 s; the bare build writes tiny
  pages and indexes nothing. Fixes so far: filtered lists and event groups computed once per
  build (the 10x build had not finished after 6 minutes before), Copenhagen's UTC offset cached
  per quarter hour (2.1 → 0.7 s CPU), "add to calendar" as a data: link instead of a file per
  event and language (60,000 fewer files), list and filter pages left out of the search index.
- **Page weight**: 3.9–7.3 KB gzip per template; JavaScript only on the directory lists (0.8 KB,
  the in-place filters) and search (1.1 KB), so the "0 KB except search" aim is missed by the
  list filters on purpose (they are the progressive enhancement the site issue asks for).
- **Search**: a first query at 10x fetches 288 KB (672 KB before Pagefind was loaded lazily and
  the filter lists rendered at build time); about 200 KB of it is Pagefind's page metadata for
  36,000 pages in one language, so the 150 KB aim is not met at that scale.
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

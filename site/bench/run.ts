/**
 * `npm run bench` (site part): build throughput beside a bare Astro build of the same number of
 * pages, page weight per template, and bytes a first search fetches, at demo scale and at 10x a
 * large municipality (generated snapshot). Prints one JSON line per measurement.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import type { Snapshot } from '@velkomst/shared/schemas'
import { launchBrowser } from '@velkomst/testing/browser'

import { listen, serveSite } from '../server/static'
import { writeFixture } from '../tests/helpers/fixture'
import { generateSnapshot, large10x, type Scale } from './generate'
import { readConfig } from '@velkomst/shared/config'

const siteDir = path.resolve(import.meta.dirname, '..')
const astro = path.resolve(siteDir, '..', 'node_modules', '.bin', 'astro')
const now = new Date()
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d
const emit = (row: Record<string, unknown>) => console.log(JSON.stringify(row))

function htmlCount(dir: string): number {
  let n = 0
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) n += name === 'pagefind' ? 0 : htmlCount(full)
    else if (name.endsWith('.html')) n++
  }
  return n
}

/** Runs `astro build` in `cwd`, returning wall time and peak memory (GNU time, when present). */
function build(cwd: string, env: Record<string, string>) {
  const gnuTime = existsSync('/usr/bin/time')
  const args = gnuTime ? ['-f', 'PEAK_KB %M CPU_S %U %S', astro, 'build'] : ['build']
  const t0 = performance.now()
  const r = spawnSync(gnuTime ? '/usr/bin/time' : astro, args, {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const seconds = (performance.now() - t0) / 1000
  if (r.status !== 0) throw new Error(`astro build failed in ${cwd}:\n${r.stdout}\n${r.stderr}`)
  const peak = Number(/PEAK_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024
  // Processor time (user + system, with Pagefind's service): what a busy machine changes least.
  const cpu = /CPU_S ([\d.]+) ([\d.]+)/.exec(r.stderr)
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN
  return { seconds, peakMb: peak, cpuSeconds }
}

/** Builds a snapshot (written to a temp folder, or an existing content folder) both ways. */
async function scaleRun(name: string, snapshot: Snapshot, note: string, contentDir?: string) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'velkomst-bench-'))
  const content = contentDir ?? path.join(root, 'content')
  if (!contentDir) await writeFixture(content, snapshot)
  const out = path.join(root, 'dist')
  const ours = build(siteDir, {
    CONTENT_DIR: content,
    SITE_OUT_DIR: out,
    BUILD_DATE: now.toISOString(),
    CMS_URL: '',
  })
  const pages = htmlCount(out)
  const bare = build(path.join(siteDir, 'bench', 'bare'), {
    BARE_SNAPSHOT: path.join(content, 'snapshot.json'),
    BARE_PAGES: String(pages),
    SITE_OUT_DIR: path.join(root, 'bare-dist'),
  })
  const oursRate = pages / ours.seconds
  const bareRate = pages / bare.seconds
  emit({
    metric: `Site build, ${name}: ${pages} pages + feeds, sitemap, search index`,
    value: round(oursRate),
    unit: `pages/s (${round(ours.seconds)} s, ${round(ours.cpuSeconds)} s processor, peak ${Math.round(ours.peakMb)} MB)`,
    target: name.startsWith('10x') ? 'peak ≤ 2 GB' : '',
    note,
  })
  emit({
    metric: `Bare Astro build of the same ${pages} pages`,
    value: round(bareRate),
    unit: `pages/s (${round(bare.seconds)} s, ${round(bare.cpuSeconds)} s processor)`,
  })
  emit({
    metric: `Build time ratio, ours / bare Astro (${name})`,
    value: round(bare.seconds > 0 ? ours.seconds / bare.seconds : NaN, 2),
    unit: 'x',
    target: '≤ 2x',
    note: `processor time ratio ${round(ours.cpuSeconds / bare.cpuSeconds, 2)}x`,
  })
  return out
}

const gz = (file: string) => gzipSync(readFileSync(file)).length

/** HTML + CSS + JS of one page, gzip-compressed, as a browser on a compressing server gets it. */
function pageWeight(out: string, pagePath: string) {
  const file = path.join(out, pagePath, 'index.html')
  const html = readFileSync(file, 'utf8')
  const assets = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="stylesheet"[^>]*href)="([^"]+)"/g),
  ]
    .map((m) => m[1]!)
    .filter((src) => src.startsWith('/'))
  // Small scripts are inlined by Astro: count them as JavaScript, not HTML.
  let js = [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, m) => sum + gzipSync(m[1]!).length,
    0,
  )
  let css = 0
  for (const src of assets) {
    const size = gz(path.join(out, src))
    if (src.endsWith('.js')) js += size
    else css += size
  }
  return { html: gz(file) - js, css, js }
}

async function searchBytes(out: string, query: string) {
  const server = serveSite(out)
  const base = await listen(server)
  const context = await launchBrowser()
  try {
    const page = await context.newPage()
    let bytes = 0
    const kinds = new Map<string, number>()
    // Pagefind's index files are gzip-compressed already; its JS and WebAssembly are counted as
    // a compressing server sends them.
    page.on('response', (response) => {
      const url = response.url()
      if (!url.includes('/pagefind/')) return
      void response.body().then(
        (b) => {
          const size = /\.(js|pagefind)(\?|$)/.test(url) ? gzipSync(b).length : b.length
          bytes += size
          const kind = /pf_meta/.test(url)
            ? 'metadata'
            : /pf_index/.test(url)
              ? 'index'
              : /pf_fragment/.test(url)
                ? 'results'
                : /pf_filter/.test(url)
                  ? 'filters'
                  : /\.pagefind(\?|$)/.test(url)
                    ? 'WebAssembly'
                    : 'script and shards'
          kinds.set(kind, (kinds.get(kind) ?? 0) + size)
        },
        () => undefined,
      )
    })
    await page.goto(`${base}/soeg/`)
    await page.waitForFunction(
      () => !(document.querySelector('[data-search-filters]') as HTMLElement).hidden,
    )
    const before = bytes
    await page.fill('#search-q', query)
    await page.waitForFunction(
      (q) => document.querySelector('[data-search-status]')?.textContent?.includes(q),
      query,
    )
    await page.waitForLoadState('networkidle')
    return {
      total: bytes,
      init: before,
      parts: [...kinds].map(([k, b]) => `${k} ${round(b / 1024)} KB`).join(', '),
    }
  } finally {
    await context.close()
    server.close()
  }
}

const demoContent = path.join(siteDir, 'content', 'snapshot.json')
const demo: Scale = { associations: 40, events: 29, venues: 12, communities: 12 }
const demoSnapshot = existsSync(demoContent)
  ? (JSON.parse(readFileSync(demoContent, 'utf8')) as Snapshot)
  : generateSnapshot(demo, now)
const demoNote = existsSync(demoContent) ? 'the Albertslund demo export' : 'generated, demo size'
const demoOut = await scaleRun(
  'demo scale',
  demoSnapshot,
  demoNote,
  existsSync(demoContent) ? path.dirname(demoContent) : undefined,
)

const templates: [string, string][] = [
  ['home', ''],
  ['associations', 'foreninger'],
  ['association', `foreninger/${demoSnapshot.associations[0]!.slug}`],
  ['venue', `steder/${demoSnapshot.venues[0]!.slug}`],
  ['events', 'arrangementer'],
  ['event', `arrangementer/${demoSnapshot.events[0]!.slug}`],
  ['community', `faellesskaber/${demoSnapshot.communities[0]!.slug}`],
  ['free tickets', 'velkommen'],
  ['search', 'soeg'],
]
for (const [name, p] of templates) {
  if (!existsSync(path.join(demoOut, p, 'index.html'))) continue
  const w = pageWeight(demoOut, p)
  emit({
    metric: `Page weight, ${name} (/${p}${p ? '/' : ''})`,
    value: round((w.html + w.css + w.js) / 1024),
    unit: `KB gzip (HTML+CSS ${round((w.html + w.css) / 1024)}, JS ${round(w.js / 1024)})`,
    target: '< 20 KB; 0 KB JS except search',
  })
}

if (!readConfig('bench').BENCH_SKIP_LARGE) {
  const largeOut = await scaleRun(
    '10x a large municipality',
    generateSnapshot(large10x, now),
    `generated: ${large10x.associations} associations, ${large10x.events} events`,
  )
  const s = await searchBytes(largeOut, 'forening')
  emit({
    metric: 'Search, bytes fetched for a first query at 10x scale',
    value: round(s.total / 1024),
    unit: `KB (${round(s.init / 1024)} KB before typing)`,
    target: '≤ 150 KB',
    note: s.parts,
  })
}
process.exit(0)

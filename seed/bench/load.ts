/**
 * `npm run bench` (load part): the whole system as `npm start` runs it (CMS production build and
 * the live site server) on the demo content, under load for BENCH_LOAD_SECONDS:
 *
 * - BENCH_LOAD_EDITORS signed-in association editors at once, each in a loop: open their
 *   association (draft), list their events, save a draft of the association;
 * - BENCH_LOAD_READERS residents at once reading random site pages (from the sitemap), while
 *   staff publish a change every few seconds so the site rebuilds throughout.
 *
 * Recorded: the CMS's p95 and errors (aim: p95 < 300 ms, 0 errors), the site's p95, errors and
 * partial pages (aim: 0 and 0; a page is whole when it ends with </html>), and the builds that
 * ran meanwhile. One JSON line per measurement; tools/src/bench.ts turns them into BENCHMARKS.md.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

import { demoLogins } from '@velkomst/shared/demo'
import { readConfig } from '@velkomst/shared/config'
import { freePort } from '@velkomst/testing/net'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bench = readConfig('bench')
const seconds = bench.BENCH_LOAD_SECONDS
const editors = bench.BENCH_LOAD_EDITORS
const readers = bench.BENCH_LOAD_READERS
const round = (n: number, d = 0) => Math.round(n * 10 ** d) / 10 ** d
const emit = (row: Record<string, unknown>) => console.log(JSON.stringify(row))
const log = (line: string) => process.stderr.write(`${line}\n`)
const password = (i: number) => `belastning-${i}-kodeord`

/** The demo content, and an association with an editor and an event for every virtual editor. */
async function prepare(dir: string) {
  process.env.DATABASE_URL = `file:${path.join(dir, 'load.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = 'velkomst-bench-secret-not-for-production'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@velkomst/cms/config')
  const { seed } = await import('../src/run')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  await seed(payload)
  const common = { context: { seed: true }, depth: 0, overrideAccess: true } as const
  for (let i = 0; i < editors; i++) {
    const association = await payload.create({
      collection: 'associations',
      data: {
        name: `Belastningsforening ${i + 1}`,
        summary: `Forening nummer ${i + 1} til belastningsmålingen.`,
        status: 'active',
        _status: 'published',
      },
      ...common,
    })
    await payload.create({
      collection: 'users',
      data: {
        email: `redaktoer-${i}@belastning.test`,
        password: password(i),
        role: 'association-editor',
        associations: [association.id],
      },
      ...common,
    })
    const start = new Date(Date.now() + (i + 1) * 24 * 3600 * 1000)
    await payload.create({
      collection: 'events',
      data: {
        title: `Belastningsmøde ${i + 1}`,
        summary: 'Et arrangement til målingen.',
        start: start.toISOString(),
        start_tz: 'Europe/Copenhagen',
        placeText: 'Store Torv',
        organizers: [association.id],
        status: 'scheduled',
        price: { free: true },
        _status: 'published',
      },
      ...common,
    })
  }
  await payload.destroy()
}

interface Tally {
  times: number[]
  errors: number
  examples: string[]
}
const tally = (): Tally => ({ times: [], errors: 0, examples: [] })

async function timed(t: Tally, run: () => Promise<string | undefined>) {
  const t0 = performance.now()
  try {
    const problem = await run()
    t.times.push(performance.now() - t0)
    if (problem) {
      t.errors++
      if (t.examples.length < 5) t.examples.push(problem)
    }
  } catch (error) {
    t.errors++
    if (t.examples.length < 5) t.examples.push(String(error))
  }
}

const p = (t: Tally, q: number) => {
  const sorted = [...t.times].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((q / 100) * sorted.length))] ?? NaN
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'velkomst-bench-load-'))
  const prepared = performance.now()
  await prepare(dir)
  log(`database ready in ${round((performance.now() - prepared) / 1000, 1)} s`)
  const cmsPort = await freePort()
  const sitePort = await freePort()
  const cms = `http://127.0.0.1:${cmsPort}`
  const site = `http://127.0.0.1:${sitePort}`
  const token = 'velkomst-bench-rebuild-token'
  let output = ''
  const system = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['tools/src/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      CMS_PORT: String(cmsPort),
      SITE_PORT: String(sitePort),
      CMS_PUBLIC_URL: cms,
      SITE_REBUILD_TOKEN: token,
      SITE_BUILDS_DIR: path.join(dir, 'builds'),
      SITE_LIVE_LINK: path.join(dir, 'live'),
      SITE_REBUILD_MINUTES: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  system.stdout.on('data', (c: Buffer) => (output += c.toString()))
  system.stderr.on('data', (c: Buffer) => (output += c.toString()))
  try {
    const until = Date.now() + 15 * 60 * 1000
    while (!output.includes('Velkomst is running.')) {
      if (Date.now() > until || system.exitCode !== null) throw new Error(output.slice(-2000))
      await new Promise((r) => setTimeout(r, 500))
    }
    const api = async (pathname: string, init: RequestInit & { token?: string } = {}) => {
      const headers = new Headers(init.headers)
      headers.set('Content-Type', 'application/json')
      if (init.token) headers.set('Authorization', `JWT ${init.token}`)
      return fetch(`${cms}/api${pathname}`, { ...init, headers })
    }
    const signIn = async (email: string, pass: string) => {
      const res = await api('/users/login', {
        method: 'POST',
        body: JSON.stringify({ email, password: pass }),
      })
      return ((await res.json()) as { token: string; user: { associations: number[] } }) ?? {}
    }
    // Every editor signs in before the clock starts: sign-in is slow on purpose (password hash).
    const sessions = await Promise.all(
      Array.from({ length: editors }, (_, i) =>
        signIn(`redaktoer-${i}@belastning.test`, password(i)),
      ),
    )
    const staff = (await signIn(demoLogins.staff.email, demoLogins.staff.password)).token
    const sitemap = await (await fetch(`${site}/sitemap-0.xml`)).text()
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
    if (pages.length === 0) throw new Error('the site has no sitemap')
    log(`${editors} editors signed in; ${pages.length} site pages; loading for ${seconds} s`)

    const cmsReads = tally()
    const cmsSaves = tally()
    const siteReads = tally()
    let partial = 0
    const end = performance.now() + seconds * 1000
    const running = () => performance.now() < end

    const editor = async (i: number) => {
      const { token: jwt, user } = sessions[i]!
      const own = (user.associations[0] as unknown as { id?: number })?.id ?? user.associations[0]
      let n = 0
      while (running()) {
        await timed(cmsReads, async () => {
          const res = await api(`/associations/${own}?draft=true&depth=1`, { token: jwt })
          return res.ok ? (await res.arrayBuffer(), undefined) : `read ${res.status}`
        })
        await timed(cmsReads, async () => {
          const res = await api(`/events?where[organizers][in]=${own}&draft=true&limit=10`, {
            token: jwt,
          })
          return res.ok ? (await res.arrayBuffer(), undefined) : `list ${res.status}`
        })
        await timed(cmsSaves, async () => {
          const res = await api(`/associations/${own}?draft=true`, {
            method: 'PATCH',
            token: jwt,
            body: JSON.stringify({ summary: `Kladde ${++n} fra redaktør ${i}.` }),
          })
          return res.ok ? (await res.arrayBuffer(), undefined) : `save ${res.status}`
        })
      }
    }
    const reader = async (i: number) => {
      let k = i
      while (running()) {
        const page = pages[(k = (k * 7919 + 13) % pages.length)]!
        await timed(siteReads, async () => {
          const res = await fetch(`${site}${page}`)
          const body = await res.text()
          if (!res.ok) return `${page} ${res.status}`
          if (page.endsWith('/') && !body.trimEnd().endsWith('</html>')) {
            partial++
            return `${page} partial`
          }
          return undefined
        })
      }
    }
    // Staff publish a change every 5 s, so the site is rebuilding throughout.
    let publishes = 0
    const publisher = async () => {
      const found = (await (
        await api('/associations?where[slug][equals]=albertslund-skakklub&depth=0')
      ).json()) as { docs: { id: number }[] }
      const id = found.docs[0]!.id
      while (running()) {
        const res = await api(`/associations/${id}?locale=da`, {
          method: 'PATCH',
          token: staff,
          body: JSON.stringify({ summary: `Offentliggjort ${++publishes}.`, _status: 'published' }),
        })
        if (!res.ok) log(`publish answered ${res.status}`)
        await new Promise((r) => setTimeout(r, 5000))
      }
    }
    const buildsBefore = await builds(site, token)
    await Promise.all([
      ...Array.from({ length: editors }, (_, i) => editor(i)),
      ...Array.from({ length: readers }, (_, i) => reader(i)),
      publisher(),
    ])
    const buildsAfter = await builds(site, token)
    const ran = buildsAfter.filter((b) => !buildsBefore.some((a) => a.id === b.id))

    const cmsAll: Tally = {
      times: [...cmsReads.times, ...cmsSaves.times],
      errors: cmsReads.errors + cmsSaves.errors,
      examples: [...cmsReads.examples, ...cmsSaves.examples],
    }
    const note = (t: Tally) =>
      `${t.times.length} requests, p50 ${round(p(t, 50))} ms, max ${round(t.times.reduce((a, b) => Math.max(a, b), 0))} ms, ${t.errors} errors${t.examples.length ? ` (${t.examples.join('; ')})` : ''}`
    emit({
      metric: `CMS: ${editors} signed-in editors at once, p95 (reads and draft saves)`,
      value: round(p(cmsAll, 95)),
      unit: 'ms',
      target: '< 300 ms, 0 errors',
      note: note(cmsAll),
    })
    emit({
      metric: 'CMS: editors’ reads, p95',
      value: round(p(cmsReads, 95)),
      unit: 'ms',
      note: note(cmsReads),
    })
    emit({
      metric: 'CMS: editors’ draft saves, p95',
      value: round(p(cmsSaves, 95)),
      unit: 'ms',
      note: note(cmsSaves),
    })
    emit({
      metric: `Site: ${readers} readers at once during rebuilds, p95`,
      value: round(p(siteReads, 95)),
      unit: 'ms',
      target: '0 errors, no partial page',
      note: `${note(siteReads)}, ${partial} partial pages; ${publishes} publishes, ${ran.length} builds (${ran.filter((b) => !b.ok).length} failed) in ${seconds} s`,
    })
    emit({
      metric: 'Site: errors and partial pages during rebuilds',
      value: siteReads.errors,
      unit: '',
    })
    emit({ metric: 'CMS: errors under load', value: cmsAll.errors, unit: '' })
  } finally {
    if (system.pid) {
      try {
        process.kill(-system.pid, 'SIGTERM')
      } catch {
        /* gone */
      }
    }
    await new Promise((r) => setTimeout(r, 3000))
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** The site server's recent builds (its /__builds, with the rebuild token). */
async function builds(site: string, token: string): Promise<{ id: string; ok: boolean }[]> {
  const res = await fetch(`${site}/__builds`, { headers: { Authorization: `Bearer ${token}` } })
  if (!res.ok) return []
  const report = (await res.json()) as { builds?: { startedAt: string; ok: boolean }[] }
  return (report.builds ?? []).map((b) => ({ id: String(b.startedAt), ok: b.ok }))
}

await main()
process.exit(0)

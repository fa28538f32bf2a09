import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it, vi } from 'vitest'

import { rebuildRoutes, scheduleRebuilds, SiteBuilder } from '../../server/rebuilds'
import { listen, serveSite } from '../../server/static'

function setup(fail: (n: number) => boolean = () => false) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'velkomst-rebuilds-'))
  const liveLink = path.join(root, 'live')
  let builds = 0
  let concurrent = 0
  let maxConcurrent = 0
  const seenDuringBuild: string[] = []
  const builder = new SiteBuilder({
    buildsDir: path.join(root, 'builds'),
    liveLink,
    build: async (outDir) => {
      const n = ++builds
      concurrent++
      maxConcurrent = Math.max(maxConcurrent, concurrent)
      mkdirSync(outDir, { recursive: true })
      // What the server would serve while this build is half written.
      if (existsSync(liveLink))
        seenDuringBuild.push(readFileSync(path.join(liveLink, 'index.html'), 'utf8'))
      await new Promise((r) => setTimeout(r, 30))
      concurrent--
      if (fail(n)) throw new Error(`build ${n} failed: associations[3] (slug "x"): summary.da`)
      writeFileSync(path.join(outDir, 'index.html'), `build ${n}`)
    },
  })
  return {
    root,
    builder,
    liveLink,
    live: () => readFileSync(path.join(liveLink, 'index.html'), 'utf8'),
    stats: () => ({ builds, maxConcurrent, seenDuringBuild }),
  }
}

describe('site rebuilds', () => {
  it('runs one build at a time and coalesces requests that arrive meanwhile', async () => {
    const t = setup()
    const first = t.builder.request('publish 1')
    const rest = [2, 3, 4, 5].map((n) => t.builder.request(`publish ${n}`))
    await Promise.all([first, ...rest])
    expect(t.stats().builds).toBe(2)
    expect(t.stats().maxConcurrent).toBe(1)
    expect(t.builder.history[0]?.reasons).toEqual([
      'publish 2',
      'publish 3',
      'publish 4',
      'publish 5',
    ])
    expect(t.live()).toBe('build 2')
  })

  it('keeps the last good site live when a build fails, and records why', async () => {
    const t = setup((n) => n === 2)
    await t.builder.request('first')
    await t.builder.request('broken content')
    expect(t.live()).toBe('build 1')
    expect(t.builder.history[0]).toMatchObject({ ok: false, reasons: ['broken content'] })
    expect(t.builder.history[0]?.error).toMatch(/associations\[3\]/)
    await t.builder.request('fixed')
    expect(t.live()).toBe('build 3')
  })

  it('swaps whole builds: while a build runs the previous one is served complete', async () => {
    const t = setup()
    await t.builder.request('a')
    await t.builder.request('b')
    await t.builder.request('c')
    expect(t.stats().seenDuringBuild).toEqual(['build 1', 'build 2'])
    // Old builds are pruned: the live one and one before it remain.
    expect(readdirSync(path.join(t.root, 'builds'))).toHaveLength(2)
  })
})

describe('serving the live build', () => {
  it('answers from the new build as soon as it is swapped in', async () => {
    const t = setup()
    await t.builder.request('first')
    const server = serveSite(t.liveLink)
    const base = await listen(server)
    try {
      expect(await (await fetch(`${base}/`)).text()).toBe('build 1')
      await t.builder.request('second')
      expect(await (await fetch(`${base}/`)).text()).toBe('build 2')
      expect((await fetch(`${base}/en/missing/`)).status).toBe(404)
    } finally {
      server.close()
    }
  })
})

describe('the rebuild endpoint', () => {
  it('needs the token, starts a build, and lists the builds', async () => {
    const t = setup()
    await t.builder.request('first')
    const server = serveSite(t.liveLink, rebuildRoutes(t.builder, 'secret'))
    const base = await listen(server)
    try {
      expect((await fetch(`${base}/__rebuild`, { method: 'POST' })).status).toBe(401)
      const auth = { Authorization: 'Bearer secret' }
      const res = await fetch(`${base}/__rebuild`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ reason: 'associations 7 update' }),
      })
      expect(res.status).toBe(202)
      await new Promise((r) => setTimeout(r, 200))
      const builds = (await (await fetch(`${base}/__builds`, { headers: auth })).json()) as {
        builds: { reasons: string[]; ok: boolean }[]
      }
      expect(builds.builds[0]).toMatchObject({ ok: true, reasons: ['associations 7 update'] })
      expect(await (await fetch(`${base}/`)).text()).toBe('build 2')
    } finally {
      server.close()
    }
  })
})

describe('scheduled rebuilds', () => {
  it('ask for a build every interval, and can be turned off', () => {
    vi.useFakeTimers()
    try {
      const requests: string[] = []
      const builder = { request: (reason: string) => (requests.push(reason), Promise.resolve()) }
      const stop = scheduleRebuilds(builder as unknown as SiteBuilder, 60)
      vi.advanceTimersByTime(3 * 60 * 60_000)
      expect(requests).toEqual(['scheduled', 'scheduled', 'scheduled'])
      stop()
      vi.advanceTimersByTime(2 * 60 * 60_000)
      expect(requests).toHaveLength(3)
      scheduleRebuilds(builder as unknown as SiteBuilder, 0)
      vi.advanceTimersByTime(2 * 60 * 60_000)
      expect(requests).toHaveLength(3)
    } finally {
      vi.useRealTimers()
    }
  })
})

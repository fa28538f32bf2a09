import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it, vi } from 'vitest'

import { GenerationStore } from '../../server/generations'
import { rebuildRoutes, scheduleRebuilds, SiteBuilder, tokenMatches } from '../../server/rebuilds'
import { listen, LiveFiles, serveSite } from '../../server/static'

/** A builder whose builds write a one-file generation and make it live. */
function setup(fail: (n: number) => boolean = () => false, slow = 30) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'velkomst-rebuilds-'))
  const files = new LiveFiles(root)
  let builds = 0
  let concurrent = 0
  let maxConcurrent = 0
  const servedDuringBuild: (string | null)[] = []
  const live = () => {
    const file = files.resolve('index.html')
    return file ? readFileSync(file, 'utf8') : null
  }
  const builder = new SiteBuilder({
    build: async () => {
      const n = ++builds
      concurrent++
      maxConcurrent = Math.max(maxConcurrent, concurrent)
      const store = new GenerationStore(root, null)
      await store.write('index.html', new TextEncoder().encode(`build ${n}`))
      // What the server would serve while this build is half written.
      servedDuringBuild.push(live())
      await new Promise((r) => setTimeout(r, slow))
      concurrent--
      if (fail(n)) throw new Error(`build ${n} failed: associations[3] (slug "x"): summary.da`)
      files.use((await store.commit()).manifest)
    },
    timeoutMs: 2000,
  })
  return {
    root,
    builder,
    files,
    live,
    stats: () => ({ builds, maxConcurrent, servedDuringBuild }),
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
    expect(t.stats().servedDuringBuild).toEqual([null, 'build 1', 'build 2'])
  })

  it('stops a build that takes too long and records it as failed', async () => {
    const onTimeout = vi.fn()
    const builder = new SiteBuilder({
      build: () => new Promise(() => undefined),
      timeoutMs: 50,
      onTimeout,
    })
    await builder.request('stuck')
    expect(onTimeout).toHaveBeenCalledOnce()
    expect(builder.history[0]).toMatchObject({ ok: false, reasons: ['stuck'] })
    expect(builder.history[0]?.error).toMatch(/longer than/)
  })
})

describe('serving the live build', () => {
  it('answers from the new build as soon as it is swapped in', async () => {
    const t = setup()
    const server = serveSite(t.files)
    const base = await listen(server)
    try {
      // Before the first build: a page saying so, not an error.
      const waiting = await fetch(`${base}/`)
      expect(waiting.status).toBe(503)
      expect(await waiting.text()).toContain('Hjemmesiden bliver bygget')
      await t.builder.request('first')
      expect(await (await fetch(`${base}/`)).text()).toBe('build 1')
      await t.builder.request('second')
      expect(await (await fetch(`${base}/`)).text()).toBe('build 2')
      expect((await fetch(`${base}/en/missing/`)).status).toBe(404)
    } finally {
      server.close()
    }
  })

  it('serves only images under /media/, never sniffed, and nothing hidden or outside', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'velkomst-static-'))
    mkdirSync(path.join(dir, 'media'))
    writeFileSync(path.join(dir, 'media', 'logo.png'), 'png bytes')
    writeFileSync(path.join(dir, 'media', 'logo.html'), '<script>alert(1)</script>')
    writeFileSync(path.join(dir, 'media', 'logo.svg'), '<svg><script>alert(1)</script></svg>')
    writeFileSync(path.join(dir, 'media', 'noext'), 'x')
    writeFileSync(path.join(dir, '.secret'), 'x')
    writeFileSync(path.join(dir, 'index.html'), 'home')
    const server = serveSite(dir)
    const base = await listen(server)
    try {
      const png = await fetch(`${base}/media/logo.png`)
      expect(png.status).toBe(200)
      expect(png.headers.get('content-type')).toBe('image/png')
      expect(png.headers.get('x-content-type-options')).toBe('nosniff')
      for (const p of ['/media/logo.html', '/media/logo.svg', '/media/noext', '/media/logo']) {
        expect((await fetch(`${base}${p}`)).status, p).toBe(404)
      }
      expect((await fetch(`${base}/.secret`)).status).toBe(404)
      expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404)
      const home = await fetch(`${base}/`)
      expect(home.headers.get('x-content-type-options')).toBe('nosniff')
      expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405)
    } finally {
      server.close()
    }
  })
})

describe('the rebuild endpoint', () => {
  it('needs the token, starts a build, and lists the builds', async () => {
    const t = setup()
    await t.builder.request('first')
    const server = serveSite(t.files, rebuildRoutes(t.builder, 'secret'))
    const base = await listen(server)
    try {
      expect((await fetch(`${base}/__rebuild`, { method: 'POST' })).status).toBe(401)
      const wrong = { Authorization: 'Bearer secreT' }
      expect((await fetch(`${base}/__builds`, { headers: wrong })).status).toBe(401)
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

  it('compares the token whatever its length, and refuses an empty one', () => {
    expect(tokenMatches('Bearer secret', 'secret')).toBe(true)
    for (const presented of ['Bearer secre', 'Bearer secrets', 'secret', 'Bearer ', undefined]) {
      expect(tokenMatches(presented, 'secret'), String(presented)).toBe(false)
    }
    expect(tokenMatches('Bearer ', '')).toBe(false)
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

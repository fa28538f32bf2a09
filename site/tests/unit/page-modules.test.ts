import { describe, expect, it } from 'vitest'

import type { RenderApp } from '../../src/build/engine'
import { keepPagesLoaded } from '../../src/build/page-modules'

/** An app whose page map counts what Astro's would import. */
function fakeApp() {
  const counts = { modules: 0, pages: 0 }
  const pageMap = new Map([
    [
      'src/pages/index.astro',
      async () => {
        counts.modules++
        return {
          page: async () => {
            counts.pages++
            return { default: 'the page', getStaticPaths: 'its paths' }
          },
          renderers: ['kept'],
        }
      },
    ],
  ])
  const app = { manifest: { routes: [], pageMap } } as unknown as RenderApp
  return { app, counts, pageMap }
}

describe('keepPagesLoaded', () => {
  it('imports each page module once, however often it is rendered, and keeps its exports', async () => {
    const { app, counts, pageMap } = fakeApp()
    keepPagesLoaded(app)
    keepPagesLoaded(app)
    const load = pageMap.get('src/pages/index.astro')!
    for (let i = 0; i < 3; i++) {
      const module = await load()
      expect(await module.page()).toEqual({ default: 'the page', getStaticPaths: 'its paths' })
      expect(module.renderers).toEqual(['kept'])
    }
    expect(counts).toEqual({ modules: 1, pages: 1 })
  })

  it('leaves an app without a page map alone', () => {
    const app = { manifest: { routes: [] } } as unknown as RenderApp
    expect(() => keepPagesLoaded(app)).not.toThrow()
    expect(app.manifest).toEqual({ routes: [] })
  })
})

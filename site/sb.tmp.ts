import { gzipSync } from 'node:zlib'
import { launchBrowser } from '@velkomst/testing/browser'
import { listen, serveSite } from './server/static'
const out = process.argv[2]!, query = process.argv[3] ?? 'forening'
const server = serveSite(out)
const base = await listen(server)
const context = await launchBrowser()
const page = await context.newPage()
const rows: [string, number][] = []
page.on('response', (response) => {
  const url = response.url()
  if (!url.includes('/pagefind')) return
  void response.body().then((b) => rows.push([url.replace(base, ''), /\.(js|pagefind)$/.test(url.split('?')[0]!) ? gzipSync(b).length : b.length]), () => undefined)
})
await page.goto(`${base}/soeg/`)
await page.waitForFunction(() => !(document.querySelector('[data-search-filters]') as HTMLElement).hidden)
await page.fill('#search-q', query)
await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(q), query)
await page.waitForLoadState('networkidle')
const groups = new Map<string, [number, number]>()
for (const [u, b] of rows) { const k = u.split('?')[0]!.replace(/\/[^/]*_[0-9a-f]+\.(pf_fragment|pf_index|pf_filter)$/, '/*.$1'); const g = groups.get(k) ?? [0, 0]; g[0]++; g[1] += b; groups.set(k, g) }
for (const [k, [n, b]] of groups) console.log(k, n, (b / 1024).toFixed(1), 'KB')
console.log('total', (rows.reduce((a, r) => a + r[1], 0) / 1024).toFixed(1), 'KB', await page.locator('[data-search-status]').innerText())
await context.close(); server.close(); process.exit(0)

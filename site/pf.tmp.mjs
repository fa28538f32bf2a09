import * as pagefind from 'pagefind'
import fs from 'node:fs'; import path from 'node:path'
const root = '/tmp/pl/out-large'
const files = []
const walk = (d) => { for (const n of fs.readdirSync(d)) { const f = path.join(d, n); if (fs.statSync(f).isDirectory()) { if (n !== 'pagefind') walk(f) } else if (n.endsWith('.html')) files.push(f) } }
walk(root)
const docs = files.map(f => ({ url: '/' + path.relative(root, f).replace(/index\.html$/, ''), content: fs.readFileSync(f, 'utf8') })).filter(d => d.content.includes('data-pagefind-body'))
console.log('indexable', docs.length, 'of', files.length)
for (const n of [Number(process.argv[2] ?? 500), docs.length]) {
  const t0 = performance.now()
  const { index } = await pagefind.createIndex({})
  const t1 = performance.now()
  await Promise.all(docs.slice(0, n).map(d => index.addHTMLFile(d)))
  const t2 = performance.now()
  const { files: out } = await index.getFiles()
  const t3 = performance.now()
  console.log(n, 'create', Math.round(t1-t0), 'add', Math.round(t2-t1), 'getFiles', Math.round(t3-t2), 'files', out.length, 'bytes', out.reduce((a, f) => a + f.content.length, 0))
  if (n === docs.length) { const meta = out.filter(f => /pf_meta|pf_index|pf_filter/.test(f.path)); for (const m of meta.slice(0, 12)) console.log(m.path, m.content.length) }
}
await pagefind.close()

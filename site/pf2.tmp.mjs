import * as pagefind from 'pagefind'
import crypto from 'node:crypto'
const page = (url, body, lang='da') => ({ url, content: `<!doctype html><html lang="${lang}"><head><title>${body}</title></head><body><main data-pagefind-body><h1>${body}</h1><p>${body} tekst om foreningen og ${url}</p><span data-pagefind-filter="type:x"></span></main></body></html>` })
const docs = Array.from({ length: 300 }, (_, i) => page(`/p/${i}/`, `Side nummer ${i} ${['skak','fodbold','strik'][i%3]}`))
async function run(list) {
  const { index } = await pagefind.createIndex({})
  for (const d of list) await index.addHTMLFile(d)
  const { files } = await index.getFiles()
  return files.map(f => f.path + ':' + crypto.createHash('sha1').update(f.content).digest('hex').slice(0, 8)).sort()
}
const a = await run(docs)
const b = await run([...docs].reverse())
console.log('order independent:', JSON.stringify(a) === JSON.stringify(b), a.length, b.length)
const c = await run(docs)
console.log('deterministic:', JSON.stringify(a) === JSON.stringify(c))
// replace semantics
{
  const { index } = await pagefind.createIndex({})
  for (const d of docs) await index.addHTMLFile(d)
  const r1 = await index.getFiles()
  await index.addHTMLFile(page('/p/0/', 'Helt ny titel banan'))
  const r2 = await index.getFiles()
  const meta = (r) => r.files.filter(f => f.path.includes('pf_meta')).map(f => f.path + ' ' + f.content.length)
  console.log('after re-add:', meta(r1), meta(r2))
}
await pagefind.close()

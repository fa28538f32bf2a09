import { readFileSync } from 'node:fs'
import { parseSnapshot } from '@velkomst/shared/schemas'
import { buildModel } from './src/lib/model'
import { sitePages } from './src/lib/pages'
let t = performance.now()
const raw = readFileSync('/tmp/pl/x10/snapshot.json', 'utf8'); const json = JSON.parse(raw)
console.log('read+JSON.parse', Math.round(performance.now() - t)); t = performance.now()
const s = parseSnapshot(json)
console.log('zod parse', Math.round(performance.now() - t)); t = performance.now()
const m = buildModel(s, new Date('2026-10-20T10:00:00Z'))
console.log('buildModel', Math.round(performance.now() - t)); t = performance.now()
const p = sitePages(m)
console.log('sitePages', p.length, Math.round(performance.now() - t))

import path from 'node:path'

import { listen, serveSite } from '../src/server/static'

/** `npm run serve -w @velkomst/site`: serves the built site (dist/) on SITE_PORT (4321). */
const dir = path.resolve(import.meta.dirname, '..', process.env.SITE_OUT_DIR ?? 'dist')
const url = await listen(
  serveSite(dir),
  Number(process.env.SITE_PORT ?? 4321),
  process.env.SITE_HOST ?? '127.0.0.1',
)
console.log(`Site: ${url}/ (English: ${url}/en/)`)

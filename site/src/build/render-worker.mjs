// A render worker's start (see render-pool.ts). Worker threads start from JavaScript: the
// compiled site is loaded by Node itself, as Astro's own build loads it, and the worker's
// TypeScript (render-worker.ts: the content model and the render loop) through tsx, as the
// site's scripts run.
import { workerData } from 'node:worker_threads'

import { tsImport } from 'tsx/esm/api'

const { app } = await import(workerData.entry)
const { serve } = await tsImport('./render-worker.ts', import.meta.url)
await serve(app)

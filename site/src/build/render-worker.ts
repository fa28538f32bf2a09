/**
 * A render worker of a one-shot full build (`render-pool.ts`): the compiled site (Astro's
 * prerender bundle) and the content model built from the snapshot it is given, listing the
 * site's paths and rendering the pages it is sent. Nothing is recorded: a one-shot build is
 * never updated. Started by `render-worker.mjs`.
 */
import { parentPort, workerData } from 'node:worker_threads'

import { StaticPaths } from 'astro/runtime/prerender/static-paths.js'

import type { Snapshot } from '@velkomst/shared/schemas'

import { buildModel } from '../lib/model'
import { Tracker } from './tracking'
import type { RenderApp } from './engine'
import { keepPagesLoaded } from './page-modules'

/** What the main thread hands a worker when it starts it. */
export interface WorkerSetup {
  /** The prerender bundle's entry (`file://…/prerender-entry.*.mjs`). */
  entry: string
  snapshot: Snapshot
  now: string
  /** The part of Astro's build state a render reads: each page's stylesheets and script files. */
  pages: [string, { styles: unknown[] }][]
  bundles: [string, string][]
  scripts: unknown[]
}

/** A page to render, or (`route` -1) the request for the site's paths (sent in batches). */
export interface RenderRequest {
  id: number
  /** The route's index in the compiled manifest (the same in every thread). */
  route: number
  url: string
}

/** A path of the site: its address and its route's index in the compiled manifest. */
export interface SitePath {
  pathname: string
  route: number
}

/** A worker's answer to a request (sent in batches). */
export type RenderReply =
  | { id: number; bytes: Uint8Array }
  | { id: number; paths: SitePath[] }
  | { id: number; error: string }

export interface BuildApp extends RenderApp {
  setInternals(internals: unknown): void
  setOptions(options: unknown): void
}

/** Renders what the main thread asks for with `app` (the compiled site's, loaded natively). */
export async function serve(app: BuildApp): Promise<void> {
  const setup = workerData as WorkerSetup
  const port = parentPort!
  // One build, never compared with another: nothing to remember about the queries' inputs.
  const tracker = new Tracker(false).install()
  tracker.use(buildModel(setup.snapshot, new Date(setup.now)))
  app.setInternals({
    pagesByKeys: new Map(setup.pages),
    entrySpecifierToBundleMap: new Map(setup.bundles),
  })
  app.setOptions({
    settings: { scripts: setup.scripts },
    logger: {
      options: {
        destination: {
          write: (event: { message?: string }) => process.stderr.write(`${event.message ?? ''}\n`),
        },
      },
    },
  })
  keepPagesLoaded(app)
  const routes = new Map(app.manifest.routes.map((r, i) => [r.routeData, i]))

  // Pages are rendered one at a time, in the order asked, and their replies go out eight at a
  // time (or when there is nothing left to do): the main thread is woken once for several pages
  // while this thread goes on with the next ones.
  const queue: RenderRequest[] = []
  const replies: RenderReply[] = []
  const transfers: ArrayBuffer[] = []
  const send = () => {
    if (replies.length) port.postMessage(replies.splice(0), transfers.splice(0))
  }
  const answer = async (request: RenderRequest): Promise<void> => {
    try {
      if (request.route < 0) {
        const paths = (await new StaticPaths(app as never).getAll()).map((p) => ({
          pathname: p.pathname,
          route: routes.get(p.route)!,
        }))
        replies.push({ id: request.id, paths })
        return
      }
      const routeData = app.manifest.routes[request.route]!.routeData
      const response = await app.render(new Request(request.url), { routeData })
      const buffer = await response.arrayBuffer()
      replies.push({ id: request.id, bytes: new Uint8Array(buffer) })
      transfers.push(buffer)
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
      replies.push({ id: request.id, error: message })
    }
  }
  let running = false
  const run = async () => {
    running = true
    for (let request = queue.shift(); request; request = queue.shift()) {
      await answer(request)
      if (replies.length >= 8) send()
    }
    send()
    running = false
  }
  port.on('message', (requests: RenderRequest[]) => {
    queue.push(...requests)
    if (!running) void run()
  })
  port.postMessage('ready')
}

import type {
  CollectionAfterChangeHook,
  CollectionBeforeOperationHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { cmsConfig } from '../config'
import { changeLog } from '../export/changes'

/** What a notification is about: one document, or everything (the content may have changed anywhere). */
export type ChangeScope = { collection: string; id: string } | 'everything' | null

/**
 * Runs `then` once the request's database transaction is committed (at once without one):
 * Payload's hooks run before the commit, and the site builder must read what was committed.
 * Payload keeps the transaction's id on the request until it commits (a promise while it
 * begins, which gives nothing when the database runs without transactions).
 */
function afterCommit(req: PayloadRequest, then: () => void): void {
  const started = Date.now()
  const wait = async () => {
    for (;;) {
      let id: unknown = req.transactionID
      if (id instanceof Promise) id = await (id as Promise<unknown>).catch(() => null)
      // A transaction's id is a string or number; without transactions Payload leaves a promise
      // of nothing (or, after populating relationships, an empty object) on the request.
      const open = typeof id === 'string' || typeof id === 'number'
      if (!open || Date.now() - started > 30_000) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    then()
  }
  wait().catch((error: unknown) =>
    req.payload.logger.warn(`Could not tell the site about a change: ${String(error)}`),
  )
}

/**
 * Tells the site builder that published content changed (SITE_REBUILD_URL; `npm start` points it
 * at the local builder, production at a webhook of the host that builds the site). Fire and
 * forget: a save never waits for or fails because of the site; the builder coalesces bursts.
 * The change goes into the change feed first (`export/changes.ts`), after the commit, so the
 * builder asks for just what changed. Skipped for the seed and imports
 * (`req.context.seed` / `disableRevalidate`), which the next build reads whole.
 */
export function notifySite(req: PayloadRequest, reason: string, scope: ChangeScope = null): void {
  if (req.context.seed || req.context.disableRevalidate) return
  afterCommit(req, () => {
    if (scope === 'everything') changeLog.reset()
    else if (scope) changeLog.record(scope.collection, scope.id)
    const { SITE_REBUILD_URL: url, SITE_REBUILD_TOKEN: token } = cmsConfig()
    if (!url) return
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (token) headers.Authorization = `Bearer ${token}`
    fetch(url, { method: 'POST', headers, body: JSON.stringify({ reason }) }).then(
      (res) => {
        if (!res.ok) req.payload.logger.warn(`Site rebuild request answered ${res.status}`)
      },
      (error: unknown) => req.payload.logger.warn(`Site rebuild request failed: ${String(error)}`),
    )
  })
}

const published = (doc: unknown) =>
  (doc as { _status?: string } | null | undefined)?._status !== 'draft'

/** Remembers whether this write only saves a draft (Payload's `draft: true`), for afterChange. */
const noteDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    const { data, draft } = args as { data?: { _status?: string }; draft?: boolean }
    req.context.draftSave = Boolean(draft) && data?._status !== 'published'
  }
  return args
}

/**
 * Published changes only: a published document saved, published or unpublished. Saving a draft
 * (an editor's change waiting for review) leaves the live site as it is, so it does not ask.
 */
const afterChange: CollectionAfterChangeHook = ({
  collection,
  doc,
  previousDoc,
  req,
  operation,
}) => {
  if (req.context.draftSave) return doc as unknown
  if (published(doc) || (operation === 'update' && published(previousDoc))) {
    const id = String((doc as { id?: unknown }).id)
    notifySite(req, `${collection.slug} ${id} ${operation}`, { collection: collection.slug, id })
  }
  return doc as unknown
}

const afterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (published(doc)) {
    const id = String((doc as { id?: unknown }).id)
    notifySite(req, `${collection.slug} ${id} delete`, { collection: collection.slug, id })
  }
  return doc as unknown
}

const globalAfterChange: GlobalAfterChangeHook = ({ doc, global, req }) => {
  notifySite(req, `${global.slug} update`, { collection: global.slug, id: global.slug })
  return doc as unknown
}

/** Adds the rebuild hooks to a collection the site shows. */
export function rebuildsSite(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), noteDraftSave],
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  }
}

export function rebuildsSiteGlobal(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    hooks: {
      ...global.hooks,
      afterChange: [...(global.hooks?.afterChange ?? []), globalAfterChange],
    },
  }
}

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

/**
 * Tells the site builder that published content changed (SITE_REBUILD_URL; `npm start` points it
 * at the local builder, production at a webhook of the host that builds the site). Fire and
 * forget: a save never waits for or fails because of the site; the builder coalesces bursts.
 * Skipped for the seed and imports (`req.context.seed` / `disableRevalidate`).
 */
export function notifySite(req: PayloadRequest, reason: string): void {
  const { SITE_REBUILD_URL: url, SITE_REBUILD_TOKEN: token } = cmsConfig()
  if (!url || req.context.seed || req.context.disableRevalidate) return
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  fetch(url, { method: 'POST', headers, body: JSON.stringify({ reason }) }).then(
    (res) => {
      if (!res.ok) req.payload.logger.warn(`Site rebuild request answered ${res.status}`)
    },
    (error: unknown) => req.payload.logger.warn(`Site rebuild request failed: ${String(error)}`),
  )
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
    notifySite(req, `${collection.slug} ${String((doc as { id?: unknown }).id)} ${operation}`)
  }
  return doc as unknown
}

const afterDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (published(doc))
    notifySite(req, `${collection.slug} ${String((doc as { id?: unknown }).id)} delete`)
  return doc as unknown
}

const globalAfterChange: GlobalAfterChangeHook = ({ doc, global, req }) => {
  notifySite(req, `${global.slug} update`)
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

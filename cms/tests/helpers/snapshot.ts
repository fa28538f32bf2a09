import fs from 'node:fs'

import type { Payload } from 'payload'

/** Everything stored: documents in every language, drafts, versions, globals, media files. */
export async function everything(p: Payload, mediaDir = process.env.MEDIA_DIR!) {
  const out: Record<string, unknown> = {}
  for (const { slug, versions } of p.config.collections) {
    const collection = slug as 'users'
    const base = { collection, locale: 'all' as const, depth: 0, overrideAccess: true }
    out[slug] = (
      await p.find({ ...base, draft: true, pagination: false, showHiddenFields: true })
    ).docs
    if (versions)
      out[`${slug} versions`] = (await p.findVersions({ ...base, pagination: false })).docs
  }
  for (const { slug } of p.config.globals) {
    out[`global ${slug}`] = await p.findGlobal({ slug: slug, locale: 'all' })
  }
  out.media = fs.readdirSync(mediaDir).sort()
  return out
}

import fs from 'node:fs'

import type { Payload, SanitizedConfig } from 'payload'

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

interface StoredJob {
  queue?: string | null
  taskSlug?: string | null
  meta?: { scheduled?: boolean } | null
}

/**
 * `everything` without what Payload's scheduler writes on its own clock rather than on a
 * request: under `next start` its cron (every ten minutes) queues the next night's retention job
 * and notes in the global `payload-jobs-stats` when it did. A test comparing what is stored
 * before and after requests against a running server compares this instead, so it does not fail
 * when a tick falls between the two pictures (at 03:20 a tick also runs the night's job, which
 * may stay in the queue to be tried again). Only a job the schedule queued for a scheduled task
 * is left out; any other job still counts. Access to the global is tested on its own
 * (access.int.test.ts).
 */
export function apartFromTheClock(
  stored: Record<string, unknown>,
  config: SanitizedConfig,
): Record<string, unknown> {
  const scheduled = (config.jobs.tasks ?? []).flatMap((task) =>
    (task.schedule ?? []).map((s) => ({ queue: s.queue, task: task.slug })),
  )
  const rest = { ...stored }
  delete rest['global payload-jobs-stats']
  const jobs = (rest['payload-jobs'] ?? []) as StoredJob[]
  rest['payload-jobs'] = jobs.filter(
    (job) =>
      !(
        job.meta?.scheduled === true &&
        scheduled.some((s) => s.queue === job.queue && s.task === job.taskSlug)
      ),
  )
  return rest
}

/**
 * `npm run bench` (CMS and seed part): seed time, bulk event creation throughput, and list and by-slug
 * query latency with 5,000 events, on a fresh embedded database in a temp folder.
 * Prints one JSON line per measurement; tools/src/bench.ts turns them into BENCHMARKS.md rows.
 */
import { performance } from 'node:perf_hooks'

import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { readConfig } from '@velkomst/shared/config'
import { valid } from '@velkomst/testing/fixtures'

import { seed } from '../src/run'
import { startPayload } from '../tests/helpers/payload'

interface Row {
  metric: string
  value: number
  unit: string
  target?: string
  note?: string
}

const rows: Row[] = []
const emit = (row: Row) => {
  rows.push(row)
  console.log(JSON.stringify(row))
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now()
  const result = await fn()
  return [performance.now() - t0, result]
}

async function withTransaction(payload: Payload, fn: (req: PayloadRequest) => Promise<void>) {
  const req = await createLocalReq({}, payload)
  const id = await payload.db.beginTransaction()
  if (id) req.transactionID = id
  try {
    await fn(req)
    if (id) await payload.db.commitTransaction(id)
  } catch (error) {
    if (id) await payload.db.rollbackTransaction(id)
    throw error
  }
}

async function main() {
  const total = readConfig('bench').BENCH_EVENTS
  const bootStart = performance.now()
  const t = await startPayload('bench')
  const payload = t.payload
  emit({
    metric: 'CMS cold boot (Payload init, schema push, SQLite)',
    value: round((performance.now() - bootStart) / 1000, 2),
    unit: 's',
  })

  const [seedMs, report] = await time(() => seed(payload))
  const seeded = Object.values(report.created).reduce((a, b) => a + b, 0)
  emit({
    metric: `Seed: demo content (${seeded} documents incl. images)`,
    value: round(seedMs / 1000, 2),
    unit: 's',
    target: '< 30 s',
  })

  const organizer = (await payload.find({ collection: 'associations', limit: 1, depth: 0 }))
    .docs[0]!.id

  // Bulk create through the Local API, with drafts, validation and hooks: one write at a time...
  const single = 200
  const [singleMs] = await time(async () => {
    for (let i = 0; i < single; i++) {
      await payload.create({
        collection: 'events',
        data: { ...valid.event(organizer, 10_000 + i), _status: 'published' },
        depth: 0,
        context: { seed: true },
      })
    }
  })
  emit({
    metric: 'Bulk create events, Local API, one transaction per document',
    value: round(single / (singleMs / 1000)),
    unit: 'docs/s',
    note: `${single} events`,
  })

  // ...and the same inside one transaction, as an import would do it.
  const batch = 500
  const [batchMs] = await time(() =>
    withTransaction(payload, async (req) => {
      for (let i = 0; i < batch; i++) {
        await payload.create({
          collection: 'events',
          data: { ...valid.event(organizer, 20_000 + i), _status: 'published' },
          depth: 0,
          req,
          context: { seed: true },
        })
      }
    }),
  )
  emit({
    metric: 'Bulk create events, Local API, one shared transaction',
    value: round(batch / (batchMs / 1000)),
    unit: 'docs/s',
    note: `${batch} events`,
  })

  // Fill up to the target count the fast way, to measure queries at that size.
  const have = (await payload.count({ collection: 'events' })).totalDocs
  await withTransaction(payload, async (req) => {
    for (let i = have; i < total; i++) {
      const start = new Date(Date.UTC(2026, 11, 1) + (i % 365) * 86_400_000).toISOString()
      await payload.create({
        collection: 'events',
        data: { ...valid.event(organizer, 30_000 + i), start, end: null, _status: 'published' },
        depth: 0,
        req,
        context: { seed: true },
      })
    }
  })
  const count = (await payload.count({ collection: 'events' })).totalDocs

  const samples = 200
  /** Runs `query` `samples` times and records p50 and p95 in milliseconds. */
  async function latency(label: string, query: (i: number) => Promise<unknown>) {
    const times: number[] = []
    for (let i = 0; i < samples; i++) times.push((await time(() => query(i)))[0])
    times.sort((a, b) => a - b)
    for (const p of [50, 95]) {
      emit({
        metric: `${label}, ${count} events: p${p}`,
        value: round(percentile(times, p), 2),
        unit: 'ms',
      })
    }
  }
  const upcoming = (depth: number) => (i: number) =>
    payload.find({
      collection: 'events',
      overrideAccess: false,
      sort: 'start',
      limit: 20,
      page: 1 + (i % 50),
      depth,
      where: { start: { greater_than_equal: '2026-12-01T00:00:00.000Z' } },
    })
  await latency('List upcoming events (public, 20 per page, depth 1)', upcoming(1))
  await latency('List upcoming events (public, 20 per page, depth 0)', upcoming(0))

  const slugs = (
    await payload.find({
      collection: 'events',
      limit: samples,
      depth: 0,
      select: { slug: true },
      sort: '-start',
    })
  ).docs.map((d) => d.slug)
  await latency('Event by slug (public, depth 1)', (i) =>
    payload.find({
      collection: 'events',
      overrideAccess: false,
      where: { slug: { equals: slugs[i] } },
      limit: 1,
      depth: 1,
    }),
  )

  await t.cleanup()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)

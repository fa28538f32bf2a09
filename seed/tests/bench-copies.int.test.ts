/**
 * The publish benchmark's copies at 10x (`bench/copies.ts`): documents copied in SQL must be
 * documents the CMS serves and exports like any other, or the benchmark measures a site that is
 * not the one it says. Copies the whole demo (every kind of row: translations, relationships,
 * select lists, array rows with their own ids) and exports it through the contract.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { writeSnapshot } from '@velkomst/cms/export'
import { parseSnapshot, type Snapshot } from '@velkomst/shared/schemas'

import { copyDocuments, ID_STEP } from '../bench/copies'
import { seed } from '../src/run'
import { startPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
let payload: Payload
let before: Snapshot
let after: Snapshot
let out: string
const today = new Date('2026-11-23T09:00:00Z')
const collections = ['associations', 'events', 'stories'] as const

beforeAll(async () => {
  t = await startPayload('bench-copies')
  if (t.kind !== 'sqlite') return
  payload = t.payload
  await seed(payload, { today })
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'velkomst-copies-'))
  before = parseSnapshot((await writeSnapshot(payload, out)).snapshot)
  const originals = await Promise.all(
    collections.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        draft: true,
        limit: 0,
        depth: 0,
        pagination: false,
      })
      const ids = docs.map((d) => Number(d.id))
      return { collection, from: Math.min(...ids), to: Math.max(...ids) + 1 }
    }),
  )
  await copyDocuments(payload.db.drizzle, originals, 2)
  after = parseSnapshot((await writeSnapshot(payload, out)).snapshot)
}, 180_000)
afterAll(async () => {
  await t?.cleanup()
  if (out) fs.rmSync(out, { recursive: true, force: true })
})

describe.runIf(process.env.VELKOMST_TEST_DB !== 'mongodb')('copies for the 10x benchmark', () => {
  it('exports three of every association, event and story, each with its own slug', () => {
    for (const c of collections) {
      expect(after[c].length, c).toBe(before[c].length * 3)
      expect(new Set(after[c].map((d) => d.slug)).size, c).toBe(after[c].length)
    }
  })

  /** The fields that point at copied documents, and the field that names the document. */
  const shape = {
    associations: { name: 'name', refs: [] },
    events: { name: 'title', refs: ['organizerIds'] },
    stories: { name: 'title', refs: ['associationIds', 'eventIds'] },
  } as const

  for (const c of collections) {
    it(`copies every field of ${c}, numbers names in both languages, points at its own copies`, () => {
      expect(before[c].length).toBeGreaterThan(0)
      for (const original of before[c] as Record<string, unknown>[]) {
        const copy = (after[c] as Record<string, unknown>[]).find(
          (d) => d.slug === `${String(original.slug)}-3`,
        )
        expect(copy, String(original.slug)).toBeDefined()
        const expected: Record<string, unknown> = {
          ...original,
          id: String(Number(original.id) + 2 * ID_STEP),
          slug: `${String(original.slug)}-3`,
        }
        const name = original[shape[c].name] as Record<string, string | null>
        expected[shape[c].name] = Object.fromEntries(
          Object.entries(name).map(([l, v]) => [l, v === null ? null : `${v} (3)`]),
        )
        // What the copy points at was copied too: the same copy of it. Venues, categories and
        // communities were not: the same ones.
        for (const ref of shape[c].refs) {
          expected[ref] = (original[ref] as string[]).map((id) => String(Number(id) + 2 * ID_STEP))
        }
        expect(copy).toEqual(expected)
      }
    })
  }
})

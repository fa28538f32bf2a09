import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import { writeSnapshot } from '@velkomst/cms/export'
import { parseSnapshot, type Snapshot } from '@velkomst/shared/schemas'

import { startPayload, type TestPayload } from './helpers/payload'
import { seed } from '../src/run'
import { events } from '../src/data/events'

let t: TestPayload
let payload: Payload
let exported: Snapshot
let out: string
const today = new Date('2026-11-23T09:00:00Z')

beforeAll(async () => {
  t = await startPayload('export')
  payload = t.payload
  await seed(payload, { today })
  // A published association gets an unpublished draft change; a new association is only a draft.
  const chess = await payload.find({
    collection: 'associations',
    where: { slug: { equals: 'albertslund-skakklub' } },
  })
  await payload.update({
    collection: 'associations',
    id: chess.docs[0]!.id,
    data: { summary: 'KLADDE: ikke udgivet' },
    draft: true,
    locale: 'da',
  })
  await payload.create({
    collection: 'associations',
    data: { name: 'Hemmelig kladdeforening', summary: 'Kun en kladde', status: 'active' },
    draft: true,
    locale: 'da',
  })
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'velkomst-export-'))
  // The export reads as the public does, on its clock: on the seed's day, so what it shows (the
  // ambassadors whose period has not ended) does not change with the day the test runs.
  vi.useFakeTimers({ toFake: ['Date'], now: today, shouldAdvanceTime: true })
  try {
    exported = (await writeSnapshot(payload, out)).snapshot
  } finally {
    vi.useRealTimers()
  }
}, 120_000)
afterAll(async () => {
  await t?.cleanup()
  fs.rmSync(out, { recursive: true, force: true })
})

describe('export to the content contract', () => {
  it('writes a snapshot that parses against the contract, with its media files', () => {
    const file = JSON.parse(fs.readFileSync(path.join(out, 'snapshot.json'), 'utf8')) as unknown
    const parsed = parseSnapshot(file)
    expect(parsed.associations.length).toBe(40)
    expect(parsed.venues.map((v) => v.slug)).toContain('badesoeen')
    const logo = parsed.associations.find((a) => a.logo)?.logo
    expect(logo).toBeTruthy()
    expect(fs.existsSync(path.join(out, 'media', logo!.filename))).toBe(true)
    for (const size of Object.values(logo!.sizes)) {
      expect(fs.existsSync(path.join(out, 'media', size.filename))).toBe(true)
    }
  })

  it('contains only published content: no drafts, no unpublished changes, no accounts', () => {
    const chess = exported.associations.find((a) => a.slug === 'albertslund-skakklub')
    expect(chess?.summary.da).not.toContain('KLADDE')
    expect(exported.associations.some((a) => a.name.da.includes('Hemmelig'))).toBe(false)
    const json = JSON.stringify(exported)
    expect(json).not.toMatch(/@velkomst\.demo|"hash"|"salt"|resetPassword/)
  })

  it('keeps both languages and marks missing English as null', () => {
    const withEnglish = exported.associations.filter((a) => a.summary.en !== null)
    const danishOnly = exported.associations.filter((a) => a.summary.en === null)
    expect(withEnglish.length).toBeGreaterThan(0)
    expect(danishOnly.length).toBeGreaterThan(0)
  })

  it('maps recurrence, rich text and map features', () => {
    // Every recurring event of the seed data, with its rule.
    const recurring = events(today).filter((e) => e.recurrence)
    expect(recurring.length).toBeGreaterThan(10)
    expect(exported.events.filter((e) => e.recurrence).length).toBe(recurring.length)
    const guide = exported.pages.find((p) => p.mapFeatures.length > 0)
    expect(guide?.mapFeatures[0]?.geometry.type).toMatch(/Point|LineString/)
    const welcome = exported.pages.find((p) => p.kind === 'welcome')
    expect(welcome?.content.da.some((b) => b.type === 'heading' && b.level === 2)).toBe(true)
  })
})

describe('residents’ activities in the export', () => {
  it('say who organises them, with the address only where they chose to show it', () => {
    const byResidents = exported.events.filter((e) => e.residents)
    expect(byResidents.map((e) => e.slug).sort()).toEqual(
      events(today)
        .filter((e) => e.residents)
        .map((e) => e.slug)
        .sort(),
    )
    for (const e of byResidents) expect(e.organizerIds).toEqual([])
    const football = byResidents.find((e) => e.slug === 'soendagsfodbold-i-parken')
    expect(football?.residents).toEqual({
      organiser: 'Søndagsholdet',
      email: 'soendagsholdet@fodbold.example',
    })
    expect(football?.languages).toEqual(['da', 'en', 'ar', 'so'])
    const cafe = byResidents.find((e) => e.slug === 'reparationscafe-i-hedemarken')
    expect(cafe?.residents).toEqual({ organiser: 'Naboerne i Hedemarken', email: null })
    // The senders' addresses never reach the site.
    expect(JSON.stringify(exported)).not.toContain('reparation@naboer.example')
  })
})

describe('taking part in the export', () => {
  it('has rooms at the culture house, the library and the community houses, in both languages', () => {
    const rooms = (slug: string) => exported.venues.find((v) => v.slug === slug)?.rooms ?? []
    for (const slug of [
      'forbraendingen',
      'albertslund-bibliotek',
      'hedemarkens-faelleshus',
      'galgebakkens-faelleshus',
    ]) {
      expect(rooms(slug).length, slug).toBeGreaterThan(0)
      for (const room of rooms(slug)) {
        expect(room.name.en, `${slug}: ${room.name.da}`).toBeTruthy()
        expect(room.booking.url ?? room.booking.email ?? room.booking.phone).toBeTruthy()
        expect(room.price.free || room.price.text !== null).toBe(true)
      }
    }
    // Row ids are the rooms' anchors: unique across the site.
    const ids = exported.venues.flatMap((v) => v.rooms.map((r) => r.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(exported.venues.flatMap((v) => v.rooms).some((r) => !r.stepFree)).toBe(true)
  })

  it('shows all four ways on many listings, and help needed where it is asked for', () => {
    const ways = [...exported.associations, ...exported.events].flatMap((x) => x.waysToTakePart)
    for (const way of ['come-along', 'help-out', 'co-organise', 'initiate'] as const) {
      expect(ways.filter((w) => w === way).length, way).toBeGreaterThanOrEqual(3)
    }
    expect(exported.events.every((e) => e.waysToTakePart.includes('come-along'))).toBe(true)
    const helping = exported.associations.filter((a) => a.helpNeeded)
    expect(helping.length).toBeGreaterThanOrEqual(10)
    expect(helping.filter((a) => a.helpNeeded?.en).length).toBeGreaterThanOrEqual(10)
  })
})

describe('the good stories in the export', () => {
  it('holds the demo stories, newest dated a few days ago, tied to their listings, in both languages', () => {
    const stories = exported.stories
    expect(stories.length).toBeGreaterThanOrEqual(3)
    expect(stories.length).toBeLessThanOrEqual(4)
    const byId = (list: { id: string; slug: string }[]) =>
      new Map(list.map((x) => [x.id, x.slug] as const))
    const associations = byId(exported.associations)
    const events = byId(exported.events)
    const communities = byId(exported.communities)
    for (const story of stories) {
      expect(story.title.da, story.slug).not.toBe('')
      expect(story.body.da.length, story.slug).toBeGreaterThan(0)
      expect(story.publishedOn < '2026-11-23', story.slug).toBe(true)
      expect(story.associationIds.length, story.slug).toBeGreaterThan(0)
      for (const id of story.associationIds) expect(associations.has(id), story.slug).toBe(true)
      for (const id of story.eventIds) expect(events.has(id), story.slug).toBe(true)
      for (const id of story.communityIds) expect(communities.has(id), story.slug).toBe(true)
    }
    expect(stories.filter((s) => s.title.en && s.body.en).length).toBeGreaterThanOrEqual(3)
    expect(stories.filter((s) => s.image).length).toBeGreaterThanOrEqual(2)
    const language = stories.find((s) => s.slug === 'fra-sprogcafe-til-venskab')!
    expect(language.publishedOn).toBe('2026-11-19')
    expect(language.eventIds.map((id) => events.get(id))).toEqual(['sprogcafe-tirsdag'])
  })
})

describe('the newcomers in the export', () => {
  it('holds the ambassadors shown on the site now: not the hidden one, not the one whose period ended', () => {
    const shown = exported.ambassadors.map((a) => a.slug)
    expect(shown).toEqual(expect.arrayContaining(['amina-haddad', 'jonas-berg', 'sara-lindqvist']))
    expect(shown).not.toContain('leyla-demir')
    expect(shown).not.toContain('henrik-madsen')
    expect(exported.ambassadors.find((a) => a.slug === 'sara-lindqvist')?.temporary).toBe(true)
  })

  it('holds nothing anyone sent: no visit request, no survey answer, no contact details', () => {
    const json = JSON.stringify(exported)
    for (const secret of [
      'layla.mansour@example.com',
      'Layla Mansour',
      'Hodan Warsame',
      'amina.haddad@example.com',
      '20 11 22 33',
      'nytilflytter.',
      'At finde en læge',
    ]) {
      expect(json).not.toContain(secret)
    }
    expect(exported.pages.some((p) => p.kind === 'privacy')).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'

import {
  applyChanges,
  ContractError,
  imagesOf,
  parseDocument,
  parseSnapshot,
  snapshotCollections,
  type Snapshot,
} from '../src/schemas/index'
import { reservedSlugs, href } from '../src/routes'

const text = (da: string, en: string | null = null) => ({ da, en })
const at = '2026-11-23T12:00:00.000Z'

const minimal = (): Snapshot => ({
  contractVersion: 1,
  generatedAt: at,
  settings: {
    siteName: text('Vild med Albertslund'),
    tagline: text('En genvej til dit nye liv'),
    municipalityName: 'Albertslund Kommune',
    contactPhone: '43686868',
    contactEmail: 'info@albertslund.dk',
    accessibilityStatementUrl: 'https://was.digst.dk/albertslund-dk',
    showDemoNotice: true,
    retentionDays: 180,
    links: { municipalityWelcome: null, wasteCalendar: null, bulkyWaste: null },
  },
  communities: [],
  categories: [],
  venues: [],
  associations: [],
  events: [],
  ticketOffers: [],
  pages: [],
  welcomeLetters: [],
  ambassadors: [],
  stories: [],
})

const story = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  slug: `historie-${id}`,
  title: text(`Historie ${id}`, `Story ${id}`),
  summary: text('Det gik godt.'),
  image: {
    id: '7',
    filename: 'kor.jpg',
    width: 800,
    height: 500,
    alt: text('Koret synger'),
    credit: null,
    sizes: {},
  },
  body: { da: [{ type: 'paragraph', children: [{ text: 'Hej' }] }], en: null },
  publishedOn: '2026-11-20',
  associationIds: ['1'],
  eventIds: [],
  communityIds: ['2'],
  updatedAt: at,
  ...overrides,
})

describe('stories in the content contract', () => {
  it('are a collection of the contract (so the change feed and the site store carry them)', () => {
    expect(snapshotCollections).toContain('stories')
  })

  it('reads a snapshot from before stories as having none', () => {
    const old = minimal() as unknown as Record<string, unknown>
    delete old.stories
    expect(parseSnapshot(old).stories).toEqual([])
  })

  it('refuses a story without a day or with a day that is not one, naming the field', () => {
    for (const publishedOn of [undefined, '2026-02-30', '20.11.2026', '2026-11-20T10:00:00Z']) {
      expect(() => parseDocument('stories', story('1', { publishedOn }))).toThrow(ContractError)
      try {
        parseDocument('stories', story('1', { publishedOn }))
      } catch (error) {
        expect((error as ContractError).problems[0]).toMatch(
          /^stories \(slug "historie-1"\): publishedOn/,
        )
      }
    }
  })

  it('counts a story image among the images the site shows', () => {
    const s = parseSnapshot({ ...minimal(), stories: [story('1')] })
    expect(imagesOf(s).map((i) => i.filename)).toEqual(['kor.jpg'])
  })

  it('applies a change to stories in the contract order', () => {
    const s = parseSnapshot({ ...minimal(), stories: [story('2')] })
    const next = applyChanges(s, {
      collections: { stories: { upsert: [story('1')], remove: [] } },
    })
    expect(next.changed).toBe(true)
    expect(next.snapshot.stories.map((x) => x.id)).toEqual(['1', '2'])
    const gone = applyChanges(next.snapshot, {
      collections: { stories: { upsert: [], remove: ['1', '2'] } },
    })
    expect(gone.snapshot.stories).toEqual([])
  })

  it('have their own address in both languages, reserved from slugs', () => {
    expect(href('da', ['stories', { slug: 'koret' }])).toBe('/historier/koret/')
    expect(href('en', ['stories'])).toBe('/en/stories/')
    expect(reservedSlugs.has('historier')).toBe(true)
    expect(reservedSlugs.has('stories')).toBe(true)
  })
})

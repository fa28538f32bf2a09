import { describe, expect, it } from 'vitest'

import { ContractError, parseSnapshot, type Snapshot } from '../src/schemas/index'

const minimal = (): Snapshot => ({
  contractVersion: 1,
  generatedAt: '2026-11-23T12:00:00.000Z',
  settings: {
    siteName: { da: 'Vild med Albertslund', en: null },
    tagline: { da: 'En genvej til dit nye liv', en: 'A shortcut to your new life' },
    municipalityName: 'Albertslund Kommune',
    contactPhone: '43686868',
    contactEmail: 'info@albertslund.dk',
    accessibilityStatementUrl: 'https://was.digst.dk/albertslund-dk',
    showDemoNotice: true,
    retentionDays: 180,
    links: { municipalityWelcome: null, wasteCalendar: null, bulkyWaste: null },
  },
  communities: [],
  categories: [{ id: '1', slug: 'sport', name: { da: 'Sport', en: 'Sport' }, group: 'activity' }],
  venues: [],
  associations: [],
  events: [],
  ticketOffers: [],
  pages: [],
  welcomeLetters: [],
  ambassadors: [],
  stories: [],
})

describe('the content contract', () => {
  it('accepts a valid snapshot', () => {
    expect(parseSnapshot(minimal()).categories[0]?.slug).toBe('sport')
  })

  it('reads a snapshot from before the practical welcome: no links, checklist or fractions', () => {
    const old = minimal() as unknown as { settings: Record<string, unknown>; pages: unknown[] }
    delete old.settings.links
    old.pages = [
      {
        id: 1,
        slug: 'gaature',
        kind: 'guide',
        audience: null,
        title: { da: 'Gåture', en: null },
        summary: null,
        content: { da: [], en: null },
        mapFeatures: [],
        image: null,
        updatedAt: '2026-11-23T12:00:00.000Z',
      },
    ]
    const parsed = parseSnapshot(old)
    expect(parsed.settings.links).toEqual({
      municipalityWelcome: null,
      wasteCalendar: null,
      bulkyWaste: null,
    })
    expect(parsed.pages[0]).toMatchObject({ checklist: [], wasteFractions: [] })
  })

  it('refuses a waste fraction or checklist group it does not know, naming the page', () => {
    const bad = minimal() as unknown as { pages: unknown[] }
    bad.pages = [
      {
        id: 1,
        slug: 'affald',
        kind: 'waste-guide',
        audience: null,
        title: { da: 'Affald', en: null },
        summary: null,
        content: { da: [], en: null },
        mapFeatures: [],
        wasteFractions: [
          {
            fraction: 'compost',
            description: null,
            disposal: 'home-bin',
            where: { da: 'Haven', en: null },
            examples: [],
            notAccepted: [],
          },
        ],
        image: null,
        updatedAt: '2026-11-23T12:00:00.000Z',
      },
    ]
    expect(() => parseSnapshot(bad)).toThrow(
      /pages\[0\] \(slug "affald"\): wasteFractions\.0\.fraction/,
    )
  })

  it('names the document and the field that break it', () => {
    const bad = minimal() as unknown as { categories: Record<string, unknown>[] }
    bad.categories[0] = { ...bad.categories[0], name: { da: 42, en: null } }
    try {
      parseSnapshot(bad)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ContractError)
      expect((error as ContractError).problems[0]).toMatch(
        /^categories\[0\] \(slug "sport"\): name\.da: /,
      )
    }
  })

  it('rejects a bad slug and a bad quarter', () => {
    const bad = minimal() as unknown as Record<string, unknown[]>
    bad.categories = [{ id: 2, slug: 'Not A Slug', name: { da: 'x', en: null }, group: 'activity' }]
    expect(() => parseSnapshot(bad)).toThrow(/slug/)
  })
})

describe('welcome letters in the contract', () => {
  it('read as none from a snapshot written before they existed', () => {
    const { welcomeLetters, ...older } = minimal()
    expect(welcomeLetters).toEqual([])
    expect(parseSnapshot(older).welcomeLetters).toEqual([])
  })
})

import type { Payload } from 'payload'
import { timeZone } from '@velkomst/shared/locales'

import { associations } from './data/associations'
import { categories } from './data/categories'
import { communities } from './data/communities'
import { eventEnd, events } from './data/events'
import { images, renderImage } from './data/images'
import { pageContent, pages } from './data/pages'
import { settings } from './data/settings'
import { ticketOffers } from './data/ticketOffers'
import { welcomeLetter } from './data/letters'
import { users } from './data/users'
import { venues } from './data/venues'
import type { Text } from './data/helpers'

/**
 * The demo's trusted association: its editor publishes directly (the review workflow's other path).
 */
const trustedAssociations = new Set(['albertslund-if'])

/** Most listings confirmed today; every fifth half a year ago, so staff's "not confirmed" list has some. */
function confirmedOn(today: Date, index: number): string {
  const day = new Date(today)
  if (index % 5 === 4) day.setUTCDate(day.getUTCDate() - 180)
  return `${day.toISOString().slice(0, 10)}T12:00:00.000Z`
}

export interface SeedOptions {
  /** The day the demo content is arranged around; events start after it. */
  today?: Date
  log?: (line: string) => void
}

export interface SeedReport {
  created: Record<string, number>
  skipped: Record<string, number>
  ms: number
}

type Id = number | string
type Slug =
  'communities' | 'categories' | 'venues' | 'associations' | 'events' | 'ticket-offers' | 'pages'

/** Hooks read this to skip side effects (site rebuilds, emails) while the seed runs. */
export const seedContext = { seed: true, disableRevalidate: true }

/**
 * Loads the Albertslund demo content through the Local API. Idempotent: documents are matched
 * by slug (users by email, images by file name, offers by quarter and title) and only missing
 * ones are created, so a second run changes nothing.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const started = Date.now()
  const today = options.today ?? new Date()
  const log = options.log ?? (() => undefined)
  const report: SeedReport = { created: {}, skipped: {}, ms: 0 }
  const count = (kind: 'created' | 'skipped', collection: string) => {
    report[kind][collection] = (report[kind][collection] ?? 0) + 1
  }
  const common = { context: seedContext, depth: 0, overrideAccess: true } as const

  /** Existing documents by key, read once per collection. */
  async function existing(
    collection: Slug | 'media' | 'users',
    key: string,
  ): Promise<Map<string, Id>> {
    const r = await payload.find({
      collection,
      pagination: false,
      draft: true,
      select: { [key]: true } as never,
      ...common,
    })
    return new Map(
      (r.docs as { id: Id }[]).map((d) => [String((d as Record<string, unknown>)[key]), d.id]),
    )
  }

  /** Creates a document in Danish and, if any English is given, adds the English text. */
  async function createLocalized(
    collection: Slug,
    da: Record<string, unknown>,
    en: Record<string, unknown>,
  ): Promise<Id> {
    const doc = await payload.create({
      collection,
      data: { ...da, _status: 'published' } as never,
      draft: false,
      locale: 'da',
      ...common,
    })
    if (Object.values(en).some((v) => v !== undefined)) {
      await payload.update({ collection, id: doc.id, data: en, locale: 'en', ...common })
    }
    return doc.id
  }

  const ids = (map: Map<string, Id>, slugs: string[] | undefined) =>
    (slugs ?? []).map((s) => {
      const id = map.get(s)
      if (id === undefined) throw new Error(`Seed data refers to a missing document: "${s}"`)
      return id
    })
  const en = (t: Text | undefined) => t?.en

  async function step<T>(
    label: string,
    items: T[],
    collection: Slug,
    map: Map<string, Id>,
    keyOf: (item: T) => string,
    make: (item: T) => Promise<Id>,
  ) {
    let made = 0
    for (const item of items) {
      const key = keyOf(item)
      if (map.has(key)) {
        count('skipped', collection)
        continue
      }
      map.set(key, await make(item))
      count('created', collection)
      made++
    }
    log(`${label}: ${made} created, ${items.length - made} already there`)
  }

  // Site settings: written only while they still hold the defaults.
  const current = await payload.findGlobal({ slug: 'site-settings', ...common })
  if (!current.showDemoNotice) {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: settings.da,
      locale: 'da',
      ...common,
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: settings.en,
      locale: 'en',
      ...common,
    })
    count('created', 'site-settings')
    log('site settings: demo notice switched on')
  } else {
    count('skipped', 'site-settings')
  }

  // Images, drawn locally.
  const media = await existing('media', 'filename')
  const imageIds = new Map<string, Id>()
  let drawn = 0
  for (const image of images) {
    const filename = `velkomst-demo-${image.key}.png`
    let id = media.get(filename)
    if (id === undefined) {
      const data = await renderImage(image)
      const doc = await payload.create({
        collection: 'media',
        data: image.alt ? { alt: image.alt.da, decorative: false } : { decorative: true },
        file: { data, mimetype: 'image/png', name: filename, size: data.length },
        locale: 'da',
        ...common,
      })
      if (image.alt?.en) {
        await payload.update({
          collection: 'media',
          id: doc.id,
          data: { alt: image.alt.en },
          locale: 'en',
          ...common,
        })
      }
      id = doc.id
      drawn++
      count('created', 'media')
    } else count('skipped', 'media')
    imageIds.set(image.key, id)
  }
  log(`images: ${drawn} drawn, ${images.length - drawn} already there`)

  const categoryIds = await existing('categories', 'slug')
  await step(
    'categories',
    categories,
    'categories',
    categoryIds,
    (c) => c.slug,
    (c) =>
      createLocalized(
        'categories',
        { name: c.name.da, slug: c.slug, group: c.group },
        { name: en(c.name) },
      ),
  )

  const communityIds = await existing('communities', 'slug')
  await step(
    'communities',
    communities,
    'communities',
    communityIds,
    (c) => c.slug,
    (c) =>
      createLocalized(
        'communities',
        { name: c.name.da, slug: c.slug, kind: c.kind, description: c.description.da },
        { name: en(c.name), description: en(c.description) },
      ),
  )

  const venueIds = await existing('venues', 'slug')
  await step(
    'venues',
    venues(today),
    'venues',
    venueIds,
    (v) => v.slug,
    (v) =>
      createLocalized(
        'venues',
        {
          name: v.name.da,
          slug: v.slug,
          description: v.description.da,
          address: { street: v.street, postcode: '2620', city: 'Albertslund' },
          coordinates: { lat: v.lat, lng: v.lng },
          community: communityIds.get(v.community),
          openingHours: {
            rules: v.rules.map((r) => ({
              ...r,
              validFrom: r.validFrom && `${r.validFrom}T12:00:00.000Z`,
              validTo: r.validTo && `${r.validTo}T12:00:00.000Z`,
            })),
            note: v.hoursNote?.da,
          },
          accessibility: { ...v.access, note: v.access.note?.da },
          contact: { phone: v.phone, email: v.email, website: v.website },
          images: v.image ? [imageIds.get(v.image)] : [],
        },
        {
          name: en(v.name),
          description: en(v.description),
          openingHours: v.hoursNote?.en ? { note: v.hoursNote.en } : undefined,
          accessibility: v.access.note?.en ? { note: v.access.note.en } : undefined,
        },
      ),
  )

  const associationIds = await existing('associations', 'slug')
  await step(
    'associations',
    associations,
    'associations',
    associationIds,
    (a) => a.slug,
    (a) =>
      createLocalized(
        'associations',
        {
          name: a.name.da,
          slug: a.slug,
          summary: a.summary.da,
          categories: ids(categoryIds, a.categories),
          audiences: a.audiences,
          ageRange: { min: a.age?.[0] ?? null, max: a.age?.[1] ?? null },
          communities: ids(communityIds, a.communities),
          venues: ids(venueIds, a.venues),
          contact: { email: a.email, phone: a.phone },
          membershipFee: { amount: a.fee },
          languages: a.languages,
          socialOffer: a.socialOffer,
          waysToTakePart: a.ways,
          cvr: a.cvr,
          status: 'active',
          trusted: trustedAssociations.has(a.slug),
          lastConfirmed: confirmedOn(today, associations.indexOf(a)),
          logo: a.logo ? imageIds.get(a.logo) : undefined,
        },
        { summary: en(a.summary) },
      ),
  )

  const eventIds = await existing('events', 'slug')
  await step(
    'events',
    events(today),
    'events',
    eventIds,
    (e) => e.slug,
    (e) =>
      createLocalized(
        'events',
        {
          title: e.title.da,
          slug: e.slug,
          summary: e.summary.da,
          start: e.start.toISOString(),
          start_tz: timeZone,
          end: eventEnd(e).toISOString(),
          end_tz: timeZone,
          recurrence: e.recurrence
            ? {
                frequency: e.recurrence.frequency,
                interval: e.recurrence.interval ?? 1,
                byWeekday: e.recurrence.byWeekday,
                monthlyMode: e.recurrence.monthlyMode,
                until: `${e.recurrence.until}T12:00:00.000Z`,
                excludedDates: (e.recurrence.excluded ?? []).map((d) => ({
                  date: `${d}T12:00:00.000Z`,
                })),
              }
            : { frequency: 'none' },
          venue: e.venue ? venueIds.get(e.venue) : undefined,
          placeText: e.placeText?.da,
          onlineUrl: e.onlineUrl,
          organizers: ids(associationIds, e.organizers),
          organizedByMunicipality: Boolean(e.byMunicipality),
          categories: ids(categoryIds, e.categories),
          audiences: e.audiences,
          communities: ids(communityIds, e.communities),
          price: e.price ? { free: false, amount: e.price } : { free: true },
          registrationUrl: e.registrationUrl,
          status: e.status ?? 'scheduled',
          volunteersWanted: e.volunteers
            ? { wanted: true, help: e.volunteers.da }
            : { wanted: false },
          image: e.image ? imageIds.get(e.image) : undefined,
        },
        {
          title: en(e.title),
          summary: en(e.summary),
          placeText: en(e.placeText),
          volunteersWanted: e.volunteers?.en ? { help: e.volunteers.en } : undefined,
        },
      ),
  )

  const offerKeys = new Map<string, Id>()
  const offers = await payload.find({
    collection: 'ticket-offers',
    pagination: false,
    draft: true,
    locale: 'da',
    ...common,
  })
  for (const o of offers.docs) offerKeys.set(`${o.quarter}:${o.title}`, o.id)
  const targetMaps = { venues: venueIds, events: eventIds, associations: associationIds }
  await step(
    'ticket offers',
    ticketOffers(today),
    'ticket-offers',
    offerKeys,
    (o) => `${o.quarter}:${o.title.da}`,
    (o) =>
      createLocalized(
        'ticket-offers',
        {
          quarter: o.quarter,
          title: o.title.da,
          description: o.description.da,
          target: o.target
            ? {
                relationTo: o.target.collection,
                value: targetMaps[o.target.collection].get(o.target.slug),
              }
            : undefined,
          ticketsPerHousehold: o.perHousehold,
          totalAvailable: o.total,
          howToRedeem: o.redeem.da,
          status: o.status,
        },
        { title: en(o.title), description: en(o.description), howToRedeem: en(o.redeem) },
      ),
  )

  // The current quarter's welcome letter, with that quarter's offers (once).
  const letter = welcomeLetter(today)
  const { totalDocs: letters } = await payload.count({
    collection: 'welcome-letters',
    where: { quarter: { equals: letter.quarter } },
    ...common,
  })
  if (letters === 0) {
    const quarterOffers = await payload.find({
      collection: 'ticket-offers',
      where: { quarter: { equals: letter.quarter } },
      pagination: false,
      ...common,
    })
    const doc = await payload.create({
      collection: 'welcome-letters',
      data: {
        quarter: letter.quarter,
        greeting: letter.greeting.da,
        signatureName: letter.signatureName,
        signatureTitle: letter.signatureTitle.da,
        offers: quarterOffers.docs.map((o) => o.id),
        status: 'approved',
      } as never,
      locale: 'da',
      ...common,
    })
    await payload.update({
      collection: 'welcome-letters',
      id: doc.id,
      data: { greeting: letter.greeting.en, signatureTitle: letter.signatureTitle.en },
      locale: 'en',
      ...common,
    })
    count('created', 'welcome-letters')
  } else count('skipped', 'welcome-letters')
  log(`welcome letter: ${letter.quarter}`)

  const pageIds = await existing('pages', 'slug')
  await step(
    'pages',
    pages,
    'pages',
    pageIds,
    (p) => p.slug,
    (p) =>
      createLocalized(
        'pages',
        {
          title: p.title.da,
          slug: p.slug,
          kind: p.kind,
          audience: p.audience,
          summary: p.summary.da,
          content: pageContent(p, 'da'),
          image: p.image ? imageIds.get(p.image) : undefined,
          mapFeatures: (p.mapFeatures ?? []).map((f) => ({
            kind: f.kind,
            name: f.name.da,
            description: f.description?.da,
            geometry: f.geometry,
          })),
        },
        {
          title: en(p.title),
          summary: en(p.summary),
          content: pageContent(p, 'en'),
          // Array rows keep their ids across locales; English names are written row by row below.
        },
      ),
  )
  await addEnglishMapNames(payload, pageIds, common)

  const userIds = await existing('users', 'email')
  let madeUsers = 0
  for (const u of users) {
    if (userIds.has(u.email)) {
      count('skipped', 'users')
      continue
    }
    await payload.create({
      collection: 'users',
      data: {
        email: u.email,
        password: u.password,
        displayName: u.displayName,
        role: u.role,
        associations: ids(associationIds, u.associations) as number[],
      },
      ...common,
    })
    count('created', 'users')
    madeUsers++
  }
  log(`users: ${madeUsers} created, ${users.length - madeUsers} already there`)

  report.ms = Date.now() - started
  return report
}

/** Map feature names in English, matched to the Danish rows by position. */
async function addEnglishMapNames(
  payload: Payload,
  pageIds: Map<string, Id>,
  common: { context: Record<string, unknown>; depth: 0; overrideAccess: true },
) {
  for (const p of pages) {
    if (!p.mapFeatures?.some((f) => f.name.en)) continue
    const id = pageIds.get(p.slug)
    if (id === undefined) continue
    const doc = await payload.findByID({
      collection: 'pages',
      id,
      locale: 'en',
      fallbackLocale: false,
      ...common,
    })
    const rows = (doc.mapFeatures ?? []) as { id?: string; name?: string | null }[]
    if (rows.every((r) => r.name)) continue
    await payload.update({
      collection: 'pages',
      id,
      locale: 'en',
      data: {
        mapFeatures: rows.map((row, i) => ({
          ...row,
          name: p.mapFeatures?.[i]?.name.en ?? p.mapFeatures?.[i]?.name.da,
          description: p.mapFeatures?.[i]?.description?.en ?? null,
        })),
      },
      ...common,
    })
  }
}

/**
 * The demo content as the site reads it (the content contract), straight from `data/`, without
 * a CMS: for tests that need the real demo's words on a built site (search finds "Badesøen"
 * typed as "badesoen"). Images are left out; everything else is what the seed publishes.
 * `npm run snapshot -w @velkomst/seed -- <folder>` writes it as `<folder>/snapshot.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { quarterBounds } from '@velkomst/shared/quarter'
import {
  parseSnapshot,
  type LocalizedText,
  type RichText,
  type Snapshot,
} from '@velkomst/shared/schemas'

import { associations } from './data/associations'
import { categories } from './data/categories'
import { communities } from './data/communities'
import { eventEnd, events } from './data/events'
import type { Text } from './data/helpers'
import { pages } from './data/pages'
import { settings } from './data/settings'
import { ticketOffers } from './data/ticketOffers'
import { venues } from './data/venues'

const localized = (t: Text): LocalizedText => ({ da: t.da, en: t.en ?? null })
const maybe = (t: Text | undefined): LocalizedText | null => (t ? localized(t) : null)
const blocks = (lines: string[]): RichText =>
  lines.map((b) =>
    b.startsWith('## ')
      ? { type: 'heading' as const, level: 2 as const, children: [{ text: b.slice(3) }] }
      : { type: 'paragraph' as const, children: [{ text: b }] },
  )

/** Ids are the slugs' positions, as strings; `idOf` finds them from a slug. */
function ids<T extends { slug: string }>(list: T[]) {
  const map = new Map(list.map((item, i) => [item.slug, String(i + 1)]))
  return (slug: string) => {
    const id = map.get(slug)
    if (!id) throw new Error(`The demo content refers to a missing slug "${slug}".`)
    return id
  }
}

export function demoSnapshot(today: Date): Snapshot {
  const updatedAt = today.toISOString()
  const venueList = venues(today)
  const eventList = events(today)
  const community = ids(communities)
  const category = ids(categories)
  const venue = ids(venueList)
  const association = ids(associations)
  const event = ids(eventList)
  const contact = (c: { phone?: string; email?: string; website?: string }) => ({
    phone: c.phone?.replace(/\s/g, '') ?? null,
    email: c.email ?? null,
    website: c.website ?? null,
  })
  return parseSnapshot({
    contractVersion: 1,
    generatedAt: updatedAt,
    settings: {
      ...settings.da,
      contactPhone: settings.da.contactPhone.replace(/\s/g, ''),
      siteName: { da: settings.da.siteName, en: settings.en.siteName },
      tagline: { da: settings.da.tagline, en: settings.en.tagline },
    },
    communities: communities.map((c) => ({
      id: community(c.slug),
      slug: c.slug,
      name: localized(c.name),
      kind: c.kind,
      description: localized(c.description),
      updatedAt,
    })),
    categories: categories.map((c) => ({
      id: category(c.slug),
      slug: c.slug,
      name: localized(c.name),
      group: c.group,
    })),
    venues: venueList.map((v) => ({
      id: venue(v.slug),
      slug: v.slug,
      name: localized(v.name),
      description: localized(v.description),
      address: { street: v.street, postcode: '2620', city: 'Albertslund' },
      coordinates: { lat: v.lat, lng: v.lng },
      communityId: community(v.community),
      openingHours: {
        rules: v.rules.map((r) => ({
          weekday: r.weekday,
          opens: r.opens,
          closes: r.closes,
          validFrom: r.validFrom ?? null,
          validTo: r.validTo ?? null,
        })),
        note: maybe(v.hoursNote),
      },
      accessibility: { ...v.access, note: maybe(v.access.note) },
      contact: contact(v),
      images: [],
      updatedAt,
    })),
    associations: associations.map((a) => ({
      id: association(a.slug),
      slug: a.slug,
      name: localized(a.name),
      summary: localized(a.summary),
      description: null,
      logo: null,
      categoryIds: a.categories.map(category),
      audiences: a.audiences,
      ageRange: { min: a.age?.[0] ?? null, max: a.age?.[1] ?? null },
      communityIds: a.communities.map(community),
      venueIds: a.venues.map(venue),
      contact: contact(a),
      membershipFee: { amount: a.fee, text: null },
      languages: a.languages,
      socialOffer: a.socialOffer,
      waysToTakePart: a.ways,
      cvr: a.cvr ?? null,
      status: 'active',
      lastConfirmed: updatedAt.slice(0, 10),
      updatedAt,
    })),
    events: eventList.map((e) => ({
      id: event(e.slug),
      slug: e.slug,
      title: localized(e.title),
      summary: localized(e.summary),
      description: null,
      start: e.start.toISOString(),
      end: eventEnd(e).toISOString(),
      allDay: false,
      recurrence: e.recurrence
        ? {
            frequency: e.recurrence.frequency,
            interval: e.recurrence.interval ?? 1,
            byWeekday: e.recurrence.byWeekday ?? [],
            monthlyMode: e.recurrence.monthlyMode ?? null,
            until: e.recurrence.until,
            count: null,
            excludedDates: e.recurrence.excluded ?? [],
          }
        : null,
      venueId: e.venue ? venue(e.venue) : null,
      placeText: maybe(e.placeText),
      onlineUrl: e.onlineUrl ?? null,
      organizerIds: e.organizers.map(association),
      organizedByMunicipality: e.byMunicipality ?? false,
      communityIds: e.communities.map(community),
      categoryIds: e.categories.map(category),
      audiences: e.audiences,
      price: { free: e.price === undefined, amount: e.price ?? null },
      registrationUrl: e.registrationUrl ?? null,
      status: e.status ?? 'scheduled',
      volunteersWanted: { wanted: e.volunteers !== undefined, help: maybe(e.volunteers) },
      image: null,
      updatedAt,
    })),
    ticketOffers: ticketOffers(today).map((o, i) => {
      const { firstDay, lastDay } = quarterBounds(o.quarter)
      const ids = { venues: venue, associations: association, events: event }
      return {
        id: String(i + 1),
        quarter: o.quarter,
        title: localized(o.title),
        description: localized(o.description),
        target: o.target
          ? { collection: o.target.collection, id: ids[o.target.collection](o.target.slug) }
          : null,
        ticketsPerHousehold: o.perHousehold,
        totalAvailable: o.total ?? null,
        validFrom: firstDay,
        validTo: lastDay,
        howToRedeem: localized(o.redeem),
        status: o.status,
        updatedAt,
      }
    }),
    pages: pages.map((p, i) => ({
      id: String(i + 1),
      slug: p.slug,
      kind: p.kind,
      audience: p.audience ?? null,
      title: localized(p.title),
      summary: localized(p.summary),
      content: { da: blocks(p.content.da), en: p.content.en ? blocks(p.content.en) : null },
      mapFeatures: (p.mapFeatures ?? []).map((f) => ({
        kind: f.kind,
        name: localized(f.name),
        description: maybe(f.description),
        geometry: f.geometry,
      })),
      image: null,
      updatedAt,
    })),
    welcomeLetters: [],
  })
}

/** Writes the demo snapshot into a content folder the site builds from (CONTENT_DIR). */
export function writeDemoSnapshot(dir: string, today = new Date()) {
  mkdirSync(path.join(dir, 'media'), { recursive: true })
  writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(demoSnapshot(today)))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, today] = process.argv.slice(2)
  if (!dir) throw new Error('Usage: npm run snapshot -w @velkomst/seed -- <folder> [ISO date]')
  writeDemoSnapshot(path.resolve(dir), today ? new Date(today) : new Date())
}

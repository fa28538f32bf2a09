import type { CollectionSlug, Payload } from 'payload'
import {
  parseSnapshot,
  type Image,
  type LocalizedText,
  type Snapshot,
} from '@velkomst/shared/schemas'
import { toDayKey } from '@velkomst/shared/time'
import { statusWithUptake } from '@velkomst/shared/validation'

import { ticketsUsed } from '../tickets/uptake'
import { toRichText } from './richText'

/**
 * Published content → the content contract. Every query runs with the public's access (no user,
 * `overrideAccess: false`), so drafts, accounts and unpublished changes can never leak into the
 * site, whoever asks for the export. One exception, by design: the number of tickets handed out per
 * published offer (sums only, from `tickets/uptake.ts`), which turns an offer "sold out".
 */
type Doc = Record<string, unknown>
type Localized<T> = { da?: T | null; en?: T | null } | null | undefined

const text = (value: unknown): LocalizedText => {
  const v = value as Localized<string>
  return { da: v?.da ?? '', en: v?.en?.trim() ? v.en : null }
}
const optionalText = (value: unknown): LocalizedText | null => {
  const t = text(value)
  return t.da.trim() || t.en ? t : null
}
const ids = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((v) => String(typeof v === 'object' && v ? (v as Doc).id : v))
    : []
const idOf = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : String(typeof value === 'object' ? (value as Doc).id : value)
const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null
const group = (value: unknown): Doc => (value && typeof value === 'object' ? (value as Doc) : {})
const day = (value: unknown): string | null => toDayKey(value)

async function all(payload: Payload, collection: CollectionSlug, sort?: string): Promise<Doc[]> {
  const result = await payload.find({
    collection,
    depth: 0,
    draft: false,
    limit: 0,
    locale: 'all',
    overrideAccess: false,
    pagination: false,
    sort,
  })
  return result.docs as unknown as Doc[]
}

function mediaMap(docs: Doc[]): Map<string, Image> {
  const map = new Map<string, Image>()
  for (const m of docs) {
    const filename = str(m.filename)
    if (!filename || typeof m.width !== 'number' || typeof m.height !== 'number') continue
    const sizes: Image['sizes'] = {}
    for (const [name, size] of Object.entries(group(m.sizes))) {
      const s = group(size)
      const sizeFile = str(s.filename)
      if (sizeFile && typeof s.width === 'number' && typeof s.height === 'number') {
        sizes[name] = {
          filename: sizeFile,
          width: s.width,
          height: s.height,
          mimeType: str(s.mimeType) ?? 'image/webp',
        }
      }
    }
    map.set(String(m.id), {
      id: String(m.id),
      filename,
      width: m.width,
      height: m.height,
      alt: m.decorative ? null : text(m.alt),
      credit: str(m.credit),
      sizes,
    })
  }
  return map
}

const rows = (value: unknown): Doc[] => (Array.isArray(value) ? (value as Doc[]) : [])

function settingsLinks(value: unknown) {
  const l = group(value)
  return {
    municipalityWelcome: optionalText(l.municipalityWelcome),
    wasteCalendar: optionalText(l.wasteCalendar),
    bulkyWaste: optionalText(l.bulkyWaste),
  }
}

function checklistOf(value: unknown) {
  return rows(value).map((step) => ({
    id: String(step.id),
    group: step.group,
    title: text(step.title),
    text: optionalText(step.text),
    links: rows(step.links).map((l) => ({ label: text(l.label), url: text(l.url) })),
  }))
}

function wasteFractionsOf(value: unknown) {
  return rows(value).map((f) => ({
    fraction: f.fraction,
    description: optionalText(f.description),
    disposal: f.disposal,
    where: text(f.where),
    examples: rows(f.examples).map((e) => text(e.name)),
    notAccepted: rows(f.notAccepted).map((e) => text(e.name)),
  }))
}

export async function buildSnapshot(payload: Payload, now = new Date()): Promise<Snapshot> {
  const [
    settings,
    media,
    communities,
    categories,
    venues,
    associations,
    events,
    offers,
    pages,
    letters,
    ambassadors,
  ] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', locale: 'all', overrideAccess: false }),
    all(payload, 'media'),
    all(payload, 'communities', 'slug'),
    all(payload, 'categories', 'slug'),
    all(payload, 'venues', 'slug'),
    all(payload, 'associations', 'slug'),
    all(payload, 'events', 'start'),
    all(payload, 'ticket-offers', 'quarter'),
    all(payload, 'pages', 'slug'),
    // Public access: approved letters only (drafts stay with staff).
    all(payload, 'welcome-letters', 'quarter'),
    // Public access: those who agreed to be shown, whose period has not ended; never contact
    // details (field access), and a photo only with consent.
    all(payload, 'ambassadors', 'name'),
  ])
  // Tickets handed out (sums only): an offer whose total is reached is sold out on the site.
  const used = await ticketsUsed(
    payload,
    offers.map((o) => o.id as number | string),
  )
  const images = mediaMap(media)
  const imageOf = (value: unknown) => {
    const id = idOf(value)
    return id ? (images.get(id) ?? null) : null
  }
  const s = settings as unknown as Doc
  const contact = (value: unknown) => {
    const c = group(value)
    return { phone: str(c.phone), email: str(c.email), website: str(c.website) }
  }

  return parseSnapshot({
    contractVersion: 1,
    generatedAt: now.toISOString(),
    settings: {
      siteName: text(s.siteName),
      tagline: text(s.tagline),
      municipalityName: s.municipalityName,
      contactPhone: s.contactPhone,
      contactEmail: s.contactEmail,
      accessibilityStatementUrl: s.accessibilityStatementUrl,
      showDemoNotice: Boolean(s.showDemoNotice),
      retentionDays: typeof s.retentionDays === 'number' ? s.retentionDays : undefined,
      links: settingsLinks(s.links),
    },
    communities: communities.map((c) => ({
      id: String(c.id),
      slug: c.slug,
      name: text(c.name),
      kind: c.kind,
      description: optionalText(c.description),
      updatedAt: c.updatedAt,
    })),
    categories: categories.map((c) => ({
      id: String(c.id),
      slug: c.slug,
      name: text(c.name),
      group: c.group,
    })),
    venues: venues.map((v) => {
      const hours = group(v.openingHours)
      const access = group(v.accessibility)
      const coordinates = group(v.coordinates)
      return {
        id: String(v.id),
        slug: v.slug,
        name: text(v.name),
        description: optionalText(v.description),
        address: v.address,
        coordinates:
          typeof coordinates.lat === 'number' && typeof coordinates.lng === 'number'
            ? { lat: coordinates.lat, lng: coordinates.lng }
            : null,
        communityId: idOf(v.community),
        openingHours: {
          rules: (Array.isArray(hours.rules) ? (hours.rules as Doc[]) : []).map((r) => ({
            validFrom: day(r.validFrom),
            validTo: day(r.validTo),
            weekday: r.weekday,
            opens: r.opens,
            closes: r.closes,
          })),
          note: optionalText(hours.note),
        },
        accessibility: {
          stepFree: Boolean(access.stepFree),
          accessibleToilet: Boolean(access.accessibleToilet),
          hearingLoop: Boolean(access.hearingLoop),
          accessibleParking: Boolean(access.accessibleParking),
          note: optionalText(access.note),
        },
        contact: contact(v.contact),
        images: ids(v.images)
          .map((id) => images.get(id))
          .filter(Boolean),
        updatedAt: v.updatedAt,
      }
    }),
    associations: associations.map((a) => {
      const fee = group(a.membershipFee)
      const age = group(a.ageRange)
      return {
        id: String(a.id),
        slug: a.slug,
        name: text(a.name),
        summary: text(a.summary),
        description: optionalText(a.description),
        logo: imageOf(a.logo),
        categoryIds: ids(a.categories),
        audiences: a.audiences ?? [],
        ageRange: { min: age.min ?? null, max: age.max ?? null },
        communityIds: ids(a.communities),
        venueIds: ids(a.venues),
        contact: contact(a.contact),
        membershipFee: { amount: fee.amount ?? null, text: optionalText(fee.text) },
        languages: a.languages ?? [],
        socialOffer: Boolean(a.socialOffer),
        waysToTakePart: a.waysToTakePart ?? [],
        cvr: str(a.cvr),
        status: a.status,
        lastConfirmed: day(a.lastConfirmed),
        updatedAt: a.updatedAt,
      }
    }),
    events: events.map((e) => {
      const r = group(e.recurrence)
      const price = group(e.price)
      const volunteers = group(e.volunteersWanted)
      return {
        id: String(e.id),
        slug: e.slug,
        title: text(e.title),
        summary: text(e.summary),
        description: optionalText(e.description),
        start: e.start,
        end: str(e.end),
        allDay: Boolean(e.allDay),
        recurrence:
          r.frequency === 'weekly' || r.frequency === 'monthly'
            ? {
                frequency: r.frequency,
                interval: typeof r.interval === 'number' && r.interval > 0 ? r.interval : 1,
                byWeekday: r.byWeekday ?? [],
                monthlyMode: r.monthlyMode ?? null,
                until: day(r.until),
                count: r.count ?? null,
                excludedDates: (Array.isArray(r.excludedDates) ? (r.excludedDates as Doc[]) : [])
                  .map((x) => day(x.date))
                  .filter(Boolean),
              }
            : null,
        venueId: idOf(e.venue),
        placeText: optionalText(e.placeText),
        onlineUrl: str(e.onlineUrl),
        organizerIds: ids(e.organizers),
        organizedByMunicipality: Boolean(e.organizedByMunicipality),
        communityIds: ids(e.communities),
        categoryIds: ids(e.categories),
        audiences: e.audiences ?? [],
        price: { free: price.free !== false, amount: price.amount ?? null },
        registrationUrl: str(e.registrationUrl),
        status: e.status,
        volunteersWanted: {
          wanted: Boolean(volunteers.wanted),
          help: optionalText(volunteers.help),
        },
        image: imageOf(e.image),
        updatedAt: e.updatedAt,
      }
    }),
    ticketOffers: offers.map((o) => {
      const target = group(o.target)
      return {
        id: String(o.id),
        quarter: o.quarter,
        title: text(o.title),
        description: optionalText(o.description),
        target:
          typeof target.relationTo === 'string' && target.value !== undefined
            ? { collection: target.relationTo, id: idOf(target.value) }
            : null,
        ticketsPerHousehold: o.ticketsPerHousehold,
        totalAvailable: o.totalAvailable ?? null,
        validFrom: day(o.validFrom),
        validTo: day(o.validTo),
        howToRedeem: text(o.howToRedeem),
        status: statusWithUptake(
          String(o.status),
          typeof o.totalAvailable === 'number' ? o.totalAvailable : null,
          used.get(String(o.id)) ?? 0,
        ),
        updatedAt: o.updatedAt,
      }
    }),
    pages: pages.map((p) => {
      const content = (p.content ?? {}) as Localized<unknown>
      return {
        id: String(p.id),
        slug: p.slug,
        kind: p.kind,
        audience: p.audience ?? null,
        title: text(p.title),
        summary: optionalText(p.summary),
        content: {
          da: toRichText(content?.da),
          en: content?.en ? toRichText(content.en) : null,
        },
        mapFeatures: (Array.isArray(p.mapFeatures) ? (p.mapFeatures as Doc[]) : []).map((f) => ({
          kind: f.kind,
          name: text(f.name),
          description: optionalText(f.description),
          geometry:
            typeof f.geometry === 'string' ? (JSON.parse(f.geometry) as unknown) : f.geometry,
        })),
        checklist: checklistOf(p.checklist),
        wasteFractions: wasteFractionsOf(p.wasteFractions),
        image: imageOf(p.image),
        updatedAt: p.updatedAt,
      }
    }),
    welcomeLetters: letters.map((l) => {
      const greeting = (l.greeting ?? {}) as Localized<unknown>
      return {
        id: String(l.id),
        quarter: l.quarter,
        greeting: {
          da: toRichText(greeting?.da),
          en: greeting?.en ? toRichText(greeting.en) : null,
        },
        signatureName: str(l.signatureName) ?? '',
        signatureTitle: text(l.signatureTitle),
        offerIds: (Array.isArray(l.offers) ? (l.offers as unknown[]) : [])
          .map((o) => idOf(o))
          .filter((o): o is string => o !== null),
        updatedAt: l.updatedAt,
      }
    }),
    ambassadors: ambassadors.map((a) => ({
      id: String(a.id),
      slug: a.slug,
      name: a.name,
      photo: imageOf(a.photo),
      languages: a.languages ?? [],
      communityIds: ids(a.communities),
      helpsWith: optionalText(a.helpsWith),
      from: day(a.periodFrom),
      to: day(a.periodTo),
      temporary: Boolean(a.temporary),
      updatedAt: a.updatedAt,
    })),
  })
}

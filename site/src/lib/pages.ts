import { locales, type Locale } from '@velkomst/shared/locales'
import {
  audiencePages,
  audiences,
  waysToTakePart,
  type AudiencePage,
} from '@velkomst/shared/vocabulary'

import {
  filterAssociations,
  filterEvents,
  paginate,
  type AssociationFilter,
  type EventFilter,
} from './listing'
import { newcomerPages, type NewcomerView } from './forms'
import type { Model } from './model'
import { offerQuarters, quarterSlug } from './offers'
import { filterRooms, roomFilters, type RoomFilter } from './rooms'
import {
  audienceSegment,
  borrowerSegment,
  href,
  sizeSegment,
  waySegment,
  type Route,
  type RoutePart,
} from '@velkomst/shared/routes'
import { checklistPage, isGuidePage } from './welcome'

/** What a page shows; the view of the same name renders it. */
export type View =
  | { view: 'home' }
  | { view: 'associations'; filter: AssociationFilter; page: number; pages: number }
  | { view: 'association'; id: string }
  | { view: 'venues' }
  | { view: 'venue'; id: string }
  | { view: 'events'; filter: EventFilter; page: number; pages: number }
  | { view: 'event'; id: string }
  | { view: 'communities' }
  | { view: 'community'; id: string }
  | { view: 'audience'; audience: AudiencePage }
  | { view: 'guides' }
  | { view: 'guide'; id: string }
  | { view: 'checklist'; id: string }
  | { view: 'welcome'; quarter: string; current: boolean }
  | { view: 'search' }
  | { view: 'takePart' }
  | { view: 'volunteer' }
  | { view: 'rooms'; filter: RoomFilter; page: number; pages: number }
  | { view: 'stories'; page: number; pages: number }
  | { view: 'story'; id: string }
  | { view: 'notFound' }
  | NewcomerView

export interface SitePage {
  route: Route
  data: View
}

function paged(base: RoutePart[], count: number, make: (page: number) => View): SitePage[] {
  return Array.from({ length: count }, (_, i) => ({
    route: i === 0 ? base : [...base, 'page', { slug: String(i + 1) }],
    data: make(i + 1),
  }))
}

export function associationFilterRoute(filter: AssociationFilter): RoutePart[] {
  switch (filter.kind) {
    case 'all':
      return ['associations']
    case 'category':
      return ['associations', 'category', { slug: filter.slug }]
    case 'community':
      return ['associations', 'community', { slug: filter.slug }]
    case 'audience':
      return ['associations', 'audience', audienceSegment(filter.audience)]
    case 'way':
      return ['associations', 'way', waySegment(filter.way)]
    case 'social':
      return ['associations', 'social']
  }
}

export function eventFilterRoute(filter: EventFilter): RoutePart[] {
  switch (filter.kind) {
    case 'all':
      return ['events']
    case 'today':
    case 'week':
    case 'month':
    case 'free':
      return ['events', filter.kind]
    case 'category':
      return ['events', 'category', { slug: filter.slug }]
    case 'community':
      return ['events', 'community', { slug: filter.slug }]
    case 'audience':
      return ['events', 'audience', audienceSegment(filter.audience)]
    case 'way':
      return ['events', 'way', waySegment(filter.way)]
  }
}

export function roomFilterRoute(filter: RoomFilter): RoutePart[] {
  switch (filter.kind) {
    case 'all':
      return ['rooms']
    case 'size':
      return ['rooms', 'size', sizeSegment(filter.size)]
    case 'stepFree':
      return ['rooms', 'stepFree']
    case 'community':
      return ['rooms', 'community', { slug: filter.slug }]
    case 'borrower':
      return ['rooms', 'for', borrowerSegment(filter.borrower)]
  }
}

/** The filters that have something to show (date presets are always there). */
export function associationFilters(model: Model): AssociationFilter[] {
  const all: AssociationFilter[] = [
    { kind: 'all' },
    ...model.categories.map((c) => ({ kind: 'category' as const, id: c.id, slug: c.slug })),
    ...audiences.map((audience) => ({ kind: 'audience' as const, audience })),
    ...model.communities.map((c) => ({ kind: 'community' as const, id: c.id, slug: c.slug })),
    ...waysToTakePart.map((way) => ({ kind: 'way' as const, way })),
    { kind: 'social' },
  ]
  return all.filter((f) => f.kind === 'all' || filterAssociations(model, f).length > 0)
}

export function eventFilters(model: Model): EventFilter[] {
  const all: EventFilter[] = [
    { kind: 'all' },
    { kind: 'today' },
    { kind: 'week' },
    { kind: 'month' },
    { kind: 'free' },
    ...model.categories.map((c) => ({ kind: 'category' as const, id: c.id, slug: c.slug })),
    ...audiences.map((audience) => ({ kind: 'audience' as const, audience })),
    ...model.communities.map((c) => ({ kind: 'community' as const, id: c.id, slug: c.slug })),
    ...waysToTakePart.map((way) => ({ kind: 'way' as const, way })),
  ]
  const always = new Set(['all', 'today', 'week', 'month'])
  return all.filter((f) => always.has(f.kind) || filterEvents(model, f).length > 0)
}

/** Every page of the site, the same set in every language. */
export function sitePages(model: Model): SitePage[] {
  const pages: SitePage[] = [{ route: [], data: { view: 'home' } }]
  for (const filter of associationFilters(model)) {
    const count = paginate(filterAssociations(model, filter)).length
    pages.push(
      ...paged(associationFilterRoute(filter), count, (page) => ({
        view: 'associations',
        filter,
        page,
        pages: count,
      })),
    )
  }
  for (const a of model.associations) {
    pages.push({
      route: ['associations', { slug: a.slug }],
      data: { view: 'association', id: a.id },
    })
  }
  pages.push({ route: ['venues'], data: { view: 'venues' } })
  for (const v of model.venues) {
    pages.push({ route: ['venues', { slug: v.slug }], data: { view: 'venue', id: v.id } })
  }
  for (const filter of eventFilters(model)) {
    const count = paginate(filterEvents(model, filter)).length
    pages.push(
      ...paged(eventFilterRoute(filter), count, (page) => ({
        view: 'events',
        filter,
        page,
        pages: count,
      })),
    )
  }
  for (const e of model.events) {
    pages.push({
      route: ['events', { slug: e.event.slug }],
      data: { view: 'event', id: e.event.id },
    })
  }
  pages.push({ route: ['communities'], data: { view: 'communities' } })
  for (const c of model.communities) {
    pages.push({ route: ['communities', { slug: c.slug }], data: { view: 'community', id: c.id } })
  }
  for (const audience of audiencePages) {
    pages.push({ route: ['for', audienceSegment(audience)], data: { view: 'audience', audience } })
  }
  pages.push({ route: ['guides'], data: { view: 'guides' } })
  for (const p of model.pages.filter(isGuidePage)) {
    pages.push({ route: ['guides', { slug: p.slug }], data: { view: 'guide', id: p.id } })
  }
  const checklist = checklistPage(model)
  if (checklist) pages.push({ route: ['newInTown'], data: { view: 'checklist', id: checklist.id } })
  pages.push({
    route: ['welcome'],
    data: { view: 'welcome', quarter: model.quarter, current: true },
  })
  for (const quarter of offerQuarters(model)) {
    pages.push({
      route: ['welcome', { slug: quarterSlug(quarter) }],
      data: { view: 'welcome', quarter, current: false },
    })
  }
  pages.push({ route: ['takePart'], data: { view: 'takePart' } })
  pages.push({ route: ['volunteer'], data: { view: 'volunteer' } })
  for (const filter of roomFilters(model)) {
    const count = paginate(filterRooms(model, filter)).length
    pages.push(
      ...paged(roomFilterRoute(filter), count, (page) => ({
        view: 'rooms',
        filter,
        page,
        pages: count,
      })),
    )
  }
  const storyPages = paginate(model.stories).length
  pages.push(
    ...paged(['stories'], storyPages, (page) => ({ view: 'stories', page, pages: storyPages })),
  )
  for (const s of model.stories) {
    pages.push({ route: ['stories', { slug: s.slug }], data: { view: 'story', id: s.id } })
  }
  pages.push({ route: ['search'], data: { view: 'search' } })
  pages.push(...newcomerPages(model))
  return pages
}

/** Path → the same page in every language; for hreflang and the sitemap. */
export function alternatesByPath(pages: SitePage[]): Map<string, Record<Locale, string>> {
  const map = new Map<string, Record<Locale, string>>()
  for (const page of pages) {
    const paths = Object.fromEntries(locales.map((l) => [l.code, href(l.code, page.route)]))
    for (const path of Object.values(paths)) map.set(path, paths as Record<Locale, string>)
  }
  return map
}

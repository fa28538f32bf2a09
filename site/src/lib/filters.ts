import { formatNumber } from '@velkomst/shared/format'
import type { Locale } from '@velkomst/shared/locales'
import {
  audiences,
  roomBorrowers,
  roomSizes,
  waysToTakePart,
  type WayToTakePart,
} from '@velkomst/shared/vocabulary'

import { shown, translator, type DictionaryKey } from './i18n'
import { associationCount, eventCount, type AssociationFilter, type EventFilter } from './listing'
import type { Model } from './model'
import { associationFilterRoute, eventFilterRoute, roomFilterRoute } from './pages'
import { roomCount, sizeBands, type RoomFilter } from './rooms'
import { href } from '@velkomst/shared/routes'

export interface FilterOption {
  value: string
  label: string
  lang?: string | undefined
  href: string
  current: boolean
}
export interface FilterGroup {
  /** The data attribute items carry (`data-<key>`), for filtering in the browser. */
  key: string
  legend: DictionaryKey
  options: FilterOption[]
  /** A yes/no filter (a checkbox in the browser) rather than a choice of values. */
  toggle?: boolean
}

const same = (a: { kind: string }, b: object) => JSON.stringify(a) === JSON.stringify(b)

type Shared = Extract<
  AssociationFilter | EventFilter,
  { kind: 'category' | 'audience' | 'community' }
>

/**
 * The category, audience and community groups both directories share: every value that has
 * something to show, as a link to its filtered page and an option for the in-browser form.
 */
function sharedGroups<F extends AssociationFilter | EventFilter>(
  model: Model,
  locale: Locale,
  current: F,
  route: (filter: F) => string,
  has: (filter: F) => boolean,
): FilterGroup[] {
  const t = translator(locale)
  const option = (
    filter: Shared,
    value: string,
    label: { text: string; lang?: string | undefined },
  ) => ({
    value,
    label: label.text,
    lang: label.lang,
    href: route(filter as F),
    current: same(filter, current),
  })
  const named = (
    kind: 'category' | 'community',
    items: Model['categories'] | Model['communities'],
  ) =>
    items
      .map((c) => ({ filter: { kind, id: c.id, slug: c.slug }, c }))
      .filter(({ filter }) => has(filter as F))
      .map(({ filter, c }) => option(filter, c.id, shown(c.name, locale)))
  return [
    {
      key: 'category',
      legend: 'site.filters.category',
      options: named('category', model.categories),
    },
    {
      key: 'audience',
      legend: 'site.filters.audience',
      options: audiences
        .filter((audience) => has({ kind: 'audience', audience } as F))
        .map((audience) =>
          option({ kind: 'audience', audience }, audience, {
            text: t(`vocab.audience.${audience}`),
          }),
        ),
    },
    {
      key: 'community',
      legend: 'site.filters.community',
      options: named('community', model.communities),
    },
  ]
}

/** The four ways to take part, each that has something to show (both directories). */
function wayGroup<F extends AssociationFilter | EventFilter>(
  locale: Locale,
  current: F,
  route: (filter: F) => string,
  has: (filter: F) => boolean,
): FilterGroup {
  const t = translator(locale)
  const filterOf = (way: WayToTakePart) => ({ kind: 'way', way }) as F
  return {
    key: 'way',
    legend: 'participation.filters.way',
    options: waysToTakePart
      .filter((way) => has(filterOf(way)))
      .map((way) => ({
        value: way,
        label: t(`participation.way.${way}.title`),
        href: route(filterOf(way)),
        current: same(filterOf(way), current),
      })),
  }
}

/** The association directory's filters, as link groups and (in the browser) a form. */
export function associationFilterGroups(
  model: Model,
  locale: Locale,
  current: AssociationFilter,
): FilterGroup[] {
  const t = translator(locale)
  const route = (f: AssociationFilter) => href(locale, associationFilterRoute(f))
  return [
    ...sharedGroups(model, locale, current, route, (f) => associationCount(model, f) > 0),
    wayGroup(locale, current, route, (f) => associationCount(model, f) > 0),
    {
      key: 'social',
      legend: 'site.filters.social',
      toggle: true,
      options: [
        {
          value: 'yes',
          label: t('site.filters.socialOnly'),
          href: route({ kind: 'social' }),
          current: current.kind === 'social',
        },
      ],
    },
  ].filter((g) => g.options.length > 0) as FilterGroup[]
}

export function eventFilterGroups(
  model: Model,
  locale: Locale,
  current: EventFilter,
): FilterGroup[] {
  const t = translator(locale)
  const route = (f: EventFilter) => href(locale, eventFilterRoute(f))
  return [
    {
      key: 'when',
      legend: 'site.filters.when',
      options: (['today', 'week', 'month'] as const).map((kind) => ({
        value: kind,
        label: t(`site.filters.${kind}`),
        href: route({ kind }),
        current: current.kind === kind,
      })),
    },
    ...sharedGroups(model, locale, current, route, (f) => eventCount(model, f) > 0),
    wayGroup(locale, current, route, (f) => eventCount(model, f) > 0),
    {
      key: 'free',
      legend: 'site.filters.price',
      toggle: true,
      options: [
        {
          value: 'yes',
          label: t('site.filters.freeOnly'),
          href: route({ kind: 'free' }),
          current: current.kind === 'free',
        },
      ],
    },
  ].filter((g) => g.options.length > 0) as FilterGroup[]
}

/** The filter in words, for the page heading ("Foreninger: Sport"), or null when unfiltered. */
export function filterLabel(
  model: Model,
  locale: Locale,
  filter: AssociationFilter | EventFilter,
): string | null {
  const t = translator(locale)
  switch (filter.kind) {
    case 'category':
      return shown(model.category(filter.id)!.name, locale).text
    case 'community':
      return shown(model.community(filter.id)!.name, locale).text
    case 'audience':
      return t(`vocab.audience.${filter.audience}`)
    case 'way':
      return t(`participation.way.${filter.way}.title`)
    case 'social':
      return t('site.filters.socialOnly')
    case 'free':
      return t('site.filters.freeOnly')
    case 'today':
    case 'week':
    case 'month':
      return t(`site.filters.${filter.kind}`)
    case 'all':
      return null
  }
}

/** A size band in words: "Op til 20 personer", "21–60 personer", "Over 60 personer". */
export function sizeLabel(locale: Locale, size: keyof typeof sizeBands): string {
  const t = translator(locale)
  const { min, max } = sizeBands[size]
  const n = (value: number) => formatNumber(value, locale)
  if (max === null) return t(`participation.size.${size}`, { min: n(min - 1) })
  return t(`participation.size.${size}`, { min: n(min), max: n(max) })
}

/** The "Borrow a room" page's filters, as link groups and (in the browser) a form. */
export function roomFilterGroups(model: Model, locale: Locale, current: RoomFilter): FilterGroup[] {
  const t = translator(locale)
  const route = (f: RoomFilter) => href(locale, roomFilterRoute(f))
  const has = (f: RoomFilter) => roomCount(model, f) > 0
  const option = (filter: RoomFilter, value: string, label: string, lang?: string) => ({
    value,
    label,
    lang,
    href: route(filter),
    current: same(filter, current),
  })
  return [
    {
      key: 'size',
      legend: 'participation.filters.size',
      options: roomSizes
        .map((size) => ({ filter: { kind: 'size', size } as const, size }))
        .filter(({ filter }) => has(filter))
        .map(({ filter, size }) => option(filter, size, sizeLabel(locale, size))),
    },
    {
      key: 'stepFree',
      legend: 'participation.filters.stepFree',
      toggle: true,
      options: has({ kind: 'stepFree' })
        ? [option({ kind: 'stepFree' }, 'yes', t('participation.filters.stepFreeOnly'))]
        : [],
    },
    {
      key: 'community',
      legend: 'site.filters.community',
      options: model.communities
        .map((c) => ({ filter: { kind: 'community', id: c.id, slug: c.slug } as const, c }))
        .filter(({ filter }) => has(filter))
        .map(({ filter, c }) => {
          const name = shown(c.name, locale)
          return option(filter, c.id, name.text, name.lang)
        }),
    },
    {
      key: 'borrower',
      legend: 'participation.filters.borrower',
      options: roomBorrowers
        .map((borrower) => ({ filter: { kind: 'borrower', borrower } as const, borrower }))
        .filter(({ filter }) => has(filter))
        .map(({ filter, borrower }) =>
          option(filter, borrower, t(`participation.borrower.${borrower}`)),
        ),
    },
  ].filter((g) => g.options.length > 0) as FilterGroup[]
}

/** A room filter in words, for the page heading, or null when unfiltered. */
export function roomFilterLabel(model: Model, locale: Locale, filter: RoomFilter): string | null {
  const t = translator(locale)
  switch (filter.kind) {
    case 'size':
      return sizeLabel(locale, filter.size)
    case 'stepFree':
      return t('participation.filters.stepFreeOnly')
    case 'community':
      return shown(model.community(filter.id)!.name, locale).text
    case 'borrower':
      return t(`participation.borrower.${filter.borrower}`)
    case 'all':
      return null
  }
}

import type { Locale } from '@velkomst/shared/locales'
import { audiences } from '@velkomst/shared/vocabulary'

import { shown, translator, type DictionaryKey } from './i18n'
import {
  filterAssociations,
  filterEvents,
  type AssociationFilter,
  type EventFilter,
} from './listing'
import type { Model } from './model'
import { associationFilterRoute, eventFilterRoute } from './pages'
import { href } from './routes'

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

/** The association directory's filters, as link groups and (in the browser) a form. */
export function associationFilterGroups(
  model: Model,
  locale: Locale,
  current: AssociationFilter,
): FilterGroup[] {
  const t = translator(locale)
  const link = (filter: AssociationFilter) => ({
    href: href(locale, associationFilterRoute(filter)),
    current: same(filter, current),
  })
  const has = (f: AssociationFilter) => filterAssociations(model, f).length > 0
  return [
    {
      key: 'category',
      legend: 'site.filters.category',
      options: model.categories
        .map((c) => ({ filter: { kind: 'category', id: c.id, slug: c.slug } as const, c }))
        .filter(({ filter }) => has(filter))
        .map(({ filter, c }) => {
          const s = shown(c.name, locale)
          return { value: c.id, label: s.text, lang: s.lang, ...link(filter) }
        }),
    },
    {
      key: 'audience',
      legend: 'site.filters.audience',
      options: audiences
        .map((audience) => ({ kind: 'audience', audience }) as const)
        .filter(has)
        .map((filter) => ({
          value: filter.audience,
          label: t(`vocab.audience.${filter.audience}`),
          ...link(filter),
        })),
    },
    {
      key: 'community',
      legend: 'site.filters.community',
      options: model.communities
        .map((c) => ({ filter: { kind: 'community', id: c.id, slug: c.slug } as const, c }))
        .filter(({ filter }) => has(filter))
        .map(({ filter, c }) => {
          const s = shown(c.name, locale)
          return { value: c.id, label: s.text, lang: s.lang, ...link(filter) }
        }),
    },
    {
      key: 'social',
      legend: 'site.filters.social',
      toggle: true,
      options: [{ value: 'yes', label: t('site.filters.socialOnly'), ...link({ kind: 'social' }) }],
    },
  ].filter((g) => g.options.length > 0) as FilterGroup[]
}

export function eventFilterGroups(
  model: Model,
  locale: Locale,
  current: EventFilter,
): FilterGroup[] {
  const t = translator(locale)
  const link = (filter: EventFilter) => ({
    href: href(locale, eventFilterRoute(filter)),
    current: same(filter, current),
  })
  const has = (f: EventFilter) => filterEvents(model, f).length > 0
  return [
    {
      key: 'when',
      legend: 'site.filters.when',
      options: (['today', 'week', 'month'] as const).map((kind) => ({
        value: kind,
        label: t(`site.filters.${kind}`),
        ...link({ kind }),
      })),
    },
    {
      key: 'category',
      legend: 'site.filters.category',
      options: model.categories
        .map((c) => ({ filter: { kind: 'category', id: c.id, slug: c.slug } as const, c }))
        .filter(({ filter }) => has(filter))
        .map(({ filter, c }) => {
          const s = shown(c.name, locale)
          return { value: c.id, label: s.text, lang: s.lang, ...link(filter) }
        }),
    },
    {
      key: 'audience',
      legend: 'site.filters.audience',
      options: audiences
        .map((audience) => ({ kind: 'audience', audience }) as const)
        .filter(has)
        .map((filter) => ({
          value: filter.audience,
          label: t(`vocab.audience.${filter.audience}`),
          ...link(filter),
        })),
    },
    {
      key: 'community',
      legend: 'site.filters.community',
      options: model.communities
        .map((c) => ({ filter: { kind: 'community', id: c.id, slug: c.slug } as const, c }))
        .filter(({ filter }) => has(filter))
        .map(({ filter, c }) => {
          const s = shown(c.name, locale)
          return { value: c.id, label: s.text, lang: s.lang, ...link(filter) }
        }),
    },
    {
      key: 'free',
      legend: 'site.filters.price',
      toggle: true,
      options: [{ value: 'yes', label: t('site.filters.freeOnly'), ...link({ kind: 'free' }) }],
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

import type { MapFeature } from '@velkomst/shared/schemas'

import type { Page } from '../../payload-types'
import { defineCollection, optionalText, text, type Locales, type WithLocales } from '../contract'
import { toRichText } from '../richText'

type Feature = NonNullable<Page['mapFeatures']>[number]
type Read = Omit<WithLocales<Page, 'title' | 'summary' | 'content'>, 'mapFeatures'> & {
  mapFeatures?: WithLocales<Feature, 'name' | 'description'>[] | null
}

const richText = (value: Locales<unknown>) => ({
  da: toRichText(value?.da),
  en: value?.en ? toRichText(value.en) : null,
})

export const pages = defineCollection({
  key: 'pages',
  slug: 'pages',
  images: (p: Read) => [p.image],
  imageFields: ['image'],
  map: (p: Read, { image }) => ({
    id: String(p.id),
    slug: p.slug ?? '',
    kind: p.kind,
    audience: p.audience ?? null,
    title: text(p.title),
    summary: optionalText(p.summary),
    content: richText(p.content),
    mapFeatures: (p.mapFeatures ?? []).map((f) => ({
      kind: f.kind,
      name: text(f.name),
      description: optionalText(f.description),
      // Checked by the contract (a point or a line in Denmark), whatever the field held.
      geometry: (typeof f.geometry === 'string'
        ? JSON.parse(f.geometry)
        : f.geometry) as MapFeature['geometry'],
    })),
    image: image(p.image),
    updatedAt: p.updatedAt,
  }),
})

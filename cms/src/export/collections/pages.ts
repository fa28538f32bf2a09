import type { MapFeature } from '@velkomst/shared/schemas'

import type { Page } from '../../payload-types'
import { defineCollection, optionalText, text, type Locales, type WithLocales } from '../contract'
import { toRichText } from '../richText'

type Feature = NonNullable<Page['mapFeatures']>[number]
type Step = NonNullable<Page['checklist']>[number]
type StepLink = NonNullable<Step['links']>[number]
type Fraction = NonNullable<Page['wasteFractions']>[number]
type Named = { name?: Locales<string> }
type Read = Omit<
  WithLocales<Page, 'title' | 'summary' | 'content'>,
  'mapFeatures' | 'checklist' | 'wasteFractions'
> & {
  mapFeatures?: WithLocales<Feature, 'name' | 'description'>[] | null
  checklist?:
    | (Omit<WithLocales<Step, 'title' | 'text'>, 'links'> & {
        links?: WithLocales<StepLink, 'label' | 'url'>[] | null
      })[]
    | null
  wasteFractions?:
    | (Omit<WithLocales<Fraction, 'description' | 'where'>, 'examples' | 'notAccepted'> & {
        examples?: Named[] | null
        notAccepted?: Named[] | null
      })[]
    | null
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
    checklist: (p.checklist ?? []).map((step) => ({
      id: String(step.id),
      group: step.group,
      title: text(step.title),
      text: optionalText(step.text),
      links: (step.links ?? []).map((l) => ({ label: text(l.label), url: text(l.url) })),
    })),
    wasteFractions: (p.wasteFractions ?? []).map((f) => ({
      fraction: f.fraction,
      description: optionalText(f.description),
      disposal: f.disposal,
      where: text(f.where),
      examples: (f.examples ?? []).map((e) => text(e.name)),
      notAccepted: (f.notAccepted ?? []).map((e) => text(e.name)),
    })),
    image: image(p.image),
    updatedAt: p.updatedAt,
  }),
})

import type { Community } from '../../payload-types'
import { defineCollection, optionalText, text, type WithLocales } from '../contract'

type Read = WithLocales<Community, 'name' | 'description'>

export const communities = defineCollection({
  key: 'communities',
  slug: 'communities',
  map: (c: Read) => ({
    id: String(c.id),
    slug: c.slug ?? '',
    name: text(c.name),
    kind: c.kind,
    description: optionalText(c.description),
    updatedAt: c.updatedAt,
  }),
})

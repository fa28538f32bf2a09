import type { Category } from '../../payload-types'
import { defineCollection, text, type WithLocales } from '../contract'

type Read = WithLocales<Category, 'name'>

export const categories = defineCollection({
  key: 'categories',
  slug: 'categories',
  map: (c: Read) => ({
    id: String(c.id),
    slug: c.slug ?? '',
    name: text(c.name),
    group: c.group,
  }),
})

import type { CategoryGroup } from '@velkomst/shared/vocabulary'

import { text, type Text } from './helpers'

export interface CategorySeed {
  name: Text
  slug: string
  group: CategoryGroup
}

const c = (
  slug: string,
  da: string,
  en: string,
  group: CategoryGroup = 'activity',
): CategorySeed => ({
  name: text(da, en),
  slug,
  group,
})

export const categories: CategorySeed[] = [
  c('sport', 'Sport og motion', 'Sport and exercise'),
  c('kultur', 'Kultur', 'Culture'),
  c('musik', 'Musik', 'Music'),
  c('natur', 'Natur og miljø', 'Nature and environment'),
  c('socialt-samvaer', 'Socialt samvær', 'Social gatherings'),
  c('laering', 'Læring og sprog', 'Learning and language'),
  c('tro', 'Tro og livssyn', 'Faith and belief'),
  c('boern', 'Børn', 'Children'),
  c('ensomhed', 'Ensomhed', 'Loneliness', 'social-theme'),
  c('sundhed-og-trivsel', 'Sundhed og trivsel', 'Health and well-being', 'social-theme'),
]

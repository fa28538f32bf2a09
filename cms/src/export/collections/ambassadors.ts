import type { Ambassador } from '../../payload-types'
import { day, defineCollection, ids, optionalText, type WithLocales } from '../contract'

type Read = WithLocales<Ambassador, 'helpsWith'>

/**
 * Welcome ambassadors as the public reads them: only those who agreed to be shown and whose
 * period has not ended, never their contact details or account (field access), and a photo only
 * with consent.
 */
export const ambassadors = defineCollection({
  key: 'ambassadors',
  slug: 'ambassadors',
  images: (a: Read) => [a.photo],
  imageFields: ['photo'],
  map: (a: Read, { image }) => ({
    id: String(a.id),
    slug: a.slug ?? '',
    name: a.name,
    photo: image(a.photo),
    languages: a.languages ?? [],
    communityIds: ids(a.communities),
    helpsWith: optionalText(a.helpsWith),
    from: day(a.periodFrom),
    to: day(a.periodTo),
    temporary: Boolean(a.temporary),
    updatedAt: a.updatedAt,
  }),
})

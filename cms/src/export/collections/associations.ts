import type { Association } from '../../payload-types'
import {
  contact,
  day,
  defineCollection,
  ids,
  optionalText,
  str,
  text,
  type WithLocales,
} from '../contract'

type Fee = NonNullable<Association['membershipFee']>
type Read = Omit<
  WithLocales<Association, 'name' | 'summary' | 'description' | 'helpNeeded'>,
  'membershipFee'
> & {
  membershipFee?: WithLocales<Fee, 'text'>
}

export const associations = defineCollection({
  key: 'associations',
  slug: 'associations',
  images: (a: Read) => [a.logo],
  imageFields: ['logo'],
  map: (a: Read, { image }) => ({
    id: String(a.id),
    slug: a.slug ?? '',
    name: text(a.name),
    summary: text(a.summary),
    description: optionalText(a.description),
    logo: image(a.logo),
    categoryIds: ids(a.categories),
    audiences: a.audiences ?? [],
    ageRange: { min: a.ageRange?.min ?? null, max: a.ageRange?.max ?? null },
    communityIds: ids(a.communities),
    venueIds: ids(a.venues),
    contact: contact(a.contact),
    membershipFee: {
      amount: a.membershipFee?.amount ?? null,
      text: optionalText(a.membershipFee?.text),
    },
    languages: a.languages ?? [],
    socialOffer: Boolean(a.socialOffer),
    waysToTakePart: a.waysToTakePart ?? [],
    helpNeeded: optionalText(a.helpNeeded),
    cvr: str(a.cvr),
    status: a.status,
    lastConfirmed: day(a.lastConfirmed),
    updatedAt: a.updatedAt,
  }),
})

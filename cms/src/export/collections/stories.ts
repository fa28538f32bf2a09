import type { Story } from '../../payload-types'
import { day, defineCollection, ids, text, type Locales, type WithLocales } from '../contract'
import { toRichText } from '../richText'

type Read = WithLocales<Story, 'title' | 'summary' | 'body'>

const richText = (value: Locales<unknown>) => ({
  da: toRichText(value?.da),
  en: value?.en ? toRichText(value.en) : null,
})

/** A published story, dated by its publication day (Copenhagen). */
export const stories = defineCollection({
  key: 'stories',
  slug: 'stories',
  images: (s: Read) => [s.image],
  imageFields: ['image'],
  map: (s: Read, { image }) => {
    const publishedOn = day(s.publishedOn)
    if (!publishedOn) return null
    return {
      id: String(s.id),
      slug: s.slug ?? '',
      title: text(s.title),
      summary: text(s.summary),
      image: image(s.image),
      body: richText(s.body),
      publishedOn,
      associationIds: ids(s.associations),
      eventIds: ids(s.events),
      communityIds: ids(s.communities),
      updatedAt: s.updatedAt,
    }
  },
})

import type { Article, Thing, WithContext } from 'schema-dts'
import { localeDefinition, type Locale } from '@velkomst/shared/locales'
import type { Inline, RichText, Story } from '@velkomst/shared/schemas'
import { href } from '@velkomst/shared/routes'
import { fromZoned, parseDateKey, isoWithOffset } from '@velkomst/shared/time'

import { plain, shown, translator } from './i18n'
import { mediaUrl } from './images'
import type { Model } from './model'
import { query } from './query'

/** What a story can be about; each has a page that shows the stories about it. */
export type StorySubject = 'association' | 'event' | 'community'

const field = {
  association: 'associationIds',
  event: 'eventIds',
  community: 'communityIds',
} as const satisfies Record<StorySubject, keyof Story>

/**
 * Every subject's stories, newest first, by `<subject>:<id>`: one pass over the stories for all
 * the pages that show them (filtering every story for each of 30,000 event pages is not).
 */
const storiesBySubject = (model: Model): Map<string, Story[]> =>
  query(model, 'stories:by-subject', (m) => {
    const index = new Map<string, Story[]>()
    for (const story of m.stories) {
      for (const subject of Object.keys(field) as StorySubject[]) {
        for (const id of new Set(story[field[subject]])) {
          const key = `${subject}:${id}`
          const list = index.get(key)
          if (list) list.push(story)
          else index.set(key, [story])
        }
      }
    }
    return index
  })

/**
 * The stories about one association, event or community, newest first. A page depends on its
 * own list only: a story about something else leaves it as it was.
 */
export const storiesAbout = (model: Model, subject: StorySubject, id: string): Story[] =>
  query(
    model,
    `stories:about:${subject}:${id}`,
    (m) => storiesBySubject(m).get(`${subject}:${id}`) ?? [],
  )

/** The newest stories, for the home page. */
export const latestStories = (model: Model, count: number): Story[] =>
  query(model, `stories:latest:${count}`, (m) => m.stories.slice(0, count))

/** The day a story is dated, as the instant it begins in Copenhagen. */
export function storyDay(story: Story): Date {
  const p = parseDateKey(story.publishedOn)!
  return fromZoned(p.year, p.month, p.day)
}

/** What a story is about that has a page on the site: links, in the model's order of kinds. */
export function storySubjects(model: Model, story: Story, locale: Locale) {
  return [
    ...story.associationIds
      .map((id) => model.association(id))
      .filter((a) => a !== undefined)
      .map((a) => ({
        kind: 'association' as const,
        name: a.name,
        href: href(locale, ['associations', { slug: a.slug }]),
      })),
    ...story.eventIds
      .map((id) => model.event(id))
      .filter((e) => e !== undefined)
      .map((e) => ({
        kind: 'event' as const,
        name: e.event.title,
        href: href(locale, ['events', { slug: e.event.slug }]),
      })),
    ...story.communityIds
      .map((id) => model.community(id))
      .filter((c) => c !== undefined)
      .map((c) => ({
        kind: 'community' as const,
        name: c.name,
        href: href(locale, ['communities', { slug: c.slug }]),
      })),
  ]
}

/** schema.org Article for a story's page. */
export function storyJsonLd(
  model: Model,
  story: Story,
  locale: Locale,
  site: URL,
): WithContext<Article> {
  const about: Thing[] = storySubjects(model, story, locale).map((s) => ({
    '@type': s.kind === 'association' ? 'NGO' : s.kind === 'event' ? 'Event' : 'Place',
    name: plain(s.name, locale),
    url: new URL(s.href, site).href,
  }))
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: plain(story.title, locale),
    description: plain(story.summary, locale),
    url: new URL(href(locale, ['stories', { slug: story.slug }]), site).href,
    datePublished: story.publishedOn,
    dateModified: story.updatedAt,
    inLanguage: story.title.en && locale !== 'da' ? localeDefinition(locale).htmlLang : 'da',
    publisher: { '@type': 'GovernmentOrganization', name: model.settings.municipalityName },
    ...(story.image ? { image: new URL(mediaUrl(story.image.filename), site).href } : {}),
    ...(about.length ? { about } : {}),
  }
}

const xml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 does not allow at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')

function inlineHtml(inlines: Inline[]): string {
  return inlines
    .map((i) => {
      let out = xml(i.text).replace(/\n/g, '<br>')
      if (i.bold) out = `<strong>${out}</strong>`
      if (i.italic) out = `<em>${out}</em>`
      if (i.href) out = `<a href="${xml(i.href)}">${out}</a>`
      return out
    })
    .join('')
}

/** The contract's rich text as HTML for a feed reader (every text escaped). */
export function richTextHtml(blocks: RichText): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'heading':
          return `<h${b.level}>${inlineHtml(b.children)}</h${b.level}>`
        case 'list': {
          const tag = b.ordered ? 'ol' : 'ul'
          return `<${tag}>${b.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</${tag}>`
        }
        case 'quote':
          return `<blockquote><p>${inlineHtml(b.children)}</p></blockquote>`
        default:
          return `<p>${inlineHtml(b.children)}</p>`
      }
    })
    .join('')
}

/**
 * The stories as an Atom feed (RFC 4287) in one language: the newest 50, each with its summary,
 * its whole text, its page and the day it is dated. Text missing in English is the Danish text,
 * marked `xml:lang="da"`.
 */
export function storiesAtom(model: Model, locale: Locale, site: URL): string {
  const t = translator(locale)
  const lang = localeDefinition(locale).htmlLang
  const list = new URL(href(locale, ['stories']), site).href
  const self = new URL(`/feeds/${locale}/stories.atom`, site).href
  const stories = model.stories.slice(0, 50)
  const updated = stories.reduce(
    (latest, s) => (s.updatedAt > latest ? s.updatedAt : latest),
    '1970-01-01T00:00:00.000Z',
  )
  const text = (tag: string, value: Story['title']) => {
    const s = shown(value, locale)
    return `<${tag}${s.lang ? ` xml:lang="${s.lang}"` : ''}>${xml(s.text)}</${tag}>`
  }
  const entries = stories.map((s) => {
    const url = new URL(href(locale, ['stories', { slug: s.slug }]), site).href
    const own = locale === 'da' ? s.body.da : s.body.en
    const body = own && own.length > 0 ? own : s.body.da
    const bodyLang = own && own.length > 0 ? '' : locale === 'da' ? '' : ' xml:lang="da"'
    return [
      '<entry>',
      `<id>${xml(url)}</id>`,
      text('title', s.title),
      `<link rel="alternate" type="text/html" href="${xml(url)}"/>`,
      `<published>${isoWithOffset(storyDay(s))}</published>`,
      `<updated>${new Date(s.updatedAt).toISOString()}</updated>`,
      text('summary', s.summary),
      `<content type="html"${bodyLang}>${xml(richTextHtml(body))}</content>`,
      '</entry>',
    ].join('')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `<id>${xml(list)}</id>`,
    `<title>${xml(t('stories.feed.title', { site: plain(model.settings.siteName, locale) }))}</title>`,
    `<subtitle>${xml(t('stories.description', { municipality: model.settings.municipalityName }))}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xml(list)}"/>`,
    `<updated>${new Date(updated).toISOString()}</updated>`,
    `<author><name>${xml(model.settings.municipalityName)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}

/**
 * Good stories in a real build of the fixture: the list and a page per story in both languages,
 * newest first, on the home page and on the pages of what they are about, the Atom feed of each
 * language (parsed with a strict XML parser), JSON-LD, the sitemap and the search index.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import sax from 'sax'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildFixtureSite, type BuiltSite } from './helpers/build'

let site: BuiltSite
const page = (p: string) => readFileSync(path.join(site.out, p, 'index.html'), 'utf8')
const main = (p: string) => /<main\b[\s\S]*<\/main>/.exec(page(p))?.[0] ?? ''
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim()
const titles = (html: string) =>
  [...html.matchAll(/<h[23] class="card-title"[^>]*>([\s\S]*?)<\/h[23]>/g)].map((m) => text(m[1]!))
const section = (html: string, id: string) =>
  new RegExp(`<section aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? ''

beforeAll(async () => {
  site = await buildFixtureSite()
}, 180_000)

interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

/** Parses XML strictly (any well-formedness error throws) into a small tree. */
function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: false })
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  parser.onerror = (error) => {
    throw error
  }
  parser.onopentag = (node) => {
    const el: XmlElement = {
      name: node.name,
      attributes: node.attributes as Record<string, string>,
      children: [],
      text: '',
    }
    stack.at(-1)?.children.push(el)
    stack.push(el)
    root ??= el
  }
  parser.onclosetag = () => void stack.pop()
  parser.ontext = (t) => {
    const top = stack.at(-1)
    if (top) top.text += t
  }
  parser.write(xml).close()
  if (!root) throw new Error('no root element')
  return root
}
const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name)
const children = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name)

describe('good stories', () => {
  it('have a list page per language, newest first, linking the Atom feed', () => {
    for (const [p, feed, expected] of [
      [
        'historier',
        '/feeds/da/stories.atom',
        ['En historie kun på dansk', 'Skak & kage i fælleshuset', 'Sommer ved Badesøen'],
      ],
      [
        'en/stories',
        '/feeds/en/stories.atom',
        ['En historie kun på dansk', 'Chess & cake at the community house', 'Summer at the lake'],
      ],
    ] as const) {
      expect(titles(main(p)), p).toEqual(expected)
      expect(page(p)).toContain(
        `<link rel="alternate" type="application/atom+xml" title="${p === 'historier' ? 'Abonnér på historierne (Atom-feed)' : 'Subscribe to the stories (Atom feed)'}" href="${feed}">`,
      )
      expect(main(p)).toContain(`href="${feed}"`)
    }
    expect(/<h1>([^<]*)<\/h1>/.exec(page('historier'))?.[1]).toBe('Gode historier')
    expect(/<h1>([^<]*)<\/h1>/.exec(page('en/stories'))?.[1]).toBe('Good stories')
  })

  it('are in the main menu of every page, marked on their own pages', () => {
    const menu = (p: string) =>
      /<nav class="wrap main-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(page(p))?.[1] ?? ''
    for (const [p, list, label] of [
      ['', '/historier/', 'Historier'],
      ['foreninger', '/historier/', 'Historier'],
      ['en', '/en/stories/', 'Stories'],
    ] as const) {
      expect(menu(p), p).toMatch(new RegExp(`<a href="${list}">\\s*${label}\\s*</a>`))
    }
    expect(menu('historier')).toMatch(/<a href="\/historier\/" aria-current="page">\s*Historier/)
    expect(menu('historier/skak-i-faelleshuset')).toMatch(
      /<a href="\/historier\/" aria-current="true">\s*Historier/,
    )
  })

  it('have a page per story in both languages: text, date, image, what it is about', () => {
    const da = page('historier/skak-i-faelleshuset')
    expect(da).toContain('<title>Skak &amp; kage i fælleshuset · Vild med Albertslund</title>')
    expect(da).toMatch(/<time datetime="2026-10-12">[^<]*12\. oktober 2026<\/time>/)
    expect(da).toContain('Det begyndte med en opslagstavle.')
    expect(da).toMatch(
      /<img src="\/media\/skakhistorie-1200x630\.jpg|<img src="\/media\/skakhistorie/,
    )
    // `<script>` in text is text.
    expect(da).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(main('historier/skak-i-faelleshuset')).not.toContain('<script>alert(1)')
    const about = text(section(da, 'about'))
    expect(about).toContain('Albertslund Skakklub')
    expect(about).toContain('Hyldespjældet')
    expect(section(da, 'about')).toContain('href="/foreninger/skakklubben/"')
    expect(section(da, 'about')).toContain('href="/arrangementer/skakaften/"')
    expect(section(da, 'about')).toContain('href="/faellesskaber/hyldespjaeldet/"')

    const en = page('en/stories/skak-i-faelleshuset')
    expect(en).toContain('It began with a notice board.')
    expect(en).toMatch(/<time datetime="2026-10-12">[^<]*12 October 2026<\/time>/)
    expect(section(en, 'about')).toContain('href="/en/associations/skakklubben/"')

    // Danish only: the Danish text marked as Danish on the English page, kept out of its index.
    const onlyDa = page('en/stories/kun-paa-dansk')
    expect(onlyDa).toMatch(/<h1 lang="da">En historie kun på dansk<\/h1>/)
    expect(onlyDa).toMatch(/<div class="prose" lang="da" data-pagefind-ignore/)
    // About a closed association, which has no page: no link to it, no empty section.
    expect(section(onlyDa, 'about')).toBe('')
  })

  it('is Article structured data with its date, image and what it is about', () => {
    const html = page('en/stories/skak-i-faelleshuset')
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1]
    const data = JSON.parse(json!) as Record<string, unknown>
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Chess & cake at the community house',
      datePublished: '2026-10-12',
      url: 'https://velkommen.example.dk/en/stories/skak-i-faelleshuset/',
      image: 'https://velkommen.example.dk/media/skakhistorie.png',
      publisher: { '@type': 'GovernmentOrganization', name: 'Albertslund Kommune' },
    })
    expect((data.about as { '@type': string; url: string }[]).map((a) => a['@type'])).toEqual([
      'NGO',
      'Event',
      'Place',
    ])
  })

  it('show the newest three on the home page of each language', () => {
    for (const [p, all] of [
      ['', '/historier/'],
      ['en', '/en/stories/'],
    ] as const) {
      const home = section(main(p), 'home-stories')
      expect(titles(home), p).toHaveLength(3)
      expect(titles(home)[0]).toBe('En historie kun på dansk')
      expect(home).toContain(`href="${all}"`)
    }
  })

  it('appear on the pages of the association, event and community they are about', () => {
    for (const p of [
      'foreninger/skakklubben',
      'arrangementer/skakaften',
      'faellesskaber/hyldespjaeldet',
      'en/associations/skakklubben',
      'en/events/skakaften',
      'en/communities/hyldespjaeldet',
    ]) {
      const stories = section(main(p), 'stories-heading')
      expect(stories, p).toContain(p.startsWith('en') ? 'Stories' : 'Historier')
      expect(titles(stories), p).toEqual([
        p.startsWith('en') ? 'Chess & cake at the community house' : 'Skak & kage i fælleshuset',
      ])
      expect(stories, p).toContain('data-pagefind-ignore="all"')
    }
    // Not about: no section.
    expect(main('foreninger/kun-dansk')).not.toContain('stories-heading')
  })

  it('have an Atom feed per language that parses, with every story and its page', () => {
    for (const [locale, lang, first] of [
      ['da', 'da', 'En historie kun på dansk'],
      ['en', 'en', 'En historie kun på dansk'],
    ] as const) {
      const xml = readFileSync(path.join(site.out, 'feeds', locale, 'stories.atom'), 'utf8')
      const feed = parseXml(xml)
      expect(feed.name).toBe('feed')
      expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom')
      expect(feed.attributes['xml:lang']).toBe(lang)
      for (const required of ['id', 'title', 'updated', 'author']) {
        expect(child(feed, required), required).toBeDefined()
      }
      const self = children(feed, 'link').find((l) => l.attributes.rel === 'self')
      expect(self?.attributes.href).toBe(
        `https://velkommen.example.dk/feeds/${locale}/stories.atom`,
      )
      const entries = children(feed, 'entry')
      expect(entries).toHaveLength(3)
      expect(child(entries[0]!, 'title')!.text).toBe(first)
      for (const entry of entries) {
        for (const required of ['id', 'title', 'updated', 'published', 'summary', 'content']) {
          expect(child(entry, required), required).toBeDefined()
        }
        expect(new Date(child(entry, 'updated')!.text).getTime()).not.toBeNaN()
        expect(child(entry, 'published')!.text).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+0[12]:00$/)
        const href = child(entry, 'link')!.attributes.href!
        expect(href.startsWith('https://velkommen.example.dk/')).toBe(true)
        expect(child(entry, 'id')!.text).toBe(href)
        // The page the entry links to exists.
        const built = path.join(site.out, new URL(href).pathname, 'index.html')
        expect(readFileSync(built, 'utf8')).toContain('<h1')
      }
      const chess = entries.find((e) => child(e, 'id')!.text.endsWith('/skak-i-faelleshuset/'))!
      // The text is HTML inside the feed, escaped once: a reader shows the words, runs nothing.
      expect(child(chess, 'content')!.attributes.type).toBe('html')
      expect(child(chess, 'content')!.text).toContain(
        locale === 'da' ? '<li><strong>Skak</strong></li>' : '<p>It began with a notice board.</p>',
      )
      expect(child(chess, 'summary')!.text).toContain(
        locale === 'da' ? '<script>alert(1)</script>' : 'Twenty neighbours',
      )
      expect(xml).not.toContain('<script>')
      if (locale === 'en') {
        const onlyDa = entries.find((e) => child(e, 'id')!.text.endsWith('/kun-paa-dansk/'))!
        expect(child(onlyDa, 'title')!.attributes['xml:lang']).toBe('da')
      }
    }
  })

  it('are in the sitemap with both languages as alternates', () => {
    const sitemap = readdirSync(site.out)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(path.join(site.out, f), 'utf8'))
      .join('')
    expect(sitemap).toContain(
      '<loc>https://velkommen.example.dk/historier/skak-i-faelleshuset/</loc>',
    )
    expect(sitemap).toContain('https://velkommen.example.dk/en/stories/skak-i-faelleshuset/')
    expect(sitemap).toContain('<loc>https://velkommen.example.dk/en/stories/</loc>')
  })

  it('are in the search index of each language as stories, by their text', () => {
    const dir = path.join(site.out, 'pagefind', 'fragment')
    const fragments = readdirSync(dir).map((f) => {
      const raw = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8')
      return {
        lang: f.split('_')[0],
        ...(JSON.parse(raw.replace(/^pagefind_dcd/, '')) as {
          url: string
          content: string
          filters: Record<string, string[]>
        }),
      }
    })
    for (const [lang, url, type, words] of [
      ['da', '/historier/skak-i-faelleshuset/', 'Historie', 'opslagstavle'],
      ['en', '/en/stories/skak-i-faelleshuset/', 'Story', 'notice board'],
    ] as const) {
      const f = fragments.find((x) => x.url === url)
      expect(f, url).toBeDefined()
      expect(f!.lang).toBe(lang)
      expect(f!.filters.type).toEqual([type])
      expect(f!.content).toContain(words)
    }
    // The list is not a search result; the association page is not found by the story's words.
    expect(fragments.find((x) => x.url === '/historier/')).toBeUndefined()
    expect(fragments.find((x) => x.url === '/foreninger/skakklubben/')!.content).not.toContain(
      'Skak & kage',
    )
  })
})

import { gunzipSync } from 'node:zlib'

import * as pagefind from 'pagefind'
import { afterAll, describe, expect, it } from 'vitest'

import {
  fromIndexText,
  searchQueries,
  toIndexText,
  TYPED_WEIGHT,
  weightedQueries,
} from '../../src/lib/search-fold'
import { forIndex, searchDocument } from '../../src/lib/search-index'

/** What Pagefind matches a word by: lower case, without combining marks (its normalisation). */
const pagefindKey = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')

describe('the index’s spelling of æ and ø', () => {
  const names = [
    'Badesøen',
    'Forbrændingen',
    'Hyldespjældet',
    'Svømmehal',
    'ÆLDRE',
    'Øster',
    'Ungerådet',
    'Kærgård',
  ]

  it('makes every name match its spelling without the letters, as å already does', () => {
    for (const name of names) {
      const plain = name
        .toLowerCase()
        .replaceAll('æ', 'a')
        .replaceAll('ø', 'o')
        .replaceAll('å', 'a')
      expect(pagefindKey(toIndexText(name)), name).toBe(plain)
    }
  })

  it('reads back as written, leaving other letters alone', () => {
    const text = 'Æbleskiver på Badesøen, café Ålborg, Zoë & São Paulo'
    expect(toIndexText(text)).not.toMatch(/[æøÆØ]/)
    expect(fromIndexText(toIndexText(text))).toBe(text)
  })

  it('searches as typed, and with ae, oe and aa read as the letters when typed so', () => {
    const key = (q: string) => searchQueries(q).map((s) => s.split(' ').map(pagefindKey).join(' '))
    expect(key('badesoen')).toEqual(['badesoen', 'badeson'])
    expect(key('Badesoeen')).toEqual(['badesoeen', 'badesoen'])
    expect(key('aeldre sagen')).toEqual(['aeldre sagen', 'aldre sagen'])
    expect(key('AABENT')).toEqual(['aabent', 'abent'])
    expect(key('forening')).toEqual(['forening'])
    // Only some pairs are letters: every combination is tried.
    expect(key('vridsloeselille beboerforening')).toEqual([
      'vridsloeselille beboerforening',
      'vridsloselille beboerforening',
      'vridsloeselille beborforening',
      'vridsloselille beborforening',
    ])
    expect(searchQueries('aa aa aa aa')).toHaveLength(2)
    // Typed with the letters, the query keeps them in the index's spelling (exact first), and
    // its pairs are meant as written.
    expect(searchQueries('Badesøen')).toEqual([toIndexText('Badesøen')])
    expect(searchQueries('Vridsløselille Beboerforening')).toEqual([
      toIndexText('Vridsløselille Beboerforening'),
    ])
  })
})

describe('how much each query counts', () => {
  it('counts the query as typed half, and a reading by the share of the pairs it reads', () => {
    expect(weightedQueries('ungeraadsmoede')).toEqual([
      { query: 'ungeraadsmoede', weight: TYPED_WEIGHT },
      { query: 'ungerådsmoede', weight: 0.5 },
      { query: 'ungeraadsmȯde', weight: 0.5 },
      { query: 'ungerådsmȯde', weight: 1 },
    ])
    // Nothing to read: one query, counted whole, whatever the letters.
    expect(weightedQueries('bibliotek')).toEqual([{ query: 'bibliotek', weight: 1 }])
    expect(weightedQueries('Badesøen')).toEqual([{ query: 'Badesȯen', weight: 1 }])
    // Every reading's weight is in (0, 1], the full reading is 1, for any number of pairs.
    for (const typed of ['aa', 'aeoe', 'aaoeaeaa', 'haveaaben oe ae aa oe']) {
      const readings = weightedQueries(typed).slice(1)
      expect(readings.at(-1)!.weight).toBe(1)
      for (const r of readings) expect(r.weight > 0 && r.weight <= 1).toBe(true)
      expect(searchQueries(typed)).toEqual(weightedQueries(typed).map((q) => q.query))
    }
  })
})

describe('what Pagefind indexes', () => {
  it('respells text only: not tags, attributes, scripts, styles or comments', () => {
    const html =
      '<p class="ø" data-pagefind-filter="category:Natur og miljø">Vi mødes ved ' +
      '<a href="/steder/badesoeen/" title="Badesøen">Badesøen</a>.</p>' +
      '<script>const s = "<p>Sø</p>"</script><style>p::after { content: "ø" }</style>' +
      '<img src="/sø.png" alt="Sø"><p title="a > ø">Æ</p><!-- Sø -->'
    expect(forIndex(html)).toBe(
      '<p class="ø" data-pagefind-filter="category:Natur og miljø">Vi mȯdes ved ' +
        '<a href="/steder/badesoeen/" title="Badesøen">Badesȯen</a>.</p>' +
        '<script>const s = "<p>Sø</p>"</script><style>p::after { content: "ø" }</style>' +
        '<img src="/sø.png" alt="Sø"><p title="a > ø">Ȧ</p><!-- Sø -->',
    )
  })

  it('separates definition terms from their values, which Pagefind runs together', () => {
    expect(forIndex('<dl><dt>Hvor</dt><dd>Online</dd></dl>')).toBe(
      '<dl><dt>Hvor</dt> <dd>Online</dd> </dl>',
    )
  })

  it('leaves out elements Pagefind ignores entirely, however they nest', () => {
    expect(
      forIndex(
        '<h2 id="a">Om os</h2><section data-pagefind-ignore="all"><h2 id="b">Kommende</h2>' +
          '<section><p>Skak</p><section><span data-pagefind-filter="type:X"></span></section>' +
          '</section><br/><img alt="x"></section>efter' +
          "<p data-pagefind-ignore='all'>væk</p><p data-pagefind-ignore>bliver</p>" +
          '<img alt="billede" data-pagefind-ignore="all"><b title="data-pagefind-ignore=all">ja</b>',
      ),
    ).toBe(
      '<h2 id="a">Om os</h2>efter<p data-pagefind-ignore>bliver</p>' +
        '<b title="data-pagefind-ignore=all">ja</b>',
    )
  })

  it('gives Pagefind the index it makes of the page with the ignored parts in it', async () => {
    const page =
      '<!doctype html><html lang="da"><head><title>Skakklubben</title></head><body>' +
      '<main data-pagefind-body><span data-pagefind-filter="type:Forening"></span>' +
      '<h1>Skakklubben</h1><p>Vi spiller skak <span data-pagefind-ignore="all">Mandag</span> hver uge.</p>' +
      '<section aria-labelledby="ev" data-pagefind-ignore="all"><h2 id="ev">Arrangementer</h2>' +
      '<ul><li><h3><a href="/arrangementer/lynskak/">Lynskak i Musikcafeen</a></h3>' +
      '<span data-pagefind-filter="category:Spil"></span><p>lørdag</p></li></ul></section>' +
      '<h2 id="kontakt">Kontakt</h2><p>Skriv til formanden.</p></main></body></html>'
    const files = async (html: string) => {
      const { index } = await pagefind.createIndex({})
      const added = await index!.addHTMLFile({ url: '/foreninger/skak/', content: html })
      expect(added.errors).toEqual([])
      const out = await index!.getFiles()
      await index!.deleteIndex()
      return new Map(out.files.map((f) => [f.path, Buffer.from(f.content)]))
    }
    const whole = await files(page)
    const sent = await files(searchDocument(page)!)
    const fragment = [...sent].find(([p]) => p.startsWith('fragment/'))![1]
    const text = gunzipSync(fragment)
      .toString()
      .replace(/^pagefind_dcd/, '')
    expect(JSON.parse(text)).toMatchObject({
      content: expect.stringContaining('Vi spiller skak hver uge.'),
      filters: { type: ['Forening'] },
    })
    expect(text).not.toMatch(/Lynskak|Mandag|Spil/)
    expect([...sent.keys()].sort()).toEqual([...whole.keys()].sort())
    for (const [p, bytes] of sent) {
      if (p.startsWith('fragment/') || p.startsWith('index/') || p.endsWith('.pf_meta'))
        expect(gunzipSync(bytes).equals(gunzipSync(whole.get(p)!)), p).toBe(true)
    }

    // Where an ignored element's end is unclear, the fragment goes whole: Pagefind decides.
    const main = (inner: string) =>
      '<!doctype html><html lang="da"><head><title>Skak</title></head><body>' +
      `<main data-pagefind-body><h1>Skak</h1>${inner}</main></body></html>`
    for (const unclear of [
      '<ul><li data-pagefind-ignore="all">a<li>b</li>c</ul><p>efter</p>',
      '<p>inden <span data-pagefind-ignore="all"/> midt</p><p>efter</p>',
      '<section data-pagefind-ignore="all"><p>inde</p></section foo><p>efter</p>',
      '<div data-pagefind-ignore="all"><p>aldrig lukket</p>',
    ]) {
      expect(forIndex(unclear), unclear).toBe(forIndex(unclear, false))
      const a = await files(main(unclear))
      const b = await files(searchDocument(main(unclear))!)
      expect([...b.keys()].sort(), unclear).toEqual([...a.keys()].sort())
    }
    // An element opened inside and left open is closed by the ignored element's end, as in HTML.
    const nested = '<section data-pagefind-ignore="all"><p>a<section/>b</section>c</section>d'
    expect(forIndex(nested)).toBe('d')
  })

  afterAll(() => pagefind.close())

  it('indexes only pages with a search body, as their language and main content', () => {
    const page = (main: string) =>
      `<!doctype html><html lang="en" dir="ltr"><head><title>Badesøen · Venues</title>` +
      `<style>body{}</style></head><body><header>Menu Søg</header>${main}<footer>Kontakt</footer></body></html>`
    expect(searchDocument(page('<main id="main">List</main>'))).toBeNull()
    const doc = searchDocument(page('<main id="main" data-pagefind-body><h1>Badesøen</h1></main>'))
    expect(doc).toMatch(/^<!doctype html><html lang="en" dir="ltr"><head><title>Badesøen · Venues/)
    expect(doc).toContain('<h1>Badesȯen</h1>')
    expect(doc).not.toMatch(/Menu|Kontakt|<style>/)
  })
})

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import ICAL from 'ical.js'
import { HtmlValidate } from 'html-validate'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildErrorSummary } from '../server/rebuilds'
import { buildFixtureSite, type BuiltSite } from './helpers/build'
import { FIXTURE_NOW, fixtureSnapshot, LONG_NAME } from './helpers/fixture'

let site: BuiltSite
const page = (p: string) => readFileSync(path.join(site.out, p, 'index.html'), 'utf8')

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full)
    return name.endsWith('.html') ? [full] : []
  })
}

beforeAll(async () => {
  site = await buildFixtureSite()
}, 180_000)

describe('a build from a snapshot with awkward data', () => {
  it('writes every page in both languages, with its equivalent', () => {
    for (const p of [
      '',
      'foreninger',
      'foreninger/skakklubben',
      'foreninger/kategori/kultur',
      'foreninger/maalgruppe/seniorer',
      'foreninger/sociale-tilbud',
      'steder/badesoeen',
      'arrangementer',
      'arrangementer/i-dag',
      'arrangementer/denne-uge',
      'arrangementer/skakaften',
      'faellesskaber/hyldespjaeldet',
      'for/boernefamilier',
      'guider/legepladser-og-gaature',
      'velkommen',
      'velkommen/2026-q4',
      'velkommen/2026-q3',
      'soeg',
    ]) {
      expect(existsSync(path.join(site.out, p, 'index.html')), p).toBe(true)
    }
    for (const p of [
      'en',
      'en/associations/skakklubben',
      'en/events/this-week',
      'en/welcome/2026-q4',
      'en/404',
    ]) {
      expect(existsSync(path.join(site.out, p, 'index.html')), p).toBe(true)
    }
    expect(existsSync(path.join(site.out, '404.html'))).toBe(true)
    // Closed associations are not published.
    expect(existsSync(path.join(site.out, 'foreninger', 'lukket'))).toBe(false)
  })

  it('escapes text: <script> and & in content are shown, never executed', () => {
    const html = page('foreninger/kun-dansk')
    expect(html).toContain(
      'Vi strikker &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; hygger os.',
    )
    // Attribute values may hold `<` safely; outside them no script element may appear.
    expect(html.replace(/"[^"]*"/g, '""')).not.toContain('<script>alert')
    // JSON-LD cannot be closed early by content either.
    for (const file of htmlFiles(site.out)) {
      const body = readFileSync(file, 'utf8')
      const ld = body.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g) ?? []
      for (const block of ld) expect(block.slice(0, -9)).not.toContain('</script')
    }
  })

  it('shows missing English as Danish marked lang="da", kept out of the English index', () => {
    const html = page('en/associations/kun-dansk')
    expect(html).toMatch(/<html lang="en"/)
    expect(html).toMatch(/<h1 lang="da"[^>]*>Strikkecaféen Maskefællesskabet<\/h1>/)
    expect(html).toMatch(/<p[^>]* lang="da" data-pagefind-ignore[^>]*>Vi strikker/)
    // A guide without English content shows the Danish text marked as Danish.
    expect(page('en/guides/legepladser-og-gaature')).toMatch(/<div class="prose" lang="da"/)
  })

  it('gives times the right Copenhagen offset across the DST change', () => {
    const html = page('arrangementer/natbad-over-sommertid')
    expect(html).toContain('datetime="2026-10-24T23:00:00+02:00"')
    expect(html).toMatch(
      /lørdag den 24\. oktober 2026 kl\. 23\.00 – søndag den 25\. oktober 2026 kl\. 03\.00/,
    )
    // The weekly chess evening stays at 19.00 local time after the change (+01:00 in November).
    const chess = page('arrangementer/skakaften')
    expect(chess).toContain('datetime="2026-10-27T19:00:00+01:00"')
    // …and skips its excluded date.
    expect(chess).not.toContain('2026-11-03T')
  })

  it('says a cancelled event is cancelled, in words, in both languages', () => {
    expect(page('arrangementer/aflyst-koncert')).toContain(
      'Aflyst: arrangementet bliver ikke til noget.',
    )
    expect(page('en/events/aflyst-koncert')).toContain('Cancelled: the event will not take place.')
    expect(page('arrangementer')).toMatch(/<strong>Aflyst<\/strong>/)
  })

  it('handles an association with no events and a very long name', () => {
    const html = page('foreninger/lang-navn')
    expect(html).toContain(LONG_NAME)
    expect(html).toContain('Foreningen har ingen kommende arrangementer på sitet lige nu.')
  })

  it('lists this quarter’s offers on the welcome page, sold out in words; past quarters kept', () => {
    const html = page('velkommen')
    expect(html).toContain('Gratis entré til Badesøen')
    expect(html).toContain('<strong>Udsolgt</strong>')
    expect(html).not.toContain('Sommerkoncert')
    expect(page('velkommen/2026-q3')).toContain('Sommerkoncert')
    expect(page('velkommen/2026-q3')).toContain('Kvartalet er slut')
    // Exactly this quarter's published offers, in both languages, with the status in words.
    const cards = (html: string) => html.match(/<li class="card offer /g)?.length ?? 0
    expect(cards(html)).toBe(2)
    const english = page('en/welcome')
    expect(cards(english)).toBe(2)
    expect(english).toContain('Free entry to Badesøen')
    expect(english).toContain('<strong>Sold out</strong>')
    // The approved letter's greeting, as in the letter, in each language.
    expect(html).toContain('Kære nye nabo, velkommen til byen.')
    expect(html).toContain('Steen Christiansen')
    expect(english).toContain('Dear new neighbour, welcome to town.')
    expect(english).toContain('Mayor')
    expect(page('velkommen/2026-q3')).not.toContain('Kære nye nabo')
  })

  it('has unique titles, hreflang alternates with x-default, and Open Graph', () => {
    // The fixture's site name is the same in both languages, as the demo's is, and several
    // names have no English: every title is still unique across the whole site.
    const titles = new Map<string, string>()
    for (const file of htmlFiles(site.out)) {
      const html = readFileSync(file, 'utf8')
      const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? ''
      expect(titles.get(title), `${file} repeats the title of ${titles.get(title)}`).toBeUndefined()
      titles.set(title, file)
      expect(html).toMatch(/<link rel="alternate" hreflang="x-default"/)
      expect(html).toMatch(/<meta property="og:title"/)
    }
    expect(page('')).toContain('<title>Vild med Albertslund</title>')
    expect(page('en')).toContain('<title>Vild med Albertslund (English)</title>')
    expect(page('en/venues/forbraendingen')).toContain(
      '<title>Forbrændingen · Vild med Albertslund (English)</title>',
    )
    const da = page('foreninger/skakklubben')
    expect(da).toContain(
      '<link rel="alternate" hreflang="en" href="https://velkommen.example.dk/en/associations/skakklubben/">',
    )
    expect(da).toContain(
      '<link rel="alternate" hreflang="da" href="https://velkommen.example.dk/foreninger/skakklubben/">',
    )
  })

  it('builds HTML that validates (no duplicate ids, no invalid nesting)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:standard'],
      rules: {
        // Astro writes `<script type="module">` and inline JSON-LD; these rules are about style.
        'no-inline-style': 'off',
        'attribute-boolean-style': 'off',
        'void-style': 'off',
        'no-trailing-whitespace': 'off',
        'long-title': 'off',
        'attribute-empty-style': 'off',
        'no-redundant-role': 'off',
      },
    })
    const problems: string[] = []
    for (const file of htmlFiles(site.out)) {
      // Nothing after the document (a script there is a parse error html-validate lets pass).
      if (!readFileSync(file, 'utf8').trimEnd().endsWith('</html>')) {
        problems.push(`${path.relative(site.out, file)}: something follows </html>`)
      }
      const report = await validator.validateFile(file)
      for (const r of report.results)
        for (const m of r.messages)
          problems.push(`${path.relative(site.out, file)}: ${m.ruleId}: ${m.message}`)
    }
    expect(problems).toEqual([])
  })

  it('writes a sitemap with the other language’s page as alternate', () => {
    const xml = readFileSync(path.join(site.out, 'sitemap-0.xml'), 'utf8')
    expect(xml).toContain('<loc>https://velkommen.example.dk/foreninger/skakklubben/</loc>')
    expect(xml).toMatch(
      /<loc>https:\/\/velkommen\.example\.dk\/foreninger\/skakklubben\/<\/loc>.*?hreflang="en" href="https:\/\/velkommen\.example\.dk\/en\/associations\/skakklubben\/"/s,
    )
    expect(xml).not.toContain('/404/')
  })

  it('writes iCalendar feeds that a real parser reads back', () => {
    const raw = readFileSync(path.join(site.out, 'feeds', 'en', 'events.ics'), 'utf8')
    const vcal = new ICAL.Component(ICAL.parse(raw))
    const vtimezone = vcal.getFirstSubcomponent('vtimezone')!
    expect(vtimezone.getFirstPropertyValue('tzid')).toBe('Europe/Copenhagen')
    // Let the parser resolve local times through our VTIMEZONE, not a built-in table.
    ICAL.TimezoneService.register(vtimezone)
    const events = vcal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    const chess = events.find((e) => e.summary === 'Chess evening')!
    expect(chess.uid).toBe('event-1@velkommen.example.dk')
    expect(chess.isRecurring()).toBe(true)
    expect(chess.startDate.zone.tzid).toBe('Europe/Copenhagen')
    expect(chess.startDate.toJSDate().toISOString()).toBe('2026-10-20T17:00:00.000Z')
    expect(chess.description).toContain('https://velkommen.example.dk/en/events/skakaften/')
    const it = chess.iterator()
    const dates: string[] = []
    for (let next = it.next(); next && dates.length < 4; next = it.next()) {
      dates.push(next.toJSDate().toISOString())
    }
    // 19.00 local before and after the change to winter time; 3 November is excluded.
    expect(dates.slice(0, 3)).toEqual([
      '2026-10-20T17:00:00.000Z',
      '2026-10-27T18:00:00.000Z',
      '2026-11-10T18:00:00.000Z',
    ])
    const cancelled = events.find((e) => e.summary === 'Concert at Musikcaféen')!
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    // Per-venue feed has only that venue's events.
    const venue = new ICAL.Component(
      ICAL.parse(
        readFileSync(path.join(site.out, 'feeds', 'da', 'venues', 'badesoeen.ics'), 'utf8'),
      ),
    )
    expect(
      venue.getAllSubcomponents('vevent').map((c) => c.getFirstPropertyValue('summary')),
    ).toEqual(['Strikkemøde', 'Natbad, når uret stilles tilbage'])
  })

  it("gives each event page an 'add to calendar' link that a real parser reads as that event", () => {
    for (const [file, title] of [
      ['en/events/skakaften', 'Chess evening'],
      ['arrangementer/skakaften', 'Skakaften'],
    ] as const) {
      const href = /<a href="(data:text\/calendar[^"]*)" type="text\/calendar"/.exec(
        page(file),
      )?.[1]
      expect(href, file).toBeDefined()
      const raw = decodeURIComponent(href!.slice(href!.indexOf(',') + 1).replaceAll('&amp;', '&'))
      const vcal = new ICAL.Component(ICAL.parse(raw))
      expect(vcal.getFirstPropertyValue('x-wr-calname')).toBe(title)
      const vtimezone = vcal.getFirstSubcomponent('vtimezone')!
      expect(vtimezone.getFirstPropertyValue('tzid')).toBe('Europe/Copenhagen')
      ICAL.TimezoneService.register(vtimezone)
      const events = vcal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
      expect(events.map((e) => e.summary)).toEqual([title])
      expect(events[0]!.uid).toBe('event-1@velkommen.example.dk')
      expect(events[0]!.isRecurring()).toBe(true)
      expect(events[0]!.startDate.zone.tzid).toBe('Europe/Copenhagen')
      expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-10-20T17:00:00.000Z')
    }
  })

  it('indexes Danish and English separately for search, without header or footer text', () => {
    const entry = JSON.parse(
      readFileSync(path.join(site.out, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ) as {
      languages: Record<string, { page_count: number }>
    }
    expect(Object.keys(entry.languages).sort()).toEqual(['da', 'en'])
    expect(entry.languages.da!.page_count).toBeGreaterThan(10)
    // Detail pages are indexed, lists and filter pages are not (results lead to the real page).
    expect(page('foreninger/skakklubben')).toContain(
      '<main id="main" tabindex="-1" data-pagefind-body>',
    )
    expect(page('foreninger/kategori/kultur')).toContain('<main id="main" tabindex="-1">')
    // Only <main> is indexed; header, footer and skip link sit outside it or opt out.
    for (const file of htmlFiles(site.out)) {
      const html = readFileSync(file, 'utf8')
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
      expect(main).not.toContain('skip-link')
      expect(main).not.toContain('site-footer')
      expect(html).toMatch(/<header class="site-header" data-pagefind-ignore="all">/)
      expect(html).toMatch(/<footer class="site-footer" data-pagefind-ignore="all">/)
    }
  })

  it('finds an event on its own page, not on the pages that list it', () => {
    const fragments = readdirSync(path.join(site.out, 'pagefind', 'fragment')).map((f) => {
      const raw = gunzipSync(readFileSync(path.join(site.out, 'pagefind', 'fragment', f)))
      return JSON.parse(raw.toString('utf8').replace(/^pagefind_dcd/, '')) as {
        url: string
        content: string
        filters: Record<string, string[]>
      }
    })
    const found = (word: string) =>
      fragments
        .filter((f) => f.content.includes(word))
        .map((f) => f.url)
        .sort()
    // The association, its venue and its community list the event, but are not found by it.
    expect(page('foreninger/skakklubben')).toContain('Skakaften')
    expect(page('faellesskaber/hyldespjaeldet')).toContain('Skakaften')
    expect(found('Skakaften')).toEqual(['/arrangementer/skakaften/'])
    expect(found('Chess evening')).toEqual(['/en/events/skakaften/'])
    // Nor is a community page found by the associations it lists; each still has its own text.
    const community = fragments.find((f) => f.url === '/faellesskaber/hyldespjaeldet/')!
    expect(community.filters.type).toEqual(['Fællesskab'])
    expect(page('faellesskaber/hyldespjaeldet')).toContain('Albertslund Skakklub')
    expect(found('Albertslund Skakklub')).toContain('/foreninger/skakklubben/')
    expect(found('Albertslund Skakklub')).not.toContain('/faellesskaber/hyldespjaeldet/')
  })

  it('copies media and gives images width, height and lazy loading below the fold', () => {
    const html = page('steder')
    expect(html).toMatch(/<img src="\/media\/lake-640x400\.webp"[^>]*width="640" height="400"/)
    expect(existsSync(path.join(site.out, 'media', 'lake-640x400.webp'))).toBe(true)
    expect(page('foreninger/skakklubben')).toMatch(/alt="Tegning af chess"/)
  })

  it('writes a GPX file for each route in a guide', () => {
    const gpx = readFileSync(path.join(site.out, 'gpx', 'en-legepladser-og-gaature-2.gpx'), 'utf8')
    expect(gpx).toContain('<name>The lake route</name>')
    expect(gpx.match(/<trkpt /g)).toHaveLength(3)
    expect(page('en/guides/legepladser-og-gaature')).toMatch(/Length: 1\.\d km/)
  })
})

describe('content that breaks the contract', () => {
  it('stops the build with a message naming the document and the field', async () => {
    const bad = fixtureSnapshot() as unknown as { associations: Record<string, unknown>[] }
    bad.associations[0] = { ...bad.associations[0], summary: { da: 42, en: null } }
    const error = await buildFixtureSite(bad as never).then(
      () => null,
      (e: { stderr?: string; stdout?: string }) => `${e.stdout ?? ''}${e.stderr ?? ''}`,
    )
    expect(error).toMatch(/associations\[0\] \(slug "skakklubben"\): summary\.da/)
    // What the live builder records and staff see in the admin: the message, not the stack.
    const summary = buildErrorSummary(error ?? '')
    expect(summary).toMatch(/associations\[0\] \(slug "skakklubben"\): summary\.da/)
    expect(summary).not.toMatch(/Stack trace|\bat async\b/)
    expect(summary).not.toContain(String.fromCharCode(27))
  }, 120_000)
})

describe('guide maps', () => {
  it('load nothing from outside without a tile source: the map is drawn at build time', () => {
    const html = readFileSync(
      path.join(site.out, 'guider', 'legepladser-og-gaature', 'index.html'),
      'utf8',
    )
    expect(html).not.toContain('<guide-map')
    expect(html).not.toMatch(/tile\.openstreetmap|leaflet/i)
    expect(html).toContain('Legepladsen ved Badesøen')
    expect(html).toContain('<figure class="static-map"')
  })

  it('add an interactive map when a tile source is configured', async () => {
    {
      const withTiles = await buildFixtureSite(undefined, undefined, {
        MAP_TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      })
      const html = readFileSync(
        path.join(withTiles.out, 'en', 'guides', 'legepladser-og-gaature', 'index.html'),
        'utf8',
      )
      expect(html).toContain('<guide-map')
      expect(html).toContain('data-tiles="https://tile.openstreetmap.org/{z}/{x}/{y}.png"')
      expect(html).toContain('aria-label="Map of the places and routes"')
      // The drawn map stays inside, for until the interactive one has loaded (and without JS).
      expect(html).toMatch(/<guide-map[\s\S]*<figure class="static-map"[\s\S]*<\/guide-map>/)
      // Only guide pages with map data carry the map.
      const other = readFileSync(path.join(withTiles.out, 'en', 'index.html'), 'utf8')
      expect(other).not.toContain('<guide-map')
    }
  }, 120_000)
})

describe('long lists', () => {
  it('are split into numbered pages that work without JavaScript and validate', async () => {
    const { generateSnapshot } = await import('../bench/generate')
    const big = await buildFixtureSite(
      generateSnapshot(
        { associations: 130, events: 20, venues: 5, communities: 3 },
        new Date(FIXTURE_NOW),
      ),
    )
    const list = (p: string) => readFileSync(path.join(big.out, p, 'index.html'), 'utf8')
    expect(list('foreninger').includes('130 foreninger')).toBe(true)
    expect(
      list('foreninger/side/3').includes('<a href="/foreninger/side/3/" aria-current="page">'),
    ).toBe(true)
    expect(existsSync(path.join(big.out, 'en', 'associations', 'page', '3', 'index.html'))).toBe(
      true,
    )
    expect(existsSync(path.join(big.out, 'foreninger', 'side', '4'))).toBe(false)
    // The in-place filter form is offered only where the whole list is on the page.
    expect(list('foreninger').includes('<form class="filter-form"')).toBe(false)
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateFile(
      path.join(big.out, 'foreninger', 'side', '2', 'index.html'),
    )
    const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2)
    expect(
      errors
        .filter(
          (m) =>
            ![
              'no-inline-style',
              'long-title',
              'attribute-empty-style',
              'no-redundant-role',
            ].includes(m.ruleId),
        )
        .map((m) => m.message),
    ).toEqual([])
  }, 180_000)
})

describe('the newcomers’ pages', () => {
  it('list the ambassadors active on the build day, on their page and their community’s', () => {
    const da = page('ambassadoerer')
    expect(da).toContain('Amina Haddad')
    expect(da).toContain('Bo Jensen')
    // One whose period ended, and one who has not started yet, are not on the site.
    for (const html of [da, page('en/ambassadors'), page('faellesskaber/hyldespjaeldet')]) {
      expect(html).not.toContain('Carla Udløbet')
      expect(html).not.toContain('Dorte Senere')
    }
    expect(page('faellesskaber/hyldespjaeldet')).toContain('Amina Haddad')
    expect(page('faellesskaber/hyldespjaeldet')).toContain('href="/ambassadoerer/besoeg/amina/"')
    expect(da).toContain('Skoler, fritid &amp; &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(existsSync(path.join(site.out, 'ambassadoerer/besoeg/carla/index.html'))).toBe(false)
  })

  it('the quarter’s welcome page (the QR code’s target) invites to meet an ambassador and to give feedback', () => {
    for (const [p, meet, survey] of [
      ['velkommen/2026-q4', '/ambassadoerer/', '/fortael-os/'],
      ['en/welcome/2026-q4', '/en/ambassadors/', '/en/tell-us/'],
    ] as const) {
      const html = page(p)
      expect(html).toContain(`href="${meet}"`)
      expect(html).toContain(`href="${survey}"`)
    }
  })

  it('write the forms for the CMS to receive, with the same choices the CMS offers', () => {
    const form = page('ambassadoerer/besoeg')
    expect(form).toContain('action="http://localhost:3000/api/forms/visit-request"')
    expect(form).toContain('data-token-url="http://localhost:3000/api/forms/visit-request/token"')
    expect(form).toContain('<option value="1">Amina Haddad (Dansk, Engelsk, Arabisk)</option>')
    expect(form).not.toContain('Carla')
    expect(page('ambassadoerer/besoeg/amina')).toMatch(/<option value="1" selected>Amina/)
    expect(page('en/tell-us')).toContain('<html lang="en"')
    expect(page('en/tell-us')).toContain('action="http://localhost:3000/api/forms/survey"')
    expect(page('fortael-os/tak')).toContain('Tak for dine svar')
    expect(page('en/ambassadors/thank-you')).toContain('Thank you, we have received your request')
  })

  it('put the forms’ stylesheet at a stable address for the CMS’s answer pages', () => {
    const css = readFileSync(path.join(site.out, 'forms.css'), 'utf8')
    expect(css).toContain('.error-summary')
    expect(css).toContain('.site-header')
  })

  it('state what each form stores on the privacy page, with the retention period', () => {
    const html = page('privatliv')
    expect(html).toContain('Vi sletter det 180 dage efter, at din anmodning er afsluttet')
    expect(html).toContain('Din e-mailadresse sletter vi 180 dage efter')
    expect(page('en/privacy')).toContain('We delete it 180 days after your request is closed')
  })
})

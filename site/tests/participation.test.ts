/**
 * Taking part in a real build of the fixture: the page on the four ways, the filters by way on
 * the association and event lists, the "Volunteer" page, rooms on venues' pages and the "Borrow
 * a room" page with its filter pages, in both languages, as plain HTML (no script needed).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { buildFixtureSite, type BuiltSite } from './helpers/build'

let site: BuiltSite
const exists = (p: string) => existsSync(path.join(site.out, p, 'index.html'))
const page = (p: string) => readFileSync(path.join(site.out, p, 'index.html'), 'utf8')
const main = (p: string) => /<main\b[\s\S]*<\/main>/.exec(page(p))?.[0] ?? ''
const h1 = (p: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page(p))?.[1]?.replace(/<[^>]+>/g, '')
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
/** The items a list shows (cards and event lines, lists inside them included), as their text. */
function cards(html: string): string[] {
  const out: string[] = []
  const start = /<li class="(card|event)[^"]*"/g
  let match: RegExpExecArray | null
  while ((match = start.exec(html))) {
    const tags = /<(\/?)li\b[^>]*>/g
    tags.lastIndex = match.index
    let depth = 0
    let tag: RegExpExecArray | null
    while ((tag = tags.exec(html))) {
      depth += tag[1] ? -1 : 1
      if (depth === 0) break
    }
    const end = tag ? tags.lastIndex : html.length
    out.push(text(html.slice(match.index, end)))
    start.lastIndex = end
  }
  return out
}
/** The headings of the cards a list shows. */
const titles = (html: string) =>
  [...html.matchAll(/<h[23] class="card-title"[^>]*>([\s\S]*?)<\/h[23]>/g)].map((m) => text(m[1]!))
/** Links inside a filter panel, as [text, href]. */
const filterLinks = (p: string) =>
  [
    ...(/<div class="filter-links"[\s\S]*?<\/div>/.exec(page(p))?.[0] ?? '').matchAll(
      /<a href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g,
    ),
  ].map((m) => [text(m[2]!), m[1]!])

beforeAll(async () => {
  site = await buildFixtureSite()
}, 180_000)

describe('the four ways to take part', () => {
  it('are explained on one page in each language, linked from every page’s navigation', () => {
    expect(h1('vaer-med')).toBe('Fire måder at være med på')
    expect(h1('en/take-part')).toBe('Four ways to take part')
    for (const [p, names] of [
      [
        'vaer-med',
        [
          'Observerende deltagelse',
          'Aktiv deltagelse',
          'Medskabende deltagelse',
          'Initiativtageren',
        ],
      ],
      ['en/take-part', ['Showing up', 'Joining in', 'Co-creating', 'Taking the initiative']],
    ] as const) {
      const html = main(p)
      const ids = [...html.matchAll(/<h2 class="card-title" id="(way-[a-z-]+)"/g)].map((m) => m[1])
      expect(ids, p).toEqual(['way-come-along', 'way-help-out', 'way-co-organise', 'way-initiate'])
      for (const name of names) expect(text(html), p).toContain(name)
    }
    // The same page in the other language, and the menu on other pages leads to it.
    expect(page('vaer-med')).toContain(
      'hreflang="en" href="https://velkommen.example.dk/en/take-part/"',
    )
    expect(page('foreninger')).toMatch(/<a href="\/vaer-med\/"[^>]*>Vær med<\/a>/)
    expect(page('en/events')).toMatch(/<a href="\/en\/take-part\/"[^>]*>Take part<\/a>/)
    expect(page('vaer-med')).toMatch(/<a href="\/vaer-med\/" aria-current="page">Vær med<\/a>/)
  })

  it('link each way to the associations and events that offer it, with their number', () => {
    const cardsOf = cards(main('vaer-med'))
    expect(cardsOf).toHaveLength(4)
    const [come, help, cocreate, idea] = cardsOf
    // Fixture: come-along 2 associations (closed one left out) and 1 event; help-out 1 and the
    // night swim that wants volunteers; co-organise 1 and 1; initiate 1 association, no event.
    expect(come).toContain('Foreninger (2)')
    expect(come).toContain('Arrangementer (1)')
    expect(help).toContain('Foreninger (1)')
    expect(help).toContain('Arrangementer (1)')
    expect(help).toContain('Se, hvem der søger hjælp lige nu.')
    expect(cocreate).toContain('Foreninger (1)')
    expect(idea).toContain('Foreninger (1)')
    expect(idea).not.toContain('Arrangementer')
    expect(idea).toContain('Lån et lokale')
    const html = main('vaer-med')
    for (const link of [
      '/foreninger/deltagelse/observerende/',
      '/foreninger/deltagelse/aktiv/',
      '/arrangementer/deltagelse/aktiv/',
      '/foreninger/deltagelse/medskabende/',
      '/arrangementer/deltagelse/medskabende/',
      '/foreninger/deltagelse/initiativtager/',
      '/bliv-frivillig/',
      '/laan-et-lokale/',
    ]) {
      expect(html, link).toContain(`href="${link}"`)
      expect(exists(link), link).toBe(true)
    }
    expect(main('en/take-part')).toContain('href="/en/associations/way/bring-the-idea/"')
  })

  it('filter the association and event lists with plain links to filtered pages', () => {
    expect(filterLinks('foreninger')).toEqual(
      expect.arrayContaining([
        ['Kom og vis din opbakning', '/foreninger/deltagelse/observerende/'],
        ['Deltag og giv en hånd', '/foreninger/deltagelse/aktiv/'],
        ['Vær med til at skabe det', '/foreninger/deltagelse/medskabende/'],
        ['Kom med idéen', '/foreninger/deltagelse/initiativtager/'],
      ]),
    )
    expect(h1('foreninger/deltagelse/medskabende')).toBe('Foreninger: Vær med til at skabe det')
    expect(cards(main('foreninger/deltagelse/medskabende'))).toEqual([
      expect.stringContaining('Albertslund Skakklub'),
    ])
    expect(h1('en/associations/way/join-in')).toBe('Associations: Join in and lend a hand')
    // An event that wants volunteers is one where you can lend a hand.
    expect(cards(main('arrangementer/deltagelse/aktiv'))).toEqual([
      expect.stringContaining('Natbad'),
    ])
    expect(cards(main('en/events/way/help-make-it-happen'))).toEqual([
      expect.stringContaining('Chess evening'),
    ])
    // No event offers the fourth way: no empty page, and no link to one.
    expect(exists('arrangementer/deltagelse/initiativtager')).toBe(false)
    expect(filterLinks('arrangementer').map(([, href]) => href)).not.toContain(
      '/arrangementer/deltagelse/initiativtager/',
    )
    // Cards say when an association asks for a hand.
    expect(cards(main('foreninger')).filter((c) => c.includes('Søger hjælp'))).toEqual([
      expect.stringContaining('Albertslund Skakklub'),
      expect.stringContaining('Foreningen for Bevarelse'),
    ])
    // The in-browser filter reads the same ways from the items.
    expect(page('foreninger')).toMatch(/data-way="come-along co-organise initiate"/)
    expect(page('foreninger')).toMatch(/<select id="f-way" name="way">/)
  })

  it('show on an association’s and an event’s page, each linking to its explanation', () => {
    const club = main('foreninger/skakklubben')
    expect(club).toContain('<a href="/vaer-med/#way-co-organise">Vær med til at skabe det</a>')
    expect(club).toContain('<a href="/vaer-med/#way-initiate">Kom med idéen</a>')
    expect(text(club)).toContain('Vi søger hjælp til: Nogen til at arrangere turneringen.')
    expect(text(main('en/associations/skakklubben'))).toContain(
      'We are looking for help with: Someone to organise the tournament.',
    )
    const swim = main('en/events/natbad-over-sommertid')
    expect(swim).toContain('<h2 id="ways">How you can take part</h2>')
    expect(swim).toContain('<a href="/en/take-part/#way-help-out">Join in and lend a hand</a>')
  })
})

describe('the "Volunteer" page', () => {
  it('lists upcoming events and associations that want help, with the help they need', () => {
    expect(h1('bliv-frivillig')).toBe('Bliv frivillig')
    expect(h1('en/volunteer')).toBe('Volunteer')
    const da = main('bliv-frivillig')
    const [events, associations] = da.split('id="volunteer-associations"')
    expect(cards(events!)).toEqual([
      // By next occurrence: the chess evening (Tuesday) before the night swim (Saturday).
      expect.stringMatching(/Skakaften .*Søger Medarrangører Hjælp søges til Kontakt dem/),
      expect.stringMatching(/Natbad.*Søger Frivillige Hjælp søges til Vi mangler livreddere\./),
    ])
    expect(cards(associations!)).toEqual([
      expect.stringMatching(
        /Albertslund Skakklub Søger Medarrangører Hjælp søges til Nogen til at arrangere/,
      ),
      expect.stringMatching(/Foreningen for Bevarelse .* Søger Frivillige Hjælp søges til Kontakt/),
    ])
    // Events that do not ask for help, and associations that only welcome visitors, are not here.
    expect(da).not.toContain('Koncert i Musikcaféen')
    expect(da).not.toContain('Strikkecaféen')
    const en = text(main('en/volunteer'))
    expect(en).toContain('We need lifeguards.')
    expect(en).toContain('Looking for Co-organisers')
    expect(main('en/volunteer')).toContain('href="/en/take-part/"')
  })

  it('is an entry point on the home page in both languages, with the four ways and rooms', () => {
    for (const [p, links] of [
      ['', ['/vaer-med/', '/bliv-frivillig/', '/laan-et-lokale/']],
      ['en', ['/en/take-part/', '/en/volunteer/', '/en/borrow-a-room/']],
    ] as const) {
      const home = main(p)
      const section = /<section aria-labelledby="home-take-part">[\s\S]*?<\/section>/.exec(home)![0]
      for (const link of links) expect(section, link).toContain(`href="${link}"`)
    }
  })
})

describe('rooms to borrow', () => {
  it('show on their venue’s page with capacity, who may borrow, access, price and booking', () => {
    const html = main('steder/forbraendingen')
    expect(html).toContain('<h2 id="rooms">Lokaler til udlån</h2>')
    const [hall, workshop] = cards(html.split('id="rooms"')[1]!)
    expect(hall).toContain('Salen')
    expect(hall).toContain('Scene, lyd & lys.')
    expect(hall).toContain('Plads til 200 personer')
    expect(hall).toContain('Kan lånes af Foreninger')
    expect(hall).toContain('Adgang uden trin. Teleslynge i salen.')
    expect(hall).toContain('Pris 2.500 kr. pr. dag.')
    expect(workshop).toContain('Plads til 12 personer')
    expect(workshop).toContain('Ikke adgang uden trin')
    expect(workshop).toContain('Pris Gratis')
    expect(html).toContain('id="room-sal"')
    expect(html).toContain('<a href="https://example.org/lokaler">Book Salen online</a>')
    expect(html).toContain('<a href="tel:+4543687000">43\u00a068\u00a070\u00a000</a>')
    expect(html).toContain('<a href="mailto:vaerksted@example.org">vaerksted@example.org</a>')
    const en = main('en/venues/forbraendingen')
    expect(en).toContain('<h2 id="rooms">Rooms to borrow</h2>')
    expect(text(en)).toContain('Room for 200 people')
    expect(text(en)).toContain('Price DKK 2,500 a day.')
    // A room without an English name shows the Danish one, marked as Danish.
    expect(en).toMatch(/<h3 class="card-title">\s*<span lang="da"[^>]*>Værkstedet<\/span>/)
    // A venue without rooms has no such section.
    expect(exists('steder/badesoeen')).toBe(true)
  })

  it('are all on the "Borrow a room" page, each linking to its venue, with the count', () => {
    expect(h1('laan-et-lokale')).toBe('Lån et lokale')
    expect(h1('en/borrow-a-room')).toBe('Borrow a room')
    const html = main('laan-et-lokale')
    expect(text(html)).toContain('3 lokaler')
    expect(titles(html)).toEqual([
      // Venues by name (Badesøen, Forbrændingen), rooms in the venue's own order.
      'Klubhuset , Badesøen',
      'Salen , Forbrændingen',
      'Værkstedet , Forbrændingen',
    ])
    expect(html).toContain('href="/steder/forbraendingen/#room-vaerksted"')
    expect(html).toMatch(/data-size="large" data-step-free="yes" data-borrower="associations"/)
  })

  it('filter by size, step-free access, community and who may borrow, on a few plain pages', () => {
    expect(filterLinks('laan-et-lokale')).toEqual([
      ['Op til 20 personer', '/laan-et-lokale/stoerrelse/lille/'],
      ['21–60 personer', '/laan-et-lokale/stoerrelse/mellem/'],
      ['Over 60 personer', '/laan-et-lokale/stoerrelse/stor/'],
      ['Kun adgang uden trin', '/laan-et-lokale/uden-trin/'],
      ['Hyldespjældet', '/laan-et-lokale/faellesskab/hyldespjaeldet/'],
      ['Foreninger kan låne', '/laan-et-lokale/for/foreninger/'],
      ['Borgere kan låne', '/laan-et-lokale/for/borgere/'],
    ])
    const shows = (p: string) => titles(main(p)).map((c) => c.split(' , ')[0])
    expect(shows('laan-et-lokale/stoerrelse/lille')).toEqual(['Værkstedet'])
    expect(shows('laan-et-lokale/stoerrelse/mellem')).toEqual(['Klubhuset'])
    expect(shows('laan-et-lokale/stoerrelse/stor')).toEqual(['Salen'])
    expect(shows('laan-et-lokale/uden-trin')).toEqual(['Klubhuset', 'Salen'])
    expect(shows('laan-et-lokale/faellesskab/hyldespjaeldet')).toEqual(['Klubhuset'])
    expect(shows('laan-et-lokale/for/foreninger')).toEqual(['Salen', 'Værkstedet'])
    expect(shows('laan-et-lokale/for/borgere')).toEqual(['Klubhuset', 'Værkstedet'])
    expect(h1('laan-et-lokale/stoerrelse/lille')).toBe('Lån et lokale: Op til 20 personer')
    expect(text(main('laan-et-lokale/stoerrelse/lille'))).toContain('1 lokale')
    expect(h1('en/borrow-a-room/size/large')).toBe('Borrow a room: More than 60 people')
    expect(h1('en/borrow-a-room/step-free')).toBe('Borrow a room: Step-free access only')
    expect(h1('en/borrow-a-room/for/residents')).toBe('Borrow a room: Residents may borrow')
    // The current filter is marked; the unfiltered page offers the in-browser form too.
    expect(page('laan-et-lokale/uden-trin')).toMatch(
      /<a href="\/laan-et-lokale\/uden-trin\/" aria-current="page">Kun adgang uden trin<\/a>/,
    )
    expect(page('laan-et-lokale')).toMatch(/<select id="f-size" name="size">/)
    expect(page('laan-et-lokale')).toMatch(/<input type="checkbox" id="f-stepFree" name="stepFree"/)
  })

  it('are linked from the pages of the communities that have them', () => {
    expect(main('faellesskaber/hyldespjaeldet')).toContain(
      '<a href="/laan-et-lokale/faellesskab/hyldespjaeldet/">Lån et lokale her (1)</a>',
    )
    expect(main('en/communities/hyldespjaeldet')).toContain(
      '<a href="/en/borrow-a-room/community/hyldespjaeldet/">Borrow a room here (1)</a>',
    )
  })

  it('keep the number of pages bounded: one per filter value that has rooms', () => {
    const dirs = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name)
        if (!statSync(full).isDirectory()) return []
        return [full, ...dirs(full)]
      })
    const pagesUnder = (p: string) =>
      dirs(path.join(site.out, p)).filter((d) => existsSync(path.join(d, 'index.html'))).length
    // 3 sizes + step-free + 1 community + 2 borrowers (the list itself aside).
    expect(pagesUnder('laan-et-lokale')).toBe(7)
    expect(pagesUnder('en/borrow-a-room')).toBe(7)
  })
})

describe('activities residents add', () => {
  it('have a form in each language offering the published venues and categories, with a plain post', () => {
    for (const [p, heading] of [
      ['arrangementer/tilfoej', 'Tilføj en aktivitet'],
      ['en/events/add', 'Add an activity'],
    ] as const) {
      expect(h1(p)).toBe(heading)
      const form = /<form[^>]*data-form="add-activity"[^>]*>/.exec(page(p))?.[0] ?? ''
      expect(form).toMatch(/method="post"/)
      expect(form).toMatch(/action="[^"]*\/api\/forms\/add-activity"/)
      const venues = /<select[^>]*name="venue"[\s\S]*?<\/select>/.exec(page(p))?.[0] ?? ''
      const options = [...venues.matchAll(/<option value="(\d*)"/g)].map((m) => m[1])
      expect(options.length).toBeGreaterThan(1)
      expect(options[0]).toBe('')
      // "Once" and "Free" are chosen when it opens: most activities are both.
      expect(page(p)).toMatch(/name="repeats" type="radio" value="once" checked/)
      expect(page(p)).toMatch(/name="price" type="radio" value="free" checked/)
      for (const type of ['date', 'time', 'url', 'email']) {
        expect(page(p)).toContain(`type="${type}"`)
      }
    }
    expect(h1('arrangementer/tilfoej/tak')).toBe('Tak! Se nu i din e-mail')
    expect(h1('en/events/add/sent-again')).toBe('Thank you! Your activity has been sent again')
  })

  it('are linked from the ways to take part and the events list', () => {
    for (const p of ['vaer-med', 'arrangementer', 'en/take-part', 'en/events']) {
      expect(main(p)).toMatch(/href="(\/en)?\/(arrangementer\/tilfoej|events\/add)\/"/)
    }
  })

  it('say on their page that residents organise them, with the name and the address they chose', () => {
    const da = main('arrangementer/natbad-over-sommertid')
    expect(text(da)).toContain(
      'Arrangør Arrangeret af borgere: Natbaderne i Badesøen natbad@example.com',
    )
    expect(da).toContain('href="mailto:natbad@example.com"')
    expect(text(da)).toContain('Sprog Dansk, Engelsk, Ukrainsk')
    const en = main('en/events/natbad-over-sommertid')
    expect(text(en)).toContain('Organiser Organised by residents: Natbaderne i Badesøen')
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(
      page('arrangementer/natbad-over-sommertid'),
    )?.[1]
    expect(JSON.parse(ld ?? '{}')).toMatchObject({
      organizer: [{ '@type': 'Organization', name: 'Natbaderne i Badesøen' }],
    })
  })
})

import type { APIRoute, GetStaticPaths } from 'astro'
import { locales, type Locale } from '@velkomst/shared/locales'

import { calendarFor } from '../../lib/calendar'
import { content } from '../../lib/content'
import { plain, translator } from '../../lib/i18n'
import { eventsAtVenue, eventsInCommunity, eventsOfAssociation } from '../../lib/listing'
import type { EventEntry } from '../../lib/model'
import { storiesAtom } from '../../lib/stories'

type Props =
  | { kind: 'calendar'; locale: Locale; name: string; entries: EventEntry[] }
  | { kind: 'stories'; locale: Locale }

/**
 * Feeds per language: iCalendar feeds of all events and per venue, association and community
 * (one event's "add to calendar" is a data: link on its page; see calendarDataUrl), and the good
 * stories as an Atom feed (`/feeds/<locale>/stories.atom`).
 */
export const getStaticPaths = (async () => {
  const model = await content()
  return locales.flatMap(({ code: locale }) => {
    const t = translator(locale)
    const site = plain(model.settings.siteName, locale)
    const feed = (path: string, name: string, entries: EventEntry[]) => ({
      params: { feed: `${locale}/${path}.ics` },
      props: { kind: 'calendar' as const, locale, name: `${name} · ${site}`, entries },
    })
    return [
      feed('events', t('site.events.title'), model.upcomingEvents),
      ...model.venues.map((v) =>
        feed(`venues/${v.slug}`, plain(v.name, locale), eventsAtVenue(model, v.id)),
      ),
      ...model.associations.map((a) =>
        feed(`associations/${a.slug}`, plain(a.name, locale), eventsOfAssociation(model, a.id)),
      ),
      ...model.communities.map((c) =>
        feed(`communities/${c.slug}`, plain(c.name, locale), eventsInCommunity(model, c.id)),
      ),
      { params: { feed: `${locale}/stories.atom` }, props: { kind: 'stories' as const, locale } },
    ]
  })
}) satisfies GetStaticPaths

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const model = await content()
  const origin = site ?? new URL('http://localhost:4321')
  if (props.kind === 'stories') {
    return new Response(storiesAtom(model, props.locale, origin), {
      headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
    })
  }
  const body = calendarFor(model, props.locale, props.name, props.entries, origin)
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}

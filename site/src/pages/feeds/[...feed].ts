import type { APIRoute, GetStaticPaths } from 'astro'
import { locales, type Locale } from '@velkomst/shared/locales'

import { calendarFor } from '../../lib/calendar'
import { content } from '../../lib/content'
import { plain, translator } from '../../lib/i18n'
import { eventsAtVenue, eventsInCommunity, eventsOfAssociation } from '../../lib/listing'
import type { EventEntry } from '../../lib/model'

interface Props {
  locale: Locale
  name: string
  entries: EventEntry[]
}

/**
 * iCalendar feeds per language: all events, and per venue, association and community. (One
 * event's "add to calendar" is a data: link on its page; see calendarDataUrl.)
 */
export const getStaticPaths = (async () => {
  const model = await content()
  return locales.flatMap(({ code: locale }) => {
    const t = translator(locale)
    const site = plain(model.settings.siteName, locale)
    const feed = (path: string, name: string, entries: EventEntry[]) => ({
      params: { feed: `${locale}/${path}.ics` },
      props: { locale, name: `${name} · ${site}`, entries },
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
    ]
  })
}) satisfies GetStaticPaths

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const model = await content()
  const body = calendarFor(
    model,
    props.locale,
    props.name,
    props.entries,
    site ?? new URL('http://localhost:4321'),
  )
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}

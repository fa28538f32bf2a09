import { timeZone } from '@velkomst/shared/locales'

import { eventEnd, events } from '../data/events'
import { en, type Id, type SeedContext } from '../context'

export async function seedEvents(ctx: SeedContext, images: Map<string, Id>) {
  await ctx.step(
    'events',
    'events',
    'slug',
    events(ctx.today),
    (e) => e.slug,
    (e) =>
      ctx.createLocalized(
        'events',
        {
          title: e.title.da,
          slug: e.slug,
          summary: e.summary.da,
          start: e.start.toISOString(),
          start_tz: timeZone,
          end: eventEnd(e).toISOString(),
          end_tz: timeZone,
          recurrence: e.recurrence
            ? {
                frequency: e.recurrence.frequency,
                interval: e.recurrence.interval ?? 1,
                byWeekday: e.recurrence.byWeekday,
                monthlyMode: e.recurrence.monthlyMode,
                until: `${e.recurrence.until}T12:00:00.000Z`,
                excludedDates: (e.recurrence.excluded ?? []).map((d) => ({
                  date: `${d}T12:00:00.000Z`,
                })),
              }
            : { frequency: 'none' },
          venue: ctx.id('venues', e.venue),
          placeText: e.placeText?.da,
          onlineUrl: e.onlineUrl,
          organizers: ctx.ids('associations', e.organizers),
          organizedByMunicipality: Boolean(e.byMunicipality),
          organizedByResidents: Boolean(e.residents),
          resident: e.residents
            ? {
                organiser: e.residents.organiser,
                contactEmail: e.residents.showEmail ? e.residents.email : null,
                submitterEmail: e.residents.email,
                submitterLocale: 'da',
                confirmedAt: ctx.today.toISOString(),
              }
            : undefined,
          languages: e.languages,
          categories: ctx.ids('categories', e.categories),
          audiences: e.audiences,
          communities: ctx.ids('communities', e.communities),
          price: e.price ? { free: false, amount: e.price } : { free: true },
          registrationUrl: e.registrationUrl,
          status: e.status ?? 'scheduled',
          waysToTakePart: e.ways,
          volunteersWanted: e.volunteers
            ? { wanted: true, help: e.volunteers.da }
            : { wanted: false },
          image: e.image ? images.get(e.image) : undefined,
        },
        {
          title: en(e.title),
          summary: en(e.summary),
          placeText: en(e.placeText),
          waysToTakePart: e.ways,
          volunteersWanted: e.volunteers?.en ? { help: e.volunteers.en } : undefined,
        },
      ),
  )
}

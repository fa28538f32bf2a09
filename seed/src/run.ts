import type { Payload } from 'payload'

import { associations } from './data/associations'
import { categories } from './data/categories'
import { communities } from './data/communities'
import { events } from './data/events'
import { images } from './data/images'
import { pages } from './data/pages'
import { stories } from './data/stories'
import { ticketOffers } from './data/ticketOffers'
import { users } from './data/users'
import { venues } from './data/venues'
import { SeedContext, type SeedReport, type SeededCollection } from './context'
import { ambassadors } from './data/ambassadors'
import { privacyPage } from './data/privacy'
import {
  seedAmbassadors,
  seedPrivacyPage,
  seedSurveyAnswers,
  seedVisitRequests,
} from './steps/ambassadors'
import { seedAssociations } from './steps/associations'
import { seedEvents } from './steps/events'
import { seedMedia } from './steps/media'
import { seedTicketOffers, seedTicketUptake, seedWelcomeLetter } from './steps/offers'
import { seedPages } from './steps/pages'
import { seedSettings } from './steps/settings'
import { seedCategories, seedCommunities } from './steps/taxonomies'
import { seedUsers } from './steps/users'
import { seedStories } from './steps/stories'
import { seedVenues } from './steps/venues'

export { seedContext, type SeedReport } from './context'

export interface SeedOptions {
  /** The day the demo content is arranged around; events start after it. */
  today?: Date
  log?: (line: string) => void
}

/**
 * Loads the Albertslund demo content through the Local API, collection by collection. Idempotent:
 * documents are matched by their key (slug, email, file name, offer title) and only missing
 * ones are created; nothing that is already there is changed, so a second run changes nothing
 * and a municipality's own edits to a demo document stay.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const started = Date.now()
  const ctx = new SeedContext(payload, options.today ?? new Date(), options.log ?? (() => {}))
  await seedSettings(ctx)
  const images = await seedMedia(ctx)
  await seedCategories(ctx)
  await seedCommunities(ctx)
  await seedVenues(ctx, images)
  await seedAssociations(ctx, images)
  await seedEvents(ctx, images)
  await seedTicketOffers(ctx)
  await seedWelcomeLetter(ctx)
  await seedTicketUptake(ctx)
  await seedPages(ctx, images)
  await seedStories(ctx, images)
  await seedUsers(ctx)
  await seedPrivacyPage(ctx)
  await seedAmbassadors(ctx)
  await seedVisitRequests(ctx)
  await seedSurveyAnswers(ctx)
  ctx.report.ms = Date.now() - started
  return ctx.report
}

/** The keys of everything the demo creates, per collection (offers by title: quarters move). */
function demoKeys(
  today: Date,
): Partial<Record<SeededCollection, { field: string; keys: Set<string> }>> {
  const set = (values: string[]) => new Set(values)
  return {
    categories: { field: 'slug', keys: set(categories.map((c) => c.slug)) },
    communities: { field: 'slug', keys: set(communities.map((c) => c.slug)) },
    venues: { field: 'slug', keys: set(venues(today).map((v) => v.slug)) },
    associations: { field: 'slug', keys: set(associations.map((a) => a.slug)) },
    events: { field: 'slug', keys: set(events(today).map((e) => e.slug)) },
    'ticket-offers': { field: 'title', keys: set(ticketOffers(today).map((o) => o.title.da)) },
    pages: { field: 'slug', keys: set([...pages, privacyPage].map((p) => p.slug)) },
    media: { field: 'filename', keys: set(images.map((i) => `velkomst-demo-${i.key}.png`)) },
    users: { field: 'email', keys: set(users.map((u) => u.email)) },
    ambassadors: { field: 'slug', keys: set(ambassadors.map((a) => a.slug)) },
    stories: { field: 'slug', keys: set(stories.map((s) => s.slug)) },
  }
}

export interface ForeignContent {
  collection: SeededCollection
  count: number
  examples: string[]
}

/**
 * What the database holds that the demo did not create. Loading demo content next to it would
 * mix invented listings into a real directory, so the seed refuses unless asked explicitly.
 */
export async function foreignContent(
  payload: Payload,
  today = new Date(),
): Promise<ForeignContent[]> {
  const found: ForeignContent[] = []
  for (const [collection, { field, keys }] of Object.entries(demoKeys(today)) as [
    SeededCollection,
    { field: string; keys: Set<string> },
  ][]) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      draft: true,
      locale: 'da',
      depth: 0,
      overrideAccess: true,
      select: { [field]: true } as never,
    })
    const others = docs
      .map((d) => String((d as Record<string, unknown>)[field]))
      .filter((key) => !keys.has(key))
    if (others.length)
      found.push({ collection, count: others.length, examples: others.slice(0, 3) })
  }
  return found
}

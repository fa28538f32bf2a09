import { associations } from '../data/associations'
import { en, type Id, type SeedContext } from '../context'

/** The demo's trusted association: its editor publishes directly (the review's other path). */
const trustedAssociations = new Set(['albertslund-if'])

/** Most listings confirmed today; every fifth half a year ago, so staff's "not confirmed" list has some. */
function confirmedOn(today: Date, index: number): string {
  const day = new Date(today)
  if (index % 5 === 4) day.setUTCDate(day.getUTCDate() - 180)
  return `${day.toISOString().slice(0, 10)}T12:00:00.000Z`
}

export async function seedAssociations(ctx: SeedContext, images: Map<string, Id>) {
  await ctx.step(
    'associations',
    'associations',
    'slug',
    associations,
    (a) => a.slug,
    (a) =>
      ctx.createLocalized(
        'associations',
        {
          name: a.name.da,
          slug: a.slug,
          summary: a.summary.da,
          categories: ctx.ids('categories', a.categories),
          audiences: a.audiences,
          ageRange: { min: a.age?.[0] ?? null, max: a.age?.[1] ?? null },
          communities: ctx.ids('communities', a.communities),
          venues: ctx.ids('venues', a.venues),
          contact: { email: a.email, phone: a.phone },
          membershipFee: { amount: a.fee },
          languages: a.languages,
          socialOffer: a.socialOffer,
          waysToTakePart: a.ways,
          helpNeeded: a.helpNeeded?.da,
          cvr: a.cvr,
          status: 'active',
          trusted: trustedAssociations.has(a.slug),
          lastConfirmed: confirmedOn(ctx.today, associations.indexOf(a)),
          logo: a.logo ? images.get(a.logo) : undefined,
        },
        { summary: en(a.summary), helpNeeded: a.helpNeeded ? en(a.helpNeeded) : undefined },
      ),
  )
}

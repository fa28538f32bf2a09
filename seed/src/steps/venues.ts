import { venues } from '../data/venues'
import { en, type Id, type SeedContext } from '../context'

export async function seedVenues(ctx: SeedContext, images: Map<string, Id>) {
  await ctx.step(
    'venues',
    'venues',
    'slug',
    venues(ctx.today),
    (v) => v.slug,
    (v) =>
      ctx.createLocalized(
        'venues',
        {
          name: v.name.da,
          slug: v.slug,
          description: v.description.da,
          address: { street: v.street, postcode: '2620', city: 'Albertslund' },
          coordinates: { lat: v.lat, lng: v.lng },
          community: ctx.id('communities', v.community),
          openingHours: {
            rules: v.rules.map((r) => ({
              ...r,
              validFrom: r.validFrom && `${r.validFrom}T12:00:00.000Z`,
              validTo: r.validTo && `${r.validTo}T12:00:00.000Z`,
            })),
            note: v.hoursNote?.da,
          },
          accessibility: { ...v.access, note: v.access.note?.da },
          contact: { phone: v.phone, email: v.email, website: v.website },
          images: v.image ? [images.get(v.image)] : [],
        },
        {
          name: en(v.name),
          description: en(v.description),
          openingHours: v.hoursNote?.en ? { note: v.hoursNote.en } : undefined,
          accessibility: v.access.note?.en ? { note: v.access.note.en } : undefined,
        },
      ),
  )
}

import { roomsByVenue, type RoomSeed } from '../data/rooms'
import { venues } from '../data/venues'
import { en, type Id, type SeedContext } from '../context'

const danishRoom = (r: RoomSeed) => ({
  name: r.name.da,
  description: r.description?.da,
  capacity: r.capacity,
  borrowers: r.borrowers,
  stepFree: r.stepFree,
  accessibilityNote: r.accessibilityNote?.da,
  price: r.price ? { free: false, text: r.price.da } : { free: true },
  booking: r.booking,
})

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
          rooms: (roomsByVenue[v.slug] ?? []).map(danishRoom),
        },
        {
          name: en(v.name),
          description: en(v.description),
          openingHours: v.hoursNote?.en ? { note: v.hoursNote.en } : undefined,
          accessibility: v.access.note?.en ? { note: v.access.note.en } : undefined,
        },
      ),
  )
  await addEnglishRooms(ctx)
}

const rowsOf = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? (value as Record<string, unknown>[]) : []

/**
 * The rooms' English texts, matched to the Danish rows by position, on venues made now. Rows keep
 * their ids across languages, so the English is written row by row.
 */
async function addEnglishRooms(ctx: SeedContext) {
  const { payload, common } = ctx
  const madeNow = ctx.createdNow.get('venues') ?? new Set<Id>()
  for (const [slug, rooms] of Object.entries(roomsByVenue)) {
    const id = ctx.id('venues', slug)
    if (id === undefined || !madeNow.has(id)) continue
    const doc = await payload.findByID({
      collection: 'venues',
      id,
      locale: 'en',
      fallbackLocale: false,
      ...common,
    })
    await payload.update({
      collection: 'venues',
      id,
      locale: 'en',
      data: {
        rooms: rowsOf(doc.rooms).map((row, i) => {
          const room = rooms[i]
          const price = (row.price ?? {}) as Record<string, unknown>
          return {
            ...row,
            name: room?.name.en ?? null,
            description: room?.description?.en ?? null,
            accessibilityNote: room?.accessibilityNote?.en ?? null,
            price: { ...price, text: room?.price?.en ?? null },
          }
        }),
      },
      ...common,
    })
  }
}

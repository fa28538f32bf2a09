import { pageContent, pages } from '../data/pages'
import { en, type Id, type SeedContext } from '../context'

export async function seedPages(ctx: SeedContext, images: Map<string, Id>) {
  await ctx.step(
    'pages',
    'pages',
    'slug',
    pages,
    (p) => p.slug,
    (p) =>
      ctx.createLocalized(
        'pages',
        {
          title: p.title.da,
          slug: p.slug,
          kind: p.kind,
          audience: p.audience,
          summary: p.summary.da,
          content: pageContent(p, 'da'),
          image: p.image ? images.get(p.image) : undefined,
          mapFeatures: (p.mapFeatures ?? []).map((f) => ({
            kind: f.kind,
            name: f.name.da,
            description: f.description?.da,
            geometry: f.geometry,
          })),
        },
        {
          title: en(p.title),
          summary: en(p.summary),
          content: pageContent(p, 'en'),
          // Array rows keep their ids across locales; English names are written row by row below.
        },
      ),
  )
  await addEnglishMapNames(ctx)
}

/** Map feature names in English, matched to the Danish rows by position, on pages made now. */
async function addEnglishMapNames(ctx: SeedContext) {
  const { payload, common } = ctx
  const madeNow = ctx.createdNow.get('pages') ?? new Set<Id>()
  for (const p of pages) {
    if (!p.mapFeatures?.some((f) => f.name.en)) continue
    const id = ctx.id('pages', p.slug)
    if (id === undefined || !madeNow.has(id)) continue
    const doc = await payload.findByID({
      collection: 'pages',
      id,
      locale: 'en',
      fallbackLocale: false,
      ...common,
    })
    const rows = (doc.mapFeatures ?? []) as { id?: string; name?: string | null }[]
    await payload.update({
      collection: 'pages',
      id,
      locale: 'en',
      data: {
        mapFeatures: rows.map((row, i) => ({
          ...row,
          name: p.mapFeatures?.[i]?.name.en ?? p.mapFeatures?.[i]?.name.da,
          description: p.mapFeatures?.[i]?.description?.en ?? null,
        })),
      },
      ...common,
    })
  }
}

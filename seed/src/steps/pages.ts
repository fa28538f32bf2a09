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
          checklist: (p.checklist ?? []).map((step) => ({
            group: step.group,
            title: step.title.da,
            text: step.text?.da,
            links: (step.links ?? []).map((l) => ({ label: l.label.da, url: l.url.da })),
          })),
          wasteFractions: (p.wasteFractions ?? []).map((f) => ({
            fraction: f.fraction,
            disposal: f.disposal,
            where: f.where.da,
            description: f.description?.da,
            examples: f.examples.map((e) => ({ name: e.da })),
            notAccepted: (f.notAccepted ?? []).map((e) => ({ name: e.da })),
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
  await addEnglishRows(ctx)
}

type Row = { id?: string } & Record<string, unknown>
const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

/**
 * English texts inside array rows (map features, checklist steps and their links, waste
 * fractions and their examples), matched to the Danish rows by position, on pages made now.
 * Rows keep their ids across languages, so the English is written row by row.
 */
async function addEnglishRows(ctx: SeedContext) {
  const { payload, common } = ctx
  const madeNow = ctx.createdNow.get('pages') ?? new Set<Id>()
  for (const p of pages) {
    const hasRows = Boolean(
      p.mapFeatures?.length || p.checklist?.length || p.wasteFractions?.length,
    )
    if (!hasRows) continue
    const id = ctx.id('pages', p.slug)
    if (id === undefined || !madeNow.has(id)) continue
    const doc = await payload.findByID({
      collection: 'pages',
      id,
      locale: 'en',
      fallbackLocale: false,
      ...common,
    })
    const stored = doc as unknown as Record<string, unknown>
    await payload.update({
      collection: 'pages',
      id,
      locale: 'en',
      data: {
        mapFeatures: rowsOf(stored.mapFeatures).map((row, i) => ({
          ...row,
          name: p.mapFeatures?.[i]?.name.en ?? p.mapFeatures?.[i]?.name.da,
          description: p.mapFeatures?.[i]?.description?.en ?? null,
        })),
        checklist: rowsOf(stored.checklist).map((row, i) => {
          const step = p.checklist?.[i]
          return {
            ...row,
            title: step?.title.en ?? null,
            text: step?.text?.en ?? null,
            links: rowsOf(row.links).map((link, j) => ({
              ...link,
              label: step?.links?.[j]?.label.en ?? null,
              url: step?.links?.[j]?.url.en ?? null,
            })),
          }
        }),
        wasteFractions: rowsOf(stored.wasteFractions).map((row, i) => {
          const f = p.wasteFractions?.[i]
          const names = (rows: unknown, texts: { en?: string }[] = []) =>
            rowsOf(rows).map((r, j) => ({ ...r, name: texts[j]?.en ?? null }))
          return {
            ...row,
            where: f?.where.en ?? null,
            description: f?.description?.en ?? null,
            examples: names(row.examples, f?.examples),
            notAccepted: names(row.notAccepted, f?.notAccepted),
          }
        }),
      },
      ...common,
    })
  }
}

import { images, renderImage } from '../data/images'
import type { SeedContext } from '../context'

/** The demo's images, drawn locally with sharp (nothing is fetched), keyed by file name. */
export async function seedMedia(ctx: SeedContext) {
  const { payload, common } = ctx
  const byFile = await ctx.existing('media', 'filename')
  const byKey = new Map<string, string | number>()
  let drawn = 0
  for (const image of images) {
    const filename = `velkomst-demo-${image.key}.png`
    let id = byFile.get(filename)
    if (id === undefined) {
      const data = await renderImage(image)
      const doc = await payload.create({
        collection: 'media',
        data: image.alt ? { alt: image.alt.da, decorative: false } : { decorative: true },
        file: { data, mimetype: 'image/png', name: filename, size: data.length },
        locale: 'da',
        ...common,
      })
      if (image.alt?.en) {
        await payload.update({
          collection: 'media',
          id: doc.id,
          data: { alt: image.alt.en },
          locale: 'en',
          ...common,
        })
      }
      id = doc.id
      byFile.set(filename, id)
      ctx.markCreated('media', id)
      drawn++
    } else ctx.count('skipped', 'media')
    byKey.set(image.key, id)
  }
  ctx.log(`images: ${drawn} drawn, ${images.length - drawn} already there`)
  return byKey
}

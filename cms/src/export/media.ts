import type { Image } from '@velkomst/shared/schemas'

import type { Media } from '../payload-types'
import { idOf, str, text, type MapContext, type WithLocales } from './contract'

/** A media document read with every language of its localized texts. */
export type MediaRead = WithLocales<Media, 'alt'>

/** A media document as the contract's image (null when it has no usable file). */
export function toImage(m: MediaRead): Image | null {
  const filename = str(m.filename)
  if (!filename || typeof m.width !== 'number' || typeof m.height !== 'number') return null
  const sizes: Image['sizes'] = {}
  for (const [name, size] of Object.entries(m.sizes ?? {})) {
    const sizeFile = str(size?.filename)
    if (sizeFile && typeof size?.width === 'number' && typeof size.height === 'number') {
      sizes[name] = {
        filename: sizeFile,
        width: size.width,
        height: size.height,
        mimeType: str(size.mimeType) ?? 'image/webp',
      }
    }
  }
  return {
    id: String(m.id),
    filename,
    width: m.width,
    height: m.height,
    alt: m.decorative ? null : text(m.alt),
    credit: str(m.credit),
    sizes,
    updatedAt: m.updatedAt,
  }
}

/**
 * What mappings look up: images among the media read for a snapshot or a change, and tickets
 * handed out per offer (`used`, read for the offers being mapped).
 */
export function mediaContext(
  media: MediaRead[],
  used: ReadonlyMap<string, number> = new Map(),
): MapContext {
  const images = new Map<string, Image>()
  for (const m of media) {
    const image = toImage(m)
    if (image) images.set(image.id, image)
  }
  return {
    image: (reference) => {
      const id = idOf(reference)
      return id ? (images.get(id) ?? null) : null
    },
    ticketsUsed: (offerId) => used.get(offerId) ?? 0,
  }
}

import type { Image } from '@velkomst/shared/schemas'

/** Media files are copied next to the site under `/media/`. */
export const mediaUrl = (filename: string) => `/media/${encodeURIComponent(filename)}`

export interface ImageAttributes {
  src: string
  srcset: string | undefined
  width: number
  height: number
}

/**
 * The `<img>` attributes for an image at a layout slot: the CMS's sharp-made WebP sizes in
 * `srcset`, the best fitting one as `src`, and width/height so nothing jumps while loading.
 * `crop` picks the card size (a fixed 16:10 crop) instead of the page size (original ratio).
 */
export function imageAttributes(image: Image, crop: 'card' | 'page'): ImageAttributes {
  const preferred = image.sizes[crop] ?? image.sizes.page ?? null
  if (!preferred) {
    return {
      src: mediaUrl(image.filename),
      srcset: undefined,
      width: image.width,
      height: image.height,
    }
  }
  const candidates =
    crop === 'card'
      ? [image.sizes.card].filter(Boolean)
      : [image.sizes.card, image.sizes.page].filter(
          (s) => s && Math.abs(s.width / s.height - image.width / image.height) < 0.02,
        )
  const srcset = candidates.map((s) => `${mediaUrl(s!.filename)} ${s!.width}w`).join(', ')
  return {
    src: mediaUrl(preferred.filename),
    srcset: srcset || undefined,
    width: preferred.width,
    height: preferred.height,
  }
}

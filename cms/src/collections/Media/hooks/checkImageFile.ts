import sharp, { type Metadata } from 'sharp'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { messageFor } from '../../../fields/messages'

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024

/**
 * Pixels sharp decodes at most (what a 48-megapixel phone camera takes, and some room). A
 * 16,384 × 16,384 PNG of a few kilobytes would otherwise be decoded into a gigabyte on every
 * resize; it is refused from its header, before anything is decoded.
 */
export const MAX_IMAGE_PIXELS = 50_000_000

const accepted = new Set(['jpeg', 'png', 'webp', 'avif', 'gif', 'heif'])

/**
 * Checks an uploaded file before Payload stores it: it must be an image sharp can decode, and
 * not larger than the limit. The editor gets a message in their language; nothing is written.
 */
export const checkImageFile: CollectionBeforeOperationHook = async ({ operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return
  const file = req.file
  if (!file?.data) return
  if (file.size > MAX_IMAGE_BYTES || file.data.length > MAX_IMAGE_BYTES) {
    throw new APIError(
      messageFor(req, {
        key: 'validation.media.tooLarge',
        params: { max: MAX_IMAGE_BYTES / 1024 / 1024 },
      }),
      413,
      undefined,
      true,
    )
  }
  let meta: Metadata
  try {
    // Only the header is read here, so no pixel limit: the limit below gives its own message.
    meta = await sharp(file.data, { failOn: 'error', limitInputPixels: false }).metadata()
  } catch {
    throw new APIError(messageFor(req, { key: 'validation.media.notImage' }), 400, undefined, true)
  }
  if (!meta.format || !accepted.has(meta.format) || !meta.width || !meta.height) {
    throw new APIError(messageFor(req, { key: 'validation.media.notImage' }), 400, undefined, true)
  }
  const pixels = meta.width * (meta.pageHeight ?? meta.height) * (meta.pages ?? 1)
  if (pixels > MAX_IMAGE_PIXELS) {
    throw new APIError(
      messageFor(req, {
        key: 'validation.media.tooManyPixels',
        params: {
          width: meta.width,
          height: meta.height,
          max: Math.round(MAX_IMAGE_PIXELS / 1_000_000),
        },
      }),
      413,
      undefined,
      true,
    )
  }
  try {
    // Decoding the whole image catches files that are cut off after a valid header.
    await sharp(file.data, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS })
      .resize(8)
      .toBuffer()
  } catch {
    throw new APIError(messageFor(req, { key: 'validation.media.notImage' }), 400, undefined, true)
  }
}

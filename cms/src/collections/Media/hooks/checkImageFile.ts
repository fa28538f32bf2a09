import sharp from 'sharp'
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { messageFor } from '../../../fields/messages'

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024

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
  try {
    const meta = await sharp(file.data, { failOn: 'error' }).metadata()
    if (!meta.format || !accepted.has(meta.format) || !meta.width || !meta.height) {
      throw new Error(`unsupported format ${String(meta.format)}`)
    }
    // Decoding the whole image catches files that are cut off after a valid header.
    await sharp(file.data, { failOn: 'error' }).resize(8).toBuffer()
  } catch {
    throw new APIError(messageFor(req, { key: 'validation.media.notImage' }), 400, undefined, true)
  }
}

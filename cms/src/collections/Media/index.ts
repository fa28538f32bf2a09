import type { CollectionConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { maxLengths } from '@velkomst/shared/validation'

import { anyone } from '../../access/anyone'
import { isSignedIn } from '../../access/isSignedIn'
import { editsOwnMedia } from './access/editsOwnMedia'
import { isStaffField } from '../../access/isStaff'
import { messageFor, rule } from '../../fields/messages'
import { mediaDir } from '../../paths'
import { checkImageFile, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from './hooks/checkImageFile'
import { recordUploader } from './hooks/recordUploader'
import { guardLiveMedia, guardLiveMediaDelete } from './hooks/guardLiveMedia'

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: isSignedIn,
    delete: editsOwnMedia,
    read: anyone,
    update: editsOwnMedia,
  },
  admin: {
    group: labels('cms.group.content'),
    useAsTitle: 'filename',
  },
  fields: [
    {
      name: 'decorative',
      type: 'checkbox',
      defaultValue: false,
      label: labels('cms.field.decorative'),
    },
    {
      name: 'alt',
      type: 'text',
      localized: true,
      label: labels('cms.field.alt'),
      admin: {
        condition: (_, siblingData) => !siblingData?.decorative,
        description: labels('cms.field.alt.description'),
      },
      validate: rule((value, { req, siblingData }) => {
        if ((siblingData as { decorative?: boolean }).decorative) return true
        const isDefault = !req?.locale || req.locale === 'da'
        if (isDefault && (typeof value !== 'string' || value.trim() === '')) {
          return messageFor(req, { key: 'validation.media.alt' })
        }
        if (typeof value === 'string' && value.length > maxLengths.short) {
          return messageFor(req, {
            key: 'validation.tooLong',
            params: { max: maxLengths.short, length: value.length },
          })
        }
        return true
      }),
    },
    { name: 'credit', type: 'text', maxLength: 200, label: labels('cms.field.credit') },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { update: isStaffField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
  hooks: {
    beforeChange: [recordUploader, guardLiveMedia],
    beforeDelete: [guardLiveMediaDelete],
    beforeOperation: [checkImageFile],
  },
  labels: {
    plural: labels('cms.collection.media.plural'),
    singular: labels('cms.collection.media.singular'),
  },
  upload: {
    adminThumbnail: 'card',
    // Every original goes through sharp (Payload re-encodes it when constructor options are set):
    // stored under the extension of the format sharp found, whatever the file was called
    // (`logo.html` that is a PNG becomes `logo.png`), without its metadata (camera, EXIF GPS
    // position), and decoded only up to the pixel limit. The sizes are made from it.
    constructorOptions: { limitInputPixels: MAX_IMAGE_PIXELS },
    withMetadata: false,
    focalPoint: true,
    imageSizes: [
      {
        name: 'card',
        width: 640,
        height: 400,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
      { name: 'page', width: 1280, formatOptions: { format: 'webp', options: { quality: 80 } } },
      {
        name: 'social',
        width: 1200,
        height: 630,
        position: 'centre',
        formatOptions: { format: 'jpeg', options: { quality: 82 } },
      },
    ],
    // SVG is left out on purpose: it can carry scripts.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    staticDir: mediaDir(),
  },
}

export { MAX_IMAGE_BYTES }

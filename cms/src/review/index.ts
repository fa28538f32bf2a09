import type { CollectionConfig } from 'payload'

import { reviewFields } from './fields'
import { reviewGate, trackReview } from './hooks'

/**
 * Puts a collection under the municipality's review: the review fields, the server-side gate,
 * and, in the admin, "Submit for review" in place of "Publish" for editors who may not publish.
 */
export function reviewed(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          PublishButton: {
            path: '/review/components/PublishOrSubmit#PublishOrSubmit',
            serverProps: { collection: collection.slug },
          },
        },
      },
    },
    fields: [...collection.fields, ...reviewFields()],
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), reviewGate],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), trackReview],
    },
  }
}

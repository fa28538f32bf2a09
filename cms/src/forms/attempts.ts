import type { CollectionConfig } from 'payload'

const nobody = () => false

/**
 * What the rate limits count: one row per post and per accepted submission, keyed by a keyed
 * hash (never the address or email itself), deleted after two days by the retention job. Only
 * the forms' endpoint writes and reads it (with access overridden); nobody can through the API.
 */
export const FormAttempts: CollectionConfig = {
  slug: 'form-attempts',
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  fields: [
    { name: 'form', type: 'text', required: true, index: true },
    { name: 'key', type: 'text', required: true, index: true },
  ],
  timestamps: true,
}

/** Rows older than this are of no use to any limit. */
export const ATTEMPTS_KEPT_HOURS = 48

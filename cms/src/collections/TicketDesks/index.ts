import type { CollectionConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'

import { isStaff } from '../../access/isStaff'

/**
 * The secret of each offer's ticket-desk link (`/api/ticket-desk/<code>`): one per offer, kept
 * apart from the offer so the offer's versions, drafts and public reads never carry it, and so
 * staff can replace a leaked link without touching the published offer. Staff only; managed
 * from the offer's page ("Link for the ticket desk"), hidden from the navigation.
 */
export const TicketDesks: CollectionConfig = {
  slug: 'ticket-desks',
  access: { create: isStaff, delete: isStaff, read: isStaff, update: isStaff },
  admin: { hidden: true, useAsTitle: 'offer' },
  fields: [
    {
      name: 'offer',
      type: 'relationship',
      relationTo: 'ticket-offers',
      required: true,
      unique: true,
      label: labels('tickets.field.offer'),
    },
    { name: 'code', type: 'text', required: true, unique: true, index: true },
  ],
  labels: {
    plural: labels('tickets.deskLink.heading'),
    singular: labels('tickets.deskLink.heading'),
  },
  timestamps: true,
}

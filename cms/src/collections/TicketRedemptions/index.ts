import type { CollectionConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { dateKey } from '@velkomst/shared/time'
import {
  checkHandedOutDay,
  checkTicketCount,
  checkWithinTotal,
  MAX_TICKETS_PER_RECORD,
} from '@velkomst/shared/validation'
import { redemptionSources } from '@velkomst/shared/vocabulary'

import { hiddenFromEditors } from '../../admin/editorView'
import { isStaff } from '../../access/isStaff'
import { dayOnly } from '../../fields/datePicker'
import { editorLocale, messageFor, rule } from '../../fields/messages'
import { vocabularyOptions } from '../../fields/options'
import { offerFacts, problemText, ticketsUsed } from '../../tickets/uptake'
import { fillQuarter } from './hooks/fillQuarter'
import { rebuildWhenSoldOut, rebuildWhenUnsold } from './hooks/rebuildWhenSoldOut'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: number | string }).id : value

/**
 * Free tickets handed out: how many, for which offer, on which day. Venue staff and volunteers
 * record them on the offer's ticket-desk page (`/api/ticket-desk/<code>`, no account: the
 * per-offer code is the key, see `tickets/desk`), staff also here. No personal data. The sums
 * make an offer "sold out" on the site at the next build, and feed the quarterly report.
 */
export const TicketRedemptions: CollectionConfig = {
  slug: 'ticket-redemptions',
  access: { create: isStaff, delete: isStaff, read: isStaff, update: isStaff },
  admin: {
    hidden: hiddenFromEditors,
    defaultColumns: ['offer', 'count', 'handedOutOn', 'source', 'createdAt'],
    group: labels('cms.group.welcome'),
    useAsTitle: 'id',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'offer',
      type: 'relationship',
      relationTo: 'ticket-offers',
      required: true,
      index: true,
      label: labels('tickets.field.offer'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'count',
          type: 'number',
          required: true,
          defaultValue: 1,
          min: 1,
          max: MAX_TICKETS_PER_RECORD,
          label: labels('tickets.field.count'),
          admin: { width: '50%', step: 1 },
          validate: rule(async (value, { req, data }) => {
            const locale = editorLocale(req)
            const bad = checkTicketCount(value)
            if (bad) return problemText(locale, bad)
            const offer = idOf(data.offer)
            if ((typeof offer !== 'number' && typeof offer !== 'string') || !req.payload)
              return true
            const facts = await offerFacts(req.payload, offer, req)
            if (!facts) return true
            // What is already recorded, without this record's own earlier count.
            const used = (await ticketsUsed(req.payload, [offer], req)).get(String(offer)) ?? 0
            const id = (data as { id?: number | string }).id
            const own =
              id === undefined
                ? 0
                : ((
                    (await req.payload
                      .findByID({
                        collection: 'ticket-redemptions',
                        id,
                        depth: 0,
                        overrideAccess: true,
                        disableErrors: true,
                        req,
                      })
                      .catch(() => null)) as { offer?: unknown; count?: number } | null
                  )?.count ?? 0)
            const over = checkWithinTotal(used - own, value as number, facts.totalAvailable)
            return over ? problemText(locale, over) : true
          }),
        },
        {
          name: 'handedOutOn',
          type: 'date',
          required: true,
          index: true,
          label: labels('tickets.field.handedOutOn'),
          defaultValue: () => `${dateKey(new Date())}T12:00:00.000Z`,
          admin: { width: '50%', date: dayOnly },
          validate: rule(async (value, { req, data }) => {
            if (!value) return messageFor(req, { key: 'validation.required' })
            const offer = idOf(data.offer)
            if ((typeof offer !== 'number' && typeof offer !== 'string') || !req.payload)
              return true
            const facts = await offerFacts(req.payload, offer, req)
            if (!facts) return true
            const bad = checkHandedOutDay(value, {
              today: dateKey(new Date()),
              validFrom: facts.validFrom,
              validTo: facts.validTo,
            })
            return bad ? problemText(editorLocale(req), bad) : true
          }),
        },
      ],
    },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'staff',
      label: labels('tickets.field.source'),
      options: vocabularyOptions(redemptionSources, 'redemptionSource'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'quarter',
      type: 'text',
      index: true,
      label: labels('cms.field.quarter'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'note',
      type: 'text',
      maxLength: 200,
      label: labels('tickets.field.note'),
    },
  ],
  hooks: {
    beforeValidate: [fillQuarter],
    afterChange: [rebuildWhenSoldOut],
    afterDelete: [rebuildWhenUnsold],
  },
  labels: {
    plural: labels('tickets.collection.plural'),
    singular: labels('tickets.collection.singular'),
  },
  timestamps: true,
}

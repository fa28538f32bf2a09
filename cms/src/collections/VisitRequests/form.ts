import type { PayloadRequest } from 'payload'
import type { Locale } from '@velkomst/shared/i18n'
import {
  AMBASSADORS,
  households,
  NEIGHBOURHOODS,
  ambassadorOptions,
  neighbourhoodOptions,
  visitRequestForm,
} from '@velkomst/shared/newcomers'
import { dateKey, toDayKey } from '@velkomst/shared/time'
import { spokenLanguages } from '@velkomst/shared/vocabulary'

import type { PublicForm } from '../../forms/types'
import { idValue, localized, member, text, type Localized } from '../../forms/values'
import { sendRequestConfirmation } from './emails'

/** The choices the site offered, read with the public's access (nothing hidden can be chosen). */
async function sources(req: PayloadRequest, locale: Locale) {
  const [communities, ambassadors] = await Promise.all([
    req.payload.find({
      collection: 'communities',
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: false,
    }),
    req.payload.find({
      collection: 'ambassadors',
      depth: 0,
      pagination: false,
      overrideAccess: false,
    }),
  ])
  return {
    [NEIGHBOURHOODS]: neighbourhoodOptions(
      communities.docs.map((c) => ({
        id: c.id,
        kind: c.kind,
        name: localized(c.name as unknown as Localized),
      })),
      locale,
    ),
    [AMBASSADORS]: ambassadorOptions(
      ambassadors.docs.map((a) => ({
        id: a.id,
        name: a.name,
        languages: a.languages ?? [],
        from: toDayKey(a.periodFrom),
        to: toDayKey(a.periodTo),
      })),
      locale,
      dateKey(new Date()),
    ),
  }
}

/** A visit request from the site, and the confirmation email to the person. */
export const visitRequestPublicForm: PublicForm = {
  definition: visitRequestForm,
  sources,
  save: async (values, { req, locale }) => {
    const doc = await req.payload.create({
      collection: 'visit-requests',
      data: {
        name: text(values.name) ?? '',
        email: text(values.email),
        phone: text(values.phone),
        language: member(spokenLanguages, values.language),
        // Typed as SQLite's numbers; on MongoDB these are ObjectId strings (`idValue`).
        neighbourhood: idValue(values.neighbourhood) as number | undefined,
        household: member(households, values.household),
        ambassador: idValue(values.ambassador) as number | undefined,
        message: text(values.message),
        consent: values.consent === 'yes',
        locale,
        status: 'new',
      },
      // No user: whoever happens to be signed in on this browser, the public is writing.
      overrideAccess: false,
      context: { publicForm: visitRequestForm.id },
    })
    try {
      await sendRequestConfirmation(req, doc, locale)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Could not send the request confirmation' })
    }
  },
}

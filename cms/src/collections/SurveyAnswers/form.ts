import {
  surveyActivities,
  surveyExpectations,
  surveyForm,
  surveyHeardFrom,
  surveyReasons,
  surveyTickets,
} from '@velkomst/shared/newcomers'

import type { PublicForm } from '../../forms/types'
import { member, members, text } from '../../forms/values'

/** An answer to the newcomer survey from the site: anonymous unless contact was agreed to. */
export const surveyPublicForm: PublicForm = {
  definition: surveyForm,
  save: async (values, { req, locale }) => {
    const contact = values.contact === 'yes'
    await req.payload.create({
      collection: 'survey-answers',
      data: {
        reasons: members(surveyReasons, values.reasons),
        reasonsOther: text(values.reasonsOther),
        heardFrom: member(surveyHeardFrom, values.heardFrom),
        expectations: member(surveyExpectations, values.expectations),
        hard: text(values.hard),
        activities: members(surveyActivities, values.activities),
        tickets: member(surveyTickets, values.tickets),
        contact,
        email: contact ? text(values.email) : undefined,
        locale,
      },
      // No user: whoever happens to be signed in on this browser, this is the public's answer.
      overrideAccess: false,
      context: { publicForm: surveyForm.id },
    })
  },
}

import { surveyPublicForm } from '../collections/SurveyAnswers/form'
import { visitRequestPublicForm } from '../collections/VisitRequests/form'
import { addActivityPublicForm } from '../resident-activities/form'
import { publicFormEndpoints } from './endpoint'
import type { PublicForm } from './types'

/** The site's public forms. A new form adds its definition, its `PublicForm` and its pages. */
export const publicForms: PublicForm[] = [
  visitRequestPublicForm,
  surveyPublicForm,
  addActivityPublicForm,
]

export const formEndpoints = publicFormEndpoints(publicForms)

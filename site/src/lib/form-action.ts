import build from 'virtual:velkomst/build'
import type { FormDefinition } from '@velkomst/shared/forms'

/** Where a form posts: the CMS's endpoint for it (FORMS_URL, read by the build). */
export const formAction = (form: FormDefinition) =>
  `${build.formsUrl.replace(/\/$/, '')}/api/forms/${form.id}`

/** Where a script fetches the signed time the form was opened. */
export const tokenUrl = (form: FormDefinition) => `${formAction(form)}/token`

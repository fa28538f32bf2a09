import type { PayloadRequest } from 'payload'
import type { Locale } from '@velkomst/shared/i18n'
import type { FormDefinition, Option, Values } from '@velkomst/shared/forms'

/** Where a submission is stored: what each form adds to the forms' machinery. */
export interface SaveContext {
  req: PayloadRequest
  locale: Locale
}

/**
 * A public form on the CMS's side: its definition (shared with the site), the named choice lists
 * it needs (read with the public's access, so a choice the public cannot see cannot be sent),
 * and how an accepted submission is stored. The endpoint does everything else: limits, the
 * signed time, the honeypot, checking, the answers.
 */
export interface PublicForm {
  definition: FormDefinition
  sources?: (req: PayloadRequest, locale: Locale) => Promise<Record<string, Option[]>>
  save: (values: Values, context: SaveContext) => Promise<void>
}

import type { PayloadRequest } from 'payload'
import type { Locale } from '@velkomst/shared/i18n'
import type { FieldError, FormDefinition, Option, Values } from '@velkomst/shared/forms'
import type { Route } from '@velkomst/shared/routes'

/** Where a submission is stored: what each form adds to the forms' machinery. */
export interface SaveContext {
  req: PayloadRequest
  locale: Locale
  /** A value the form carries beyond its fields (see `PublicForm.carried`), or ''. */
  carried: (name: string) => string
}

/**
 * What saving may answer beyond "done": the confirmation page to go to instead of the form's,
 * or reasons to show the form again (e.g. the private link it carries has expired).
 */
export type SaveResult = void | { sent?: SentPage; errors?: FieldError[] }

/** A confirmation page of its own: where it is on the site, and what it says. */
export interface SentPage {
  route: Route
  page: FormDefinition['sent']
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
  save: (values: Values, context: SaveContext) => Promise<SaveResult>
  /** Hidden values the form carries through a refusal (e.g. the key of the submission corrected). */
  carried?: string[]
}

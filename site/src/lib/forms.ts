import { formatPhone } from '@velkomst/shared/format'
import type { FormDefinition, Option, Values } from '@velkomst/shared/forms'
import type { Locale } from '@velkomst/shared/locales'
import { CATEGORIES, VENUES, activityForms, resubmitted } from '@velkomst/shared/activities'
import {
  AMBASSADORS,
  NEIGHBOURHOODS,
  ambassadorOptions,
  namedOptions,
  newcomerForms,
  neighbourhoodOptions,
} from '@velkomst/shared/newcomers'

import { plain } from './i18n'
import type { Model } from './model'
import type { Route } from '@velkomst/shared/routes'

/** The site's public forms by id (their definitions are shared with the CMS). */
export const publicForms = { ...newcomerForms, ...activityForms }
export type FormId = keyof typeof publicForms

/** What the forms' pages show; `lib/pages.ts` lists them with the rest. */
export type NewcomerView =
  | { view: 'ambassadors' }
  | { view: 'form'; form: FormId; ambassadorId?: string }
  | { view: 'formSent'; form: FormId; resubmitted?: boolean }
  | { view: 'privacy' }

/** The lists the forms take from content: the same as the CMS makes (shared helpers). */
export function formSources(model: Model, locale: Locale): Record<string, Option[]> {
  return {
    [NEIGHBOURHOODS]: neighbourhoodOptions(model.communities, locale),
    [AMBASSADORS]: ambassadorOptions(model.ambassadors, locale, model.today),
    [VENUES]: namedOptions(model.venues, locale),
    [CATEGORIES]: namedOptions(model.categories, locale),
  }
}

/** What every form's texts may mention, from the site settings. */
export function formParams(model: Model, locale: Locale) {
  const s = model.settings
  return {
    municipality: s.municipalityName,
    phone: formatPhone(s.contactPhone),
    email: s.contactEmail,
    days: s.retentionDays,
    site: plain(s.siteName, locale),
  }
}

/** A form's values when it opens: e.g. the ambassador whose "ask for a visit" was pressed. */
export const presetValues = (form: FormDefinition, ambassadorId?: string): Values => ({
  ...form.defaults,
  ...(ambassadorId ? { ambassador: ambassadorId } : {}),
})

/** The forms' pages: ambassadors, each form and its confirmation, privacy. */
export function newcomerPages(model: Model) {
  const pages: { route: Route; data: NewcomerView }[] = [
    { route: ['ambassadors'], data: { view: 'ambassadors' } },
    { route: ['privacy'], data: { view: 'privacy' } },
  ]
  for (const [id, form] of Object.entries(publicForms) as [FormId, FormDefinition][]) {
    pages.push({ route: [...form.routes.form], data: { view: 'form', form: id } })
    pages.push({ route: [...form.routes.sent], data: { view: 'formSent', form: id } })
  }
  // A resident's corrected activity, sent again from the CMS's page, lands here.
  pages.push({
    route: [...resubmitted.route],
    data: { view: 'formSent', form: 'add-activity', resubmitted: true },
  })
  for (const a of model.ambassadors) {
    pages.push({
      route: [...publicForms['visit-request'].routes.form, { slug: a.slug }],
      data: { view: 'form', form: 'visit-request', ambassadorId: a.id },
    })
  }
  return pages
}

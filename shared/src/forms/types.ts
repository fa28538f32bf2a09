import type { DictionaryKey, Params } from '../i18n/index'
import type { Route } from '../routes'

/**
 * A public form, described once: the site renders it from this, the CMS reads and checks a
 * submission with it and, when something is wrong, renders the same form again with the
 * person's answers and the reasons. Everything a person reads comes from the dictionaries.
 */

/** What a form holds: one text per field, or the chosen values of a group of checkboxes. */
export type Values = Record<string, string | string[]>

/** A choice in the page's language; `lang` marks a name shown in another language. */
export interface Option {
  value: string
  label: string
  lang?: string | undefined
}

/** Choices written in the dictionaries, or a named list the site and the CMS each supply. */
export type Choices =
  { list: readonly { value: string; label: DictionaryKey }[] } | { source: string }

interface FieldBase {
  name: string
  label: DictionaryKey
  hint?: DictionaryKey
  required?: boolean
  /** Required only when this says so (e.g. an email when contact was chosen). */
  requiredWhen?: (values: Values) => boolean
  /** The message when a required field is empty ("Enter your name"); else a general one. */
  requiredMessage?: DictionaryKey
}

export interface TextField extends FieldBase {
  /** `date` is `YYYY-MM-DD`, `time` is `HH:MM` (what browsers send); `url` is http(s). */
  kind: 'text' | 'email' | 'tel' | 'url' | 'date' | 'time'
  maxLength: number
  autocomplete?: string
  /** The keyboard a phone shows, e.g. `decimal` for a price. */
  inputMode?: 'decimal' | 'numeric'
  /** At most this many web addresses in the text. */
  maxLinks?: number
}

export interface TextAreaField extends FieldBase {
  kind: 'textarea'
  maxLength: number
  rows?: number
  maxLinks?: number
}

export interface ChoiceField extends FieldBase {
  kind: 'select' | 'radios' | 'checkboxes'
  choices: Choices
  /** For a select that need not be answered: the label of its empty choice. */
  emptyLabel?: DictionaryKey
}

/** One checkbox that says yes (its value is `yes`, or empty). */
export interface CheckboxField extends FieldBase {
  kind: 'checkbox'
}

export type FormField = TextField | TextAreaField | ChoiceField | CheckboxField

export interface FormSection {
  heading?: DictionaryKey
  intro?: DictionaryKey
  /** The consent text opens this section (it holds the consent checkbox); else it is last. */
  consent?: boolean
  fields: FormField[]
}

/** A reason a submission was refused, for one field (or the form, when `field` is empty). */
export interface FieldError {
  field: string
  key: DictionaryKey
  params?: Params
}

/** How many submissions are accepted before the sender is asked to wait. */
export interface Limit {
  max: number
  minutes: number
}

export interface FormLimits {
  /** Stored submissions from one address (several windows, e.g. per hour and per day). */
  perAddress: Limit[]
  /** Stored submissions giving the same value in a field (an email address), per window. */
  perValue?: { field: string; limits: Limit[] }[]
  /** Stored submissions of this form from everyone together: the ceiling against floods. */
  overall: Limit
  /** A person needs at least this long between opening the form and sending it. */
  minFillSeconds: number
}

export interface FormDefinition {
  /** The form's name in addresses (`/api/forms/<id>`) and ids: lower-case words and hyphens. */
  id: string
  /** The page's heading. */
  title: DictionaryKey
  intro?: DictionaryKey[]
  sections: FormSection[]
  /** What is stored, why, who sees it and how long: shown above the send button. */
  consent: DictionaryKey[]
  submit: DictionaryKey
  /** What the form shows chosen when it opens (e.g. "Once", "Free"). */
  defaults?: Values
  /** Rules across fields (e.g. an email or a phone number). */
  check?: (values: Values) => FieldError[]
  limits: FormLimits
  /** The form's page and its confirmation page on the site, in every language. */
  routes: { form: Route; sent: Route }
  /** What the confirmation page says, and where it leads on. */
  sent: {
    title: DictionaryKey
    paragraphs: DictionaryKey[]
    links?: { label: DictionaryKey; route: Route }[]
  }
}

/** Every field of a form, in order. */
export const fieldsOf = (form: FormDefinition): FormField[] =>
  form.sections.flatMap((s) => s.fields)

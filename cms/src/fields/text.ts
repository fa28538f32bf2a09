import type { TextareaField, TextField } from 'payload'
import { defaultLocale, labels, type DictionaryKey } from '@velkomst/shared/i18n'
import { checkMaxLength, maxLengths } from '@velkomst/shared/validation'

import { answer, messageFor } from './messages'

interface TextOptions {
  name: string
  label: DictionaryKey
  description?: DictionaryKey
  /** Required in Danish; English falls back to the Danish text when empty. */
  required?: boolean
  max?: number
  multiline?: boolean
  localized?: boolean
  overrides?: Partial<TextField> & Partial<TextareaField>
}

/**
 * A text field, localized by default. "Required" means required in Danish: English is optional
 * because the site falls back to Danish (marked `lang="da"`).
 */
export function textField({
  name,
  label,
  description,
  required = false,
  max = maxLengths.name,
  multiline = false,
  localized = true,
  overrides = {},
}: TextOptions): TextField | TextareaField {
  const validate = (value: unknown, { req }: { req: Parameters<typeof answer>[0] }) => {
    const isDefault = !localized || !req?.locale || req.locale === defaultLocale
    if (required && isDefault && (typeof value !== 'string' || value.trim() === '')) {
      return messageFor(req, { key: 'validation.required' })
    }
    return answer(req, checkMaxLength(value, max))
  }
  const base = {
    name,
    label: labels(label),
    localized,
    maxLength: undefined,
    admin: description ? { description: labels(description) } : undefined,
    validate,
  }
  return multiline
    ? { ...base, type: 'textarea', ...overrides }
    : ({ ...base, type: 'text', ...overrides } as TextField)
}

/** The one- or two-sentence summary shown in lists; required in Danish. */
export const summaryField = (required = true) =>
  textField({
    name: 'summary',
    label: 'cms.field.summary',
    description: 'cms.field.summary.description',
    required,
    multiline: true,
    max: maxLengths.summary,
  })

/** The long description; optional. */
export const descriptionField = () =>
  textField({
    name: 'description',
    label: 'cms.field.description',
    multiline: true,
    max: maxLengths.description,
  })

import type { ArrayField } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { checkLink, maxLengths } from '@velkomst/shared/validation'

import { answer, rule } from '../../fields/messages'
import { textField } from '../../fields/text'

/**
 * Links in structured content: a text and an address per language (English falls back to the
 * Danish address, and the site then says the page is in Danish).
 */
export function linksField(name = 'links', max = 6): ArrayField {
  return {
    name,
    type: 'array',
    label: labels('welcome.field.links'),
    maxRows: max,
    labels: { singular: labels('welcome.field.links'), plural: labels('welcome.field.links') },
    fields: [
      textField({ name: 'label', label: 'welcome.field.linkLabel', required: true }),
      textField({
        name: 'url',
        label: 'welcome.field.linkUrl',
        description: 'welcome.field.linkUrl.description',
        required: true,
        max: maxLengths.url,
        overrides: {
          validate: rule((value, { req }) => {
            const isDanish = !req.locale || req.locale === 'da'
            if (isDanish && (typeof value !== 'string' || value.trim() === '')) {
              return answer(req, { key: 'validation.required' })
            }
            return answer(req, checkLink(value))
          }),
        },
      }),
    ],
  }
}

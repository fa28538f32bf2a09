import type { GroupField } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { checkEmail, checkHttpUrl, checkPhone } from '@velkomst/shared/validation'

import { answer, rule } from './messages'

/** Phone (Danish unless marked international), email and website. */
export function contactField(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'contact',
    type: 'group',
    // It sits in a tab already called "Kontakt"; a second heading would only repeat it.
    label: false,
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'phone',
            type: 'text',
            label: labels('cms.field.phone'),
            admin: { width: '50%' },
            validate: rule((value, { req, siblingData }) =>
              answer(
                req,
                checkPhone(
                  value,
                  Boolean((siblingData as { phoneInternational?: boolean }).phoneInternational),
                ),
              ),
            ),
          },
          {
            name: 'phoneInternational',
            type: 'checkbox',
            label: labels('cms.field.phoneInternational'),
            defaultValue: false,
            admin: { width: '50%', style: { alignSelf: 'flex-end' } },
          },
        ],
      },
      {
        name: 'email',
        type: 'email',
        label: labels('cms.field.email'),
        validate: rule((value: unknown, { req }: { req: Parameters<typeof answer>[0] }) =>
          answer(req, checkEmail(value)),
        ),
      },
      {
        name: 'website',
        type: 'text',
        label: labels('cms.field.website'),
        validate: rule((value, { req }) => answer(req, checkHttpUrl(value))),
      },
    ],
    ...overrides,
  }
}

import type { GlobalConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { checkEmail, checkHttpUrl, checkPhone } from '@velkomst/shared/validation'

import { anyone } from '../../access/anyone'
import { isStaff } from '../../access/isStaff'
import { answer, rule } from '../../fields/messages'
import { textField } from '../../fields/text'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  access: { read: anyone, update: isStaff },
  admin: { group: labels('cms.group.admin') },
  fields: [
    textField({
      name: 'siteName',
      label: 'cms.field.siteName',
      required: true,
      overrides: { defaultValue: 'Vild med Albertslund' },
    }),
    textField({
      name: 'tagline',
      label: 'cms.field.tagline',
      max: 160,
      overrides: { defaultValue: 'En genvej til dit nye liv' },
    }),
    {
      name: 'municipalityName',
      type: 'text',
      required: true,
      defaultValue: 'Albertslund Kommune',
      label: labels('cms.field.municipalityName'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'contactPhone',
          type: 'text',
          required: true,
          label: labels('cms.field.phone'),
          admin: { width: '50%' },
          validate: rule((value, { req }) => answer(req, checkPhone(value))),
        },
        {
          name: 'contactEmail',
          type: 'text',
          required: true,
          label: labels('cms.field.email'),
          admin: { width: '50%' },
          validate: rule((value, { req }) => answer(req, checkEmail(value))),
        },
      ],
    },
    {
      name: 'accessibilityStatementUrl',
      type: 'text',
      required: true,
      label: labels('cms.field.accessibilityStatementUrl'),
      validate: rule((value, { req }) => answer(req, checkHttpUrl(value))),
    },
    {
      name: 'showDemoNotice',
      type: 'checkbox',
      defaultValue: false,
      label: labels('cms.field.showDemoNotice'),
    },
  ],
  label: labels('cms.global.siteSettings'),
}

import type { GlobalConfig } from 'payload'
import { labels } from '@velkomst/shared/i18n'
import { checkEmail, checkHttpUrl, checkPhone } from '@velkomst/shared/validation'

import { hiddenFromEditors } from '../../admin/editorView'
import { anyone } from '../../access/anyone'
import { isStaff } from '../../access/isStaff'
import { requiredAnswer, rule } from '../../fields/messages'
import { textField } from '../../fields/text'
import { retentionDaysField } from '../../retention/fields'
import { linksGroup } from './links'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  access: { read: anyone, update: isStaff },
  admin: {
    hidden: hiddenFromEditors,
    group: labels('cms.group.admin'),
  },
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
      name: 'municipalityLogo',
      type: 'upload',
      relationTo: 'media',
      label: labels('cms.field.municipalityLogo'),
      admin: { description: labels('cms.field.municipalityLogo.description') },
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
          defaultValue: '43 68 68 68',
          validate: rule((value, { req }) => requiredAnswer(req, value, checkPhone(value))),
        },
        {
          name: 'contactEmail',
          type: 'text',
          required: true,
          label: labels('cms.field.email'),
          admin: { width: '50%' },
          defaultValue: 'albertslund@albertslund.dk',
          validate: rule((value, { req }) => requiredAnswer(req, value, checkEmail(value))),
        },
      ],
    },
    {
      name: 'accessibilityStatementUrl',
      type: 'text',
      required: true,
      label: labels('cms.field.accessibilityStatementUrl'),
      defaultValue: 'https://www.was.digst.dk/albertslund-dk',
      validate: rule((value, { req }) => requiredAnswer(req, value, checkHttpUrl(value))),
    },
    linksGroup,
    {
      name: 'showDemoNotice',
      type: 'checkbox',
      defaultValue: false,
      label: labels('cms.field.showDemoNotice'),
    },
    retentionDaysField,
  ],
  label: labels('cms.global.siteSettings'),
}
